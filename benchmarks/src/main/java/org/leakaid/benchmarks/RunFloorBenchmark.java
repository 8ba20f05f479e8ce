package org.leakaid.benchmarks;

import java.util.concurrent.TimeUnit;
import org.leakaid.scanner.WordBits;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A floor for {@link ScanLineBenchmark}: the same 8 MiB of dense dump lines, walked the way the
 * scanner walks them (eight bytes at a time to the next digit, '@' or non-ASCII byte, then over the
 * whole run of digits or of multi-byte characters) but with nothing looked up or validated.
 *
 * <p>Why it matters: in the benchmark corpus 44% of the bytes are digits and 35% belong to Chinese
 * characters, so there is almost no plain text to skip; a new run starts every ~11 bytes and each
 * start is a hard-to-predict branch. No detector that looks at those runs one after another can
 * beat this loop, whatever its validators cost. Compare its {@code bytes} per second with {@link
 * ScanLineBenchmark}'s.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RunFloorBenchmark}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Benchmark)
public class RunFloorBenchmark {
  private static final long AT_SIGNS = WordBits.repeat('@');

  byte[] bytes;

  @Setup
  public void setUp() {
    bytes = DenseDump.generate(42, 8 << 20).bytes;
  }

  /** Runs found; the operation is one pass over the 8 MiB (bytes per second = ops x size). */
  @Benchmark
  public long classifyRuns() {
    byte[] b = bytes;
    int to = b.length;
    long runs = 0;
    int i = 0;
    while (i < to) {
      if (i + 8 <= to) {
        long x = WordBits.word(b, i);
        long stop = (x & WordBits.HIGH_BITS) | WordBits.digits(x) | WordBits.equal(x, AT_SIGNS);
        if (stop == 0) {
          i += 8;
          continue;
        }
        i += Long.numberOfTrailingZeros(stop) >>> 3;
      }
      int c = b[i];
      if (c < 0) {
        runs++;
        while (i < to && b[i] < 0) {
          i++;
        }
      } else if (c >= '0' && c <= '9') {
        runs++;
        while (i < to && b[i] >= '0' && b[i] <= '9') {
          i++;
        }
      } else {
        i++;
      }
    }
    return runs;
  }
}
