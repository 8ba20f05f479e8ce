package org.leakaid.benchmarks;

import java.util.HashMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.leakaid.numbers.ReportTag;
import org.leakaid.numbers.Verdict;
import org.leakaid.numbers.offline.CorruptDataException;
import org.leakaid.numbers.offline.Label;
import org.leakaid.numbers.offline.OfflineDb;
import org.leakaid.numbers.offline.OfflineDbWriter;

/**
 * The offline-database benchmark's workload: a seeded set of labelled numbers shaped like the real
 * one (mostly mobiles over all allocated segments, more of them in the virtual-operator segments
 * where fraud and marketing calls concentrate, some landlines and 400 numbers), the same numbers in
 * a plain {@code HashMap<Long, Label>}, and probe keys of which half are labelled and half are not
 * (neighbours of labelled ones, the hardest misses).
 */
public final class NumberDbWorkload {

  /** The labels in use, roughly as often as on a real database. */
  static final Label[] LABELS = {
    new Label(Verdict.HARASSMENT, ReportTag.MARKETING, 2, false),
    new Label(Verdict.HARASSMENT, ReportTag.MARKETING, 4, false),
    new Label(Verdict.HARASSMENT, ReportTag.HARASSMENT, 3, false),
    new Label(Verdict.HARASSMENT, ReportTag.DEBT_COLLECTION, 2, false),
    new Label(Verdict.FRAUD, ReportTag.FRAUD, 3, false),
    new Label(Verdict.FRAUD, ReportTag.FAKE_OFFICIAL, 4, false),
    new Label(Verdict.SUSPICIOUS, ReportTag.MARKETING, 1, false),
    new Label(Verdict.SUSPICIOUS, ReportTag.FRAUD, 1, false),
    new Label(Verdict.SAFE, ReportTag.COURIER, 3, false),
    new Label(Verdict.SAFE, ReportTag.SAFE, 2, false),
  };

  private static final int[] SEGMENTS = {
    130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 145, 147, 150, 151, 152, 153, 155, 156, 157,
    158, 159, 162, 165, 166, 167, 170, 171, 172, 173, 175, 176, 177, 178, 180, 181, 182, 183, 184,
    185, 186, 187, 188, 189, 190, 191, 192, 193, 195, 196, 197, 198, 199
  };

  final long[] keys;
  final int[] codes;
  final OfflineDb db;
  final HashMap<Long, Label> map;
  final long[] probes;
  final Long[] boxedProbes;

  private NumberDbWorkload(long[] keys, int[] codes, OfflineDb db, long[] probes) {
    this.keys = keys;
    this.codes = codes;
    this.db = db;
    this.probes = probes;
    this.map = newMap();
    this.boxedProbes = new Long[probes.length];
    for (int i = 0; i < probes.length; i++) {
      boxedProbes[i] = probes[i];
    }
  }

  /** A fresh {@code HashMap<Long, Label>} of the numbers, label instances shared. */
  HashMap<Long, Label> newMap() {
    HashMap<Long, Label> labels = new HashMap<>();
    java.util.Map<Integer, Label> interned = new HashMap<>();
    for (int i = 0; i < keys.length; i++) {
      labels.put(keys[i], interned.computeIfAbsent(codes[i], Label::ofCode));
    }
    return labels;
  }

  public static NumberDbWorkload generate(int numbers, int probeCount, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    TreeMap<Long, Integer> entries = new TreeMap<>();
    while (entries.size() < numbers) {
      int kind = random.nextInt(100);
      long key;
      if (kind < 20) { // virtual-operator segments
        int segment = new int[] {162, 165, 167, 170, 171}[random.nextInt(5)];
        key = 8600000000000L + segment * 100_000_000L + random.nextLong(100_000_000L);
      } else if (kind < 88) {
        int segment = SEGMENTS[random.nextInt(SEGMENTS.length)];
        key = 8600000000000L + segment * 100_000_000L + random.nextLong(100_000_000L);
      } else if (kind < 96) { // landlines: area code 10-999 + 8 digits
        long area =
            new long[] {10, 20, 21, 22, 23, 24, 25, 27, 28, 29, 755, 571, 512}[random.nextInt(13)];
        key = Long.parseLong("86" + area + (20_000_000 + random.nextLong(80_000_000L)));
      } else {
        key = 864000000000L + random.nextLong(10_000_000L);
      }
      entries.put(key, LABELS[random.nextInt(LABELS.length)].code());
    }
    long[] keys = entries.keySet().stream().mapToLong(Long::longValue).toArray();
    int[] codes = entries.values().stream().mapToInt(Integer::intValue).toArray();
    OfflineDb db;
    try {
      db = OfflineDb.read(OfflineDbWriter.write(1, keys, codes));
    } catch (CorruptDataException e) {
      throw new IllegalStateException(e);
    }
    long[] probes = new long[probeCount];
    for (int i = 0; i < probeCount; i++) {
      long key = keys[random.nextInt(keys.length)];
      probes[i] = i % 2 == 0 ? key : key + 1 + random.nextInt(3);
    }
    return new NumberDbWorkload(keys, codes, db, probes);
  }

  /** Both structures give the same label for every probe; throws on the first difference. */
  public int check() {
    int hits = 0;
    for (int i = 0; i < probes.length; i++) {
      Label fromDb = db.lookup(probes[i]);
      Label fromMap = map.get(boxedProbes[i]);
      if (fromDb == null ? fromMap != null : !fromDb.equals(fromMap)) {
        throw new IllegalStateException("probe " + probes[i] + ": " + fromDb + " != " + fromMap);
      }
      hits += fromDb == null ? 0 : 1;
    }
    return hits;
  }

  public double bytesPerNumber() {
    return (double) db.byteSize() / keys.length;
  }
}
