package org.leakaid.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScannerTest {

  private final Scanner scanner = Scanner.create(ScanOptions.defaults());

  @Test
  void scanReportsCharOffsetsIntoTheString() {
    String text = "😀 收件人：张三\n手机 138-1234-5678，邮箱 zs@example.com";
    List<Finding> findings = scanner.scan(text);
    assertThat(findings)
        .extracting(Finding::type, Finding::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(PiiType.PERSON_NAME, "张三"),
            org.assertj.core.groups.Tuple.tuple(PiiType.CN_MOBILE, "138-1234-5678"),
            org.assertj.core.groups.Tuple.tuple(PiiType.EMAIL, "zs@example.com"));
    for (Finding f : findings) {
      assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text());
    }
  }

  @Test
  void maskReplacesEveryFinding() {
    String text = "收件人：张三，电话13812345678，身份证11010519491231002X，卡号6200000000000005";
    assertThat(scanner.mask(text))
        .isEqualTo("收件人：张*，电话138****5678，身份证110105********002X，卡号620000******0005");
  }

  @Test
  void sessionsAreIndependentAndTheScannerIsShared() throws Exception {
    Runnable work =
        () -> {
          for (int i = 0; i < 500; i++) {
            assertThat(scanner.scan("电话13812345678 " + i)).hasSize(1);
          }
        };
    Thread a = new Thread(work);
    Thread b = new Thread(work);
    a.start();
    b.start();
    a.join();
    b.join();
  }
}
