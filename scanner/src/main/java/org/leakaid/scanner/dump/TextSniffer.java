package org.leakaid.scanner.dump;

import org.leakaid.scanner.TextEncoding;

/**
 * Decides from the first bytes of an input whether it is text at all and whether it is UTF-8 or
 * GB18030 (which includes GBK and GB2312).
 *
 * <p>UTF-8 has a strict structure: random GBK text violates it within a few characters, while GBK's
 * structure (lead byte 0x81-0xFE, trail byte 0x40-0xFE) accepts most UTF-8. So the rule is: UTF-8
 * unless the sample breaks UTF-8 more often than it breaks GB18030. A few stray invalid bytes in a
 * UTF-8 dump (common in scraped data) keep it UTF-8.
 */
final class TextSniffer {
  /** How many leading bytes decide whether an input is binary. */
  static final int BINARY_SAMPLE = 8 * 1024;

  private TextSniffer() {}

  /** Binary: a NUL byte, or more than 10% control characters, in the first 8 KiB. */
  static boolean looksBinary(byte[] b, int off, int len) {
    int n = Math.min(len, BINARY_SAMPLE);
    int controls = 0;
    for (int i = off; i < off + n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
        controls++;
      }
    }
    return controls * 10 > n;
  }

  static TextEncoding detect(byte[] b, int off, int len) {
    int end = off + len;
    if (len >= 3
        && (b[off] & 0xFF) == 0xEF
        && (b[off + 1] & 0xFF) == 0xBB
        && (b[off + 2] & 0xFF) == 0xBF) {
      return TextEncoding.UTF_8;
    }
    int utf8Errors = 0;
    int utf8Multi = 0;
    for (int i = off; i < end; ) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int need =
          c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
      if (need < 0) {
        utf8Errors++;
        i++;
        continue;
      }
      if (i + need >= end) {
        break; // cut off by the sample's end
      }
      boolean ok = true;
      for (int k = 1; k <= need; k++) {
        if ((b[i + k] & 0xC0) != 0x80) {
          ok = false;
          break;
        }
      }
      if (ok) {
        utf8Multi++;
        i += need + 1;
      } else {
        utf8Errors++;
        i++;
      }
    }
    if (utf8Errors == 0) {
      return TextEncoding.UTF_8;
    }
    int gbErrors = 0;
    for (int i = off; i < end; ) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      if (c == 0x80 || c == 0xFF || i + 1 >= end) {
        gbErrors += c == 0x80 || c == 0xFF ? 1 : 0;
        i++;
        continue;
      }
      int c1 = b[i + 1] & 0xFF;
      if (c1 >= 0x30 && c1 <= 0x39) {
        if (i + 3 < end
            && (b[i + 2] & 0xFF) >= 0x81
            && (b[i + 2] & 0xFF) <= 0xFE
            && (b[i + 3] & 0xFF) >= 0x30
            && (b[i + 3] & 0xFF) <= 0x39) {
          i += 4;
        } else {
          gbErrors++;
          i++;
        }
      } else if (c1 >= 0x40 && c1 <= 0xFE && c1 != 0x7F) {
        i += 2;
      } else {
        gbErrors++;
        i++;
      }
    }
    return gbErrors < utf8Errors && utf8Errors > utf8Multi / 100
        ? TextEncoding.GB18030
        : TextEncoding.UTF_8;
  }
}
