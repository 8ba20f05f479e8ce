package org.leakaid.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leakaid.scanner.eval.MarkedRows;
import org.leakaid.scanner.eval.MarkedRows.Row;

/**
 * Name recall and precision on a labelled set of dump rows in the shapes issue 16 names: headerless
 * delimited rows, role words with and without a colon, names glued to a phone or ID, single-row
 * INSERTs without a column list, and decoy rows with places, status words, common nouns and product
 * names next to valid phones (eval/dump-names.txt; synthetic values). A finding counts only if its
 * span is exactly a marked name.
 */
class DumpNamesEvaluationTest {

  private static final Scanner SCANNER = Scanner.create(ScanOptions.defaults());

  /** Counts of one shape: marked names, names reported, reported names that were marked. */
  private static final class Tally {
    int gold;
    int predicted;
    int correct;

    double recall() {
      return gold == 0 ? 1 : (double) correct / gold;
    }

    double precision() {
      return predicted == 0 ? 1 : (double) correct / predicted;
    }
  }

  @Test
  void namesInDumpsMeetTheIssueTargets() throws IOException {
    Map<String, Tally> byShape = new LinkedHashMap<>();
    Tally all = new Tally();
    List<String> wrong = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    for (Row row : MarkedRows.dumpNames()) {
      Tally t = byShape.computeIfAbsent(row.shape(), s -> new Tally());
      // decoy2 was written after the word lists and is reported, not held to the targets: its
      // brands and dishes (李宁, 王中王, 何首乌) are name-shaped, and no rule without world knowledge
      // tells them from names. name-shaped-words.txt now lists them (28 of 40 rows were read as
      // names before, none now), so decoy2 is no longer unseen: NameShapedWordsTest uses other
      // rows.
      boolean held = !row.shape().equals("decoy2");
      t.gold += row.gold().size();
      all.gold += held ? row.gold().size() : 0;
      Set<String> seen = new HashSet<>();
      for (Finding f : SCANNER.scan(row.text())) {
        if (f.type() != PiiType.PERSON_NAME) {
          continue;
        }
        t.predicted++;
        all.predicted += held ? 1 : 0;
        if (row.gold().contains(f.start() + ":" + f.end())) {
          seen.add(f.start() + ":" + f.end());
          t.correct++;
          all.correct += held ? 1 : 0;
        } else {
          wrong.add(row.shape() + " " + f.text());
        }
      }
      for (String g : row.gold()) {
        if (!seen.contains(g)) {
          String[] se = g.split(":");
          missed.add(
              row.shape()
                  + " "
                  + row.text().substring(Integer.parseInt(se[0]), Integer.parseInt(se[1])));
        }
      }
    }
    StringBuilder report = new StringBuilder("names in dumps, by shape:\n");
    byShape.forEach(
        (shape, t) ->
            report.append(
                String.format(
                    "  %-7s gold %3d predicted %3d recall %.3f precision %.3f%n",
                    shape, t.gold, t.predicted, t.recall(), t.precision())));
    report.append(
        String.format(
            "  all but decoy2: gold %3d predicted %3d recall %.3f precision %.3f%n"
                + "  not names: %s%n  missed: %s%n",
            all.gold, all.predicted, all.recall(), all.precision(), wrong, missed));
    System.out.print(report);
    assertThat(all.gold).as("the set has names").isGreaterThan(250);
    assertThat(all.recall()).as(report.toString()).isGreaterThanOrEqualTo(0.8);
    assertThat(all.precision()).as(report.toString()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void maskLeavesNoNameThatScanReports() throws IOException {
    for (Row row : MarkedRows.dumpNames()) {
      String masked = SCANNER.mask(row.text());
      for (Finding f : SCANNER.scan(row.text())) {
        if (f.type() == PiiType.PERSON_NAME) {
          assertThat(masked).as(row.text()).doesNotContain(f.text());
        }
      }
    }
  }
}
