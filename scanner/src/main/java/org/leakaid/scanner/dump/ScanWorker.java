package org.leakaid.scanner.dump;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.leakaid.scanner.FindingSink;
import org.leakaid.scanner.Masker;
import org.leakaid.scanner.PiiType;
import org.leakaid.scanner.ScanSession;
import org.leakaid.scanner.Scanner;
import org.leakaid.scanner.TextEncoding;

/**
 * Scans chunks on one thread: splits them into lines, runs the detector over each line and turns
 * what it finds into JSON lines, per-type counts, distinct-value counters, watch-list hits and
 * record keys. Counts and distinct counters live here, per thread, and are merged once at the end;
 * everything order-dependent goes into the {@link ChunkScan} for the collector.
 *
 * <p>The hot path ({@link #found}) allocates nothing unless JSON lines are wanted (which need the
 * text and its masked form as strings).
 */
final class ScanWorker implements ChunkPipeline.Worker<ChunkScan>, FindingSink {
  private static final PiiType[] TYPES = PiiType.values();
  private static final byte[][] TYPE_FIELD = new byte[TYPES.length][];

  static {
    for (PiiType t : TYPES) {
      TYPE_FIELD[t.ordinal()] = (t.name() + "\",\"offset\":").getBytes(StandardCharsets.US_ASCII);
    }
  }

  /** What the worker makes of each finding besides counting it. */
  enum Output {
    NONE,
    /** The CLI's JSON lines ({@code --format jsonl}). */
    JSON_LINES,
    /** Type, span, confidence and value key, for {@link FileKeys}. */
    KEYS
  }

  private final boolean[] reported;
  private final boolean json;
  private final boolean keyedOut;
  private final boolean records;
  private final WatchList watch;
  final long[] counts = new long[TYPES.length];
  final DistinctCounter[] distinct;

  // Per chunk.
  private ChunkScan out;
  private byte[] buf;
  private long chunkOffset;
  private TextEncoding enc;
  private Charset charset;
  private byte[] findingPrefix;
  private int line;

  // The chunk's own part (see ChunkPipeline.Chunk#from): what starts outside is a neighbour's.
  private int ownFrom;
  private int ownTo;

  private final LineRecords lineRecords = new LineRecords();

  /** Kept across chunks: it learns the input's column names once. */
  private final ScanSession session;

  ScanWorker(
      Scanner scanner,
      boolean[] reported,
      Output output,
      boolean distinct,
      boolean records,
      WatchList watch) {
    this.session = scanner.newSession();
    this.reported = reported;
    this.json = output == Output.JSON_LINES;
    this.keyedOut = output == Output.KEYS;
    this.records = records;
    this.watch = watch == null || watch.isEmpty() ? null : watch;
    this.distinct = distinct ? new DistinctCounter[TYPES.length] : null;
    if (distinct) {
      for (int i = 0; i < TYPES.length; i++) {
        this.distinct[i] = new DistinctCounter();
      }
    }
  }

