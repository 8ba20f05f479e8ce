package org.leakaid.scanner.dump;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * UTF-16 text (with its byte-order mark) as UTF-8, read as it is read: Excel's "Unicode text"
 * export and Windows Notepad's "Unicode" files are UTF-16, and their offsets cannot be bytes of the
 * file for a scanner that reads bytes, so they are bytes of this UTF-8 form instead.
 */
final class Utf16Text extends ByteSource.Refilling {
  private final Reader reader;
  private final char[] chars = new char[8192];
  private int heldSurrogate = -1; // a high surrogate whose pair is in the next read

  Utf16Text(InputStream utf16) {
    this.reader = new InputStreamReader(utf16, StandardCharsets.UTF_16); // reads the BOM
  }

  @Override
  protected boolean refill() throws IOException {
    int n = 0;
    if (heldSurrogate >= 0) {
      chars[n++] = (char) heldSurrogate;
      heldSurrogate = -1;
    }
    int read = reader.read(chars, n, chars.length - n);
    if (read < 0 && n == 0) {
      return false;
    }
    n += Math.max(read, 0);
    if (read > 0 && Character.isHighSurrogate(chars[n - 1])) {
      heldSurrogate = chars[--n];
    }
    byte[] utf8 = new String(chars, 0, n).getBytes(StandardCharsets.UTF_8);
    hand(utf8, 0, utf8.length);
    return true;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
