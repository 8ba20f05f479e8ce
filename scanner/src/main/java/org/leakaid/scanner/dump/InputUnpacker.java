package org.leakaid.scanner.dump;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.leakaid.scanner.TextEncoding;

/**
 * Opens the inputs of {@link ChunkPipeline} and unpacks them to the texts in them: a plain file is
 * read as it is; gzip is unpacked, a tar's files, a zip's entries and a workbook's sheets are read
 * one by one (archives nest at most three deep), and formats the scanner does not open by itself go
 * through their {@link FormatReader}. What an input expands to is held to {@link InputLimits}, and
 * a file that changes while it is read is reported. One per pipeline, one input at a time.
 */
final class InputUnpacker {

  /** Where the texts of an input go: the pipeline's chunking loop. */
  interface Texts {
    /**
     * Reads one text to its end.
     *
     * @param encoding its encoding, or null to detect it
     */
    void read(String label, ByteSource text, TextEncoding encoding) throws IOException;
  }

  private final InputLimits limits;
  private final TextEncoding forcedEncoding;
  private final List<FormatReader> readers;
  private final Consumer<String> notes;
  private final AtomicLong consumed;

  // The input being read: the bytes its archives and compressed files have expanded to so far,
  // its size on disk (-1 for a stream), and the bytes read from disk or stdin before it.
  private long expanded;
  private long sizeOnDisk;
  private long consumedBefore;

  /**
   * @param forcedEncoding the encoding of every text input, or null to detect it per input
   * @param consumed counts the bytes read from disk or stdin
   */
  InputUnpacker(
      InputLimits limits,
      TextEncoding forcedEncoding,
      List<FormatReader> readers,
      Consumer<String> notes,
      AtomicLong consumed) {
    this.limits = limits;
    this.forcedEncoding = forcedEncoding;
    this.readers = List.copyOf(readers);
    this.notes = notes;
    this.consumed = consumed;
  }

