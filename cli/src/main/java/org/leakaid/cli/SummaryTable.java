package org.leakaid.cli;

import java.util.Map;
import org.leakaid.scanner.PiiType;
import org.leakaid.scanner.dump.DumpReport;
import org.leakaid.scanner.dump.RecordCounts;

/** The summary as a person reads it at a terminal ({@code --format table}). */
final class SummaryTable {
  private SummaryTable() {}

  static String render(DumpReport r) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            "%d file(s), %,d bytes, %,d lines in %.2f s%n%n",
            r.files(), r.bytes(), r.lines(), r.seconds()));
    b.append(String.format("%-18s %12s %12s%n", "type", "found", "distinct"));
    for (Map.Entry<PiiType, Long> e : r.counts().entrySet()) {
      if (e.getValue() == 0) {
        continue;
      }
      Long distinct = r.distinct().get(e.getKey());
      String d =
          distinct == null
              ? ""
              : (r.distinctEstimated().contains(e.getKey()) ? "~" : "")
                  + String.format("%,d", distinct);
      b.append(String.format("%-18s %,12d %12s%n", e.getKey(), e.getValue(), d));
    }
    if (r.counts().values().stream().allMatch(n -> n == 0)) {
      b.append("(no personal information found)\n");
    }
    if (!r.watchHits().isEmpty()) {
      b.append("\nYour identifiers found (--watch):\n");
      for (DumpReport.WatchHit h : r.watchHits()) {
        b.append(
            String.format(
                "  %-16s %-22s %,d time(s), first at byte %,d of %s%n",
                h.type(), h.masked(), h.count(), h.firstOffset(), h.firstPath()));
      }
    }
    RecordCounts c = r.records();
    if (c != null) {
      b.append(
          String.format(
              "%nRecords: %,d, with personal information %,d, distinct persons %,d,"
                  + " invalid excluded %,d, duplicates excluded %,d%n",
              c.total(),
              c.withPersonalInfo(),
              c.distinctPersons(),
              c.invalidExcluded(),
              c.duplicatesExcluded()));
      b.append(
          String.format(
              "  TIER_50 %,d   TIER_500 %,d   TIER_5000 %,d%n",
              c.tier50(), c.tier500(), c.tier5000()));
      b.append(
          String.format(
              "Severity: %s (standard ratio %.4f)%n  %s%n",
              r.severity().level(), r.severity().standardRatio(), r.severity().basis()));
    }
    return b.toString();
  }
}
