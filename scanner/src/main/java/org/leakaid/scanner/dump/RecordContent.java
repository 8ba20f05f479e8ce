package org.leakaid.scanner.dump;

import java.util.Arrays;
import org.leakaid.scanner.PiiType;

/**
 * What one record holds, gathered from its findings in order of position: its identifiers, the
 * person they point to, a name and an address, validation failures and the tier its content puts it
 * in. A record is usually gathered at once ({@link LineRecords}); a line too long to scan whole is
 * gathered piece by piece on the worker threads and joined on the collector ({@link #add(
 * RecordContent)}), with the same result as if it had been read in one piece.
 */
final class RecordContent {
  private static final PiiType[] TYPES = PiiType.values();
  private static final int LANDLINE = PiiType.CN_LANDLINE.ordinal();
  private static final int LANDLINE_RANK = LineRecords.identifierRank(PiiType.CN_LANDLINE);

  private long[] ids = new long[16]; // typed keys of identifiers other than landlines
  private int idCount;
  private long[] landlines = new long[4]; // apart: a credit code anywhere makes them a company's
  private int landlineCount;
  private int personRank = Integer.MAX_VALUE; // of the best identifier other than a landline
  private long personKey;
  private long nameKey;
  private long addressKey;
  private boolean company;
  private int rejected;
  private byte tier = TierKeywords.NONE;

  /** Only blanks so far (a line's pieces): a line of nothing but blanks is no record. */
  boolean blank;

  void clear() {
    idCount = 0;
    landlineCount = 0;
    personRank = Integer.MAX_VALUE;
    personKey = 0;
    nameKey = 0;
    addressKey = 0;
    company = false;
    rejected = 0;
    tier = TierKeywords.NONE;
  }

  /**
   * A finding of type ordinal {@code kind} (or a candidate that failed validation, {@code -1 -
   * ordinal}) with its value key ({@link IdentifierKeys#valueKey}).
   */
  void add(int kind, long valueKey) {
    if (kind < 0) {
      rejected++;
      return;
    }
    PiiType type = TYPES[kind];
    if (type == PiiType.BANK_CARD || type == PiiType.GEO_COORDINATE) {
      tier = TierKeywords.TIER_50; // property information; whereabouts
    }
    if (type == PiiType.CN_USCC) {
      company = true;
    }
    int rank = LineRecords.identifierRank(type);
    if (kind == LANDLINE) {
      landlines = push(landlines, landlineCount++, IdentifierKeys.typed(type, valueKey));
    } else if (rank >= 0) {
      long key = IdentifierKeys.typed(type, valueKey);
      ids = push(ids, idCount++, key);
      if (rank < personRank) {
        personRank = rank;
        personKey = key;
      }
    } else if (type == PiiType.PERSON_NAME && nameKey == 0) {
      nameKey = IdentifierKeys.typed(type, valueKey);
    } else if (type == PiiType.CN_ADDRESS && addressKey == 0) {
      addressKey = IdentifierKeys.typed(type, valueKey);
    }
  }

  /** Tier keywords in the record's text or around it (a header, an INSERT's table name). */
  void addTier(byte textTier) {
    tier = LineRecords.moreSensitive(tier, textTier);
  }

  /** What a later piece of the same record holds. */
  void add(RecordContent later) {
    for (int i = 0; i < later.idCount; i++) {
      ids = push(ids, idCount++, later.ids[i]);
    }
    for (int i = 0; i < later.landlineCount; i++) {
      landlines = push(landlines, landlineCount++, later.landlines[i]);
    }
    if (later.personRank < personRank) {
      personRank = later.personRank;
      personKey = later.personKey;
    }
    nameKey = nameKey != 0 ? nameKey : later.nameKey;
    addressKey = addressKey != 0 ? addressKey : later.addressKey;
    company |= later.company;
    blank &= later.blank;
    rejected += later.rejected;
    tier = LineRecords.moreSensitive(tier, later.tier);
  }

  RecordContent copy() {
    RecordContent c = new RecordContent();
    c.blank = true;
    c.add(this);
    return c;
  }

  /**
   * Whether the record counts: it holds a valid identifier, or a name together with an address. A
   * company's switchboard (a landline next to a credit code) is no person's number.
   */
  boolean counts() {
    return idCount > 0 || (!company && landlineCount > 0) || (nameKey != 0 && addressKey != 0);
  }

  /** Whether the record does not count and holds a candidate that failed validation. */
  boolean invalid() {
    return !counts() && rejected > 0;
  }

  /** The record's identity, for duplicates: the set of its identifiers, or name with address. */
  long key() {
    int n = idCount;
    long[] all = ids;
    if (!company && landlineCount > 0) {
      all = Arrays.copyOf(ids, idCount + landlineCount);
      System.arraycopy(landlines, 0, all, idCount, landlineCount);
      n += landlineCount;
    }
    if (n == 0) {
      return IdentifierKeys.mix(nameKey * 31 + addressKey);
    }
    Arrays.sort(all, 0, n);
    long key = 0x2545F4914F6CDD1DL;
    for (int i = 0; i < n; i++) {
      if (i == 0 || all[i] != all[i - 1]) {
        key = IdentifierKeys.mix(key * 31 + all[i]);
      }
    }
    return key;
  }

  /** The person the record is about: its most stable identifier, else name with address. */
  long person() {
    if (!company && landlineCount > 0 && personRank > LANDLINE_RANK) {
      return landlines[0];
    }
    return personRank < Integer.MAX_VALUE ? personKey : key();
  }

  /** The tier the record counts in: the most sensitive it qualifies for, else TIER_5000. */
  byte tier() {
    return tier == TierKeywords.NONE ? TierKeywords.TIER_5000 : tier;
  }

  /** Whether a bank card or coordinates already put it in the most sensitive tier. */
  boolean mostSensitive() {
    return tier == TierKeywords.TIER_50;
  }

  private static long[] push(long[] a, int at, long value) {
    if (at == a.length) {
      a = Arrays.copyOf(a, at * 2);
    }
    a[at] = value;
    return a;
  }
}
