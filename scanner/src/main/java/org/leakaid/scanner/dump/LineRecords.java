package org.leakaid.scanner.dump;

import java.util.Arrays;
import org.leakaid.scanner.PiiType;
import org.leakaid.scanner.TextEncoding;

/**
 * Turns one line's findings into records for {@code --records}: a line is a record (CSV/TSV row,
 * log line), except an SQL {@code INSERT ... VALUES (...),(...)} line, where each parenthesised row
 * is one (mysqldump writes thousands of rows on one line), and JSON, where each item of a list is
 * one ({@link JsonRecords}). Pretty-printed JSON spans lines: its findings are gathered over a
 * whole chunk and split into records at the end ({@link #endJson}).
 *
 * <p>A record counts when it holds a valid identifier (ID number, passport, mobile, e-mail, bank
 * card, landline, plate) or a name together with an address. Its identity, for duplicates, is the
 * set of its identifiers; its tier is the most sensitive of: a bank card (property information) or
 * a coordinate pair (whereabouts) in it, tier keywords in it, tier keywords in the file's header or
 * the INSERT's table and column names. A record without a valid identifier but with a candidate
 * that failed validation (wrong check character, Luhn failure) is invalid.
 */
final class LineRecords {
  private static final PiiType[] TYPES = PiiType.values();

  /** Person-key priority by type ordinal (lower wins); -1 = not an identifier. */
  private static final int[] IDENTIFIER_RANK = new int[TYPES.length];

