package org.leakaid.scanner.dump;

/**
 * An open-addressing hash table from 64-bit keys to a small byte value, with no boxing and a hard
 * size limit. Dumps run to hundreds of millions of records: a {@code HashSet<Long>} costs about 50
 * bytes a key, this costs 9 bytes a slot (about 13 bytes a key at the maximum load of 0.7).
 *
 * <p>Keys are already well-mixed hashes ({@link IdentifierKeys}), so linear probing on the low bits
 * works well. Key 0 marks an empty slot; a real key of 0 is stored as 1 (one more collision in
 * 2^64).
 */
final class LongTable {
  /** Returned by {@link #putIfAbsent} when the key was new and has been stored. */
  static final int INSERTED = -1;

  /** Returned by {@link #putIfAbsent} when the key was new but the table is at its size limit. */
  static final int FULL = -2;

  private final int maxEntries;
  private long[] keys;
  private byte[] values;
  private int size;
  private int mask;

  /**
   * @param maxEntries the most keys the table will hold; beyond it {@link #putIfAbsent} answers
   *     {@link #FULL} for new keys (existing keys are still found)
   */
  LongTable(int initialCapacity, int maxEntries) {
    this.maxEntries = maxEntries;
    int cap = Integer.highestOneBit(Math.max(16, initialCapacity - 1)) << 1;
    keys = new long[cap];
    values = new byte[cap];
    mask = cap - 1;
  }

  int size() {
    return size;
  }

  int maxEntries() {
    return maxEntries;
  }

  /** The stored value (0..127) of {@code key}, or {@link #INSERTED} / {@link #FULL}. */
  int putIfAbsent(long key, byte value) {
    if (key == 0) {
      key = 1;
    }
    int i = slot(key);
    for (; keys[i] != 0; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return values[i];
      }
    }
    if (size >= maxEntries) {
      return FULL;
    }
    keys[i] = key;
    values[i] = value;
    if (++size > keys.length * 7L / 10) {
      grow();
    }
    return INSERTED;
  }

  /** Overwrites the value of a key known to be present. */
  void update(long key, byte value) {
    if (key == 0) {
      key = 1;
    }
    for (int i = slot(key); keys[i] != 0; i = (i + 1) & mask) {
      if (keys[i] == key) {
        values[i] = value;
        return;
      }
    }
    throw new IllegalStateException("key not present");
  }

  /** Calls {@code action} for each stored key. */
  void forEachKey(java.util.function.LongConsumer action) {
    for (long k : keys) {
      if (k != 0) {
        action.accept(k);
      }
    }
  }

  private int slot(long key) {
    return (int) (key ^ (key >>> 32)) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    byte[] oldValues = values;
    int cap = oldKeys.length << 1;
    keys = new long[cap];
    values = new byte[cap];
    mask = cap - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      long k = oldKeys[j];
      if (k != 0) {
        int i = slot(k);
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = k;
        values[i] = oldValues[j];
      }
    }
  }
}
