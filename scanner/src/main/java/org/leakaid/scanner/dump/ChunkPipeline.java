package org.leakaid.scanner.dump;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
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
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
 * heap stays flat. *
 *
 * <p>{@link InputUnpacker} opens the inputs and unpacks archives to the texts in them; {@link
 * LongLinePieces} says where a long line is cut.
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

  /** As the thread count: read, scan and collect on the calling thread ({@link #runOnCaller}). */
  static final int ON_CALLER = 0;

  private final int threads;
  private final int chunkBytes;
  private final InputLimits limits;
  private final InputUnpacker unpacker;
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
    this.limits = limits;
    this.unpacker = new InputUnpacker(limits, forcedEncoding, readers, notes, consumed);
    this.threads = Math.max(ON_CALLER, threads);
    // A buffer holds a long line's piece: no more than the piece size, then.
    this.chunkBytes = Math.max(64, Math.min(chunkBytes, limits.lineBytes()));
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
    if (threads == ON_CALLER) {
      runOnCaller(inputs, workers.get(), collector);
      return;
    }
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
      readEach(inputs, submit, () -> failure.get() != null);
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
    rethrow(failure.get());
  }

  /**
   * {@link #run} with no thread of its own: each chunk is read, scanned and collected on the
   * calling thread in turn, with the same results. For a caller that is one of many parallel tasks,
   * such as a Spark task given one core: the reader, pool and collector threads of {@link #run}
   * would take about a fifth of another core beside it (measured with {@code --threads 1}: 1.2
   * cores busy).
   */
  private <R> void runOnCaller(List<DumpInput> inputs, Worker<R> worker, Collector<R> collector)
      throws IOException {
    Throwable[] failure = {null};
    Consumer<Chunk> submit =
        chunk -> {
          chunk.readMark = consumed.get();
          byte[] start = headerAfterLastChunk.join();
          HeaderLines lines = headerLines(chunk);
          headerAfterLastChunk =
              CompletableFuture.completedFuture(lines.last() != null ? lines.last() : start);
          chunk.header = start;
          chunk.headerLines = lines.starts();
          chunk.lineEnds = lines.ends();
          chunk.lineEndCount = lines.endCount();
          try {
            collector.accept(chunk, worker.process(chunk));
          } catch (IOException | RuntimeException e) {
            failure[0] = e; // the scan failed, not the input: end the run, as run() does
            throw new Stop();
          }
          progress.accumulateAndGet(chunk.readMark, Math::max);
          recycle(chunk.buf);
        };
    readEach(inputs, submit, () -> false);
    rethrow(failure[0]);
  }

  /** Reads the inputs in turn until one fails the run; an input that cannot be read gets a note. */
  private void readEach(List<DumpInput> inputs, Consumer<Chunk> submit, BooleanSupplier failed) {
    for (DumpInput input : inputs) {
      if (failed.getAsBoolean()) {
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
  }

  private static void rethrow(Throwable t) throws IOException {
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

  /** An exception as a note for the user: its message on one line, or its kind. */
  static String describe(Exception e) {
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

  /** One input, or in range mode the range: every text in it goes through the chunking loop. */
  private void readInput(DumpInput input, Consumer<Chunk> submit) throws IOException {
    if (range != null) {
      readRange(input.label(), submit);
      return;
    }
    unpacker.read(input, (label, text, encoding) -> readSource(label, text, encoding, submit));
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
    InputUnpacker.ExpansionLimitException stopped = null;
    int lineBytes = limits.lineBytes();
    byte[] lineHead = null; // of the long line being handed on in pieces
    while (true) {
      while (!eof && filled < buf.length) {
        int n;
        try {
          n = src.read(buf, filled, buf.length - filled);
        } catch (InputUnpacker.ExpansionLimitException e) {
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
                label,
                enc,
                CsvHeaders.headerOf(buf, filled, enc),
                JsonRecords.spansLines(buf, filled, enc));
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
        cut = LongLinePieces.pieceEnd(buf, from, filled - overlap, overlap, source.encoding);
        keep = LongLinePieces.pieceViewStart(buf, from, cut, overlap, source.encoding);
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

  private byte[] takeBuffer() {
    byte[] b = freeBuffers.poll();
    return b != null ? b : new byte[chunkBytes];
  }

  private void recycle(byte[] b) {
    if (b.length == chunkBytes) {
      freeBuffers.offer(b);
    }
  }
}
