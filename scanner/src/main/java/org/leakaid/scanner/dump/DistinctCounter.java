package org.leakaid.scanner.dump;

/**
 * Counts distinct values of one type: exactly up to {@value #EXACT_LIMIT} values, then as a
 * HyperLogLog estimate (2^14 registers, standard error about 0.8%) so that a 100 GB dump does not
 * need a set of every phone number in it. {@link #exact()} says which one the count is.
 *
 * <p>The exact limit is small on purpose: this runs for every finding, and a table that stays
 * within the CPU caches (about 1 MB) keeps it cheap; a larger one made distinct counting a quarter
 * of the scan time on dense dumps. Legal counts (distinct persons) use {@link RecordTally}, which
 * is exact.
 *
 * <p>Each scanning thread keeps its own counters; {@link #merge} combines them at the end.
 */
final class DistinctCounter {
  static final int EXACT_LIMIT = 1 << 16;
  private static final int P = 14;
  private static final int M = 1 << P;

  private LongTable exact = new LongTable(256, EXACT_LIMIT);
  private byte[] registers;

  /** Adds a value by its 64-bit hash (already mixed, see {@link IdentifierKeys}). */
  void add(long hash) {
    if (exact != null) {
      if (exact.putIfAbsent(hash, (byte) 0) != LongTable.FULL) {
        return;
      }
      toSketch();
    }
    addToSketch(hash);
  }

  boolean exact() {
    return exact != null;
  }

  long count() {
    if (exact != null) {
      return exact.size();
    }
    double sum = 0;
    int zeros = 0;
    for (byte r : registers) {
      sum += 1.0 / (1L << r);
      if (r == 0) {
        zeros++;
      }
    }
    double alpha = 0.7213 / (1 + 1.079 / M);
    double estimate = alpha * M * (double) M / sum;
    if (estimate <= 2.5 * M && zeros > 0) {
      estimate = M * Math.log((double) M / zeros); // linear counting for the small range
    }
    return Math.round(estimate);
  }

  void merge(DistinctCounter other) {
    if (other.exact != null) {
      other.exact.forEachKey(this::add);
      return;
    }
    if (exact != null) {
      toSketch();
    }
    for (int i = 0; i < M; i++) {
      registers[i] = (byte) Math.max(registers[i], other.registers[i]);
    }
  }

  private void toSketch() {
    registers = new byte[M];
    LongTable old = exact;
    exact = null;
    old.forEachKey(this::addToSketch);
  }

  private void addToSketch(long hash) {
    int index = (int) (hash >>> (64 - P));
    long rest = (hash << P) | (1L << (P - 1));
    byte rank = (byte) (Long.numberOfLeadingZeros(rest) + 1);
    if (rank > registers[index]) {
      registers[index] = rank;
    }
  }
}
