package org.leakaid.scanner.dump;

import org.leakaid.scanner.TextEncoding;

/**
 * Where {@link ChunkPipeline} cuts a line too long for one buffer into pieces, and where the
 * context of the next piece starts: between JSON items or SQL rows where the line has them, else
 * after a separator, else at a character boundary (UTF-8 or GB18030).
 */
final class LongLinePieces {

  private LongLinePieces() {}

  /**
   * Where to end the own part of a long line's piece: at {@code target} or before it, within {@code
   * span} bytes, preferably between two JSON list items or SQL rows (after the comma of {@code },{}
   * or {@code ),(}) so that records stay whole, else after a separator ({@link #separatorRank}),
   * else at a character boundary. Always after {@code from}.
   */
  static int pieceEnd(byte[] buf, int from, int target, int span, TextEncoding enc) {
    int limit = Math.max(from + 1, target - span);
    int best = -1;
    int bestRank = 0;
    for (int i = target; i > limit; i--) {
      int c = buf[i - 1];
      if (c == ',' && i < target && i - 2 >= from) {
        int before = buf[i - 2];
        int after = buf[i];
        if ((before == '}' && after == '{') || (before == ')' && after == '(')) {
          return i;
        }
      }
      int rank = separatorRank(c);
      if (rank > bestRank) {
        best = i;
        bestRank = rank;
      }
    }
    return best >= 0 ? best : Math.max(from + 1, characterStartBefore(buf, from, target, enc));
  }

  /**
   * Where the view of the piece after {@code cut} starts: about {@code overlap} bytes before it,
   * after a separator ({@link #separatorRank}), the best within another {@code overlap} bytes back,
   * else at a character boundary; never before the start of the buffer (a character boundary, as
   * {@code from} is).
   */
  static int pieceViewStart(byte[] buf, int from, int cut, int overlap, TextEncoding enc) {
    int target = Math.max(0, cut - overlap);
    int limit = Math.max(0, target - overlap);
    int best = -1;
    int bestRank = 0;
    for (int i = target; i > limit && bestRank < 3; i--) {
      int rank = separatorRank(buf[i - 1]);
      if (rank > bestRank) {
        best = i;
        bestRank = rank;
      }
    }
    if (best >= 0 || target == 0) {
      return Math.max(best, 0);
    }
    return target >= from
        ? characterStartBefore(buf, from, target, enc)
        : characterStartBefore(buf, 0, target, enc);
  }

  /**
   * How good a place to start or end a piece the position after byte {@code c} is: 3 after a tab,
   * quote or semicolon, which no identifier holds and which end any number, so that the scan of a
   * piece is in step with the scan of the whole line from there on (digits joined by single spaces
   * or dashes are read as groups of one number, which depends on where the number started); 2 after
   * a comma or space; 1 after any other byte below 0x30; 0 elsewhere. None of these bytes occurs
   * inside a character, in UTF-8 or in GB18030 (whose four-byte forms hold digits, 0x30 to 0x39).
   */
  private static int separatorRank(int c) {
    if (c == '\t' || c == '"' || c == '\'' || c == ';') {
      return 3;
    }
    if (c == ',' || c == ' ') {
      return 2;
    }
    return c >= 0 && c < 0x30 ? 1 : 0;
  }

  /**
   * The last character boundary at or before {@code target} and after {@code known}, itself a
   * boundary. UTF-8 is read backwards over continuation bytes; GB18030 cannot be (its trail bytes
   * look like lead bytes and ASCII), so it is walked forwards from {@code known}.
   */
  private static int characterStartBefore(byte[] buf, int known, int target, TextEncoding enc) {
    if (enc == TextEncoding.UTF_8) {
      int i = target;
      while (i > known && (buf[i] & 0xC0) == 0x80) {
        i--;
      }
      return i;
    }
    int i = known;
    int last = known;
    while (i <= target) {
      last = i;
      i += IdentifierKeys.width(buf, i, buf.length, enc);
    }
    return last;
  }
}
