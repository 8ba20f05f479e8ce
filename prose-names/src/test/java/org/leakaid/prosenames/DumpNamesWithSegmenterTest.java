package org.leakaid.prosenames;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leakaid.scanner.Finding;
import org.leakaid.scanner.PiiType;
import org.leakaid.scanner.ScanOptions;
import org.leakaid.scanner.Scanner;
import org.leakaid.scanner.eval.MarkedRows;
import org.leakaid.scanner.eval.MarkedRows.Row;

/**
 * The scanner module's labelled dump rows (DumpNamesEvaluationTest, eval/dump-names.txt) scanned
 * with the segmenter on, as the launcher scans them: prose names must not cost the dump targets
 * their precision (role words and glued names make Han runs long enough to reach the segmenter).
 */
class DumpNamesWithSegmenterTest {

  @Test
  void dumpTargetsHoldWithTheSegmenter() throws IOException {
    Scanner scanner = Scanner.create(ScanOptions.defaults());
    assertThat(scanner.findsNamesInProse()).isTrue();
    int gold = 0;
    int predicted = 0;
    int correct = 0;
    List<String> wrong = new ArrayList<>();
    for (Row row : MarkedRows.dumpNames()) {
      // decoy2 (brands and dishes) is reported, not held, as in DumpNamesEvaluationTest.
      if (row.shape().equals("decoy2")) {
        continue;
      }
      Set<String> spans = row.gold();
      String text = row.text();
      gold += spans.size();
      for (Finding f : scanner.scan(text)) {
        if (f.type() == PiiType.PERSON_NAME) {
          predicted++;
          if (spans.contains(f.start() + ":" + f.end())) {
            correct++;
          } else {
            wrong.add(f.text() + " in " + text);
          }
        }
      }
    }
    double recall = (double) correct / gold;
    double precision = (double) correct / predicted;
    String report =
        String.format(
            "dump rows with the segmenter: gold %d predicted %d recall %.3f precision %.3f%n"
                + "  not names: %s%n",
            gold, predicted, recall, precision, wrong);
    System.out.print(report);
    assertThat(gold).isGreaterThan(250);
    assertThat(recall).as(report).isGreaterThanOrEqualTo(0.8);
    assertThat(precision).as(report).isGreaterThanOrEqualTo(0.9);
  }
}
