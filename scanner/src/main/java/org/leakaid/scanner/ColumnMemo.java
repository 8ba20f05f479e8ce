package org.leakaid.scanner;

import java.util.Arrays;

/**
 * Remembers an int computed from the bytes of a column name, so that a header line is understood
 * without decoding it to a String.
 *
 * <p>Why: concatenated exports (one CSV section after another) repeat the same few dozen column
 * names in every order, so whole header lines rarely repeat but their fields do. On the dense
 * benchmark corpus (a header every ~1.6 KB) decoding, lower-casing and splitting each header line
 * was ~28% of a structured-types scan's samples and ~40% of the JIT compiler's time; looking the
 * fields up here takes that to a byte loop. One instance per thread; not thread-safe.
 *
 * <p>An open-addressing table of copied keys. Data rows that look like headers (short fields, no
 * long numbers) bring one-off values too, so at {@value #MAX_ENTRIES} entries it starts afresh: the
 * column names that recur are learnt again within a few lines, while a table that stopped growing
 * left every later field to be classified anew (a third of the reader thread's samples on the dense
 * benchmark corpus).
 */
public final class ColumnMemo {
  /** What {@link #get} returns for a name it does not hold. */
  public static final int ABSENT = Integer.MIN_VALUE;

  private static final int MAX_ENTRIES = 4096;

  private byte[][] keys = new byte[64][];
  private int[] values = new int[64];
  private int size;

  /** The value stored for the bytes {@code b[from, to)}, or {@link #ABSENT}. */
  public int get(byte[] b, int from, int to) {
    int mask = keys.length - 1;
    for (int slot = hash(b, from, to) & mask; ; slot = (slot + 1) & mask) {
      byte[] k = keys[slot];
      if (k == null) {
        return ABSENT;
      }
      if (Arrays.equals(k, 0, k.length, b, from, to)) {
        return values[slot];
      }
    }
  }

  /** Stores a value for the bytes {@code b[from, to)} (copied), which are not in the memo. */
  public void put(byte[] b, int from, int to, int value) {
    if (size >= MAX_ENTRIES) {
      Arrays.fill(keys, null);
      size = 0;
    }
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    insert(Arrays.copyOfRange(b, from, to), value);
    size++;
  }

  private void insert(byte[] key, int value) {
    int mask = keys.length - 1;
    int slot = hash(key, 0, key.length) & mask;
    while (keys[slot] != null) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = value;
  }

  private void grow() {
    byte[][] oldKeys = keys;
    int[] oldValues = values;
    keys = new byte[oldKeys.length * 2][];
    values = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        insert(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int hash(byte[] b, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + b[i];
    }
    return h ^ (h >>> 16);
  }
}
