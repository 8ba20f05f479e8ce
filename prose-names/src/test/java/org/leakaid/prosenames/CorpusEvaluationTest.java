package org.leakaid.prosenames;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leakaid.scanner.Finding;
import org.leakaid.scanner.PiiType;
import org.leakaid.scanner.ScanOptions;
import org.leakaid.scanner.Scanner;

/**
 * Names in running text on the test split of the MSRA NER corpus (SIGHAN 2006 bakeoff; news, 3,442
 * sentences, 1,973 person names), one character and its BIO tag a line. The corpus may not be
 * redistributed, so the test reads it from {@code LEAKAID_NER_TEST} (README: how to get it) and
 * runs only when asked for: benchmarks/prose-names-eval.sh. A reported name counts as right when it
 * overlaps a marked one (mask hides the name either way: 江主席 for 江); the exact-span figures are
 * printed too.
 */
class CorpusEvaluationTest {

  private record Sentence(String text, List<int[]> gold) {}

  static List<Sentence> sentences(Path file) throws IOException {
    List<Sentence> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    List<int[]> gold = new ArrayList<>();
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.add("");
    int start = -1;
    for (String line : lines) {
      String[] parts = line.strip().split("\\s+");
      boolean blank = line.isBlank();
      String tag = blank || parts.length < 2 ? "O" : parts[1];
      if (start >= 0 && !tag.equals("I-PER")) {
        gold.add(new int[] {start, text.length()});
        start = -1;
      }
      if (blank) {
        if (text.length() > 0) {
          out.add(new Sentence(text.toString(), gold));
        }
        text = new StringBuilder();
        gold = new ArrayList<>();
        continue;
      }
      if (tag.equals("B-PER")) {
        start = text.length();
      }
      text.append(parts.length < 2 ? " " : parts[0].substring(0, 1));
    }
    return out;
  }

  @Test
  void namesInNewsMeetTheIssueTargets() throws IOException {
    String path = System.getenv("LEAKAID_NER_TEST");
    assertThat(path)
        .as("LEAKAID_NER_TEST: the MSRA NER test split (msra_test_bio.txt), see the README")
        .isNotBlank();
    Scanner scanner = Scanner.create(ScanOptions.defaults());
    assertThat(scanner.findsNamesInProse()).isTrue();
    int gold = 0;
    int predicted = 0;
    int rightOverlap = 0;
    int rightExact = 0;
    int foundOverlap = 0;
    int foundExact = 0;
    List<String> wrong = new ArrayList<>();
    List<Sentence> sentences = sentences(Path.of(path));
    for (Sentence s : sentences) {
      gold += s.gold().size();
      List<Finding> names = new ArrayList<>();
      for (Finding f : scanner.scan(s.text())) {
        if (f.type() == PiiType.PERSON_NAME) {
          names.add(f);
        }
      }
      predicted += names.size();
      for (Finding f : names) {
        boolean overlap = false;
        boolean exact = false;
        for (int[] g : s.gold()) {
          overlap |= f.start() < g[1] && g[0] < f.end();
          exact |= f.start() == g[0] && f.end() == g[1];
        }
        rightOverlap += overlap ? 1 : 0;
        rightExact += exact ? 1 : 0;
        if (!overlap && wrong.size() < 200) {
          wrong.add(f.text());
        }
      }
      for (int[] g : s.gold()) {
        boolean overlap = false;
        boolean exact = false;
        for (Finding f : names) {
          overlap |= f.start() < g[1] && g[0] < f.end();
          exact |= f.start() == g[0] && f.end() == g[1];
        }
        foundOverlap += overlap ? 1 : 0;
        foundExact += exact ? 1 : 0;
      }
    }
    double recall = (double) foundOverlap / gold;
    double precision = (double) rightOverlap / predicted;
    String report =
        String.format(
            "MSRA NER test: %d sentences, %d names, %d reported%n"
                + "  overlap: recall %.3f precision %.3f%n"
                + "  exact:   recall %.3f precision %.3f%n  not names: %s%n",
            sentences.size(),
            gold,
            predicted,
            recall,
            precision,
            (double) foundExact / gold,
            (double) rightExact / predicted,
            wrong);
    System.out.print(report);
    assertThat(gold).as("the split has its names").isGreaterThan(1900);
    assertThat(recall).as(report).isGreaterThanOrEqualTo(0.6);
    assertThat(precision).as(report).isGreaterThanOrEqualTo(0.8);
  }
}
