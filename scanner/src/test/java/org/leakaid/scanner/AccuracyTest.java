package org.leakaid.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leakaid.scanner.corpus.CorpusGenerator;

/**
 * Precision and recall over a generated, labelled corpus, in UTF-8 and in GB18030. A finding counts
 * as correct when it overlaps an expected span of the same type; an expected span counts as found
 * when a finding of its type overlaps it. Spans are compared in bytes of the encoded line.
 */
class AccuracyTest {

  private static final int LINES = 30_000;

  private record Span(PiiType type, int start, int end) {
    boolean overlaps(Span o) {
      return type == o.type && start < o.end && o.start < end;
    }
  }

  private static final class Tally {
    int predicted;
    int predictedCorrect;
    int expected;
    int expectedFound;

    double precision() {
      return predicted == 0 ? 1 : (double) predictedCorrect / predicted;
    }

    double recall() {
      return expected == 0 ? 1 : (double) expectedFound / expected;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-8", "GB18030"})
  void precisionAndRecallOnGeneratedCorpus(String encoding) {
    Charset charset = Charset.forName(encoding);
    TextEncoding enc =
        charset.equals(StandardCharsets.UTF_8) ? TextEncoding.UTF_8 : TextEncoding.GB18030;
    Scanner scanner = Scanner.create(ScanOptions.defaults());
    CorpusGenerator generator = new CorpusGenerator(20261129L);
    Map<PiiType, Tally> tallies = new EnumMap<>(PiiType.class);
    for (PiiType t : PiiType.values()) {
      tallies.put(t, new Tally());
    }
    ScanSession session = scanner.newSession();
    int lines = 0;
    while (lines < LINES) {
      for (CorpusGenerator.Line line : generator.nextBlock()) {
        lines++;
        byte[] bytes = line.text().getBytes(charset);
        if (line.fileStart()) {
          session.clearHeader();
        }
        if (line.header()) {
          session.header(bytes, 0, bytes.length, enc);
        }
        List<Span> found = new ArrayList<>();
        session.scanLine(
            bytes, 0, bytes.length, enc, (type, s, e, c) -> found.add(new Span(type, s, e)));
        List<Span> expected = new ArrayList<>();
        for (CorpusGenerator.Span s : line.spans()) {
          int bs = line.text().substring(0, s.start()).getBytes(charset).length;
          int be = bs + line.text().substring(s.start(), s.end()).getBytes(charset).length;
          expected.add(new Span(s.type(), bs, be));
        }
        for (Span f : found) {
          Tally t = tallies.get(f.type());
          t.predicted++;
          if (expected.stream().anyMatch(f::overlaps)) {
            t.predictedCorrect++;
          }
        }
        for (Span x : expected) {
          Tally t = tallies.get(x.type());
          t.expected++;
          if (found.stream().anyMatch(x::overlaps)) {
            t.expectedFound++;
          }
        }
      }
    }
    StringBuilder report = new StringBuilder("accuracy over " + lines + " lines, " + encoding);
    for (Map.Entry<PiiType, Tally> e : tallies.entrySet()) {
      Tally t = e.getValue();
      if (t.expected > 0 || t.predicted > 0) {
        report.append(
            String.format(
                "%n  %-16s expected %6d predicted %6d precision %.4f recall %.4f",
                e.getKey(), t.expected, t.predicted, t.precision(), t.recall()));
      }
    }
    System.out.println(report);

    for (PiiType t :
        List.of(PiiType.CN_RESIDENT_ID, PiiType.CN_MOBILE, PiiType.BANK_CARD, PiiType.EMAIL)) {
      assertThat(tallies.get(t).expected).as(t + " expected").isGreaterThan(1000);
      assertThat(tallies.get(t).precision()).as(t + " precision").isGreaterThanOrEqualTo(0.99);
      assertThat(tallies.get(t).recall()).as(t + " recall").isGreaterThanOrEqualTo(0.99);
    }
    for (PiiType t : List.of(PiiType.PERSON_NAME, PiiType.CN_ADDRESS)) {
      assertThat(tallies.get(t).expected).as(t + " expected").isGreaterThan(1000);
      assertThat(tallies.get(t).precision()).as(t + " precision").isGreaterThanOrEqualTo(0.9);
      assertThat(tallies.get(t).recall()).as(t + " recall").isGreaterThanOrEqualTo(0.8);
    }
  }
}
