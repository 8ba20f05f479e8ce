package org.leakaid.spark;

/**
 * A set of 64-bit keys (value keys, person keys) without boxing: open addressing over one {@code
 * long[]}, about 16 bytes per key. Exact: it keeps every key it is given, so one holds one task's
 * or one bucket's keys, never the whole input's (see {@link KeyBlock}).
 */
final class KeySet {
  private long[] slots = new long[16];
  private int size;
  private boolean hasZero; // 0 marks a free slot; the key 0 is kept aside

  void add(long key) {
    if (key == 0) {
      if (!hasZero) {
        hasZero = true;
        size++;
      }
      return;
    }
    int mask = slots.length - 1;
    int i = slot(key, mask);
    while (slots[i] != 0) {
      if (slots[i] == key) {
        return;
      }
      i = (i + 1) & mask;
    }
    slots[i] = key;
    if (++size * 2 > slots.length) {
      grow();
    }
  }

  void addAll(long[] keys) {
    if (keys != null) {
      for (long key : keys) {
        add(key);
      }
    }
  }

  int size() {
    return size;
  }

  /** Each key once, in no particular order. */
  long[] toArray() {
    long[] out = new long[size];
    int n = 0;
    if (hasZero) {
      out[n++] = 0;
    }
    for (long key : slots) {
      if (key != 0) {
        out[n++] = key;
      }
    }
    return out;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length - 1;
    for (long key : old) {
      if (key != 0) {
        int i = slot(key, mask);
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = key;
      }
    }
  }

  /**
   * Fibonacci hashing: the high bits of key times 2^64/phi. Keys are already hashes, but a bucket
   * holds only keys of one residue ({@link KeyBlock#bucket}), which low bits alone would cluster.
   */
  static int slot(long key, int mask) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
  }
}
