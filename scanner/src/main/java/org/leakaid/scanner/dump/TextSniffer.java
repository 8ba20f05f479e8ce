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

  /**
   * The kind of an archive or document the scanner does not open, told by its first bytes, or null:
   * these are how leaked lists usually travel besides zip and gzip, and "binary file" would not say
   * what to do.
   */
  static String unopenedKind(byte[] b, int len) {
    if (FormatReader.startsWith(b, len, 'B', 'Z', 'h')) {
      return "bzip2 file (unpack it first: bunzip2 -k)";
    }
    if (FormatReader.startsWith(b, len, 0xFD, '7', 'z', 'X', 'Z', 0)) {
      return "xz file (unpack it first: unxz -k)";
    }
    if (FormatReader.startsWith(b, len, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
      return "7z archive (unpack it first: 7z x)";
    }
    if (FormatReader.startsWith(b, len, 'R', 'a', 'r', '!', 0x1A, 0x07)) {
      return "RAR archive (unpack it first: unrar x)";
    }
    if (FormatReader.startsWith(b, len, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return "Office 97-2003 document, such as an .xls (save it as .xlsx or CSV)";
    }
    if (FormatReader.startsWith(b, len, '%', 'P', 'D', 'F')) {
      return "PDF (export its text first: pdftotext)";
    }
    return null;
  }

  /** A UTF-16 byte-order mark (Windows "Unicode text" exports start with FF FE). */
  static boolean isUtf16(byte[] b, int len) {
    return len >= 2
        && (((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)
            || ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF));
  }

  static boolean hasUtf8Bom(byte[] b, int len) {
    return len >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  static TextEncoding detect(byte[] b, int off, int len) {
    int end = off + len;
    if (off == 0 && hasUtf8Bom(b, len)) {
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
