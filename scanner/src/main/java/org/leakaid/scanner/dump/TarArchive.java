package org.leakaid.scanner.dump;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The regular files of a tar archive (POSIX ustar, GNU and pax), read in one pass from a stream, so
 * that a {@code .tar.gz} of a database backup is scanned like the files it holds. A tar is a series
 * of 512-byte header blocks, each followed by its file's data padded to whole blocks; GNU ({@code
 * L}) and pax ({@code x}) records before a header carry names too long for it. Links, directories,
 * devices and sparse files have no data worth scanning and are passed over.
 */
final class TarArchive {
  private static final int BLOCK = 512;

  private final InputStream in;
  private final byte[] header = new byte[BLOCK];
  private long remaining; // data bytes of the current entry not read yet
  private long padding; // bytes after them up to the next block

  TarArchive(InputStream in) {
    this.in = in;
  }

  /** Whether a first block (at least 263 bytes of it) is a tar header: "ustar" at offset 257. */
  static boolean isTar(byte[] b, int n) {
    return n >= 263
        && b[257] == 'u'
        && b[258] == 's'
        && b[259] == 't'
        && b[260] == 'a'
        && b[261] == 'r'
        && (b[262] == 0 || b[262] == ' ');
  }

  /**
   * Moves to the next regular file and returns its path in the archive, or null at the end.
   *
   * @throws IOException when a header is corrupt or the archive ends inside an entry
   */
  String nextFile() throws IOException {
    String longName = null;
    while (true) {
      skip(remaining + padding);
      remaining = 0;
      padding = 0;
      if (!readBlock()) {
        return null; // the end: a block of zeros, or no more blocks
      }
      if (!checksumMatches()) {
        throw new IOException("not a readable tar archive (a header's checksum is wrong)");
      }
      long size = size();
      remaining = size;
      padding = (BLOCK - size % BLOCK) % BLOCK;
      byte type = header[156];
      if (type == 'L' || type == 'x') {
        String value = new String(readData(size), StandardCharsets.UTF_8);
        longName = type == 'L' ? value.replace("\0", "") : paxPath(value, longName);
        continue;
      }
      if (type == '0' || type == 0 || type == '7') {
        return longName != null ? longName : name();
      }
      longName = null; // a directory, link, device or global pax header: no data to scan
    }
  }

  /** The current file's data, as a stream that ends where the file does. */
  InputStream data() {
    return ((ByteSource) this::read).asStream();
  }

  private int read(byte[] b, int off, int len) throws IOException {
    if (remaining == 0) {
      return len == 0 ? 0 : -1;
    }
    int n = in.read(b, off, (int) Math.min(len, remaining));
    if (n < 0) {
      throw new EOFException("not a readable tar archive (it ends inside a file)");
    }
    remaining -= n;
    return n;
  }

  private boolean readBlock() throws IOException {
    int n = in.readNBytes(header, 0, BLOCK);
    if (n == 0) {
      return false;
    }
    if (n < BLOCK) {
      throw new EOFException("not a readable tar archive (it ends inside a header)");
    }
    for (byte b : header) {
      if (b != 0) {
        return true;
      }
    }
    return false;
  }

  /** The header's checksum: the sum of its bytes with the checksum field read as spaces. */
  private boolean checksumMatches() {
    long unsigned = 0;
    long signed = 0; // some old tars summed signed bytes
    for (int i = 0; i < BLOCK; i++) {
      int b = i >= 148 && i < 156 ? ' ' : header[i];
      unsigned += b & 0xFF;
      signed += b;
    }
    long stored = octal(148, 8);
    return stored == unsigned || stored == signed;
  }

  private long size() throws IOException {
    if ((header[124] & 0x80) != 0) {
      // GNU base-256 for files of 8 GiB and more: big-endian in the remaining bytes.
      long size = 0;
      for (int i = 125; i < 136; i++) {
        size = (size << 8) | (header[i] & 0xFF);
      }
      if (size < 0) {
        throw new IOException("not a readable tar archive (a size is out of range)");
      }
      return size;
    }
    long size = octal(124, 12);
    if (size < 0) {
      throw new IOException("not a readable tar archive (a size is not a number)");
    }
    return size;
  }

  /** An octal number field, NUL- or space-terminated, or -1 if it holds something else. */
  private long octal(int from, int length) {
    long value = 0;
    int i = from;
    int end = from + length;
    while (i < end && header[i] == ' ') {
      i++;
    }
    boolean any = false;
    for (; i < end && header[i] >= '0' && header[i] <= '7'; i++) {
      value = value * 8 + (header[i] - '0');
      any = true;
    }
    if (i < end && header[i] != 0 && header[i] != ' ') {
      return -1;
    }
    return any ? value : 0;
  }

  /** The ustar name: prefix (POSIX) and name, each NUL-terminated. */
  private String name() {
    String name = field(0, 100);
    boolean posix = header[257 + 5] == 0;
    String prefix = posix ? field(345, 155) : "";
    return prefix.isEmpty() ? name : prefix + "/" + name;
  }

  private String field(int from, int length) {
    int end = from;
    while (end < from + length && header[end] != 0) {
      end++;
    }
    return new String(header, from, end - from, StandardCharsets.UTF_8);
  }

  /** The "path" of pax records ("LEN path=VALUE\n" ...), or what was known before. */
  private static String paxPath(String records, String otherwise) {
    for (String record : records.split("\n")) {
      int space = record.indexOf(' ');
      if (space > 0 && record.startsWith("path=", space + 1)) {
        return record.substring(space + 1 + "path=".length());
      }
    }
    return otherwise;
  }

  private byte[] readData(long size) throws IOException {
    if (size > 1 << 20) {
      throw new IOException("not a readable tar archive (a name record of " + size + " bytes)");
    }
    byte[] data = in.readNBytes((int) size);
    if (data.length < size) {
      throw new EOFException("not a readable tar archive (it ends inside a header)");
    }
    remaining = 0;
    return data;
  }

  private void skip(long n) throws IOException {
    while (n > 0) {
      long skipped = in.skip(n);
      if (skipped <= 0) {
        if (in.read() < 0) {
          throw new EOFException("not a readable tar archive (it ends inside a file)");
        }
        skipped = 1;
      }
      n -= skipped;
    }
  }
}