  /** Reads {@code input}, a file or a stream, handing every text in it to {@code texts}. */
  void read(DumpInput input, Texts texts) throws IOException {
    expanded = 0;
    consumedBefore = consumed.get();
    if (input.file() == null) {
      sizeOnDisk = -1;
      BufferedInputStream in = new BufferedInputStream(new Counting(input.stdin()), 1 << 16);
      readStream(input.label(), in, 0, texts);
      return;
    }
    Path file = input.file();
    if (!java.nio.file.Files.isRegularFile(file)) {
      // A pipe or device (/dev/stdin, <(zcat ...)): read once, as a stream, never probed twice.
      sizeOnDisk = -1;
      try (InputStream raw = new java.io.FileInputStream(file.toFile())) {
        readStream(input.label(), new BufferedInputStream(new Counting(raw), 1 << 16), 0, texts);
      }
      return;
    }
    BasicFileAttributes before =
        java.nio.file.Files.readAttributes(file, BasicFileAttributes.class);
    sizeOnDisk = before.size();
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    byte[] magic = new byte[MAGIC];
    int magicLength;
    try (InputStream probe = java.nio.file.Files.newInputStream(file)) {
      magicLength = probe.readNBytes(magic, 0, MAGIC);
    }
    long[] read = {-1};
    if (isZip(magic, magicLength) || (name.endsWith(".zip") && magicLength == 0)) {
      readZip(input.label(), file, 0, texts); // from its directory, without a copy
    } else if (isContainer(magic, magicLength)) {
      try (InputStream in = new Counting(java.nio.file.Files.newInputStream(file))) {
        readStream(input.label(), file, new BufferedInputStream(in, 1 << 16), 0, texts);
      }
    } else {
      read[0] = 0;
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
        texts.read(
            input.label(),
            (b, off, len) -> {
              int n = channel.read(ByteBuffer.wrap(b, off, len));
              if (n > 0) {
                consumed.addAndGet(n);
                read[0] += n;
              }
              return n;
            },
            forcedEncoding);
      }
    }
    checkUnchanged(file, before, read[0]);
  }

  /**
   * Fails if {@code file} changed while it was read: its size or modification time differ from
   * {@code before}, or (plain text, {@code read} not -1) fewer or more bytes were read than it had.
   * What was read has been scanned; the counts then cover a file that is not there any more.
   */
  private static void checkUnchanged(Path file, BasicFileAttributes before, long read)
      throws IOException {
    BasicFileAttributes after;
    try {
      after = java.nio.file.Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      throw new IOException("it was removed while it was read; what was read is counted", e);
    }
    long size = before.size();
    boolean changed =
        after.size() != size
            || !after.lastModifiedTime().equals(before.lastModifiedTime())
            || (read >= 0 && read != size);
    if (changed) {
      String how =
          after.size() < size || (read >= 0 && read < size)
              ? "it was cut short while it was read"
              : "it changed while it was read";
      throw new IOException(
          how
              + " ("
              + size
              + " bytes when opened, "
              + (read >= 0 ? read + " read, " : "")
              + after.size()
              + " now); what was read is counted");
    }
  }

  /** Thrown when an input expands beyond {@link InputLimits}; names the limit for the user. */
  static final class ExpansionLimitException extends IOException {
    ExpansionLimitException(String message) {
      super(message);
    }
  }

  /** How many more bytes the input being read may expand to ({@link InputLimits}). */
  private long expansionRoom() {
    long packed = sizeOnDisk >= 0 ? sizeOnDisk : consumed.get() - consumedBefore;
    return limits.expandedLimit(packed) - expanded;
  }

  private ExpansionLimitException expansionLimit() {
    long packed = sizeOnDisk >= 0 ? sizeOnDisk : consumed.get() - consumedBefore;
    String limit = InputLimits.bytes(limits.expandedLimit(packed));
    String why =
        limits.maxExpandedBytes() > 0
            ? "it expands beyond " + limit + ", the limit set with --max-expanded-bytes"
            : "it expands beyond "
                + limit
                + " from "
                + InputLimits.bytes(packed)
                + (sizeOnDisk >= 0 ? " on disk" : " read")
                + ", as a decompression bomb does (the limit is "
                + InputLimits.DEFAULT_RATIO
                + " times the size on disk, at least "
                + InputLimits.bytes(InputLimits.DEFAULT_FLOOR)
                + "; raise it with --max-expanded-bytes)";
    return new ExpansionLimitException(why + ": stopped there, what came before is counted");
  }

  /**
   * {@code src}, with what it reads counted as expanded: it reads up to the limit exactly, then
   * fails if there is more.
   */
  private ByteSource expanding(ByteSource src) {
    return (b, off, len) -> {
      long room = expansionRoom();
      if (room <= 0) {
        int n = src.read(b, off, Math.min(len, 1));
        if (n > 0) {
          throw expansionLimit();
        }
        return n;
      }
      int n = src.read(b, off, (int) Math.min(len, room));
      if (n > 0) {
        expanded += n;
      }
      return n;
    };
  }

  /** Bytes that tell the kind of a stream: a tar's "ustar" stands at 257. */
  private static final int MAGIC = 512;

  /**
   * A stream (stdin, a pipe, a .gz, a file inside an archive), told apart by its first bytes: gzip
   * is unpacked (a .tar.gz, a .sql.gz inside a tar), a tar's files and a zip's entries are read one
   * by one; {@code depth} counts the archives around it, which may not nest deeper than three.
   */
  private void readStream(String label, BufferedInputStream in, int depth, Texts texts)
      throws IOException {
    readStream(label, null, in, depth, texts);
  }

  /**
   * @param file the file {@code in} reads, when it is one (for readers that need to seek), or null
   */
  private void readStream(String label, Path file, BufferedInputStream in, int depth, Texts texts)
      throws IOException {
    in.mark(MAGIC);
    byte[] magic = new byte[MAGIC];
    int n = in.readNBytes(magic, 0, MAGIC);
    in.reset();
    FormatReader reader = readerFor(magic, n);
    if (isContainer(magic, n) && depth >= 3) {
      notes.accept("skipped archive nested too deep: " + label);
    } else if (isGzip(magic, n)) {
      readStream(label, new BufferedInputStream(gunzip(in), 1 << 16), depth + 1, texts);
    } else if (TarArchive.isTar(magic, n)) {
      TarArchive tar = new TarArchive(in);
      for (String entry = tar.nextFile(); entry != null; entry = tar.nextFile()) {
        readStream(
            label + "!/" + entry, new BufferedInputStream(tar.data(), 1 << 16), depth + 1, texts);
      }
    } else if (reader != null) {
      reader.read(
          file,
          in,
          new FormatReader.Parts() {
            @Override
            public void accept(String name, InputStream part) throws IOException {
              String partLabel = name == null ? label : label + "!/" + name;
              readStream(partLabel, new BufferedInputStream(part, 1 << 16), depth + 1, texts);
            }

            @Override
            public void skip(String why) {
              notes.accept("skipped " + why + ": " + label);
            }
          });
    } else if (isZip(magic, n)) {
      // A zip is read from its directory, at its end, and a workbook in it needs its shared
      // strings before its sheets: one that comes as a stream (stdin, a zip in a tar) is copied
      // to a temporary file first, readable by this user only, and deleted after.
      Path copy = java.nio.file.Files.createTempFile("leakaid-zip-", ".zip");
      try {
        try (OutputStream out = java.nio.file.Files.newOutputStream(copy)) {
          // A zip inside an archive takes disk space as it comes out: it counts as expanded.
          ByteSource zipBytes = depth > 0 ? expanding(in::read) : in::read;
          byte[] block = new byte[1 << 16];
          for (int k = zipBytes.read(block, 0, block.length);
              k >= 0;
              k = zipBytes.read(block, 0, block.length)) {
            out.write(block, 0, k);
          }
        }
        readZip(label, copy, depth, texts);
      } finally {
        java.nio.file.Files.deleteIfExists(copy);
      }
    } else {
      texts.read(label, depth > 0 ? expanding(in::read) : in::read, forcedEncoding);
    }
  }

  /** Whether the input holds other inputs or text to unpack: not plain text. */
  private boolean isContainer(byte[] magic, int n) {
    return isGzip(magic, n)
        || isZip(magic, n)
        || TarArchive.isTar(magic, n)
        || readerFor(magic, n) != null;
  }

  private FormatReader readerFor(byte[] magic, int n) {
    for (FormatReader reader : readers) {
      if (reader.reads(magic, n)) {
        return reader;
      }
    }
    return null;
  }

  /** A zip archive on disk; {@code depth} counts the archives around it. */
  private void readZip(String label, Path file, int depth, Texts texts) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (Workbook.isWorkbook(zip)) {
        readWorkbook(label, zip, depth, texts);
        return;
      }
      if (WordDocument.isDocument(zip)) {
        try (InputStream text = WordDocument.text(zip)) {
          texts.read(label, expanding(text::read), TextEncoding.UTF_8);
        }
        return;
      }
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        if (e.isDirectory()) {
          continue;
        }
        try (BufferedInputStream in = new BufferedInputStream(zip.getInputStream(e), 1 << 16)) {
          readStream(label + "!/" + e.getName(), in, depth + 1, texts);
        }
        if (depth == 0) {
          consumed.addAndGet(Math.max(0, e.getCompressedSize())); // a stream counts as it is read
        }
      }
    } catch (java.util.zip.ZipException e) {
      throw unreadableZip(e);
    }
  }

  private static IOException unreadableZip(java.util.zip.ZipException e) {
    String why = ChunkPipeline.describe(e);
    if (why.contains("encrypted")) {
      return new IOException(
          "an encrypted zip archive: unpack it with its password first (unzip -P PASSWORD)", e);
    }
    return new IOException("not a readable zip archive (" + why + ")", e);
  }

  /** An Excel workbook: each sheet as rows of tab-separated cells, named file.xlsx!/sheet name. */
  private void readWorkbook(String label, ZipFile zip, int depth, Texts texts) throws IOException {
    Workbook book = Workbook.open(zip);
    for (Workbook.Sheet sheet : book.sheets()) {
      try (InputStream text = book.text(sheet)) {
        texts.read(label + "!/" + sheet.name(), expanding(text::read), TextEncoding.UTF_8);
      }
      if (depth == 0) {
        consumed.addAndGet(Math.max(0, zip.getEntry(sheet.entry()).getCompressedSize()));
      }
    }
  }

  private static InputStream gunzip(InputStream in) throws IOException {
    try {
      return new GZIPInputStream(in, 1 << 16);
    } catch (java.util.zip.ZipException e) {
      throw new IOException("not a readable gzip file (" + ChunkPipeline.describe(e) + ")", e);
    }
  }

  static boolean isGzip(byte[] m, int n) {
    return n >= 2 && (m[0] & 0xFF) == 0x1F && (m[1] & 0xFF) == 0x8B;
  }

  static boolean isZip(byte[] m, int n) {
    return n >= 4
        && m[0] == 'P'
        && m[1] == 'K'
        && (m[2] == 3 || m[2] == 5)
        && (m[3] == 4 || m[3] == 6);
  }

  /** Counts bytes read from disk or stdin for the progress bar. */
  private final class Counting extends FilterInputStream {
    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        consumed.incrementAndGet();
      }
      return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        consumed.addAndGet(n);
      }
      return n;
    }
  }
}
