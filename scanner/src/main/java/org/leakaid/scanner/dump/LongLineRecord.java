package org.leakaid.scanner.dump;

/**
 * The record of a line too long to scan whole, joined from its pieces' parts as a collector takes
 * their chunks in order ({@link ChunkScan#linePart}).
 */
final class LongLineRecord {
  private RecordContent parts;

  /** Adds the chunk's part of the line's record, if it has one; true if the line ends there. */
  boolean add(ChunkScan r) {
    if (r.linePart == null) {
      return false;
    }
    if (parts == null) {
      parts = r.linePart;
    } else {
      parts.add(r.linePart);
    }
    return r.linePartEnds;
  }

  /** The line's record, forgotten here; null if there is none or it holds nothing. */
  RecordContent take() {
    RecordContent line = parts;
    parts = null;
    return line == null || line.blank ? null : line;
  }
}
