package org.leakaid.scanner;

/**
 * Decodes a slice of a line for {@link ContextDetector}: code points with their byte offsets (UTF-8
 * or GB18030, full-width ASCII forms folded to ASCII), and the only positions its passes act on
 * (see the detector's class comment on speed). One per detector, reused for every slice.
 */
final class SliceDecoder {

  /** How many stops the last {@link #decode} listed. */
  int stopCount;

  /** Whether the last decoded slice holds a 区 at all. */
  boolean zoneMarks;

  /**
   * Decodes the slice into {@code cps} and {@code offs} (an escape such as {@code \\u5f20} is one
   * character, see {@link UnicodeEscapes}), and lists where the later passes must stop in {@code
   * stops}: Han characters; ':', '=', '"' and the CSV delimiter (after full-width folding).
   * Everything else is ASCII the passes only step over. The arrays must hold {@code to - from}
   * characters ({@code offs} one more). Returns the number of characters; {@link #stopCount} and
   * {@link #zoneMarks} are set for the same slice.
   */
  int decode(
      byte[] buf, int from, int to, boolean gb, int delimiter, int[] cps, int[] offs, int[] stops) {
    long delimiters = WordBits.repeat(delimiter);
    int n = 0;
    int stopCount = 0;
    zoneMarks = false;
    int i = from;
    while (i < to) {
      // Eight ASCII bytes at a time: 62% of the bytes of lines with Chinese text are ASCII.
      while (i + 8 <= to) {
        long w = WordBits.word(buf, i);
        if ((w & WordBits.HIGH_BITS) != 0 || hasByte(w, BACKSLASHES)) {
          break; // a character to decode, or maybe an escape of one (\\u5f20)
        }
        for (int k = 0; k < 8; k++) {
          cps[n + k] = buf[i + k];
          offs[n + k] = i + k;
        }
        if (hasByte(w, COLONS)
            || hasByte(w, EQUALS)
            || hasByte(w, QUOTES)
            || hasByte(w, delimiters)) {
          for (int k = 0; k < 8; k++) {
            int c = buf[i + k];
            if (c == ':' || c == '=' || c == '"' || c == delimiter) {
              stops[stopCount++] = n + k;
            }
          }
        }
        n += 8;
        i += 8;
      }
      if (i >= to) {
        break;
      }
      int b = buf[i] & 0xFF;
      int cp;
      int len;
      if (b == '\\' && (cp = UnicodeEscapes.codePointAt(buf, i, to)) >= 0) {
        len = UnicodeEscapes.length(cp);
      } else if (b < 0x80) {
        cp = b;
        len = 1;
      } else if (gb) {
        if (b == 0x80 || b == 0xFF || i + 1 >= to) {
          cp = 0xFFFD;
          len = 1;
        } else {
          int b2 = buf[i + 1] & 0xFF;
          if (b2 >= 0x30 && b2 <= 0x39) {
            // Four bytes: Extension A and later (rare name characters), as UTF-8 decodes them.
            cp = i + 3 < to ? Gb18030.decode4(buf, i) : -1;
            len = Math.min(4, to - i);
            if (cp < 0) {
              cp = 0xFFFD;
            }
          } else {
            cp = Gb18030.decode2(b, b2);
            len = 2;
            if (cp < 0) {
              cp = 0xFFFD;
            }
          }
        }
      } else if (b >= 0xE0
          && b < 0xF0
          && i + 2 < to
          && (buf[i + 1] & 0xC0) == 0x80
          && (buf[i + 2] & 0xC0) == 0x80) {
        // The common case: a three-byte character (all of CJK).
        cp = ((b & 0x0F) << 12) | ((buf[i + 1] & 0x3F) << 6) | (buf[i + 2] & 0x3F);
        len = 3;
      } else {
        len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        if (len == 1 || i + len > to) {
          cp = 0xFFFD;
          len = 1;
        } else {
          cp = len == 2 ? b & 0x1F : len == 3 ? b & 0x0F : b & 0x07;
          for (int k = 1; k < len; k++) {
            int c = buf[i + k] & 0xFF;
            if ((c & 0xC0) != 0x80) {
              cp = 0xFFFD;
              len = 1;
              break;
            }
            cp = (cp << 6) | (c & 0x3F);
          }
        }
      }
      if (cp >= 0xFF01 && cp <= 0xFF5E) {
        cp -= 0xFEE0; // full-width ASCII forms
      } else if (cp == 0x3000) {
        cp = ' ';
      }
      zoneMarks |= cp == '区';
      // A full-width comma folds to ',' but never delimits a CSV field: 送到门口，谢谢 is one value.
      if (ContextDetector.isHan(cp)
          || cp == ':'
          || cp == '='
          || cp == '"'
          || (cp == delimiter && len == 1)) {
        stops[stopCount++] = n;
      }
      cps[n] = cp;
      offs[n] = i;
      n++;
      i += len;
    }
    offs[n] = to;
    this.stopCount = stopCount;
    return n;
  }

  private static final long COLONS = WordBits.repeat(':');
  private static final long EQUALS = WordBits.repeat('=');
  private static final long QUOTES = WordBits.repeat('"');
  private static final long BACKSLASHES = WordBits.repeat('\\');

  /** Whether a byte of {@code w} equals the byte repeated in {@code pattern}. */
  private static boolean hasByte(long w, long pattern) {
    return WordBits.equal(w, pattern) != 0;
  }
}
