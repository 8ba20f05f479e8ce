package org.leakaid.scanner;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Two-byte GB18030 (GBK, GB2312) to Unicode, as a table built once from the JDK's decoder: the
 * scanner decodes single characters in the hot path, where a CharsetDecoder call is too slow.
 * Four-byte sequences (rare characters outside GBK) are not in the table.
 */
final class Gb18030 {

  static final Charset CHARSET = Charset.forName("GB18030");
  private static final char[] TABLE = new char[126 * 191];

  static {
    CharsetDecoder decoder =
        CHARSET
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(2);
    CharBuffer out = CharBuffer.allocate(4);
    for (int lead = 0x81; lead <= 0xFE; lead++) {
      for (int trail = 0x40; trail <= 0xFE; trail++) {
        if (trail == 0x7F) {
          continue;
        }
        in.clear();
        in.put((byte) lead).put((byte) trail).flip();
        out.clear();
        decoder.reset();
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError() && out.position() == 1) {
          TABLE[(lead - 0x81) * 191 + (trail - 0x40)] = out.get(0);
        }
      }
    }
  }

  private Gb18030() {}

  /** The character of a two-byte sequence, or -1 if it is not one. */
  static int decode2(int lead, int trail) {
    if (lead < 0x81 || lead > 0xFE || trail < 0x40 || trail > 0xFE) {
      return -1;
    }
    char c = TABLE[(lead - 0x81) * 191 + (trail - 0x40)];
    return c == 0 ? -1 : c;
  }
}