  @Override
  public ChunkScan process(ChunkPipeline.Chunk chunk) {
    ChunkPipeline.Source source = chunk.source;
    out =
        new ChunkScan(
            json ? new JsonBytes(chunk.length * 2 + 256) : null,
            keyedOut ? new KeyedFindings() : null,
            watch == null ? 0 : watch.size());
    buf = chunk.buf;
    ownFrom = chunk.from;
    ownTo = chunk.to;
    chunkOffset = chunk.offset;
    enc = source.encoding;
    charset = source.charset();
    if (json) {
      findingPrefix =
          new JsonBytes(source.label.length() + 32)
              .ascii("{\"path\":")
              .string(source.label)
              .ascii(",\"type\":\"")
              .toArray();
    }
    session.clearHeader();
    byte[] header = chunk.header;
    if (header != null) {
      session.header(header, 0, header.length, enc);
    }
    byte headerTier =
        records && header != null
            ? TierKeywords.labelTier(header, 0, header.length, enc)
            : TierKeywords.NONE;
    // Pretty-printed JSON: records are list items across lines, gathered over the whole chunk.
    boolean jsonChunk = records && source.jsonOverLines;
    if (jsonChunk) {
      lineRecords.begin();
    }
    // A CSV row whose quoted cell holds line breaks: one record over [recordStart, recordEnd).
    int recordStart = 0;
    int recordEnd = -1;
    int[] headerLines = chunk.headerLines;
    int nextHeader = 0;
    int pos = 0;
    int end = chunk.length;
    line = 0;
    long newlines = 0;
    while (pos < end) {
      int nl = chunk.nextLineEnd(pos);
      int lineEnd = nl < 0 ? end : nl;
      boolean goesOn = nl < 0 && chunk.continues; // a piece of a long line, with context after
      int to = goesOn ? lineEnd : Lines.contentEnd(buf, pos, lineEnd);
      boolean isHeader = source.header != null && chunk.first && line == 0;
      if (nextHeader < headerLines.length && headerLines[nextHeader] == pos) {
        // A header in the middle of the input (cat *.csv > all.csv): found by the reader, its
        // columns apply from here to the next header, across chunks.
        nextHeader++;
        isHeader = true;
        session.header(buf, pos, to, enc);
        if (records) {
          headerTier = TierKeywords.labelTier(buf, pos, to, enc);
        }
      }
      boolean lineRecord = records && !jsonChunk && !isHeader;
      boolean piece = (pos == 0 && chunk.continued) || goesOn;
      if (lineRecord && piece) {
        // The own part of a long line's piece: its records (JSON items, SQL rows) or its part of
        // the line's record.
        recordStart = Math.max(pos, ownFrom);
        recordEnd = Math.min(to, ownTo);
        lineRecords.begin();
      } else if (lineRecord && pos > recordEnd) {
        recordStart = pos;
        recordEnd = to;
        int delimiter = session.headerDelimiter();
        if (nl >= 0 && delimiter > 0 && CsvQuotes.openAtEnd(buf, pos, to, delimiter, false, enc)) {
          int close = CsvQuotes.closingLineEnd(buf, nl + 1, end, delimiter, enc);
          recordEnd = close >= 0 ? close : to;
        } else if (nl >= 0) {
          recordEnd = Math.max(to, VCards.cardEnd(buf, pos, to, nl + 1, end));
        }
        lineRecords.begin();
      }
      if (pos == 0 && chunk.continued) {
        session.scanLinePiece(chunk.lineHead, buf, pos, to, enc, this);
      } else {
        session.scanLine(buf, pos, to, enc, this);
      }
      if (json) {
        writeLineJson();
      }
      if (lineRecord && piece) {
        lineRecords.endPiece(
            pos == 0 && chunk.continued ? chunk.lineHead : null,
            buf,
            pos,
            recordStart,
            recordEnd,
            to,
            !goesOn,
            blank(recordStart, recordEnd),
            enc,
            headerTier,
            out);
      } else if (lineRecord && to >= recordEnd && !blank(recordStart, recordEnd)) {
        lineRecords.end(buf, recordStart, recordEnd, enc, headerTier, out);
      }
      if (nl < 0) {
        break;
      }
      newlines++;
      line++;
      pos = nl + 1;
    }
    if (jsonChunk) {
      lineRecords.endJson(buf, ownFrom, ownTo, enc, headerTier, out);
    }
    out.newlines = newlines;
    if (watch != null && watch.nameCount() > 0) {
      findNames(chunk.length);
    }
    ChunkScan result = out;
    out = null;
    buf = null;
    return result;
  }

  private final LineFindings lineFindings = new LineFindings();

