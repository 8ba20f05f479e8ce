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
 * <p>{@link #classifyRunsByBitMasks} and {@link #classifyRunsInOrderByBitMasks} are the same walk
 * done another way, measured for the next design of the scanner's main loop: 64 bytes at a time,
 * turned into one bit per byte for digits and for non-ASCII bytes, so that every run's start and
 * length come from bit operations. All three count the same runs. On 2026-11-29 (8 iterations of 2
 * s): 78, 182 and 114 passes a second, 0.66, 1.53 and 0.96 GB/s; the scanner needs its runs in
 * order, so about 1.5x is what the design would buy the walk.
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

  /**
   * Runs found (high 32 bits) and digit runs of eight digits or more (low 32 bits), the ones the
   * scanner reads as numbers; the operation is one pass over the 8 MiB (bytes per second = ops x
   * size).
   */
  @Benchmark
  public long classifyRuns() {
    byte[] b = bytes;
    int to = b.length;
    long runs = 0;
    long longRuns = 0;
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
        int start = i;
        while (i < to && b[i] >= '0' && b[i] <= '9') {
          i++;
        }
        longRuns += i - start >= 8 ? 1 : 0;
      } else {
        i++;
      }
    }
    return runs << 32 | longRuns;
  }

  /** What {@link #classifyRuns} returns, from bit masks. */
  @Benchmark
  public long classifyRunsByBitMasks() {
    byte[] b = bytes;
    int to = b.length;
    long runs = 0;
    long longRuns = 0;
    long digitCarry = 0; // 1 if the block before ended in a digit; likewise for non-ASCII bytes
    long highCarry = 0;
    int open = -1; // digits so far of a run that reached the end of the block before, or -1
    int i = 0;
    for (; i + 64 <= to; i += 64) {
      long digits = 0;
      long high = 0;
      for (int k = 0; k < 8; k++) {
        long x = WordBits.word(b, i + 8 * k);
        digits |= gather(WordBits.digits(x)) << (8 * k);
        high |= gather(x & WordBits.HIGH_BITS) << (8 * k);
      }
      runs += Long.bitCount(high & ~((high << 1) | highCarry));
      if (open >= 0) {
        int more = Long.numberOfTrailingZeros(~digits);
        if (more == 64) {
          open += 64;
        } else {
          longRuns += open + more >= 8 ? 1 : 0;
          open = -1;
        }
      }
      for (long starts = digits & ~((digits << 1) | digitCarry); starts != 0; ) {
        int s = Long.numberOfTrailingZeros(starts);
        starts &= starts - 1;
        runs++;
        int length = Long.numberOfTrailingZeros(~(digits >>> s));
        if (s + length == 64) {
          open = length;
        } else {
          longRuns += length >= 8 ? 1 : 0;
        }
      }
      digitCarry = digits >>> 63;
      highCarry = high >>> 63;
    }
    return tail(b, i, runs, longRuns, Math.max(open, 0), highCarry != 0);
  }

  /**
   * What {@link #classifyRuns} returns, from bit masks but in input order, one run after another
   * with a branch for its kind, as the scanner must see them (a number may start at a full-width
   * digit inside a run of Chinese text): the masks of 64 bytes from the current position are made
   * again once the walk leaves them.
   */
  @Benchmark
  public long classifyRunsInOrderByBitMasks() {
    byte[] b = bytes;
    int to = b.length;
    long runs = 0;
    long longRuns = 0;
    int block = -1; // where the masks start
    long digits = 0;
    long high = 0;
    int i = 0;
    while (i + 64 <= to) {
      if (block < 0 || i - block >= 64) {
        block = i;
        digits = 0;
        high = 0;
        for (int k = 0; k < 8; k++) {
          long x = WordBits.word(b, i + 8 * k);
          digits |= gather(WordBits.digits(x)) << (8 * k);
          high |= gather(x & WordBits.HIGH_BITS) << (8 * k);
        }
      }
      int at = i - block;
      long next = (digits | high) >>> at;
      if (next == 0) {
        i = block + 64;
        continue;
      }
      at += Long.numberOfTrailingZeros(next);
      runs++;
      boolean digit = ((digits >>> at) & 1) != 0;
      int length = Long.numberOfTrailingZeros(~((digit ? digits : high) >>> at));
      i = block + at + length;
      if (at + length == 64) { // the run goes on past the masks: finish it byte by byte
        while (i < to && (digit ? b[i] >= '0' && b[i] <= '9' : b[i] < 0)) {
          i++;
        }
        length = i - block - at;
      }
      longRuns += digit && length >= 8 ? 1 : 0;
    }
    return tail(b, i, runs, longRuns, 0, false); // every run the masks found is finished
  }

  /**
   * The last bytes (fewer than 64) one at a time, after {@code runs} and {@code longRuns} so far,
   * {@code length} digits of a run that goes on, and whether a run of non-ASCII bytes goes on.
   */
  private static long tail(byte[] b, int i, long runs, long longRuns, int length, boolean inHigh) {
    for (; i < b.length; i++) {
      boolean digit = b[i] >= '0' && b[i] <= '9';
      runs += (digit && length == 0) || (b[i] < 0 && !inHigh) ? 1 : 0;
      if (digit) {
        length++;
      } else {
        longRuns += length >= 8 ? 1 : 0;
        length = 0;
      }
      inHigh = b[i] < 0;
    }
    longRuns += length >= 8 ? 1 : 0;
    return runs << 32 | longRuns;
  }

  /** The high bit of each byte of {@code m} (others zero), packed into the low eight bits. */
  private static long gather(long m) {
    return ((m >>> 7) * 0x0102040810204080L) >>> 56;
  }
}
