package org.leakaid.spark;

/**
 * One scan partition's keys that fall in one bucket, each once: per reported type the value keys of
 * its findings, the record identities with their most sensitive tier and count, and the person
 * keys. A bucket is a fixed share of the key space ({@link #bucket}), so one reduce task sees every
 * copy of its keys and counts them exactly, and no task holds more than its share.
 *
 * @param findings per type ordinal the distinct value keys, or null for none
 */
record KeyBlock(
    long[][] findings, long[] recordKeys, byte[] recordTiers, long[] recordCounts, long[] persons)
    implements ScanPart {

  /**
   * The bucket of a key among {@code buckets}: the murmur3 finaliser's bits, so that buckets are
   * even whatever the keys' own low bits, and independent of {@link KeySet#slot}.
   */
  static int bucket(long key, int buckets) {
    long h = key;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) Long.remainderUnsigned(h, buckets);
  }
}
