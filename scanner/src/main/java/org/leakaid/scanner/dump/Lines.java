package org.leakaid.scanner.dump;

import org.leakaid.scanner.WordBits;

/**
 * Finds line ends eight bytes at a time (SWAR). Splitting at '\n' is safe in UTF-8 and GB18030
 * alike: neither uses 0x0A inside a multi-byte character.
 */
final class Lines {
  private static final long NEWLINES = WordBits.repeat('\n');

  private Lines() {}

  /** Where the line {@code b[from, end)} ends without a trailing '\r' (Windows line ends). */
  static int contentEnd(byte[] b, int from, int end) {
    return end > from && b[end - 1] == '\r' ? end - 1 : end;
  }

  /** The index of the first '\n' in {@code b[from, to)}, or -1. */
  static int indexOfNewline(byte[] b, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long found = WordBits.equal(WordBits.word(b, i), NEWLINES);
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** The index of the last '\n' in {@code b[from, to)}, or -1. */
  static int lastIndexOfNewline(byte[] b, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
