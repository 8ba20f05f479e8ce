package org.leakaid.scanner.dump;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.leakaid.scanner.ScanSession;
import org.leakaid.scanner.TextEncoding;

/**
 * Reads inputs as a sequence of chunks of whole lines, has them processed on a thread pool and
 * hands the results back in input order.
 *
 * <p>Design. One reader thread (the caller) reads every input sequentially into big byte arrays (8
 * MiB by default), decompressing gzip and zip on the way, and cuts each array after its last '\n'
 * (the rest moves to the next array), so a chunk always holds whole lines and a large file becomes
 * many chunks that the worker threads scan in parallel; many small files are scanned in parallel
 * the same way. A collector thread takes the results strictly in chunk order, so output is
 * identical for any thread count; chunks do not know their first line number (that would need the
 * newline count of everything before them) so workers report line numbers relative to the chunk and
 * the collector adds the running count. Header lines in the middle of an input (concatenated CSV
 * files) are found on the pool too, every chunk in parallel before it is scanned; each chunk is
 * scanned with the header in force where it starts, which depends only on those searches in earlier
 * chunks (chained futures, no thread waits), so columns are read the same whatever the chunk size
 * or thread count. Memory is bounded by the number of chunks in flight (threads + 3, each with its
 * output), whatever the input size: a scan of any size runs in a 128 MB heap (unless its lines run
 * to megabytes: a buffer grows to hold a line, up to the piece size below). A line longer than the
 * array grows it up to 64 MiB ({@link InputLimits#longLineBytes}); beyond that the line goes on in
 * pieces that overlap (see {@link Chunk#from}): each piece is scanned with 64 KiB of the line on
 * either side of its own part and reports what starts in its own part, so an identifier across a
 * cut is found whole, once. Cuts fall between JSON items or SQL rows where the line has them, else
 * after a separator, so that records stay whole too. Line numbers stay right.
 *
 * <p>Inputs are checked as they are read: a regular file that changes while it is read (cut short,
 * appended to, rewritten) and a compressed input that expands beyond {@link InputLimits} are
 * reported as unreadable, after what was read of them has been scanned.
 *
 * <p>Reading into heap arrays (rather than memory-mapping) is deliberate: the scanner API takes
 * {@code byte[]}, the copy from the page cache runs at memory speed on the reader thread, and the
 * heap stays flat.
 */
final class ChunkPipeline {
  static final int DEFAULT_CHUNK_BYTES = 4 << 20;
  static final int MAX_LINE_BUFFER = 64 << 20;
  private static final int ENCODING_SAMPLE = 1 << 20;
  private static final Object END = new Object();

  /**
   * An input as opened: its label, its encoding, its CSV header line (or null) and whether it is
   * JSON spread over lines ({@link JsonRecords#spansLines}).
   */
  static final class Source {
    final String label;
    final TextEncoding encoding;
    final byte[] header;
    final boolean jsonOverLines;

    Source(String label, TextEncoding encoding, byte[] header, boolean jsonOverLines) {
      this.label = label;
      this.encoding = encoding;
      this.header = header;
      this.jsonOverLines = jsonOverLines;
    }

    Charset charset() {
      return Charset.forName(encoding == TextEncoding.UTF_8 ? "UTF-8" : "GB18030");
    }
  }

  /**
   * Whole lines of one input. {@code buf[0, length)} holds the bytes at {@code offset} of the
   * input. The buffer is recycled once the collector has seen the result: do not keep it.
   */
  static final class Chunk {
    final Source source;
    final byte[] buf;
    final int length;
    final long offset;
    final boolean first;
    final boolean last;

    /**
     * The chunk's own part, {@code buf[from, to)}: the rest is context from the pieces of a long
     * line before and after it. Workers scan all of {@code buf[0, length)} and report only what
     * starts in {@code [from, to)}; the neighbours report the rest. Without a long line, 0 and
     * {@code length}.
     */
    final int from;

