package org.leakaid.scanner.dump;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Opens a format the scanner cannot open by itself: the core has no dependencies, so formats that
 * need a library (old .xls workbooks, bzip2, xz, 7z) are read by readers that the caller brings,
 * such as the command line's. What a reader hands on (a sheet as text, a file from an archive, a
 * decompressed stream) is read like any other input: it may be an archive itself.
 */
public interface FormatReader {

  /** Whether an input whose first bytes are {@code magic[0, n)} is in this reader's format. */
  boolean reads(byte[] magic, int n);

  /** Whether {@code b[0, n)} starts with the bytes {@code expected} (values 0-255). */
  static boolean startsWith(byte[] b, int n, int... expected) {
    if (n < expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if ((b[i] & 0xFF) != expected[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads an input and hands on each part of it.
   *
   * @param file the input's file when it is one (formats that need to seek, such as 7z, need it),
   *     or null for a stream (stdin, a file inside another archive)
   * @param in the input from its first byte
   * @throws IOException naming what is wrong, in words for the user
   */
  void read(Path file, InputStream in, Parts parts) throws IOException;

  /** Where a reader hands on the parts of an input. */
  interface Parts {
    /**
     * One part, read before this returns.
     *
     * @param name its name inside the input (a sheet, a path in the archive), or null when the part
     *     is the whole input decompressed
     */
    void accept(String name, InputStream in) throws IOException;

    /**
     * The input is of a kind with nothing to scan, or one this reader cannot open here: it is
     * skipped with a note saying {@code why} (for instance "Word document (save it as text)").
     */
    void skip(String why);
  }
}
