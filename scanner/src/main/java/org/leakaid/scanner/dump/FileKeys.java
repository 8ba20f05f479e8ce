package org.leakaid.scanner.dump;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.leakaid.scanner.Masker;
import org.leakaid.scanner.PiiType;
import org.leakaid.scanner.ScanOptions;
import org.leakaid.scanner.Scanner;
import org.leakaid.scanner.TextEncoding;

/**
 * The keys of one input, for counting across a cluster: the value key of every finding and the
 * identity, tier and person of every record, as {@code ./leakaid scan --format summary --records}
 * computes them on one machine, plus the input's byte, line and record totals.
 *
 * <p>This is the scanner's API for the Spark job ({@code spark/}): it runs exactly the code path of
 * the CLI (the chunk pipeline, the scan worker, the record keys) over a whole input or over one
 * split of a large text file ({@link #scanSplit}, see {@link TextSplits}). The one-machine
 * collector folds keys into capped in-memory tables ({@link RecordTally}, {@link DistinctCounter});
 * here they are handed out whole, so that a shuffle can count them exactly at any size.
 *
 * <p>Value keys are computed by the scan worker from the chunk's bytes, in the input's encoding,
 * with the same {@link IdentifierKeys#valueKey} the one-machine distinct counters use ({@link
 * KeyedFindings}).
 */
public final class FileKeys {
  private static final PiiType[] TYPES = PiiType.values();

  public long files;
  public long bytes;
  public long lines;
  public long records;
  public long invalidRecords;
  public int unreadable;

  /** Findings: type ordinal and value key, {@code findingCount} of them. */
  public byte[] findingTypes = new byte[256];

  public long[] findingKeys = new long[256];
  public int findingCount;

  /**
   * With {@link Values#MASKED} or {@link Values#CLEAR}: per finding, its byte offset in the input
   * (in the file, for a split), its length in bytes, its text (masked unless CLEAR) and the
   * scanner's confidence; null otherwise.
   */
  public long[] findingOffsets;

  public int[] findingLengths;
  public String[] findingValues;
  public float[] findingConfidences;

  /** Whether, and how, to keep each finding's text besides its key. */
  public enum Values {
    NONE,
    MASKED,
    CLEAR
  }

  private Values values = Values.NONE;

  /**
   * Per watch-list entry (see {@link #scan(DumpInput, TextEncoding, RecordCategory, Values,
   * WatchList, Consumer)}): how often it was found, and the byte offset of its first hit in the
   * input (in the file, for a split); empty without a watch list.
   */
  public long[] watchCounts = new long[0];

  public long[] watchFirst = new long[0];

  /** Records with personal information: identity key, tier (1 most sensitive) and person key. */
  public long[] recordKeys = new long[256];

  public byte[] recordTiers = new byte[256];
  public long[] personKeys = new long[256];
  public int recordCount;

  private FileKeys() {}

  private FileKeys(Values values, WatchList watch) {
    this.values = values;
    if (watch != null && !watch.isEmpty()) {
      watchCounts = new long[watch.size()];
      watchFirst = new long[watch.size()];
    }
    if (values != Values.NONE) {
      findingOffsets = new long[256];
      findingLengths = new int[256];
      findingValues = new String[256];
      findingConfidences = new float[256];
    }
  }

  /** An input that could not be read: counted in {@code unreadable} and nothing else. */
  public static FileKeys unreadable() {
    FileKeys keys = new FileKeys();
    keys.unreadable = 1;
    return keys;
  }

  /** The types a summary reports and records are built from: the scanner's defaults. */
  public static EnumSet<PiiType> summaryTypes() {
    return EnumSet.copyOf(ScanOptions.defaults().types());
  }

  /**
   * Scans one input (plain, .gz, .zip, tar, workbook: whatever the scanner opens by itself) on the
   * calling thread plus one scanning thread.
   *
   * @param encoding the input's encoding, or null to detect it
   * @param category what the dump is, as the user says, or null
   * @param notes receives one-line notes (skipped binary files, unreadable inputs); never personal
   *     data
   */
  public static FileKeys scan(
      DumpInput input, TextEncoding encoding, RecordCategory category, Consumer<String> notes)
      throws IOException {
    return scan(input, encoding, category, Values.NONE, null, notes);
  }

