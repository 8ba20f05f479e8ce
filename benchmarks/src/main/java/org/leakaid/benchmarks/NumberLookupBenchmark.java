package org.leakaid.benchmarks;

import java.util.concurrent.TimeUnit;
import org.leakaid.numbers.offline.Label;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * In-process lookups in the offline number database (1 million labelled numbers) against a plain
 * {@code HashMap<Long, Label>} of the same numbers, one thread, random probes half of which hit.
 * Each operation is one lookup (the HashMap gets its keys boxed in advance, so it pays for no
 * allocation). Memory per number: {@link NumberDbFootprint}.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar NumberLookupBenchmark}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Benchmark)
public class NumberLookupBenchmark {

  static final int PROBES = 1 << 16;

  NumberDbWorkload workload;

  @Setup
  public void setUp() {
    workload = NumberDbWorkload.generate(1_000_000, PROBES, 42);
    workload.check();
  }

  @Benchmark
  @OperationsPerInvocation(PROBES)
  public void offlineDb(Blackhole sink) {
    long[] probes = workload.probes;
    for (long probe : probes) {
      sink.consume(workload.db.labelIndex(probe));
    }
  }

  @Benchmark
  @OperationsPerInvocation(PROBES)
  public void hashMap(Blackhole sink) {
    Long[] probes = workload.boxedProbes;
    for (Long probe : probes) {
      Label label = workload.map.get(probe);
      sink.consume(label);
    }
  }
}
