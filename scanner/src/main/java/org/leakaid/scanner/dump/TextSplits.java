package org.leakaid.scanner.dump;

import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import org.leakaid.scanner.TextEncoding;

/**
 * Splitting one large plain text file into byte ranges that are scanned apart (on a cluster) and
 * still read as {@code ./leakaid scan} reads the whole file.
 *
 * <p>A split {@code [start, end)} holds the lines that start in it, Hadoop-style: it begins after
 * the first '\n' at or after {@code start - 1} (at 0 for the first split) and reads past {@code
 * end} to finish its last line ({@link #lineStart}). Two things are decided once per file, before
 * any split is scanned: its encoding and whether its first line is a header ({@link #probe}, from
 * the file's first bytes as the one-machine scan sniffs them). Header lines in the middle of a file
 * (concatenated CSV exports, pg_dump's {@code COPY ... FROM stdin;} before each table) are found by
 * a first pass over every split ({@link #lastHeader}); a split is then scanned with the last header
 * before it in force, which is what the one-machine scan carries from chunk to chunk.
 */
public final class TextSplits {
  /**
   * The first bytes of a file that {@link #probe} reads, as the one-machine scan's first buffer.
   */
  public static final int PROBE_BYTES = 1 << 20;

  private static final int MAGIC = 512;

  /** Reads at a position, as {@code FileChannel} and Hadoop's {@code FSDataInputStream} do. */
  @FunctionalInterface
  public interface Reader {
    /** Reads up to {@code len} bytes at {@code position}; -1 at the end of the file. */
    int read(long position, byte[] b, int off, int len) throws IOException;
  }

  /**
   * What every split of a file must agree on.
   *
   * @param header the file's first line if it is a CSV header, or null
   */
  public record TextFile(TextEncoding encoding, byte[] header) implements Serializable {}

  /** A header line in the middle of a file and where it starts. */
  public record HeaderLine(long offset, byte[] line) implements Serializable {}

  private TextSplits() {}

  /**
   * How the file whose first bytes are {@code head[0, n)} is read, or null when it must be read
   * whole: compressed or an archive, binary, UTF-16, or JSON whose records span lines.
   *
   * @param forced every input's encoding ({@code --encoding}), or null to detect it
   */
  public static TextFile probe(byte[] head, int n, TextEncoding forced) {
    int m = Math.min(n, MAGIC);
    if (InputUnpacker.isGzip(head, m)
        || InputUnpacker.isZip(head, m)
        || TarArchive.isTar(head, m)
        || TextSniffer.isUtf16(head, n)
        || TextSniffer.unopenedKind(head, n) != null
        || TextSniffer.looksBinary(head, 0, n)) {
      return null;
    }
    TextEncoding enc =
        forced != null ? forced : TextSniffer.detect(head, 0, Math.min(n, PROBE_BYTES));
    if (JsonRecords.spansLines(head, n, enc)) {
      return null;
    }
    return new TextFile(enc, CsvHeaders.headerOf(head, n, enc));
  }

  /**
   * Where the first line that starts at or after {@code at} starts: 0 for 0, else after the first
   * '\n' at or after {@code at - 1}; {@code size} if there is none.
   */
  public static long lineStart(Reader in, long size, long at) throws IOException {
    if (at <= 0) {
      return 0;
    }
    byte[] b = new byte[8192];
    long pos = at - 1;
    while (pos < size) {
      int n = in.read(pos, b, 0, (int) Math.min(b.length, size - pos));
      if (n <= 0) {
        break;
      }
      int nl = Lines.indexOfNewline(b, 0, n);
      if (nl >= 0) {
        return pos + nl + 1;
      }
      pos += n;
    }
    return size;
  }

  /**
   * The first pass: the last header line among the lines of the split {@code [start, end)} (never
   * the file's own first line, which {@link #probe} reads), or null. Lines are searched as the
   * one-machine scan searches its chunks; a line longer than the scan's largest buffer is never a
   * header there, nor here.
   */
  public static HeaderLine lastHeader(Reader in, long size, long start, long end, TextFile file)
      throws IOException {
    long begin = lineStart(in, size, start);
    long stop = lineStart(in, size, end);
    CsvHeaders csv = new CsvHeaders();
    byte[] buf = new byte[1 << 20];
    int filled = 0;
    long bufOffset = begin; // of buf[0]
    long read = begin;
    HeaderLine last = null;
    boolean skipping = false; // inside a line too long to be a header
    while (true) {
      int n = 0;
      if (read < stop && filled < buf.length) {
        n = in.read(read, buf, filled, (int) Math.min(buf.length - filled, stop - read));
        if (n <= 0) {
          throw new IOException("it was cut short while it was read");
        }
        filled += n;
        read += n;
      }
      boolean eof = read >= stop;
      int pos = 0;
      while (pos < filled) {
        int nl = Lines.indexOfNewline(buf, pos, filled);
        if (nl < 0 && !eof) {
          break;
        }
        int lineEnd = nl < 0 ? filled : nl;
        long lineOffset = bufOffset + pos;
        if (!skipping && lineOffset > 0) {
          int to = Lines.contentEnd(buf, pos, lineEnd);
          if (csv.isHeader(buf, pos, to, file.encoding(), true)) {
            last = new HeaderLine(lineOffset, Arrays.copyOfRange(buf, pos, to));
          }
        }
        skipping = false;
        pos = nl < 0 ? filled : nl + 1;
      }
      if (pos == 0 && filled == buf.length) {
        // One line fills the buffer: grow it as the scan does, or skip the line past its limit.
        if (buf.length < ChunkPipeline.MAX_LINE_BUFFER) {
          buf = Arrays.copyOf(buf, buf.length * 2);
        } else {
          skipping = true;
          bufOffset += filled;
          filled = 0;
        }
        continue;
      }
      System.arraycopy(buf, pos, buf, 0, filled - pos);
      filled -= pos;
      bufOffset += pos;
      if (eof && filled == 0) {
        return last;
      }
    }
  }
}