  static {
    Arrays.fill(IDENTIFIER_RANK, -1);
    PiiType[] order = {
      PiiType.CN_RESIDENT_ID,
      PiiType.CN_FOREIGN_PERMANENT_ID,
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

  static boolean isIdentifier(PiiType type) {
    return IDENTIFIER_RANK[type.ordinal()] >= 0;
  }

  /** How stable an identifier is for keying a person (0 best), or -1 for other types. */
  static int identifierRank(PiiType type) {
    return IDENTIFIER_RANK[type.ordinal()];
  }

  // The line's findings (and rejected candidates, with type -1 - ordinal), in arrival order.
  private int[] starts = new int[32];
  private int[] ends = new int[32];
  private int[] kinds = new int[32];
  private long[] keys = new long[32]; // value keys of findings (see IdentifierKeys#valueKey)
  private int n;

  // The last INSERT's table and column names, and the tier they name: a dump repeats them.
  private byte[] insertPrefix = new byte[0];
  private byte insertPrefixTier;

  private final JsonRecords json = new JsonRecords();

  // Findings in order of position (indices into the arrays above), and for JSON the item holding
  // each. A record reads its findings as one run of these arrays: a long line holds hundreds of
  // thousands of findings and of records, which must not meet each other one by one.
  private int[] order = new int[32];
  private int[] orderStarts = new int[32];
  private int[] owners = new int[32];
  private long[] keyed = new long[32];

  // JSON: the findings grouped by the item holding them (in order of position within an item),
  // item i's from groupStart[i + 1] to groupStart[i + 2], those outside every item from
  // groupStart[0] to groupStart[1].
  private int[] grouped = new int[32];
  private int[] groupStart = new int[18];
  private int[] own = new int[16]; // findings per item
  private boolean[] container = new boolean[16]; // items with items inside

  void begin() {
    n = 0;
  }

  /** A finding and its value key ({@link IdentifierKeys#valueKey}), computed once per finding. */
  void found(PiiType type, int start, int end, long valueKey) {
    add(type.ordinal(), start, end);
    keys[n - 1] = valueKey;
  }

  void rejected(PiiType type, int start, int end) {
    if (isIdentifier(type)) {
      add(-1 - type.ordinal(), start, end);
    }
  }

  private void add(int kind, int start, int end) {
    if (n == starts.length) {
      starts = Arrays.copyOf(starts, n * 2);
      ends = Arrays.copyOf(ends, n * 2);
      kinds = Arrays.copyOf(kinds, n * 2);
      keys = Arrays.copyOf(keys, n * 2);
    }
    starts[n] = start;
    ends[n] = end;
    kinds[n++] = kind;
  }

  /** Adds the records of line {@code b[from, to)} to {@code out}. */
  void end(byte[] b, int from, int to, TextEncoding enc, byte headerTier, ChunkScan out) {
    int values = SqlRows.valuesStart(b, from, to);
    if (values < 0) {
      if (JsonRecords.looksLikeJson(b, from, to)) {
        endJson(b, from, to, enc, headerTier, out);
      } else {
        int m = inOrder(from, to);
        record(b, from, to, enc, headerTier, out, order, 0, m);
      }
      return;
    }
    rows(b, values, to, enc, moreSensitive(headerTier, insertTier(b, from, values, enc)), out);
  }

  /**
   * Adds the records of {@code b[from, to)}, the own part of a piece of a line too long to scan
   * whole. The line starts at {@code b[lineStart]}, or, when {@code head} is not null, it started
   * in an earlier piece with {@code head}. An INSERT's rows and a JSON list's items are records of
   * their own (pieces are cut between them where the line has them). Any other line is one record
   * over all its pieces: this piece's part of it goes to {@link ChunkScan#linePart} for the
   * collector to join; {@code viewEnd} is where the bytes after the part end, in which a tier
   * keyword that starts in it may end; {@code blank} says the part holds only blanks (a line of
   * nothing but blanks is no record).
   */
  void endPiece(
      byte[] head,
      byte[] b,
      int lineStart,
      int from,
      int to,
      int viewEnd,
      boolean endsLine,
      boolean blank,
      TextEncoding enc,
      byte headerTier,
      ChunkScan out) {
    byte[] start = head != null ? head : b;
    int startFrom = head != null ? 0 : lineStart;
    int startTo = head != null ? head.length : to;
    int values = SqlRows.valuesStart(start, startFrom, startTo);
    if (values >= 0) {
      byte tier = moreSensitive(headerTier, insertTier(start, startFrom, values, enc));
      rows(b, head != null ? from : values, to, enc, tier, out);
    } else if (JsonRecords.startsLikeJson(start, startFrom, startTo)) {
      endJson(b, from, to, enc, headerTier, out);
    } else {
      int m = inOrder(from, to);
      gather(b, from, viewEnd, enc, headerTier, order, 0, m);
      RecordContent part = content.copy();
      part.blank = blank;
      out.linePart(part, endsLine);
    }
  }

  /** The tier the INSERT's table and column names {@code b[from, values)} name. */
  private byte insertTier(byte[] b, int from, int values, TextEncoding enc) {
    if (!Arrays.equals(b, from, values, insertPrefix, 0, insertPrefix.length)) {
      insertPrefix = Arrays.copyOfRange(b, from, values);
      insertPrefixTier = TierKeywords.labelTier(b, from, values, enc);
    }
    return insertPrefixTier;
  }

  /** A record per SQL row {@code (...)} from {@code pos} to {@code to}. */
  private void rows(byte[] b, int pos, int to, TextEncoding enc, byte tier, ChunkScan out) {
    int m = inOrder(pos, to);
    int next = 0;
    while (true) {
      int open = SqlRows.nextRowStart(b, pos, to);
      if (open < 0) {
        return;
      }
      int close = SqlRows.rowEnd(b, open, to);
      while (next < m && starts[order[next]] < open) {
        next++; // between rows: no row's
      }
      int first = next;
      while (next < m && starts[order[next]] < close) {
        next++;
      }
      record(b, open, close, enc, tier, out, order, first, next);
      pos = close;
    }
  }

  /**
   * Adds the records of JSON text {@code b[from, to)}, a line or a chunk of pretty-printed JSON:
   * one per list item that holds findings of its own (and one per outermost item without, unless it
   * only wraps other items), and one for findings outside every item (a wrapper's fields, or the
   * end of an item cut off by the start of the chunk). Text without items is one record, like any
   * line.
   */
  void endJson(byte[] b, int from, int to, TextEncoding enc, byte headerTier, ChunkScan out) {
    json.find(b, from, to, enc);
    int m = inOrder(from, to);
    if (json.count == 0) {
      record(b, from, to, enc, headerTier, out, order, 0, m);
      return;
    }
    if (orderStarts.length < m) {
      orderStarts = new int[order.length];
      owners = new int[order.length];
      grouped = new int[order.length];
    }
    for (int i = 0; i < m; i++) {
      orderStarts[i] = starts[order[i]];
    }
    json.owners(orderStarts, m, owners);
    if (own.length < json.count) {
      own = new int[Math.max(json.count, 2 * own.length)];
      container = new boolean[own.length];
      groupStart = new int[own.length + 2];
    }
    Arrays.fill(own, 0, json.count, 0);
    Arrays.fill(container, 0, json.count, false);
    int outside = 0;
    for (int i = 0; i < m; i++) {
      if (owners[i] >= 0) {
        own[owners[i]]++;
      } else {
        outside++;
      }
    }
    // Group by item, keeping the order of position within each (a counting sort).
    groupStart[0] = 0;
    groupStart[1] = outside;
    for (int item = 0; item < json.count; item++) {
      groupStart[item + 2] = groupStart[item + 1] + own[item];
    }
    for (int i = 0; i < m; i++) {
      grouped[groupStart[owners[i] + 1]++] = order[i];
    }
    for (int g = json.count + 1; g > 0; g--) {
      groupStart[g] = groupStart[g - 1]; // each group's start again, after the placing above
    }
    groupStart[0] = 0;
    for (int item = 0; item < json.count; item++) {
      if (json.parents[item] >= 0) {
        container[json.parents[item]] = true;
      }
    }
    for (int item = 0; item < json.count; item++) {
      // An empty item counts like an empty line; a wrapper around items ({"data":[...]}) does not.
      boolean outermost = json.parents[item] < 0;
      if (own[item] > 0 || (outermost && !container[item])) {
        record(
            b,
            json.starts[item],
            Math.min(json.ends[item], to),
            enc,
            headerTier,
            out,
            grouped,
            groupStart[item + 1],
            groupStart[item + 2]);
      }
    }
    if (outside > 0) {
      record(b, from, to, enc, headerTier, out, grouped, 0, outside);
    }
  }

  /**
   * Puts the findings that start in {@code [from, to)} into {@link #order} by position and returns
   * how many there are. Findings come in position order per type; types interleave within a line.
   */
  private int inOrder(int from, int to) {
    if (order.length < n) {
      order = new int[starts.length];
    }
    int m = 0;
    for (int k = 0; k < n; k++) {
      if (starts[k] >= from && starts[k] < to) {
        order[m++] = k;
      }
    }
    if (keyed.length < m) {
      keyed = new long[Math.max(m, 2 * keyed.length)];
    }
    for (int i = 0; i < m; i++) {
      keyed[i] = ((long) starts[order[i]] << 32) | order[i];
    }
    Arrays.sort(keyed, 0, m);
    for (int i = 0; i < m; i++) {
      order[i] = (int) keyed[i];
    }
    return m;
  }

  /** A record of {@code b[from, to)} holding the findings {@code found[first, last)}. */
  private void record(
      byte[] b,
      int from,
      int to,
      TextEncoding enc,
      byte outerTier,
      ChunkScan out,
      int[] found,
      int first,
      int last) {
    gather(b, from, to, enc, outerTier, found, first, last);
    out.records++;
    if (content.counts()) {
      out.addRecord(content.key(), content.tier(), content.person());
    } else if (content.invalid()) {
      out.invalidRecords++;
    }
  }

  private final RecordContent content = new RecordContent();

  /**
   * Gathers into {@link #content} the findings {@code found[first, last)} of {@code b[from, to)}.
   */
  private void gather(
      byte[] b,
      int from,
      int to,
      TextEncoding enc,
      byte outerTier,
      int[] found,
      int first,
      int last) {
    content.clear();
    for (int i = first; i < last; i++) {
      content.add(kinds[found[i]], keys[found[i]]);
    }
    if (!content.mostSensitive()) {
      content.addTier(TierKeywords.of(enc).tierOf(b, from, to));
      content.addTier(outerTier);
    }
  }

  static byte moreSensitive(byte a, byte b) {
    if (a == TierKeywords.NONE) {
      return b;
    }
    return b == TierKeywords.NONE ? a : (byte) Math.min(a, b);
  }
}
