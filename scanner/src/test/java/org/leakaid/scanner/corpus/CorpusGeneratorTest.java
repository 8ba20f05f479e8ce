package org.leakaid.scanner.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leakaid.scanner.BankCards;
import org.leakaid.scanner.MobileSegments;
import org.leakaid.scanner.PiiType;
import org.leakaid.scanner.ResidentIds;

class CorpusGeneratorTest {

  @Test
  void sameSeedSameCorpus() {
    List<CorpusGenerator.Line> a = new CorpusGenerator(5).lines(500);
    List<CorpusGenerator.Line> b = new CorpusGenerator(5).lines(500);
    assertThat(a).isEqualTo(b);
    assertThat(new CorpusGenerator(6).lines(500)).isNotEqualTo(a);
  }

  @Test
  void labelledValuesAreWhatTheySayAndDecoysAreNot() {
    CorpusGenerator g = new CorpusGenerator(11);
    for (int i = 0; i < 2000; i++) {
      String id = g.validId();
      assertThat(ResidentIds.isValid(id)).as(id).isTrue();
      assertThat(ResidentIds.isValid(g.invalidId())).isFalse();
      assertThat(BankCards.isValid(g.card(true))).isTrue();
      assertThat(BankCards.luhn(g.card(false))).isFalse();
      assertThat(MobileSegments.lookup(g.phone())).isPresent();
    }
  }

  @Test
  void spansPointAtTheirValues() {
    for (CorpusGenerator.Line line : new CorpusGenerator(3).lines(3000)) {
      for (CorpusGenerator.Span s : line.spans()) {
        String text = line.text().substring(s.start(), s.end());
        assertThat(text).isNotBlank();
        if (s.type() == PiiType.EMAIL) {
          assertThat(text).contains("@");
        }
      }
    }
  }

  @Test
  void writesAFileWithByteOffsetLabels(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("corpus.txt");
    Path labels = dir.resolve("labels.tsv");
    Charset gb = Charset.forName("GB18030");
    new CorpusGenerator(9).write(out, 50_000, gb, labels);
    List<String> lines = Files.readAllLines(out, gb);
    assertThat(Files.size(out)).isGreaterThanOrEqualTo(50_000);
    List<String> rows = Files.readAllLines(labels);
    assertThat(rows).isNotEmpty();
    for (String row : rows) {
      String[] f = row.split("\t");
      byte[] line = lines.get(Integer.parseInt(f[0]) - 1).getBytes(gb);
      int start = Integer.parseInt(f[2]);
      int end = Integer.parseInt(f[3]);
      assertThat(end).isGreaterThan(start).isLessThanOrEqualTo(line.length);
      if (f[1].equals("EMAIL")) {
        assertThat(new String(line, start, end - start, gb)).contains("@");
      }
    }
  }
}
