package org.leakaid.benchmarks;

import java.util.concurrent.TimeUnit;
import org.leakaid.scanner.FindingSink;
import org.leakaid.scanner.PiiType;
import org.leakaid.scanner.ScanOptions;
import org.leakaid.scanner.Scanner;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The scanner's hot path: {@code ScanSession.scanLine} over 8 MiB of dense dump lines, one thread.
 * Each operation is one pass over the whole workload; the {@code bytes} counter gives the
 * throughput in bytes per second (divide by 1e9 for GB/s).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ScanLineBenchmark}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Benchmark)
public class ScanLineBenchmark {

  @Param({"STRUCTURED", "ALL"})
  public DenseDump.TypeSet types;

  DenseDump dump;
  Scanner scanner;

  @Setup
  public void setUp() {
    dump = DenseDump.generate(42, 8 << 20);
    scanner = Scanner.create(ScanOptions.of(types.types()));
  }

  /** Throughput counters, reported per second by JMH. */
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  @State(Scope.Thread)
  public static class Counters implements FindingSink {
    public long bytes;
    public long findings;

    @Override
    public void found(PiiType type, int start, int end, float confidence) {
      findings++;
    }

    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
      findings = 0;
    }
  }

  @Benchmark
  public int scanLines(Counters counters) {
    int lines = dump.scan(scanner, counters);
    counters.bytes += dump.size();
    return lines;
  }
}
