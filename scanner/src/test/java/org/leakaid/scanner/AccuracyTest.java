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
 * when a finding of its type overlaps it. Spans are compared in bytes of the encoded line. With
 * {@code -Daccuracy.examples=true} the report quotes the first misses and wrong findings per type.
 */
class AccuracyTest {

  private static final int LINES = 30_000;

  /** Misses and wrong findings quoted per type when a threshold fails. */
  private static final int EXAMPLES = 8;

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
    final List<String> missed = new ArrayList<>();
    final List<String> wrong = new ArrayList<>();

    double precision() {
      return predicted == 0 ? 1 : (double) predictedCorrect / predicted;
    }

    double recall() {
      return expected == 0 ? 1 : (double) expectedFound / expected;
    }

    static void example(List<String> to, String line, byte[] bytes, Span s, Charset charset) {
      if (to.size() < EXAMPLES) {
        to.add(new String(bytes, s.start, s.end - s.start, charset) + "  in  " + line);
      }
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
          } else {
            Tally.example(t.wrong, line.text(), bytes, f, charset);
          }
        }
        for (Span x : expected) {
          Tally t = tallies.get(x.type());
          t.expected++;
          if (found.stream().anyMatch(x::overlaps)) {
            t.expectedFound++;
          } else {
            Tally.example(t.missed, line.text(), bytes, x, charset);
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
    if (Boolean.getBoolean("accuracy.examples")) {
      tallies.forEach(
          (type, t) -> {
            t.missed.forEach(m -> report.append(String.format("%n  missed %s: %s", type, m)));
            t.wrong.forEach(w -> report.append(String.format("%n  wrong  %s: %s", type, w)));
          });
    }
    System.out.println(report);

    for (PiiType t :
        List.of(PiiType.CN_RESIDENT_ID, PiiType.CN_MOBILE, PiiType.BANK_CARD, PiiType.EMAIL)) {
      assertMeets(t, tallies.get(t), 1000, 0.99, 0.99);
    }
    for (PiiType t : List.of(PiiType.PERSON_NAME, PiiType.CN_ADDRESS)) {
      assertMeets(t, tallies.get(t), 1000, 0.9, 0.8);
    }
    // All four measure 1.0000 precision and recall in both encodings, decoys included (credit
    // codes with a wrong check character, passport-like words glued to text, plate-like model
    // numbers, area codes inside longer digit runs).
    for (PiiType t :
        List.of(
            PiiType.CN_LANDLINE, PiiType.CN_PASSPORT, PiiType.CN_LICENSE_PLATE, PiiType.CN_USCC)) {
      assertMeets(t, tallies.get(t), 1000, 0.99, 0.99);
    }
  }

  /** Quotes the first misses and wrong findings when a figure falls short. */
  private static void assertMeets(
      PiiType type, Tally t, int minExpected, double minPrecision, double minRecall) {
    assertThat(t.expected).as(type + " expected").isGreaterThan(minExpected);
    assertThat(t.precision())
        .as("%s precision; first wrong findings:%n%s", type, String.join("\n", t.wrong))
        .isGreaterThanOrEqualTo(minPrecision);
    assertThat(t.recall())
        .as("%s recall; first misses:%n%s", type, String.join("\n", t.missed))
        .isGreaterThanOrEqualTo(minRecall);
  }
}
