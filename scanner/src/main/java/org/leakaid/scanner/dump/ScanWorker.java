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

  /** Person-key priority by type (lower wins); -1 = not an identifier of a record. */
  private static final int[] IDENTIFIER_RANK = new int[TYPES.length];

  static {
    java.util.Arrays.fill(IDENTIFIER_RANK, -1);
    PiiType[] order = {
      PiiType.CN_RESIDENT_ID,
      PiiType.CN_PASSPORT,
      PiiType.CN_MOBILE,
      PiiType.EMAIL,
      PiiType.BANK_CARD,
      PiiType.CN_LANDLINE,
      PiiType.CN_LICENSE_PLATE
    };
    for (int i = 0; i < order.length; i++) {
      IDENTIFIER_RANK[order[i].ordinal()] = i;
    }
  }

  private final Scanner scanner;
  private final boolean[] reported;
  private final boolean json;
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

  // Per line, for --records.
  private long[] lineIds = new long[16];
  private int lineIdCount;
  private int lineRejected;
  private byte lineTier;
  private int personRank;
  private long personKey;
  private long nameKey;
  private long addressKey;

  ScanWorker(
      Scanner scanner,
      boolean[] reported,
      boolean json,
      boolean distinct,
      boolean records,
      WatchList watch) {
    this.scanner = scanner;
    this.reported = reported;
    this.json = json;
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
            json ? new JsonBytes(Math.min(chunk.length, 1 << 20) + 256) : null,
            watch == null ? 0 : watch.size());
    buf = chunk.buf;
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
    ScanSession session = scanner.newSession();
    byte[] header = source.header;
    if (header != null) {
      session.header(header, 0, header.length, enc);
    }
    byte headerTier =
        records && header != null
            ? TierKeywords.of(enc).tierOf(header, 0, header.length)
            : TierKeywords.NONE;
    TierKeywords keywords = records ? TierKeywords.of(enc) : null;
    int pos = 0;
    int end = chunk.length;
    line = 0;
    long newlines = 0;
    while (pos < end) {
      int nl = Lines.indexOfNewline(buf, pos, end);
      int lineEnd = nl < 0 ? end : nl;
      int to = lineEnd > pos && buf[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
      boolean isHeader = header != null && chunk.first && line == 0;
      if (records) {
        startRecord();
      }
      session.scanLine(buf, pos, to, enc, this);
      if (records && !isHeader && !blank(pos, to)) {
        finishRecord(pos, to, headerTier, keywords);
      }
      if (nl < 0) {
        break;
      }
      newlines++;
      line++;
      pos = nl + 1;
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

  @Override
  public void found(PiiType type, int start, int end, float confidence) {
    int t = type.ordinal();
    long valueKey = 0;
    boolean keyed = false;
    if (reported[t]) {
      counts[t]++;
      if (distinct != null) {
        valueKey = IdentifierKeys.valueKey(type, buf, start, end, enc);
        keyed = true;
        distinct[t].add(valueKey);
      }
      if (json) {
        writeJson(type, start, end, confidence);
      }
    }
    if (watch != null && watch.hasKeyed()) {
      if (!keyed) {
        valueKey = IdentifierKeys.valueKey(type, buf, start, end, enc);
      }
      int entry = watch.indexOfKey(valueKey);
      if (entry >= 0 && watch.entries().get(entry).type() != PiiType.PERSON_NAME) {
        out.watchHit(entry, chunkOffset + start);
      }
    }
    if (records) {
      recordFinding(type, start, end);
    }
  }

  @Override
  public void rejected(PiiType type, int start, int end) {
    if (IDENTIFIER_RANK[type.ordinal()] >= 0) {
      lineRejected++;
    }
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

  private void startRecord() {
    lineIdCount = 0;
    lineRejected = 0;
    lineTier = TierKeywords.NONE;
    personRank = Integer.MAX_VALUE;
    personKey = 0;
    nameKey = 0;
    addressKey = 0;
  }

  private void recordFinding(PiiType type, int start, int end) {
    int rank = IDENTIFIER_RANK[type.ordinal()];
    if (type == PiiType.BANK_CARD || type == PiiType.GEO_COORDINATE) {
      lineTier = TierKeywords.TIER_50; // property information; whereabouts
    }
    if (rank >= 0) {
      long key = IdentifierKeys.typedKey(type, buf, start, end, enc);
      if (lineIdCount == lineIds.length) {
        lineIds = java.util.Arrays.copyOf(lineIds, lineIdCount * 2);
      }
      lineIds[lineIdCount++] = key;
      if (rank < personRank) {
        personRank = rank;
        personKey = key;
      }
    } else if (type == PiiType.PERSON_NAME && nameKey == 0) {
      nameKey = IdentifierKeys.typedKey(type, buf, start, end, enc);
    } else if (type == PiiType.CN_ADDRESS && addressKey == 0) {
      addressKey = IdentifierKeys.typedKey(type, buf, start, end, enc);
    }
  }

  private void finishRecord(int from, int to, byte headerTier, TierKeywords keywords) {
    out.records++;
    long key;
    if (lineIdCount > 0) {
      java.util.Arrays.sort(lineIds, 0, lineIdCount);
      key = 0x2545F4914F6CDD1DL;
      long previous = 0;
      for (int i = 0; i < lineIdCount; i++) {
        if (i == 0 || lineIds[i] != previous) {
          key = IdentifierKeys.mix(key * 31 + lineIds[i]);
        }
        previous = lineIds[i];
      }
    } else if (nameKey != 0 && addressKey != 0) {
      key = IdentifierKeys.mix(nameKey * 31 + addressKey);
      personKey = key;
    } else {
      if (lineRejected > 0) {
        out.invalidRecords++;
      }
      return;
    }
    byte tier = lineTier;
    if (tier != TierKeywords.TIER_50) {
      byte named = keywords.tierOf(buf, from, to);
      tier = moreSensitive(moreSensitive(tier, named), headerTier);
    }
    out.addRecord(key, tier == TierKeywords.NONE ? TierKeywords.TIER_5000 : tier, personKey);
  }

  private static byte moreSensitive(byte a, byte b) {
    if (a == TierKeywords.NONE) {
      return b;
    }
    return b == TierKeywords.NONE ? a : (byte) Math.min(a, b);
  }

  /** Watched names: a plain substring search over the whole chunk, per name. */
  private void findNames(int length) {
    for (int k = 0; k < watch.nameCount(); k++) {
      byte[] p = watch.nameBytes(k, enc);
      int entry = watch.nameEntry(k);
      if (p.length == 0) {
        continue;
      }
      byte first = p[0];
      outer:
      for (int i = 0; i + p.length <= length; i++) {
        if (buf[i] != first) {
          continue;
        }
        for (int j = 1; j < p.length; j++) {
          if (buf[i + j] != p[j]) {
            continue outer;
          }
        }
        out.watchHit(entry, chunkOffset + i);
        i += p.length - 1;
      }
    }
  }
}
