package org.leakaid.spark;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.leakaid.scanner.PiiType;
import scala.Tuple2;

/**
 * A reduce task: every {@link KeyBlock} of one bucket, from all scan partitions, folded into exact
 * sets (a key's bucket depends on the key alone, so all its copies meet here), then counted: the
 * distinct value keys per type, the distinct records per most sensitive tier with how many records
 * each tier got, the distinct persons. The scan partitions' {@link Tally}s are added in as they
 * come. One small {@link Tally} out.
 */
final class BucketCount implements FlatMapFunction<Iterator<Tuple2<Integer, ScanPart>>, Tally> {
  private static final long serialVersionUID = 1L;
  private static final int TYPES = PiiType.values().length;

  private final int watchEntries;

  BucketCount(int watchEntries) {
    this.watchEntries = watchEntries;
  }

  @Override
  public Iterator<Tally> call(Iterator<Tuple2<Integer, ScanPart>> parts) {
    Tally out = new Tally(watchEntries);
    KeySet[] findings = new KeySet[TYPES];
    RecordTable records = new RecordTable();
    KeySet persons = new KeySet();
    while (parts.hasNext()) {
      ScanPart part = parts.next()._2();
      if (part instanceof Tally t) {
        out.merge(t);
      } else if (part instanceof KeyBlock b) {
        for (int t = 0; t < TYPES; t++) {
          if (b.findings()[t] != null) {
            if (findings[t] == null) {
              findings[t] = new KeySet();
            }
            findings[t].addAll(b.findings()[t]);
          }
        }
        records.addAll(b.recordKeys(), b.recordTiers(), b.recordCounts());
        persons.addAll(b.persons());
      }
    }
    for (int t = 0; t < TYPES; t++) {
      out.distinct[t] = findings[t] == null ? 0 : findings[t].size();
    }
    records.forEach(
        (key, tier, count) -> {
          out.tierDistinct[tier]++;
          out.tierRecords[tier] += count;
        });
    out.persons = persons.size();
    return List.of(out).iterator();
  }
}
