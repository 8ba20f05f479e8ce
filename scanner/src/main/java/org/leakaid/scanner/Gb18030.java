package org.leakaid.scanner;

import java.nio.charset.Charset;

/**
 * Two-byte GB18030 (GBK, GB2312) to Unicode, as a table built once from the JDK's charset: the
 * scanner decodes single characters in the hot path, where a CharsetDecoder call is too slow.
 * Four-byte sequences (rare characters outside GBK) are not in the table.
 */
final class Gb18030 {

  static final Charset CHARSET = Charset.forName("GB18030");
  private static final char[] TABLE = new char[126 * 191];

  static {
    // Every two-byte sequence, each followed by '\n' (never a trail byte, so a sequence the
    // decoder cannot map cannot swallow its neighbour), decoded in one call: 52 -> 34 ms of
    // start-up against a decoder call per sequence (the table is the same, all 23,940 entries).
    byte[] all = new byte[126 * 190 * 3];
    int n = 0;
    for (int lead = 0x81; lead <= 0xFE; lead++) {
      for (int trail = 0x40; trail <= 0xFE; trail++) {
        if (trail != 0x7F) {
          all[n++] = (byte) lead;
          all[n++] = (byte) trail;
          all[n++] = '\n';
        }
      }
    }
    String decoded = new String(all, CHARSET);
    int from = 0;
    for (int lead = 0x81; lead <= 0xFE; lead++) {
      for (int trail = 0x40; trail <= 0xFE; trail++) {
        if (trail == 0x7F) {
          continue;
        }
        int end = decoded.indexOf('\n', from);
        char c = decoded.charAt(from);
        if (end == from + 1 && c != '\uFFFD') {
          TABLE[(lead - 0x81) * 191 + (trail - 0x40)] = c;
        }
        from = end + 1;
      }
    }
  }

  private Gb18030() {}

  /**
   * The character of the four-byte sequence at {@code b[i, i + 4)}, or -1 if it is not one: the
   * supplementary planes (CJK Extension B and later, rare name characters) by arithmetic, the rest
   * of the BMP (Extension A among it) by the JDK's tables, which is slow but rare.
   */
  static int decode4(byte[] b, int i) {
    int b1 = b[i] & 0xFF;
    int b2 = b[i + 1] & 0xFF;
    int b3 = b[i + 2] & 0xFF;
    int b4 = b[i + 3] & 0xFF;
    if (b1 < 0x81 || b1 > 0xFE || b2 < 0x30 || b2 > 0x39) {
      return -1;
    }
    if (b3 < 0x81 || b3 > 0xFE || b4 < 0x30 || b4 > 0x39) {
      return -1;
    }
    if (b1 >= 0x90) {
      int linear = (((b1 - 0x90) * 10 + (b2 - 0x30)) * 126 + (b3 - 0x81)) * 10 + (b4 - 0x30);
      return linear <= 0x10FFFF - 0x10000 ? 0x10000 + linear : -1;
    }
    String s = new String(b, i, 4, CHARSET);
    int cp = s.codePointAt(0);
    return s.length() == 1 && cp != 0xFFFD ? cp : -1;
  }

  /** The character of a two-byte sequence, or -1 if it is not one. */
  static int decode2(int lead, int trail) {
    if (lead < 0x81 || lead > 0xFE || trail < 0x40 || trail > 0xFE) {
      return -1;
    }
    char c = TABLE[(lead - 0x81) * 191 + (trail - 0x40)];
    return c == 0 ? -1 : c;
  }
}
