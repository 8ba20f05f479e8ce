package org.leakaid.scanner.dump;

import java.util.Arrays;

/**
 * What a worker found in one chunk, handed to the collector. Line numbers in here are relative to
 * the chunk (0 = its first line): only the collector knows how many lines came before.
 */
final class ChunkScan {
  /** JSON lines of the findings, or null when no JSON output is wanted. */
  final JsonBytes json;

  /** The findings with their value keys, for {@link FileKeys}; or null. */
  final KeyedFindings keyed;

  /** Where in {@link #json} a line number goes, and the chunk-relative line to write there. */
  int[] linePatchAt = new int[64];

  int[] linePatchLine = new int[64];
  int linePatches;
  long newlines;

  long records;
  long invalidRecords;
  long[] recordKeys = new long[0];
  byte[] recordTiers = new byte[0];
  long[] personKeys = new long[0];
  int recordCount;

  /**
   * The chunk's part of a record that spans the pieces of a line too long to scan whole (see {@link
   * LineRecords#endPiece}), or null; and whether the line ends in this chunk.
   */
  RecordContent linePart;

  boolean linePartEnds;

  void linePart(RecordContent part, boolean endsLine) {
    linePart = part;
    linePartEnds = endsLine;
  }

  /** Per watch-list entry: hits in this chunk and the input offset of the first one. */
  final long[] watchCounts;

  final long[] watchFirst;

  ChunkScan(JsonBytes json, KeyedFindings keyed, int watchEntries) {
    this.json = json;
    this.keyed = keyed;
    watchCounts = new long[watchEntries];
    watchFirst = new long[watchEntries];
    Arrays.fill(watchFirst, -1);
  }

  void patchLine(int at, int localLine) {
    if (linePatches == linePatchAt.length) {
      linePatchAt = Arrays.copyOf(linePatchAt, linePatches * 2);
      linePatchLine = Arrays.copyOf(linePatchLine, linePatches * 2);
    }
    linePatchAt[linePatches] = at;
    linePatchLine[linePatches++] = localLine;
  }

  void addRecord(long key, byte tier, long person) {
    if (recordCount == recordKeys.length) {
      int n = Math.max(256, recordCount * 2);
      recordKeys = Arrays.copyOf(recordKeys, n);
      recordTiers = Arrays.copyOf(recordTiers, n);
      personKeys = Arrays.copyOf(personKeys, n);
    }
    recordKeys[recordCount] = key;
    recordTiers[recordCount] = tier;
    personKeys[recordCount++] = person;
  }

  void watchHit(int entry, long offset) {
    if (watchCounts[entry]++ == 0 || offset < watchFirst[entry]) {
      watchFirst[entry] = offset;
    }
  }
}
