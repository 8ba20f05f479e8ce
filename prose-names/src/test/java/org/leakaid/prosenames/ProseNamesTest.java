package org.leakaid.prosenames;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leakaid.scanner.Finding;
import org.leakaid.scanner.PiiType;
import org.leakaid.scanner.ScanOptions;
import org.leakaid.scanner.Scanner;
import org.leakaid.scanner.StatuteLines;
import org.leakaid.scanner.TextEncoding;

/** The scanner with this module on its class path: names in sentences no rule reads. */
class ProseNamesTest {

  private static final Scanner SCANNER = Scanner.create(ScanOptions.defaults());

  private static List<String> names(String text) {
    List<String> out = new ArrayList<>();
    for (Finding f : SCANNER.scan(text)) {
      if (f.type() == PiiType.PERSON_NAME) {
        out.add(f.text());
      }
    }
    return out;
  }

  @Test
  void theScannerFindsTheSegmenterThroughServiceLoader() {
    assertThat(SCANNER.findsNamesInProse()).isTrue();
  }

  @Test
  void namesInNewsSentencesWithoutACue() {
    assertThat(names("昨天下午，市委书记郑宏远在现场察看了新建的污水处理厂。")).containsExactly("郑宏远");
    assertThat(names("据悉，退休教师谭秀兰老人已将积蓄捐给了村里的小学。")).containsExactly("谭秀兰");
    assertThat(names("会上，赵立群和宋晓梅分别介绍了各自课题组的进展。")).contains("赵立群", "宋晓梅");
  }

  @Test
  void theSegmenterNamesAreReportedWithTheirOwnConfidence() {
    for (Finding f : SCANNER.scan("昨天下午，市委书记郑宏远在现场察看了新建的污水处理厂。")) {
      assertThat(f.confidence()).isEqualTo(0.6f);
    }
  }

  @Test
  void shortFieldsAndPlacesAreLeftToTheRules() {
    // A delimited row's fields are no prose: the segmenter never sees them.
    assertThat(names("20817,南京市,鼓楼区,已婚")).isEmpty();
    // Places and status words the segmenter might call a name are filtered by the scanner's lists.
    assertThat(names("今年夏天江西和湖南的降雨量都比往年多了三成。")).isEmpty();
  }

  @Test
  void maskLeavesNoNameThatScanReports() {
    String text = "昨天下午，市委书记郑宏远在现场察看了新建的污水处理厂，谭秀兰老人也来了。";
    String masked = SCANNER.mask(text);
    List<String> found = names(text);
    assertThat(found).isNotEmpty();
    for (String name : found) {
      assertThat(masked).doesNotContain(name);
    }
  }

  @Test
  void withoutTheSegmenterTheScannerStaysAsItWas() {
    System.setProperty("leakaid.proseNames", "off");
    try {
      Scanner plain = Scanner.create(ScanOptions.defaults());
      assertThat(plain.findsNamesInProse()).isFalse();
      assertThat(plain.scan("昨天下午，市委书记郑宏远在现场察看了新建的污水处理厂。")).isEmpty();
    } finally {
      System.clearProperty("leakaid.proseNames");
    }
  }

  /**
   * Statutes hold nobody's personal information (the scanner module's RealProseTest): with the
   * segmenter too, whatever it reports there is a false positive.
   */
  @ParameterizedTest
  @CsvSource({
    "criminal-procedure-law-2018.md, UTF_8",
    "civil-procedure-law-2023.md, UTF_8",
    "pipl-2021.md, UTF_8",
    "criminal-procedure-law-2018.md, GB18030",
    "pipl-2021.md, GB18030"
  })
  void statutesGiveNoFinding(String file, TextEncoding enc) throws IOException {
    assertThat(StatuteLines.text(file)).contains("第一条");
    assertThat(StatuteLines.findings(SCANNER, file, enc)).isEmpty();
  }
}
