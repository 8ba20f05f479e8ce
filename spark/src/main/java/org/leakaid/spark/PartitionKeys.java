package org.leakaid.spark;

import java.util.ArrayList;
import java.util.List;
import org.leakaid.scanner.PiiType;
import org.leakaid.scanner.dump.FileKeys;
import scala.Tuple2;

/**
 * On an executor: the keys of a scan partition's tasks, each once (value keys per reported type,
 * record identities with their most sensitive tier and count, person keys), then cut into one
 * {@link KeyBlock} per bucket for the shuffle. Deduplicating here first makes the shuffle carry
 * each key once per partition rather than once per occurrence.
 */
final class PartitionKeys {
  private static final int TYPES = PiiType.values().length;

  private final boolean[] reported;
  private final KeySet[] findings = new KeySet[TYPES];
  private RecordTable records = new RecordTable();
  private KeySet persons = new KeySet();

  PartitionKeys(boolean[] reported) {
    this.reported = reported;
  }

  void add(FileKeys k) {
    for (int i = 0; i < k.findingCount; i++) {
      int t = k.findingTypes[i];
      if (reported[t]) {
        KeySet set = findings[t];
        if (set == null) {
          set = findings[t] = new KeySet();
        }
        set.add(k.findingKeys[i]);
      }
    }
    for (int i = 0; i < k.recordCount; i++) {
      records.add(k.recordKeys[i], k.recordTiers[i], 1);
      persons.add(k.personKeys[i]);
    }
  }

  /** The keys as (bucket, block) pairs, empty buckets left out; this object is spent after. */
  List<Tuple2<Integer, ScanPart>> blocks(int buckets) {
    long[][][] byType = new long[TYPES][][];
    for (int t = 0; t < TYPES; t++) {
      if (findings[t] != null) {
        byType[t] = split(findings[t].toArray(), buckets);
        findings[t] = null;
      }
    }
    long[][] personKeys = split(persons.toArray(), buckets);
    persons = null;

    int[] n = new int[buckets];
    records.forEach((key, tier, count) -> n[KeyBlock.bucket(key, buckets)]++);
    long[][] recordKeys = new long[buckets][];
    byte[][] recordTiers = new byte[buckets][];
    long[][] recordCounts = new long[buckets][];
    for (int b = 0; b < buckets; b++) {
      recordKeys[b] = new long[n[b]];
      recordTiers[b] = new byte[n[b]];
      recordCounts[b] = new long[n[b]];
      n[b] = 0;
    }
    records.forEach(
        (key, tier, count) -> {
          int b = KeyBlock.bucket(key, buckets);
          int i = n[b]++;
          recordKeys[b][i] = key;
          recordTiers[b][i] = tier;
          recordCounts[b][i] = count;
        });
    records = null;

    List<Tuple2<Integer, ScanPart>> out = new ArrayList<>();
    for (int b = 0; b < buckets; b++) {
      long[][] f = null;
      for (int t = 0; t < TYPES; t++) {
        if (byType[t] != null && byType[t][b].length > 0) {
          if (f == null) {
            f = new long[TYPES][];
          }
          f[t] = byType[t][b];
        }
      }
      if (f == null && recordKeys[b].length == 0 && personKeys[b].length == 0) {
        continue;
      }
      out.add(
          new Tuple2<>(
              b,
              new KeyBlock(
                  f == null ? new long[TYPES][] : f,
                  recordKeys[b],
                  recordTiers[b],
                  recordCounts[b],
                  personKeys[b])));
    }
    return out;
  }

  /** {@code keys} cut by bucket. */
  private static long[][] split(long[] keys, int buckets) {
    int[] n = new int[buckets];
    for (long key : keys) {
      n[KeyBlock.bucket(key, buckets)]++;
    }
    long[][] out = new long[buckets][];
    for (int b = 0; b < buckets; b++) {
      out[b] = new long[n[b]];
      n[b] = 0;
    }
    for (long key : keys) {
      int b = KeyBlock.bucket(key, buckets);
      out[b][n[b]++] = key;
    }
    return out;
  }
}
