package org.leakaid.scanner;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Chinese text written as {@code \\uXXXX} escapes, as Python's {@code json.dumps} writes it by
 * default ({@code {"name": "\\u5f20\\u4f1f"}}): a scraped dump of names and addresses can be all
 * ASCII. The context pass reads such an escape as the character it stands for (its byte span stays
 * the escape's), and the masked form of what it finds is escaped again, so the JSON stays valid.
 * Only escapes of non-ASCII characters count: {@code \\u0022} and the like are left as they are.
 */
public final class UnicodeEscapes {

  private static final long BACKSLASHES = WordBits.repeat('\\');

  private UnicodeEscapes() {}

  /** Whether {@code buf[from, to)}, all ASCII, holds the escape of a non-ASCII character. */
  static boolean occurIn(byte[] buf, int from, int to) {
    int p = from;
    while (p + 8 <= to) {
      long at = WordBits.equal(WordBits.word(buf, p), BACKSLASHES);
      if (at == 0) {
        p += 8;
        continue;
      }
      p += Long.numberOfTrailingZeros(at) >>> 3;
      if (codePointAt(buf, p, to) >= 0) {
        return true;
      }
      p++;
    }
    for (; p < to; p++) {
      if (buf[p] == '\\' && codePointAt(buf, p, to) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The non-ASCII character that the escape at {@code i} stands for, two escapes for a character
   * beyond U+FFFF ({@code \\ud840\\udc00}); -1 if there is none. Its length in bytes is {@link
   * #length}.
   */
  static int codePointAt(byte[] buf, int i, int to) {
    int c = hex4(buf, i, to);
    if (c < 0x80) {
      return -1;
    }
    if (Character.isHighSurrogate((char) c)) {
      int low = hex4(buf, i + 6, to);
      return low >= 0 && Character.isLowSurrogate((char) low)
          ? Character.toCodePoint((char) c, (char) low)
          : -1;
    }
    return Character.isLowSurrogate((char) c) ? -1 : c;
  }

  /** Bytes of the escape(s) of {@code codePoint}: 6, or 12 for a surrogate pair. */
  static int length(int codePoint) {
    return Character.isBmpCodePoint(codePoint) ? 6 : 12;
  }

  private static int hex4(byte[] buf, int i, int to) {
    if (i + 6 > to || buf[i] != '\\' || buf[i + 1] != 'u') {
      return -1;
    }
    int v = 0;
    for (int k = i + 2; k < i + 6; k++) {
      int d = Character.digit(buf[k], 16);
      if (d < 0) {
        return -1;
      }
      v = v << 4 | d;
    }
    return v;
  }

  /** {@code text} with its escapes of non-ASCII characters read. */
  static String unescape(String text) {
    byte[] in = text.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    int i = 0;
    while (i < in.length) {
      int c = in[i] == '\\' ? codePointAt(in, i, in.length) : -1;
      if (c >= 0) {
        out.writeBytes(Character.toString(c).getBytes(StandardCharsets.UTF_8));
        i += length(c);
      } else {
        out.write(in[i++]);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** {@code text} with every non-ASCII character written as an escape, the way Python does. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() * 6);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        out.append(c);
      } else {
        out.append("\\u").append(String.format("%04x", (int) c));
      }
    }
    return out.toString();
  }
}