    final int to;

    /** The chunk starts inside a line: its first line goes on from the piece before. */
    final boolean continued;

    /** The chunk ends inside a line: its last line goes on in the next piece. */
    final boolean continues;

    /**
     * When {@link #continued}: the start of the line it goes on with, up to {@link
     * ScanSession#headEnd} (an INSERT's column list, the rows that show its columns' kinds).
     */
    byte[] lineHead;

    /**
     * The header line in force where the chunk starts: the input's own first line, or the last
     * header found in the middle of the input before this chunk (concatenated CSV files); null if
     * none. Set before the chunk reaches its worker.
     */
    byte[] header;

    /**
     * Where header lines in the middle of the input start inside this chunk, ascending: from each
     * one on, its columns apply. Never the input's own first line. Set with {@link #header}.
     */
    int[] headerLines;

    /**
     * Where the chunk's '\n' bytes are, ascending, {@link #lineEndCount} of them: the header search
     * finds every line anyway, and the worker then does not search again. Null when the lines are
     * too short on average to be worth an array (see {@link #headerLines(Chunk)}).
     */
    int[] lineEnds;

    int lineEndCount;

    /** The index of the first '\n' in {@code buf[from, length)}, the next one each call. */
    int nextLineEnd(int from) {
      if (lineEnds == null) {
        return Lines.indexOfNewline(buf, from, length);
      }
      return nextEnd < lineEndCount ? lineEnds[nextEnd++] : -1;
    }

    private int nextEnd;

    /** Bytes read from disk or stdin, over all inputs, once this chunk had been read. */
    long readMark;

    Chunk(Source source, byte[] buf, int length, long offset, boolean first, boolean last) {
      this(source, buf, length, offset, first, last, 0, length, false, false);
    }

    Chunk(
        Source source,
        byte[] buf,
        int length,
        long offset,
        boolean first,
        boolean last,
        int from,
        int to,
        boolean continued,
        boolean continues) {
      this.source = source;
      this.buf = buf;
      this.length = length;
      this.offset = offset;
      this.first = first;
      this.last = last;
      this.from = from;
      this.to = to;
      this.continued = continued;
      this.continues = continues;
    }
  }

  /** Processes chunks; one instance per thread, so it may keep scratch state. */
  interface Worker<R> {
    R process(Chunk chunk);
  }

  /** Receives results in input order, on one thread. */
  interface Collector<R> {
    void accept(Chunk chunk, R result) throws IOException;
  }

  private record Pending<R>(Chunk chunk, Future<R> result) {}

  private final int threads;
  private final int chunkBytes;
  private final InputLimits limits;
  private final TextEncoding forcedEncoding;
  private final List<FormatReader> readers;
  private final Consumer<String> notes;
  private final AtomicLong consumed = new AtomicLong();
  private final AtomicLong progress;
  private final BlockingQueue<byte[]> freeBuffers;
  private int unreadable;

  // Header lines in the middle of an input (see #headerLines): each pool thread has its memo, and
  // the reader chains every chunk's start header to the previous chunk's search.
  private final ThreadLocal<CsvHeaders> headers = ThreadLocal.withInitial(CsvHeaders::new);
  private CompletableFuture<byte[]> headerAfterLastChunk;

  /**
   * @param forcedEncoding the encoding of every text input, or null to detect it per input (a
   *     workbook's sheets are always read as the UTF-8 text {@link Workbook} makes of them)
   * @param notes receives one-line notes for the user (skipped binary files, unreadable inputs)
   * @param progress set to the bytes read from disk or stdin (compressed bytes for archives) whose
   *     chunks have been processed, for a progress bar
   */
  ChunkPipeline(
      int threads,
      int chunkBytes,
      TextEncoding forcedEncoding,
      Consumer<String> notes,
      AtomicLong progress) {
    this(threads, chunkBytes, forcedEncoding, List.of(), InputLimits.DEFAULT, notes, progress);
  }

