package org.leakaid.scanner.dump;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.leakaid.scanner.PiiType;
import org.leakaid.scanner.ScanOptions;
import org.leakaid.scanner.Scanner;
import org.leakaid.scanner.TextEncoding;

/**
 * Scans dumps: files, directories, archives, stdin, of any size, on any number of threads, with
 * JSON-lines output and/or the summary with watch hits, record counts and severity. The entry point
 * of {@code ./leakaid scan}.
 */
public final class DumpScan {

  /**
   * @param types the types to report (counts, JSON lines)
   * @param threads scanning threads (readers and the writer come on top)
   * @param encoding every input's encoding, or null to detect it per input
   * @param jsonLines write one JSON object per finding to the output stream
   * @param summary compute the summary's distinct counts (counts are always kept)
   * @param records count records (all default types are detected for that, whatever {@code types})
   * @param watch identifiers to look for, or null
   * @param chunkBytes how much of the input one task scans (the default suits all but tests)
   * @param readers readers for formats the scanner does not open by itself (.xls, 7z ...)
   * @param category what the dump is, as the user says ({@code --category}), or null
   * @param limits how much an input may expand, how long lines are read ({@link InputLimits})
   */
  public record Options(
      Set<PiiType> types,
      int threads,
      TextEncoding encoding,
      boolean jsonLines,
      boolean summary,
      boolean records,
      WatchList watch,
      int chunkBytes,
      List<FormatReader> readers,
      RecordCategory category,
      InputLimits limits) {

    public Options {
      readers = List.copyOf(readers);
      limits = limits == null ? InputLimits.DEFAULT : limits;
      types = types.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(types));
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1");
      }
      if (chunkBytes <= 0) {
        // JSON lines run to three or four times the input on dense dumps: smaller chunks keep
        // the output in flight (threads + 3 chunks of it) small.
        chunkBytes =
            jsonLines ? ChunkPipeline.DEFAULT_CHUNK_BYTES / 4 : ChunkPipeline.DEFAULT_CHUNK_BYTES;
      }
    }
  }

  private DumpScan() {}

  /**
   * Runs the scan. JSON lines go to {@code out} in input order (identical for every thread count);
   * {@code out} is not closed. Unreadable inputs are named through {@code notes} and counted in
   * {@link DumpReport#unreadable()}; the others are still scanned.
   *
   * @param progress advanced by the bytes read from disk or stdin (may be read from another thread)
   */
  public static DumpReport run(
      List<DumpInput> inputs,
      Options options,
      OutputStream out,
      Consumer<String> notes,
      AtomicLong progress)
      throws IOException {
    long started = System.nanoTime();
    EnumSet<PiiType> detect = EnumSet.noneOf(PiiType.class);
    detect.addAll(options.types());
    if (options.records()) {
      detect.addAll(ScanOptions.defaults().types());
    }
    if (options.watch() != null) {
      options.watch().entries().forEach(e -> detect.add(e.type()));
      detect.remove(PiiType.PERSON_NAME);
      if (options.types().contains(PiiType.PERSON_NAME) || options.records()) {
        detect.add(PiiType.PERSON_NAME);
      }
    }
    Scanner scanner = Scanner.create(ScanOptions.of(detect));
    boolean[] reported = new boolean[PiiType.values().length];
    options.types().forEach(t -> reported[t.ordinal()] = true);

    List<ScanWorker> workers = Collections.synchronizedList(new ArrayList<>());
    Collector collector = new Collector(options, out);
    ChunkPipeline pipeline =
        new ChunkPipeline(
            options.threads(),
            options.chunkBytes(),
            options.encoding(),
            options.readers(),
            options.limits(),
            notes,
            progress);
    pipeline.run(
        inputs,
        () -> {
          ScanWorker w =
              new ScanWorker(
                  scanner,
                  reported,
                  options.jsonLines() ? ScanWorker.Output.JSON_LINES : ScanWorker.Output.NONE,
                  options.summary(),
                  options.records(),
                  options.watch());
          workers.add(w);
          return w;
        },
        collector);

    Map<PiiType, Long> counts = new EnumMap<>(PiiType.class);
    Map<PiiType, Long> distinct = new EnumMap<>(PiiType.class);
    Set<PiiType> estimated = EnumSet.noneOf(PiiType.class);
    for (PiiType t : options.types()) {
      long n = 0;
      DistinctCounter merged = new DistinctCounter();
      for (ScanWorker w : workers) {
        n += w.counts[t.ordinal()];
        if (w.distinct != null) {
          merged.merge(w.distinct[t.ordinal()]);
        }
      }
      counts.put(t, n);
      if (options.summary()) {
        distinct.put(t, merged.count());
        if (!merged.exact()) {
          estimated.add(t);
        }
      }
    }
    RecordCounts records = null;
    if (options.records()) {
      collector.endLongLine();
      records = collector.tally.counts();
    }
    return new DumpReport(
        collector.files,
        collector.bytes,
        collector.lines,
        (System.nanoTime() - started) / 1e9,
        counts,
        distinct,
        estimated,
        collector.watchHits(options.watch()),
        records,
        records == null ? null : Severity.of(records, options.category()),
        pipeline.unreadableInputs());
  }

  /** Writes JSON lines with their line numbers and merges order-dependent results. */
  private static final class Collector implements ChunkPipeline.Collector<ChunkScan> {
    private final OutputStream out;
    private final RecordTally tally;
    private final byte leastTier;
    private final JsonBytes number = new JsonBytes(24);
    private long files;
    private long bytes;
    private long lines;
    private long lineBase;
    private long[] watchCounts;
    private long[] watchFirst;
    private String[] watchPath;

    Collector(Options options, OutputStream out) {
      this.out = out;
      this.tally = options.records() ? new RecordTally() : null;
      this.leastTier =
          options.category() == null ? TierKeywords.TIER_5000 : options.category().tier;
      int w = options.watch() == null ? 0 : options.watch().size();
      watchCounts = new long[w];
      watchFirst = new long[w];
      watchPath = new String[w];
    }

    /** The record of a line too long to scan whole, joined from its pieces, or null. */
    private final LongLineRecord longLine = new LongLineRecord();

    @Override
    public void accept(ChunkPipeline.Chunk chunk, ChunkScan r) throws IOException {
      if (chunk.first) {
        files++;
        lineBase = 0;
        endLongLine(); // the input before was cut off inside it
      }
      bytes += chunk.to - chunk.from;
      if (r.json != null && r.json.length() > 0) {
        int from = 0;
        for (int k = 0; k < r.linePatches; k++) {
          int at = r.linePatchAt[k];
          r.json.writeTo(out, from, at);
          number.reset();
          number.number(lineBase + r.linePatchLine[k] + 1).writeTo(out);
          from = at;
        }
        r.json.writeTo(out, from, r.json.length());
      }
      lineBase += r.newlines;
      lines += r.newlines;
      if (chunk.last && chunk.length > 0 && chunk.buf[chunk.length - 1] != '\n') {
        lines++; // the last line has no terminator
      }
      if (tally != null) {
        tally.addLines(r.records, r.invalidRecords);
        for (int i = 0; i < r.recordCount; i++) {
          byte tier = (byte) Math.min(r.recordTiers[i], leastTier);
          tally.addRecord(r.recordKeys[i], tier, r.personKeys[i]);
        }
        if (longLine.add(r)) {
          endLongLine();
        }
      }
      for (int e = 0; e < r.watchCounts.length; e++) {
        if (r.watchCounts[e] > 0) {
          if (watchCounts[e] == 0) {
            watchFirst[e] = r.watchFirst[e];
            watchPath[e] = chunk.source.label;
          }
          watchCounts[e] += r.watchCounts[e];
        }
      }
    }

    /** Counts the record of the long line joined so far, if any. */
    void endLongLine() {
      RecordContent line = longLine.take();
      if (line == null) {
        return;
      }
      tally.addLines(1, line.invalid() ? 1 : 0);
      if (line.counts()) {
        tally.addRecord(line.key(), (byte) Math.min(line.tier(), leastTier), line.person());
      }
    }

    List<DumpReport.WatchHit> watchHits(WatchList watch) {
      List<DumpReport.WatchHit> hits = new ArrayList<>();
      for (int e = 0; e < watchCounts.length; e++) {
        if (watchCounts[e] > 0) {
          WatchList.Entry entry = watch.entries().get(e);
          hits.add(
              new DumpReport.WatchHit(
                  entry.type(), entry.masked(), watchCounts[e], watchFirst[e], watchPath[e]));
        }
      }
      return hits;
    }
  }
}
