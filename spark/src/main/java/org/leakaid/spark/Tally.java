package org.leakaid.spark;

import java.util.Set;
import java.util.TreeSet;
import org.leakaid.scanner.PiiType;
import org.leakaid.scanner.dump.FileKeys;

/**
 * The job's small results, added up: a scan partition's totals, finding counts and watch hits, and
 * a bucket's exact distinct counts ({@link BucketCount}). The driver merges one per partition and
 * one per bucket; its size does not grow with the input (but for the names of unreadable files).
 */
final class Tally implements ScanPart {
  private static final long serialVersionUID = 1L;
  private static final int TYPES = PiiType.values().length;

  long files;
  long bytes;
  long lines;
  long records;
  long invalidRecords;

  /** Whole files that could not be read. */
  long unreadable;

  /** Split files of which a split could not be read: counted once per file, as the CLI does. */
  final Set<String> unreadableSplitFiles = new TreeSet<>();

  /** Per type ordinal: findings, and distinct value keys (buckets only). */
  final long[] counts = new long[TYPES];

  final long[] distinct = new long[TYPES];

  /** Per tier (1 most sensitive): distinct record identities, and all records with that tier. */
  final long[] tierDistinct = new long[4];

  final long[] tierRecords = new long[4];

  long persons;

  /** Per watch-list entry: hits, and the first hit's task order, offset and file (or null). */
  final long[] watchCounts;

  final long[] watchOrder;
  final long[] watchOffset;
  final String[] watchPath;

  Tally(int watchEntries) {
    watchCounts = new long[watchEntries];
    watchOrder = new long[watchEntries];
    watchOffset = new long[watchEntries];
    watchPath = new String[watchEntries];
  }

  /** One task's totals, finding counts of the reported types and watch hits. */
  void add(FileKeys k, ScanTask task, boolean[] reported) {
    files += k.files;
    bytes += k.bytes;
    lines += k.lines;
    records += k.records;
    invalidRecords += k.invalidRecords;
    if (k.unreadable > 0 && task.isSplit()) {
      unreadableSplitFiles.add(task.path());
    } else {
      unreadable += k.unreadable;
    }
    for (int i = 0; i < k.findingCount; i++) {
      if (reported[k.findingTypes[i]]) {
        counts[k.findingTypes[i]]++;
      }
    }
    for (int e = 0; e < k.watchCounts.length && e < watchCounts.length; e++) {
      if (k.watchCounts[e] > 0) {
        hit(e, k.watchCounts[e], task.order(), k.watchFirst[e], task.path());
      }
    }
  }

  private void hit(int e, long count, long order, long offset, String path) {
    boolean first =
        watchCounts[e] == 0
            || order < watchOrder[e]
            || (order == watchOrder[e] && offset < watchOffset[e]);
    if (first) {
      watchOrder[e] = order;
      watchOffset[e] = offset;
      watchPath[e] = path;
    }
    watchCounts[e] += count;
  }

  Tally merge(Tally o) {
    files += o.files;
    bytes += o.bytes;
    lines += o.lines;
    records += o.records;
    invalidRecords += o.invalidRecords;
    unreadable += o.unreadable;
    unreadableSplitFiles.addAll(o.unreadableSplitFiles);
    for (int t = 0; t < TYPES; t++) {
      counts[t] += o.counts[t];
      distinct[t] += o.distinct[t];
    }
    for (int t = 0; t < 4; t++) {
      tierDistinct[t] += o.tierDistinct[t];
      tierRecords[t] += o.tierRecords[t];
    }
    persons += o.persons;
    for (int e = 0; e < watchCounts.length; e++) {
      if (o.watchCounts[e] > 0) {
        hit(e, o.watchCounts[e], o.watchOrder[e], o.watchOffset[e], o.watchPath[e]);
      }
    }
    return this;
  }

  /** Unreadable inputs, each file once. */
  long unreadableFiles() {
    return unreadable + unreadableSplitFiles.size();
  }
}