  /**
   * As above, with readers for formats the scanner does not open by itself, and limits on what an
   * input may take.
   */
  ChunkPipeline(
      int threads,
      int chunkBytes,
      TextEncoding forcedEncoding,
      List<FormatReader> readers,
      InputLimits limits,
      Consumer<String> notes,
      AtomicLong progress) {
    this.readers = List.copyOf(readers);
    this.limits = limits;
    this.threads = Math.max(1, threads);
    // A buffer holds a long line's piece: no more than the piece size, then.
    this.chunkBytes = Math.max(64, Math.min(chunkBytes, limits.lineBytes()));
    this.forcedEncoding = forcedEncoding;
    this.notes = notes;
    this.progress = progress;
    this.freeBuffers = new ArrayBlockingQueue<>(this.threads * 2 + 4);
  }

  /** How many inputs could not be read (each got a note). */
  int unreadableInputs() {
    return unreadable;
  }

  <R> void run(List<DumpInput> inputs, Supplier<Worker<R>> workers, Collector<R> collector)
      throws IOException {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "leakaid-scan");
              t.setDaemon(true);
              return t;
            });
    ThreadLocal<Worker<R>> local = ThreadLocal.withInitial(workers);
    BlockingQueue<Object> pending = new ArrayBlockingQueue<>(threads + 1);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread collectorThread =
        new Thread(
            () -> {
              try {
                for (Object o = pending.take(); o != END; o = pending.take()) {
                  @SuppressWarnings("unchecked")
                  Pending<R> p = (Pending<R>) o;
                  R result;
                  try {
                    result = p.result().get();
                  } catch (ExecutionException e) {
                    throw e.getCause();
                  }
                  collector.accept(p.chunk(), result);
                  progress.accumulateAndGet(p.chunk().readMark, Math::max);
                  recycle(p.chunk().buf);
                }
              } catch (Throwable t) {
                failure.compareAndSet(null, t);
              }
            },
            "leakaid-collect");
    collectorThread.setDaemon(true);
    collectorThread.start();
    Consumer<Chunk> submit =
        chunk -> {
          chunk.readMark = consumed.get();
          // Find the chunk's header lines on the pool; once they and the previous chunks' are
          // known, scan it with the header in force where it starts. Nothing here blocks a thread.
          CompletableFuture<HeaderLines> found =
              CompletableFuture.supplyAsync(() -> headerLines(chunk), pool);
          CompletableFuture<byte[]> start = headerAfterLastChunk;
          headerAfterLastChunk =
              start.thenCombine(found, (h, lines) -> lines.last() != null ? lines.last() : h);
          CompletableFuture<R> result =
              start.thenCombineAsync(
                  found,
                  (h, lines) -> {
                    chunk.header = h;
                    chunk.headerLines = lines.starts();
                    chunk.lineEnds = lines.ends();
                    chunk.lineEndCount = lines.endCount();
                    return local.get().process(chunk);
                  },
                  pool);
          Pending<R> p = new Pending<>(chunk, result);
          try {
            while (!pending.offer(p, 100, TimeUnit.MILLISECONDS)) {
              if (failure.get() != null) {
                throw new Stop();
              }
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stop();
          }
        };
    try {
      for (DumpInput input : inputs) {
        if (failure.get() != null) {
          break;
        }
        try {
          readInput(input, submit);
        } catch (Stop stop) {
          break;
        } catch (IOException | RuntimeException e) {
          unreadable++;
          notes.accept("cannot read " + input.label() + ": " + describe(e));
        }
      }
      try {
        while (!pending.offer(END, 100, TimeUnit.MILLISECONDS)) {
          if (failure.get() != null || !collectorThread.isAlive()) {
            break;
          }
        }
        collectorThread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
    } finally {
      pool.shutdownNow();
    }
    Throwable t = failure.get();
    if (t instanceof IOException io) {
      throw io;
    } else if (t instanceof RuntimeException re) {
      throw re;
    } else if (t instanceof Error err) {
      throw err;
    } else if (t != null) {
      throw new IOException(t);
    }
  }

  /** Thrown through the reader when the collector has failed. */
  private static final class Stop extends RuntimeException {
    Stop() {
      super(null, null, false, false);
    }
  }

  private static String describe(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.replace('\n', ' ');
  }

  /**
   * A byte range of a plain text file whose encoding and header are known from a first pass (a
   * split, see {@link TextSplits}): lines {@code [begin, end)}, both at line starts.
   *
   * @param fileHeader the file's own first line if it is a header (read as such when {@code begin}
   *     is 0), or null
   * @param startHeader the header in force at {@code begin}: the last one before it, or null
   */
  record Range(
      TextSplits.Reader reader,
      long begin,
      long end,
      TextEncoding encoding,
      byte[] fileHeader,
      byte[] startHeader) {}

  private Range range;

  /** Runs over one range of a file instead of whole inputs; {@code label} names the file. */
  <R> void runRange(String label, Range range, Supplier<Worker<R>> workers, Collector<R> collector)
      throws IOException {
    this.range = range;
    try {
      run(List.of(new DumpInput(label, null, InputStream.nullInputStream())), workers, collector);
    } finally {
      this.range = null;
    }
  }

  private void readRange(String label, Consumer<Chunk> submit) throws IOException {
    Range r = range;
    long[] pos = {r.begin()};
    Source source = new Source(label, r.encoding(), r.begin() == 0 ? r.fileHeader() : null, false);
    readSource(
        label,
        (b, off, len) -> {
          if (pos[0] >= r.end()) {
            return -1;
          }
          int n = r.reader().read(pos[0], b, off, (int) Math.min(len, r.end() - pos[0]));
          if (n <= 0) {
            throw new IOException("it was cut short while it was read");
          }
          pos[0] += n;
          consumed.addAndGet(n);
          return n;
        },
        r.encoding(),
        source,
        r.startHeader(),
        r.begin(),
        submit);
  }

  private void readInput(DumpInput input, Consumer<Chunk> submit) throws IOException {
    expanded = 0;
    consumedBefore = consumed.get();
    if (range != null) {
      sizeOnDisk = -1;
      readRange(input.label(), submit);
      return;
    }
    if (input.file() == null) {
      sizeOnDisk = -1;
      BufferedInputStream in = new BufferedInputStream(new Counting(input.stdin()), 1 << 16);
      readStream(input.label(), in, 0, submit);
      return;
    }
    Path file = input.file();
    if (!java.nio.file.Files.isRegularFile(file)) {
      // A pipe or device (/dev/stdin, <(zcat ...)): read once, as a stream, never probed twice.
      sizeOnDisk = -1;
      try (InputStream raw = new java.io.FileInputStream(file.toFile())) {
        readStream(input.label(), new BufferedInputStream(new Counting(raw), 1 << 16), 0, submit);
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
      readZip(input.label(), file, 0, submit); // from its directory, without a copy
    } else if (isContainer(magic, magicLength)) {
      try (InputStream in = new Counting(java.nio.file.Files.newInputStream(file))) {
        readStream(input.label(), file, new BufferedInputStream(in, 1 << 16), 0, submit);
      }
    } else {
      read[0] = 0;
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
        readSource(
            input.label(),
            (b, off, len) -> {
              int n = channel.read(ByteBuffer.wrap(b, off, len));
              if (n > 0) {
                consumed.addAndGet(n);
                read[0] += n;
              }
              return n;
            },
            submit);
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

  // The input being read: the bytes its archives and compressed files have expanded to so far,
  // its size on disk (-1 for a stream), and the bytes read from disk or stdin before it.
  private long expanded;
  private long sizeOnDisk;
  private long consumedBefore;

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
  private void readStream(String label, BufferedInputStream in, int depth, Consumer<Chunk> submit)
      throws IOException {
    readStream(label, null, in, depth, submit);
  }

  /**
   * @param file the file {@code in} reads, when it is one (for readers that need to seek), or null
   */
  private void readStream(
      String label, Path file, BufferedInputStream in, int depth, Consumer<Chunk> submit)
      throws IOException {
    in.mark(MAGIC);
    byte[] magic = new byte[MAGIC];
    int n = in.readNBytes(magic, 0, MAGIC);
    in.reset();
    FormatReader reader = readerFor(magic, n);
    if (isContainer(magic, n) && depth >= 3) {
      notes.accept("skipped archive nested too deep: " + label);
    } else if (isGzip(magic, n)) {
      readStream(label, new BufferedInputStream(gunzip(in), 1 << 16), depth + 1, submit);
    } else if (TarArchive.isTar(magic, n)) {
      TarArchive tar = new TarArchive(in);
      for (String entry = tar.nextFile(); entry != null; entry = tar.nextFile()) {
        readStream(
            label + "!/" + entry, new BufferedInputStream(tar.data(), 1 << 16), depth + 1, submit);
      }
    } else if (reader != null) {
      reader.read(
          file,
          in,
          new FormatReader.Parts() {
            @Override
            public void accept(String name, InputStream part) throws IOException {
              String partLabel = name == null ? label : label + "!/" + name;
              readStream(partLabel, new BufferedInputStream(part, 1 << 16), depth + 1, submit);
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
        readZip(label, copy, depth, submit);
      } finally {
        java.nio.file.Files.deleteIfExists(copy);
      }
    } else {
      readSource(label, depth > 0 ? expanding(in::read) : in::read, submit);
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
  private void readZip(String label, Path file, int depth, Consumer<Chunk> submit)
      throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (Workbook.isWorkbook(zip)) {
        readWorkbook(label, zip, depth, submit);
        return;
      }
      if (WordDocument.isDocument(zip)) {
        try (InputStream text = WordDocument.text(zip)) {
          readSource(label, expanding(text::read), TextEncoding.UTF_8, submit);
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
          readStream(label + "!/" + e.getName(), in, depth + 1, submit);
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
    String why = describe(e);
    if (why.contains("encrypted")) {
      return new IOException(
          "an encrypted zip archive: unpack it with its password first (unzip -P PASSWORD)", e);
    }
    return new IOException("not a readable zip archive (" + why + ")", e);
  }

  /** An Excel workbook: each sheet as rows of tab-separated cells, named file.xlsx!/sheet name. */
  private void readWorkbook(String label, ZipFile zip, int depth, Consumer<Chunk> submit)
      throws IOException {
    Workbook book = Workbook.open(zip);
    for (Workbook.Sheet sheet : book.sheets()) {
      try (InputStream text = book.text(sheet)) {
        readSource(label + "!/" + sheet.name(), expanding(text::read), TextEncoding.UTF_8, submit);
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
      throw new IOException("not a readable gzip file (" + describe(e) + ")", e);
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

  private void readSource(String label, ByteSource src, Consumer<Chunk> submit) throws IOException {
    readSource(label, src, forcedEncoding, submit);
  }

  /** As below, for an input opened here (its first bytes tell what it is). */
  private void readSource(
      String label, ByteSource src, TextEncoding encoding, Consumer<Chunk> submit)
      throws IOException {
    readSource(label, src, encoding, null, null, 0, submit);
  }

  /**
   * The chunking loop shared by every kind of input.
   *
   * @param encoding the input's encoding, or null to detect it
   * @param preset the input as a first pass opened it (a split of a file), or null to sniff it here
   * @param startHeader with {@code preset}: the header in force at {@code startOffset}
   * @param startOffset where in the input the source's first byte is
   */
  private void readSource(
      String label,
      ByteSource src,
      TextEncoding encoding,
      Source preset,
      byte[] startHeader,
      long startOffset,
      Consumer<Chunk> submit)
      throws IOException {
    byte[] buf = takeBuffer();
    int filled = 0;
    long offset = startOffset; // of buf[0] in the input
    int from = 0; // where the bytes not yet handed on start: after a long line's context
    boolean continued = false;
    Source source = preset;
    if (preset != null) {
      headerAfterLastChunk = CompletableFuture.completedFuture(startHeader);
    }
    boolean first = true;
    boolean eof = false;
    ExpansionLimitException stopped = null;
    int lineBytes = limits.lineBytes();
    byte[] lineHead = null; // of the long line being handed on in pieces
    while (true) {
      while (!eof && filled < buf.length) {
        int n;
        try {
          n = src.read(buf, filled, buf.length - filled);
        } catch (ExpansionLimitException e) {
          stopped = e; // scan what was read, then report
          n = -1;
        }
        if (n < 0) {
          eof = true;
        } else {
          filled += n;
        }
      }
      if (source == null) {
        if (stopped == null && TextSniffer.isUtf16(buf, filled)) {
          notes.accept("read UTF-16 text as UTF-8 (offsets are bytes of its UTF-8 form): " + label);
          InputStream rest =
              new java.io.SequenceInputStream(
                  new java.io.ByteArrayInputStream(Arrays.copyOf(buf, filled)),
                  eof ? InputStream.nullInputStream() : src.asStream());
          recycle(buf);
          readSource(label, new Utf16Text(rest)::read, TextEncoding.UTF_8, submit);
          return;
        }
        String unopened = TextSniffer.unopenedKind(buf, filled);
        if (unopened != null || TextSniffer.looksBinary(buf, 0, filled)) {
          notes.accept(
              unopened != null
                  ? "skipped " + unopened + ": " + label
                  : "skipped binary file: " + label);
          recycle(buf);
          if (stopped != null) {
            throw stopped;
          }
          return;
        }
        TextEncoding enc =
            encoding != null
                ? encoding
                : TextSniffer.detect(buf, 0, Math.min(filled, ENCODING_SAMPLE));
        source =
            new Source(
                label, enc, headerOf(buf, filled, enc), JsonRecords.spansLines(buf, filled, enc));
        headerAfterLastChunk = CompletableFuture.completedFuture(source.header);
      }
      if (eof) {
        Chunk chunk =
            new Chunk(source, buf, filled, offset, first, true, from, filled, continued, false);
        chunk.lineHead = lineHead;
        submit.accept(chunk);
        if (stopped != null) {
          throw stopped;
        }
        return;
      }
      int cut = Lines.lastIndexOfNewline(buf, from, filled) + 1;
      if (cut == 0 && buf.length < lineBytes) {
        buf = Arrays.copyOf(buf, Math.min(lineBytes, buf.length * 2));
        continue;
      }
      int keep; // where the next buffer starts: the first byte not handed on, or context before it
      Chunk chunk;
      if (cut == 0) {
        // A line longer than the largest buffer: hand on a piece of it with the bytes after the
        // cut as its right context; the next piece starts with context from before the cut.
        int overlap = limits.overlapBytes();
        cut = pieceEnd(buf, from, filled - overlap, overlap, source.encoding);
        keep = pieceViewStart(buf, from, cut, overlap, source.encoding);
        chunk = new Chunk(source, buf, filled, offset, first, false, from, cut, continued, true);
        chunk.lineHead = lineHead;
        if (!continued) {
          lineHead = Arrays.copyOf(buf, ScanSession.headEnd(buf, 0, filled));
        }
        continued = true;
      } else {
        if (source.jsonOverLines) {
          // Records of pretty-printed JSON span lines: end the chunk after one, not inside it.
          int afterItem = JsonRecords.afterLastItem(buf, cut);
          cut = afterItem > from && afterItem - from >= (cut - from) / 2 ? afterItem : cut;
        }
        keep = cut;
        chunk = new Chunk(source, buf, cut, offset, first, false, from, cut, continued, false);
        chunk.lineHead = lineHead;
        lineHead = null;
        continued = false;
      }
      // The next piece of a long line needs the whole size again: no growing by doubling.
      byte[] next = continued ? new byte[buf.length] : takeBuffer();
      if (next.length < filled - keep) {
        next = new byte[Math.max(chunkBytes, (filled - keep) * 2)];
      }
      System.arraycopy(buf, keep, next, 0, filled - keep);
      submit.accept(chunk);
      first = false;
      from = cut - keep;
      offset += keep;
      filled -= keep;
      buf = next;
    }
  }

  /**
   * Where to end the own part of a long line's piece: at {@code target} or before it, within {@code
   * span} bytes, preferably between two JSON list items or SQL rows (after the comma of {@code },{}
   * or {@code ),(}) so that records stay whole, else after a separator ({@link #separatorRank}),
   * else at a character boundary. Always after {@code from}.
   */
  static int pieceEnd(byte[] buf, int from, int target, int span, TextEncoding enc) {
    int limit = Math.max(from + 1, target - span);
    int best = -1;
    int bestRank = 0;
    for (int i = target; i > limit; i--) {
      int c = buf[i - 1];
      if (c == ',' && i < target && i - 2 >= from) {
        int before = buf[i - 2];
        int after = buf[i];
        if ((before == '}' && after == '{') || (before == ')' && after == '(')) {
          return i;
        }
      }
      int rank = separatorRank(c);
      if (rank > bestRank) {
        best = i;
        bestRank = rank;
      }
    }
    return best >= 0 ? best : Math.max(from + 1, characterStartBefore(buf, from, target, enc));
  }

  /**
   * Where the view of the piece after {@code cut} starts: about {@code overlap} bytes before it,
   * after a separator ({@link #separatorRank}), the best within another {@code overlap} bytes back,
   * else at a character boundary; never before the start of the buffer (a character boundary, as
   * {@code from} is).
   */
  static int pieceViewStart(byte[] buf, int from, int cut, int overlap, TextEncoding enc) {
    int target = Math.max(0, cut - overlap);
    int limit = Math.max(0, target - overlap);
    int best = -1;
    int bestRank = 0;
    for (int i = target; i > limit && bestRank < 3; i--) {
      int rank = separatorRank(buf[i - 1]);
      if (rank > bestRank) {
        best = i;
        bestRank = rank;
      }
    }
    if (best >= 0 || target == 0) {
      return Math.max(best, 0);
    }
    return target >= from
        ? characterStartBefore(buf, from, target, enc)
        : characterStartBefore(buf, 0, target, enc);
  }

  /**
   * How good a place to start or end a piece the position after byte {@code c} is: 3 after a tab,
   * quote or semicolon, which no identifier holds and which end any number, so that the scan of a
   * piece is in step with the scan of the whole line from there on (digits joined by single spaces
   * or dashes are read as groups of one number, which depends on where the number started); 2 after
   * a comma or space; 1 after any other byte below 0x30; 0 elsewhere. None of these bytes occurs
   * inside a character, in UTF-8 or in GB18030 (whose four-byte forms hold digits, 0x30 to 0x39).
   */
  private static int separatorRank(int c) {
    if (c == '\t' || c == '"' || c == '\'' || c == ';') {
      return 3;
    }
    if (c == ',' || c == ' ') {
      return 2;
    }
    return c >= 0 && c < 0x30 ? 1 : 0;
  }

  /**
   * The last character boundary at or before {@code target} and after {@code known}, itself a
   * boundary. UTF-8 is read backwards over continuation bytes; GB18030 cannot be (its trail bytes
   * look like lead bytes and ASCII), so it is walked forwards from {@code known}.
   */
  private static int characterStartBefore(byte[] buf, int known, int target, TextEncoding enc) {
    if (enc == TextEncoding.UTF_8) {
      int i = target;
      while (i > known && (buf[i] & 0xC0) == 0x80) {
        i--;
      }
      return i;
    }
    int i = known;
    int last = known;
    while (i <= target) {
      last = i;
      i += IdentifierKeys.width(buf, i, buf.length, enc);
    }
    return last;
  }

  /**
   * Header lines found in a chunk: where they start, and the last one's bytes (or null); and where
   * every line ends (or null, see {@link Chunk#lineEnds}).
   */
  private record HeaderLines(int[] starts, byte[] last, int[] ends, int endCount) {}

  /**
   * The header lines in the middle of an input inside {@code chunk} (cat a.csv b.csv > all.csv).
   * Runs on a pool thread, every chunk in parallel; what it finds decides the header in force at
   * the start of the next chunk, so columns are read the same whatever the chunk size.
   */
  private HeaderLines headerLines(Chunk chunk) {
    CsvHeaders csv = headers.get();
    byte[] buf = chunk.buf;
    int length = chunk.length;
    int[] starts = new int[4];
    int found = 0;
    byte[] last = null;
    // Line ends are listed unless lines average under 16 bytes: the list then stays within a
    // quarter of the chunk's size. Not searching again saved the worker ~0.25 ns a byte.
    int maxEnds = (length >> 4) + 1;
    int[] ends = new int[Math.min(maxEnds, Math.max(64, length >> 7))];
    int endCount = 0;
    int pos = 0;
    // The input's own first line is source.header, or data; a long line's piece is no header.
    // A split of a file (offset > 0) starts with a line in the middle of the file: searched too.
    boolean firstLine = (chunk.first && chunk.offset == 0) || chunk.continued;
    while (pos < length) {
      int nl = Lines.indexOfNewline(buf, pos, length);
      if (nl >= 0 && ends != null) {
        if (endCount == ends.length) {
          ends =
              endCount < maxEnds
                  ? java.util.Arrays.copyOf(ends, Math.min(maxEnds, endCount * 2))
                  : null;
        }
        if (ends != null) {
          ends[endCount++] = nl;
        }
      }
      int lineEnd = nl < 0 ? length : nl;
      if (nl < 0 && chunk.continues) {
        break;
      }
      if (firstLine) {
        firstLine = false;
        pos = lineEnd + 1;
        continue;
      }
      int to = Lines.contentEnd(buf, pos, lineEnd);
      if (csv.isHeader(buf, pos, to, chunk.source.encoding, true)) {
        if (found == starts.length) {
          starts = java.util.Arrays.copyOf(starts, found * 2);
        }
        starts[found++] = pos;
        last = java.util.Arrays.copyOfRange(buf, pos, to);
      }
      pos = lineEnd + 1;
    }
    return new HeaderLines(java.util.Arrays.copyOf(starts, found), last, ends, endCount);
  }

  static byte[] headerOf(byte[] buf, int filled, TextEncoding enc) {
    int end = Lines.indexOfNewline(buf, 0, Math.min(filled, 4096));
    if (end < 0) {
      return null;
    }
    int to = Lines.contentEnd(buf, 0, end);
    int from = TextSniffer.hasUtf8Bom(buf, to) ? 3 : 0;
    return CsvHeaders.looksLikeHeader(buf, from, to, enc)
        ? java.util.Arrays.copyOfRange(buf, from, to)
        : null;
  }

  private byte[] takeBuffer() {
    byte[] b = freeBuffers.poll();
    return b != null ? b : new byte[chunkBytes];
  }

  private void recycle(byte[] b) {
    if (b.length == chunkBytes) {
      freeBuffers.offer(b);
    }
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
