package org.leakaid.prosenames;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leakaid.scanner.Finding;
import org.leakaid.scanner.PiiType;
import org.leakaid.scanner.ScanOptions;
import org.leakaid.scanner.Scanner;

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
    for (String line :
        Files.readAllLines(
            Path.of("../scanner/src/test/resources/org/leakaid/scanner/eval/dump-names.txt"),
            StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      // decoy2 (brands and dishes) is reported, not held, as in DumpNamesEvaluationTest.
      boolean held = !line.substring(0, tab).equals("decoy2");
      String marked = line.substring(tab + 1);
      StringBuilder text = new StringBuilder();
      Set<String> spans = new HashSet<>();
      int i = 0;
      while (i < marked.length()) {
        int open = marked.indexOf('⟪', i);
        if (open < 0) {
          text.append(marked, i, marked.length());
          break;
        }
        int close = marked.indexOf('⟫', open);
        text.append(marked, i, open);
        int start = text.length();
        text.append(marked, open + 1, close);
        spans.add(start + ":" + text.length());
        i = close + 1;
      }
      if (!held) {
        continue;
      }
      gold += spans.size();
      for (Finding f : scanner.scan(text.toString())) {
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