  /**
   * As above, keeping each finding's text as {@code values} says and counting the hits of {@code
   * watch} (or null).
   */
  public static FileKeys scan(
      DumpInput input,
      TextEncoding encoding,
      RecordCategory category,
      Values values,
      WatchList watch,
      Consumer<String> notes)
      throws IOException {
    EnumSet<PiiType> types = summaryTypes();
    Scanner scanner = Scanner.create(ScanOptions.of(types));
    boolean[] reported = new boolean[TYPES.length];
    types.forEach(t -> reported[t.ordinal()] = true);
    FileKeys keys = new FileKeys(values, watch);
    Collector collector = new Collector(keys, category);
    ChunkPipeline pipeline =
        new ChunkPipeline(
            ChunkPipeline.ON_CALLER,
            ChunkPipeline.DEFAULT_CHUNK_BYTES / 4,
            encoding,
            List.of(),
            InputLimits.DEFAULT,
            notes,
            new AtomicLong());
    pipeline.run(
        List.of(input),
        () -> new ScanWorker(scanner, reported, ScanWorker.Output.KEYS, false, true, watch),
        collector);
    collector.endLongLine();
    keys.unreadable = pipeline.unreadableInputs();
    return keys;
  }

  /**
   * Scans the split {@code [start, end)} of a plain text file (the lines that start in it, see
   * {@link TextSplits#lineStart}) as the one-machine scan reads those lines of the whole file: in
   * the file's encoding, with {@code startHeader} (the last header line before the split, or the
   * file's own header) in force at its start. Only the first split counts the file in {@link
   * #files}.
   *
   * @param label how notes name the file
   * @param size the file's size
   * @param file the file's encoding and header, from {@link TextSplits#probe}
   */
  public static FileKeys scanSplit(
      String label,
      TextSplits.Reader in,
      long size,
      long start,
      long end,
      TextSplits.TextFile file,
      byte[] startHeader,
      RecordCategory category,
      Values values,
      WatchList watch,
      Consumer<String> notes)
      throws IOException {
    long begin = TextSplits.lineStart(in, size, start);
    long stop = TextSplits.lineStart(in, size, end);
    FileKeys keys = new FileKeys(values, watch);
    if (begin < stop) {
      EnumSet<PiiType> types = summaryTypes();
      Scanner scanner = Scanner.create(ScanOptions.of(types));
      boolean[] reported = new boolean[TYPES.length];
      types.forEach(t -> reported[t.ordinal()] = true);
      Collector collector = new Collector(keys, category);
      ChunkPipeline pipeline =
          new ChunkPipeline(
              ChunkPipeline.ON_CALLER,
              ChunkPipeline.DEFAULT_CHUNK_BYTES / 4,
              file.encoding(),
              List.of(),
              InputLimits.DEFAULT,
              notes,
              new AtomicLong());
      pipeline.runRange(
          label,
          new ChunkPipeline.Range(in, begin, stop, file.encoding(), file.header(), startHeader),
          () -> new ScanWorker(scanner, reported, ScanWorker.Output.KEYS, false, true, watch),
          collector);
      collector.endLongLine();
      keys.unreadable = pipeline.unreadableInputs();
    }
    keys.files = start == 0 ? 1 : 0;
    return keys;
  }

  /** The art. 5 reading of exact counts, as the one-machine scan words it. */
  public static Severity severity(RecordCounts counts, RecordCategory category) {
    return Severity.of(counts, category);
  }

  /** Tier numbers as records carry them: 1 = TIER_50, 2 = TIER_500, 3 = TIER_5000. */
  public static final int TIER_50 = TierKeywords.TIER_50;

  public static final int TIER_500 = TierKeywords.TIER_500;
  public static final int TIER_5000 = TierKeywords.TIER_5000;