  @Override
  public void found(PiiType type, int start, int end, float confidence) {
    if (start < ownFrom || start >= ownTo) {
      return; // in a long line's context: the neighbouring piece reports it
    }
    int t = type.ordinal();
    long valueKey = 0;
    boolean keyed = false;
    if (reported[t]) {
      counts[t]++;
      if (distinct != null || keyedOut) {
        valueKey = IdentifierKeys.valueKey(type, buf, start, end, enc);
        keyed = true;
        if (distinct != null) {
          distinct[t].add(valueKey);
        }
      }
      if (keyedOut) {
        out.keyed.add(type, start, end, confidence, valueKey);
      }
      if (json) {
        lineFindings.add(type, start, end, confidence);
      }
    }
    if (watch != null && watch.hasKeyed()) {
      if (!keyed) {
        valueKey = IdentifierKeys.valueKey(type, buf, start, end, enc);
        keyed = true;
      }
      int entry = watch.indexOfKey(valueKey);
      if (entry >= 0 && watch.entries().get(entry).type() != PiiType.PERSON_NAME) {
        out.watchHit(entry, chunkOffset + start);
      }
    }
    if (records) {
      if (!keyed) {
        valueKey = IdentifierKeys.valueKey(type, buf, start, end, enc);
      }
      lineRecords.found(type, start, end, valueKey);
    }
  }

  @Override
  public void rejected(PiiType type, int start, int end) {
    if (records && start >= ownFrom && start < ownTo) {
      lineRecords.rejected(type, start, end);
    }
  }

  /** The line's findings as JSON lines, in the order they appear in the line. */
  private void writeLineJson() {
    LineFindings f = lineFindings;
    f.sortByStart();
    for (int k = 0; k < f.n; k++) {
      writeJson(f.types[k], f.starts[k], f.ends[k], f.confidences[k]);
    }
    f.clear();
  }

  private void writeJson(PiiType type, int start, int end, float confidence) {
    JsonBytes j = out.json;
    String text = new String(buf, start, end - start, charset);
    j.raw(findingPrefix)
        .raw(TYPE_FIELD[type.ordinal()])
        .number(chunkOffset + start)
        .ascii(",\"length\":")
        .number(end - start)
        .ascii(",\"line\":");
    out.patchLine(j.length(), line);
    j.ascii(",\"text\":")
        .string(text)
        .ascii(",\"masked\":")
        .string(Masker.mask(type, text))
        .ascii(",\"confidence\":")
        .decimal(confidence, 3)
        .ascii("}\n");
  }

  private boolean blank(int from, int to) {
    for (int i = from; i < to; i++) {
      if (buf[i] != ' ' && buf[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  /**
   * Watched names: a plain substring search over the chunk's own part, per name (a name that starts
   * there may end in the context after it).
   */
  private void findNames(int length) {
    for (int k = 0; k < watch.nameCount(); k++) {
      byte[] p = watch.nameBytes(k, enc);
      int entry = watch.nameEntry(k);
      if (p.length == 0) {
        continue;
      }
      byte first = p[0];
      characterStart = 0;
      outer:
      for (int i = ownFrom; i < ownTo && i + p.length <= length; i++) {
        if (buf[i] != first) {
          continue;
        }
        for (int j = 1; j < p.length; j++) {
          if (buf[i + j] != p[j]) {
            continue outer;
          }
        }
        if (enc == TextEncoding.GB18030 && !atCharacterStart(i)) {
          continue; // the bytes straddle two other characters
        }
        out.watchHit(entry, chunkOffset + i);
        i += p.length - 1;
      }
    }
  }

  /** A character start at or before the last position asked about: the walk goes on from there. */
  private int characterStart;

  /**
   * Whether {@code at} starts a character. UTF-8 cannot match out of step, but GB18030 can: a trail
   * byte followed by a lead byte may spell a third character. Walk forwards from a known character
   * start: the chunk's (a line's start, or a long line's cut after a byte below 0x30), or the last
   * one found, since positions are asked about in increasing order.
   */
  private boolean atCharacterStart(int at) {
    int i = characterStart;
    int before = i;
    while (i < at) {
      before = i;
      i += IdentifierKeys.width(buf, i, at + 1, enc);
    }
    characterStart = i == at ? at : before;
    return i == at;
  }
}
