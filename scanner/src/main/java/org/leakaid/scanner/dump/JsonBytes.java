package org.leakaid.scanner.dump;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable UTF-8 byte buffer that writes JSON by hand. Findings are written millions of times a
 * second, so there is no JSON library, no {@code String.format} and no intermediate strings for
 * numbers: everything goes straight into the byte array.
 */
public final class JsonBytes {
  private static final byte[] HEX =
      "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private byte[] buf;
  private int len;

  public JsonBytes(int capacity) {
    buf = new byte[Math.max(16, capacity)];
  }

  public int length() {
    return len;
  }

  public byte[] array() {
    return buf;
  }

  public byte[] toArray() {
    return Arrays.copyOf(buf, len);
  }

  public void reset() {
    len = 0;
  }

  public void writeTo(OutputStream out) throws IOException {
    out.write(buf, 0, len);
  }

  public void writeTo(OutputStream out, int from, int to) throws IOException {
    out.write(buf, from, to - from);
  }

  private void ensure(int extra) {
    if (len + extra > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
    }
  }

  public JsonBytes raw(byte b) {
    ensure(1);
    buf[len++] = b;
    return this;
  }

  public JsonBytes raw(byte[] bytes) {
    return raw(bytes, 0, bytes.length);
  }

  public JsonBytes raw(byte[] bytes, int off, int n) {
    ensure(n);
    System.arraycopy(bytes, off, buf, len, n);
    len += n;
    return this;
  }

  /** Appends an ASCII-only string as is (keys, enum names, punctuation). */
  public JsonBytes ascii(String s) {
    int n = s.length();
    ensure(n);
    for (int i = 0; i < n; i++) {
      buf[len++] = (byte) s.charAt(i);
    }
    return this;
  }

  /** Appends {@code s} as a quoted JSON string, escaped and UTF-8 encoded; null as {@code null}. */
  public JsonBytes string(CharSequence s) {
    if (s == null) {
      return ascii("null");
    }
    int n = s.length();
    ensure(n * 3 + 2);
    buf[len++] = '"';
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c == '"' || c == '\\') {
          ensure(2 + (n - i) * 3);
          buf[len++] = '\\';
          buf[len++] = (byte) c;
        } else if (c < 0x20) {
          ensure(6 + (n - i) * 3);
          escapeControl(c);
        } else {
          buf[len++] = (byte) c;
        }
      } else if (c < 0x800) {
        buf[len++] = (byte) (0xC0 | (c >> 6));
        buf[len++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        ensure(4 + (n - i) * 3);
        buf[len++] = (byte) (0xF0 | (cp >> 18));
        buf[len++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        buf[len++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        buf[len++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        // An unpaired surrogate cannot be encoded: write U+FFFD rather than invalid UTF-8.
        char w = Character.isSurrogate(c) ? '\uFFFD' : c;
        buf[len++] = (byte) (0xE0 | (w >> 12));
        buf[len++] = (byte) (0x80 | ((w >> 6) & 0x3F));
        buf[len++] = (byte) (0x80 | (w & 0x3F));
      }
    }
    ensure(1);
    buf[len++] = '"';
    return this;
  }

  private void escapeControl(char c) {
    buf[len++] = '\\';
    switch (c) {
      case '\n' -> buf[len++] = 'n';
      case '\r' -> buf[len++] = 'r';
      case '\t' -> buf[len++] = 't';
      case '\b' -> buf[len++] = 'b';
      case '\f' -> buf[len++] = 'f';
      default -> {
        buf[len++] = 'u';
        buf[len++] = '0';
        buf[len++] = '0';
        buf[len++] = HEX[c >> 4];
        buf[len++] = HEX[c & 0xF];
      }
    }
  }

  public JsonBytes number(long v) {
    ensure(20);
    if (v == Long.MIN_VALUE) {
      return ascii("-9223372036854775808");
    }
    if (v < 0) {
      buf[len++] = '-';
      v = -v;
    }
    int digits = 1;
    for (long t = v; t >= 10; t /= 10) {
      digits++;
    }
    int end = len + digits;
    for (int p = end - 1; p >= len; p--) {
      buf[p] = (byte) ('0' + (v % 10));
      v /= 10;
    }
    len = end;
    return this;
  }

  /**
   * Appends {@code v} rounded to at most {@code decimals} decimals (trailing zeros dropped, at
   * least one decimal kept so it reads as a float). Non-finite values, which JSON cannot hold,
   * become 0.
   */
  public JsonBytes decimal(double v, int decimals) {
    if (!Double.isFinite(v)) {
      v = 0;
    }
    long scale = 1;
    for (int i = 0; i < decimals; i++) {
      scale *= 10;
    }
    long scaled = Math.round(Math.abs(v) * scale);
    if (v < 0 && scaled != 0) {
      raw((byte) '-');
    }
    number(scaled / scale);
    raw((byte) '.');
    long frac = scaled % scale;
    int digits = decimals;
    while (digits > 1 && frac % 10 == 0) {
      frac /= 10;
      digits--;
    }
    ensure(digits);
    for (int p = len + digits - 1; p >= len; p--) {
      buf[p] = (byte) ('0' + (frac % 10));
      frac /= 10;
    }
    len += digits;
    return this;
  }
}
