package org.leakaid.spark;

/**
 * Record identities with, per identity, the most sensitive tier it came in (the lowest number) and
 * how often it came: art. 11's "each record once, in the most sensitive tier it qualifies for".
 * Primitive arrays, open addressing, exact: one holds one task's or one bucket's records.
 */
final class RecordTable {
  private long[] keys = new long[16];
  private byte[] tiers = new byte[16];
  private long[] counts = new long[16];
  private int size;
  // 0 marks a free slot; the key 0 is kept aside.
  private boolean hasZero;
  private byte zeroTier;
  private long zeroCount;

  void add(long key, byte tier, long count) {
    if (key == 0) {
      if (!hasZero) {
        hasZero = true;
        zeroTier = tier;
        size++;
      } else if (tier < zeroTier) {
        zeroTier = tier;
      }
      zeroCount += count;
      return;
    }
    int mask = keys.length - 1;
    int i = KeySet.slot(key, mask);
    while (keys[i] != 0) {
      if (keys[i] == key) {
        if (tier < tiers[i]) {
          tiers[i] = tier;
        }
        counts[i] += count;
        return;
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    tiers[i] = tier;
    counts[i] = count;
    if (++size * 2 > keys.length) {
      grow();
    }
  }

  void addAll(long[] keys, byte[] tiers, long[] counts) {
    if (keys != null) {
      for (int i = 0; i < keys.length; i++) {
        add(keys[i], tiers[i], counts[i]);
      }
    }
  }

  int size() {
    return size;
  }

  /** Calls {@code each} once per identity. */
  void forEach(Entry each) {
    if (hasZero) {
      each.accept(0, zeroTier, zeroCount);
    }
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0) {
        each.accept(keys[i], tiers[i], counts[i]);
      }
    }
  }

  interface Entry {
    void accept(long key, byte tier, long count);
  }

  private void grow() {
    long[] oldKeys = keys;
    byte[] oldTiers = tiers;
    long[] oldCounts = counts;
    keys = new long[oldKeys.length * 2];
    tiers = new byte[keys.length];
    counts = new long[keys.length];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      long key = oldKeys[j];
      if (key != 0) {
        int i = KeySet.slot(key, mask);
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = key;
        tiers[i] = oldTiers[j];
        counts[i] = oldCounts[j];
      }
    }
  }
}
