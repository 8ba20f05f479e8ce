package org.leakaid.scanner.dump;

/**
 * Counts records across a whole scan, on the collector thread, in input order.
 *
 * <p>Duplicates (art. 11 of 法释〔2017〕10号: repeated information is not counted twice): a record's
 * identity is the set of its identifiers' keys, combined into one 64-bit key, kept in a {@link
 * LongTable} together with the tier it was counted in. When the same identifiers come again in a
 * more sensitive tier (the same person's card number in a lodging file and in a bank file), the
 * record moves to that tier: each record counts once, in the most sensitive tier it qualifies for,
 * whatever the order of the files.
 *
 * <p>Distinct persons: a person is keyed by the most stable identifier in the record: ID number,
 * else passport, else mobile, else e-mail, else bank card, else landline, else plate, else name
 * with address. Two records of one person keyed differently (ID in one, only the phone in another)
 * count as two, so the figure is an upper bound when a dump mixes record layouts.
 *
 * <p>Memory: both tables are capped (about 13-26 bytes a key; by default a budget of an eighth of
 * the maximum heap each, e.g. 40 million records with a 6 GB heap). Past the cap, new records are
 * still counted but no longer deduplicated, and {@code basis} says so; raise {@code -Xmx} for
 * larger dumps. A 64-bit key collides by chance about once in 10^19 pairs: negligible below
 * billions of records.
 */
final class RecordTally {
  private final LongTable records;
  private final LongTable persons;
  private long total;
  private long withPersonalInfo;
  private long invalid;
  private long duplicates;
  private long personsOverflow;
  private boolean saturated;
  private final long[] byTier = new long[4];

  RecordTally() {
    int cap = (int) Math.min(1 << 29, Math.max(1 << 20, Runtime.getRuntime().maxMemory() / 8 / 26));
    records = new LongTable(1 << 12, cap);
    persons = new LongTable(1 << 12, cap);
  }

  void addLines(long records, long invalidRecords) {
    total += records;
    invalid += invalidRecords;
  }

  void addRecord(long recordKey, byte tier, long personKey) {
    withPersonalInfo++;
    int previous = records.putIfAbsent(recordKey, tier);
    if (previous == LongTable.INSERTED || previous == LongTable.FULL) {
      saturated |= previous == LongTable.FULL;
      byTier[tier]++;
      if (persons.putIfAbsent(personKey, (byte) 0) == LongTable.FULL) {
        personsOverflow++;
        saturated = true;
      }
      return;
    }
    duplicates++;
    if (tier < previous) {
      byTier[previous]--;
      byTier[tier]++;
      records.update(recordKey, tier);
    }
  }

  RecordCounts counts() {
    return new RecordCounts(
        total,
        withPersonalInfo,
        persons.size() + personsOverflow,
        invalid,
        duplicates,
        byTier[TierKeywords.TIER_50],
        byTier[TierKeywords.TIER_500],
        byTier[TierKeywords.TIER_5000],
        records.maxEntries(),
        saturated);
  }
}
