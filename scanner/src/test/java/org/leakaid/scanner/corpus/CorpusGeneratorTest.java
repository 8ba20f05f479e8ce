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
import org.leakaid.scanner.RegionCodes;
import org.leakaid.scanner.ResidentIds;
import org.leakaid.scanner.Uscc;

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
  void rarerIdentifiersHaveTheirRealShapes() {
    CorpusGenerator g = new CorpusGenerator(13);
    for (int i = 0; i < 2000; i++) {
      String code = g.uscc();
      assertThat(Uscc.isValid(code)).as(code).isTrue();
      assertThat(code.charAt(16))
          .as(code + " organisation code check")
          .isEqualTo(CorpusValues.orgCodeCheck(code.substring(8, 16)));
      assertThat(RegionCodes.isKnown(Integer.parseInt(code.substring(2, 8)))).as(code).isTrue();
      assertThat(Uscc.isValid(g.invalidUscc())).isFalse();
      assertThat(g.passport()).matches("E[0-9]{8}|E[A-HJK][0-9]{7}|G[0-9]{8}");
      assertThat(g.plate())
          .matches(
              "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][· ]?"
                  + "([A-HJ-NP-Z0-9]{5}|[DF][A-HJ-NP-Z0-9][0-9]{4}|[0-9]{5}[DF]|[0-9]{4}[学挂港澳])");
      String landline = g.landline();
      String digits = landline.replaceAll("[^0-9]", "");
      String national = landline.startsWith("+86") ? "0" + digits.substring(2) : digits;
      assertThat(national)
          .as(landline)
          .matches("0(10|2[0-9])[2-8][0-9]{7}|0[3-9][0-9]{2}[2-8][0-9]{6,7}");
    }
    // The organisation code of the licence in GB 32100's own example, 91350100M000100Y43.
    assertThat(CorpusValues.orgCodeCheck("M000100Y")).isEqualTo('4');
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
