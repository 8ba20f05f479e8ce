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

  // The line's findings (and rejected candidates, with type -1 - ordinal), in arrival order.
  private int[] starts = new int[32];
  private int[] ends = new int[32];
  private int[] kinds = new int[32];
  private long[] keys = new long[32]; // value keys of findings (see IdentifierKeys#valueKey)
  private int n;

  // The last INSERT's table and column names, and the tier they name: a dump repeats them.
  private byte[] insertPrefix = new byte[0];
  private byte insertPrefixTier;

  private long[] ids = new long[16];

  private final JsonRecords json = new JsonRecords();

  // JSON: the findings in order of position, and the item holding each (see #endJson).
  private int[] order = new int[32];
  private int[] orderStarts = new int[32];
  private int[] owners = new int[32];

  /** The item whose own findings {@link #record} counts; ANY when it counts by position only. */
  private int wantedOwner = ANY;

  private int[] ownerOf = new int[32];
  private long[] keyed = new long[32];
  private int[] own = new int[16]; // findings per item
  private boolean[] container = new boolean[16]; // items with items inside

  private static final int ANY = Integer.MIN_VALUE;

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
        record(b, from, to, enc, headerTier, out);
      }
      return;
    }
    if (!Arrays.equals(b, from, values, insertPrefix, 0, insertPrefix.length)) {
      insertPrefix = Arrays.copyOfRange(b, from, values);
      insertPrefixTier = TierKeywords.labelTier(b, from, values, enc);
    }
    byte tier = moreSensitive(headerTier, insertPrefixTier);
    int pos = values;
    while (true) {
      int open = SqlRows.nextRowStart(b, pos, to);
      if (open < 0) {
        return;
      }
      int close = SqlRows.rowEnd(b, open, to);
      record(b, open, close, enc, tier, out);
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
    if (json.count == 0) {
      record(b, from, to, enc, headerTier, out);
      return;
    }
    if (order.length < n) {
      order = new int[n];
      orderStarts = new int[n];
      owners = new int[n];
      ownerOf = new int[n];
    }
    int m = 0;
    for (int k = 0; k < n; k++) {
      if (starts[k] >= from && starts[k] < to) {
        order[m++] = k;
      }
    }
    // Findings come in position order per type; types interleave within a line: sort by start.
    sortByStart(m);
    for (int i = 0; i < m; i++) {
      orderStarts[i] = starts[order[i]];
    }
    json.owners(orderStarts, m, owners);
    Arrays.fill(ownerOf, 0, n, -2); // -2: outside the text
    boolean outside = false;
    for (int i = 0; i < m; i++) {
      ownerOf[order[i]] = owners[i];
      outside |= owners[i] < 0;
    }
    if (own.length < json.count) {
      own = new int[json.count];
      container = new boolean[json.count];
    }
    Arrays.fill(own, 0, json.count, 0);
    Arrays.fill(container, 0, json.count, false);
    for (int i = 0; i < m; i++) {
      if (owners[i] >= 0) {
        own[owners[i]]++;
      }
    }
    for (int item = 0; item < json.count; item++) {
      if (json.parents[item] >= 0) {
        container[json.parents[item]] = true;
      }
    }
    for (int item = 0; item < json.count; item++) {
      // An empty item counts like an empty line; a wrapper around items ({"data":[...]}) does not.
      boolean outermost = json.parents[item] < 0;
      if (own[item] > 0 || (outermost && !container[item])) {
        wantedOwner = item;
        record(b, json.starts[item], Math.min(json.ends[item], to), enc, headerTier, out);
      }
    }
    if (outside) {
      wantedOwner = -1;
      record(b, from, to, enc, headerTier, out);
    }
    wantedOwner = ANY;
  }

  private void sortByStart(int m) {
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
  }

  private boolean selected(int k, int from, int to) {
    return wantedOwner == ANY ? starts[k] >= from && starts[k] < to : ownerOf[k] == wantedOwner;
  }

  private void record(byte[] b, int from, int to, TextEncoding enc, byte outerTier, ChunkScan out) {
    out.records++;
    int idCount = 0;
    int rejected = 0;
    int personRank = Integer.MAX_VALUE;
    long personKey = 0;
    long nameKey = 0;
    long addressKey = 0;
    byte tier = TierKeywords.NONE;
    boolean company = holds(PiiType.CN_USCC, from, to);
    for (int k = 0; k < n; k++) {
      if (!selected(k, from, to)) {
        continue;
      }
      if (company && kinds[k] == PiiType.CN_LANDLINE.ordinal()) {
        continue; // a company's switchboard, next to its credit code: no person's number
      }
      if (kinds[k] < 0) {
        rejected++;
        continue;
      }
      PiiType type = TYPES[kinds[k]];
      if (type == PiiType.BANK_CARD || type == PiiType.GEO_COORDINATE) {
        tier = TierKeywords.TIER_50; // property information; whereabouts
      }
      int rank = IDENTIFIER_RANK[kinds[k]];
      if (rank >= 0) {
        long key = IdentifierKeys.typed(type, keys[k]);
        if (idCount == ids.length) {
          ids = Arrays.copyOf(ids, idCount * 2);
        }
        ids[idCount++] = key;
        if (rank < personRank) {
          personRank = rank;
          personKey = key;
        }
      } else if (type == PiiType.PERSON_NAME && nameKey == 0) {
        nameKey = IdentifierKeys.typed(type, keys[k]);
      } else if (type == PiiType.CN_ADDRESS && addressKey == 0) {
        addressKey = IdentifierKeys.typed(type, keys[k]);
      }
    }
    long key;
    if (idCount > 0) {
      Arrays.sort(ids, 0, idCount);
      key = 0x2545F4914F6CDD1DL;
      for (int i = 0; i < idCount; i++) {
        if (i == 0 || ids[i] != ids[i - 1]) {
          key = IdentifierKeys.mix(key * 31 + ids[i]);
        }
      }
    } else if (nameKey != 0 && addressKey != 0) {
      key = IdentifierKeys.mix(nameKey * 31 + addressKey);
      personKey = key;
    } else {
      if (rejected > 0) {
        out.invalidRecords++;
      }
      return;
    }
    if (tier != TierKeywords.TIER_50) {
      tier = moreSensitive(tier, TierKeywords.of(enc).tierOf(b, from, to));
      tier = moreSensitive(tier, outerTier);
    }
    out.addRecord(key, tier == TierKeywords.NONE ? TierKeywords.TIER_5000 : tier, personKey);
  }

  private boolean holds(PiiType type, int from, int to) {
    for (int k = 0; k < n; k++) {
      if (kinds[k] == type.ordinal() && selected(k, from, to)) {
        return true;
      }
    }
    return false;
  }

  static byte moreSensitive(byte a, byte b) {
    if (a == TierKeywords.NONE) {
      return b;
    }
    return b == TierKeywords.NONE ? a : (byte) Math.min(a, b);
  }
}
