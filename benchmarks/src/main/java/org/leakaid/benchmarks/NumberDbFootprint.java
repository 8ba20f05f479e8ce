package org.leakaid.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Memory per number of the offline database (its file, which is all it keeps besides a directory of
 * 13 bytes per 64 numbers) and of a {@code HashMap<Long, Label>} with the same million numbers
 * (heap in use after a full GC, with and without the map). Prints one line per structure.
 *
 * <p>Run: {@code java -Xmx2g -cp benchmarks/target/benchmarks.jar
 * org.leakaid.benchmarks.NumberDbFootprint}
 */
public final class NumberDbFootprint {

  private NumberDbFootprint() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    NumberDbWorkload workload = NumberDbWorkload.generate(n, 1 << 16, 42);
    workload.check();
    long dbBytes = workload.db.byteSize() + 13L * ((n + 63) / 64);
    long before = usedAfterGc();
    java.util.HashMap<Long, org.leakaid.numbers.offline.Label> map = workload.newMap();
    long after = usedAfterGc();
    int size = map.size();
    java.lang.ref.Reference.reachabilityFence(map);
    System.out.printf(
        "offline database: %d numbers, file %d bytes, %.2f bytes per number (with its in-memory"
            + " directory %.2f)%n",
        n, workload.db.byteSize(), workload.bytesPerNumber(), (double) dbBytes / n);
    System.out.printf(
        "HashMap<Long, Label>: %d entries, %.1f bytes per number (heap after GC, labels shared)%n",
        size, (double) (after - before) / size);
  }

  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
