package org.leakaid.benchmarks;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.leakaid.scanner.FindingSink;
import org.leakaid.scanner.PiiType;
import org.leakaid.scanner.ScanSession;
import org.leakaid.scanner.TextEncoding;
import org.leakaid.scanner.corpus.CorpusGenerator;

/**
 * The benchmark workload: dump-like lines from the seeded {@link CorpusGenerator} (CSV files with
 * headers, JSON lines, SQL inserts, logs, prose, decoys), UTF-8 encoded into one array as a file
 * would be, with the line boundaries and the labelled findings (byte offsets) kept aside.
 */
public final class DenseDump {

  /** Which types a benchmark detects. */
  public enum TypeSet {
    /** Everything with a fixed shape and a check: all types but names and addresses. */
    STRUCTURED(EnumSet.complementOf(EnumSet.of(PiiType.PERSON_NAME, PiiType.CN_ADDRESS))),
    /** All types, as {@code ./leakaid scan} runs by default. */
    ALL(EnumSet.allOf(PiiType.class));

    private final Set<PiiType> types;

    TypeSet(Set<PiiType> types) {
      this.types = types;
    }

    public Set<PiiType> types() {
      return types;
    }
  }

  /** An expected finding: absolute byte offsets into {@link #bytes}. */
  public record Label(PiiType type, int start, int end) {}

  final byte[] bytes;
  final int[] lineStart;
  final int[] lineEnd;
  final boolean[] header;
  final boolean[] fileStart;
  final List<Label> labels;

  private DenseDump(
      byte[] bytes,
      int[] lineStart,
      int[] lineEnd,
      boolean[] header,
      boolean[] fileStart,
      List<Label> labels) {
    this.bytes = bytes;
    this.lineStart = lineStart;
    this.lineEnd = lineEnd;
    this.header = header;
    this.fileStart = fileStart;
    this.labels = labels;
  }

  /** About {@code targetBytes} of corpus from {@code seed}. */
  public static DenseDump generate(long seed, int targetBytes) {
    CorpusGenerator generator = new CorpusGenerator(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream(targetBytes + (1 << 16));
    java.util.List<int[]> lines = new java.util.ArrayList<>();
    java.util.List<Label> labels = new java.util.ArrayList<>();
    java.util.List<boolean[]> flags = new java.util.ArrayList<>();
    while (out.size() < targetBytes) {
      for (CorpusGenerator.Line line : generator.nextBlock()) {
        int start = out.size();
        String text = line.text();
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        for (CorpusGenerator.Span s : line.spans()) {
          int bs = start + text.substring(0, s.start()).getBytes(StandardCharsets.UTF_8).length;
          int be = bs + text.substring(s.start(), s.end()).getBytes(StandardCharsets.UTF_8).length;
          labels.add(new Label(s.type(), bs, be));
        }
        out.write(b, 0, b.length);
        lines.add(new int[] {start, start + b.length});
        flags.add(new boolean[] {line.header(), line.fileStart()});
        out.write('\n');
      }
    }
    int n = lines.size();
    int[] starts = new int[n];
    int[] ends = new int[n];
    boolean[] header = new boolean[n];
    boolean[] fileStart = new boolean[n];
    for (int i = 0; i < n; i++) {
      starts[i] = lines.get(i)[0];
      ends[i] = lines.get(i)[1];
      header[i] = flags.get(i)[0];
      fileStart[i] = flags.get(i)[1];
    }
    return new DenseDump(out.toByteArray(), starts, ends, header, fileStart, List.copyOf(labels));
  }

  public int size() {
    return bytes.length;
  }

  public int lines() {
    return lineStart.length;
  }

  public List<Label> labels() {
    return labels;
  }

  /**
   * Scans every line as {@code ./leakaid scan} does: one session for the thread, its CSV header
   * given to the session and forgotten where the next file starts ({@code ScanWorker} keeps one
   * session per worker). Returns the number of lines scanned.
   *
   * <p>Why not a new session per file: 70% of this corpus's blocks are one-line files, so that
   * measured making sessions and relearning column names rather than the scan (about a fifth of
   * ScanLineBenchmark's JFR samples with structured types). The findings are the same either way
   * ({@code DenseDumpTest}); {@link #scanWithSessionPerFile} is the former loop.
   */
  public int scan(org.leakaid.scanner.Scanner scanner, FindingSink sink) {
    ScanSession session = scanner.newSession();
    for (int i = 0; i < lineStart.length; i++) {
      if (fileStart[i]) {
        session.clearHeader();
      }
      if (header[i]) {
        session.header(bytes, lineStart[i], lineEnd[i], TextEncoding.UTF_8);
      }
      session.scanLine(bytes, lineStart[i], lineEnd[i], TextEncoding.UTF_8, sink);
    }
    return lineStart.length;
  }

  /** {@link #scan} with a new session for every file, as the benchmark ran before. */
  public int scanWithSessionPerFile(org.leakaid.scanner.Scanner scanner, FindingSink sink) {
    ScanSession session = scanner.newSession();
    for (int i = 0; i < lineStart.length; i++) {
      if (fileStart[i]) {
        session = scanner.newSession();
      }
      if (header[i]) {
        session.header(bytes, lineStart[i], lineEnd[i], TextEncoding.UTF_8);
      }
      session.scanLine(bytes, lineStart[i], lineEnd[i], TextEncoding.UTF_8, sink);
    }
    return lineStart.length;
  }
}