  void addFinding(PiiType type, long key) {
    if (findingCount == findingKeys.length) {
      findingKeys = Arrays.copyOf(findingKeys, findingCount * 2);
      findingTypes = Arrays.copyOf(findingTypes, findingCount * 2);
      if (findingValues != null) {
        findingOffsets = Arrays.copyOf(findingOffsets, findingCount * 2);
        findingLengths = Arrays.copyOf(findingLengths, findingCount * 2);
        findingValues = Arrays.copyOf(findingValues, findingCount * 2);
        findingConfidences = Arrays.copyOf(findingConfidences, findingCount * 2);
      }
    }
    findingTypes[findingCount] = (byte) type.ordinal();
    findingKeys[findingCount++] = key;
  }

  /** The text of the finding just added (see {@link #findingValues}). */
  void addValue(long offset, int length, String text, PiiType type, float confidence) {
    int i = findingCount - 1;
    findingOffsets[i] = offset;
    findingLengths[i] = length;
    findingValues[i] = values == Values.CLEAR ? text : Masker.mask(type, text);
    findingConfidences[i] = confidence;
  }

  void addRecord(long key, byte tier, long person) {
    if (recordCount == recordKeys.length) {
      recordKeys = Arrays.copyOf(recordKeys, recordCount * 2);
      recordTiers = Arrays.copyOf(recordTiers, recordCount * 2);
      personKeys = Arrays.copyOf(personKeys, recordCount * 2);
    }
    recordKeys[recordCount] = key;
    recordTiers[recordCount] = tier;
    personKeys[recordCount++] = person;
  }

  /** Mirrors {@code DumpScan}'s collector, but hands out keys instead of folding them. */
  private static final class Collector implements ChunkPipeline.Collector<ChunkScan> {
    private final FileKeys keys;
    private final byte leastTier;
    private final LongLineRecord longLine = new LongLineRecord();

    Collector(FileKeys keys, RecordCategory category) {
      this.keys = keys;
      this.leastTier = category == null ? TierKeywords.TIER_5000 : category.tier;
    }

    @Override
    public void accept(ChunkPipeline.Chunk chunk, ChunkScan r) {
      if (chunk.first) {
        keys.files++;
        endLongLine();
      }
      keys.bytes += chunk.to - chunk.from;
      keys.lines += r.newlines;
      if (chunk.last && chunk.length > 0 && chunk.buf[chunk.length - 1] != '\n') {
        keys.lines++;
      }
      findings(chunk, r.keyed);
      for (int e = 0; e < r.watchCounts.length; e++) {
        if (r.watchCounts[e] > 0) {
          if (keys.watchCounts[e] == 0) {
            keys.watchFirst[e] = r.watchFirst[e];
          }
          keys.watchCounts[e] += r.watchCounts[e];
        }
      }
      keys.records += r.records;
      keys.invalidRecords += r.invalidRecords;
      for (int i = 0; i < r.recordCount; i++) {
        keys.addRecord(
            r.recordKeys[i], (byte) Math.min(r.recordTiers[i], leastTier), r.personKeys[i]);
      }
      if (longLine.add(r)) {
        endLongLine();
      }
    }

    void endLongLine() {
      RecordContent line = longLine.take();
      if (line == null) {
        return;
      }
      keys.records++;
      keys.invalidRecords += line.invalid() ? 1 : 0;
      if (line.counts()) {
        keys.addRecord(line.key(), (byte) Math.min(line.tier(), leastTier), line.person());
      }
    }

    private void findings(ChunkPipeline.Chunk chunk, KeyedFindings f) {
      for (int k = 0; k < f.count; k++) {
        PiiType type = TYPES[f.types[k]];
        keys.addFinding(type, f.keys[k]);
        if (keys.findingValues != null) {
          int start = f.starts[k];
          int length = f.ends[k] - start;
          keys.addValue(
              chunk.offset + start,
              length,
              new String(chunk.buf, start, length, chunk.source.charset()),
              type,
              f.confidences[k]);
        }
      }
    }
  }
}
