package org.leakaid.scanner.dump;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.leakaid.scanner.TextEncoding;

class CsvHeadersTest {

  /** The word-at-a-time pre-check against a byte-by-byte reading, on random lines and offsets. */
  @Test
  void digitRunOrAtPreCheckAgreesWithAPlainLoop() {
    Random random = new Random(11);
    byte[] alphabet = {'1', '2', '9', '0', '@', 'a', ',', ' ', (byte) 0xE5, (byte) 0xB1, '|'};
    for (int trial = 0; trial < 20_000; trial++) {
      byte[] b = new byte[1 + random.nextInt(40)];
      for (int i = 0; i < b.length; i++) {
        // Mostly digits, so that runs of four, five and six occur at every alignment.
        b[i] =
            random.nextInt(3) > 0
                ? (byte) ('0' + random.nextInt(10))
                : alphabet[random.nextInt(alphabet.length)];
      }
      int from = random.nextInt(b.length);
      int to = from + random.nextInt(b.length - from + 1);
      assertThat(CsvHeaders.hasDigitRunOrAt(b, from, to))
          .as("%s [%d, %d)", new String(b, UTF_8), from, to)
          .isEqualTo(plainDigitRunOrAt(b, from, to));
    }
  }

  private static boolean plainDigitRunOrAt(byte[] b, int from, int to) {
    int run = 0;
    for (int i = from; i < to; i++) {
      if (b[i] == '@') {
        return true;
      }
      run = b[i] >= '0' && b[i] <= '9' ? run + 1 : 0;
      if (run >= 5) {
        return true;
      }
    }
    return false;
  }

  @Test
  void headerFieldsAreRecognisedOnBytesInEitherEncodingAndCase() {
    CsvHeaders headers = new CsvHeaders();
    assertThat(isHeader(headers, "订单号,收件人,联系电话", UTF_8)).isTrue();
    assertThat(isHeader(headers, "订单号,收件人,联系电话", Charset.forName("GB18030"))).isTrue();
    assertThat(isHeader(headers, "ID,Real_Name,\"MOBILE\"", UTF_8)).isTrue();
    assertThat(isHeader(headers, "`addr` ,备注", UTF_8)).isTrue();
    assertThat(isHeader(headers, "name\u3000,备注", UTF_8)).isTrue(); // as String.strip would
    assertThat(isHeader(headers, "name\u3000,备注", Charset.forName("GB18030"))).isTrue();
    assertThat(isHeader(headers, "nameless,备注", UTF_8)).isFalse();
    assertThat(isHeader(headers, "备注,金币,等级", UTF_8)).isFalse();
    assertThat(isHeader(headers, "张三,北京市海淀区,备注", UTF_8)).isFalse();
    assertThat(isHeader(headers, "insert into t,name", UTF_8)).isFalse();
    // Comments that list words are no headers (a YAML file of this project had one).
    assertThat(isHeader(headers, "#   phone, address, whereabouts, health", UTF_8)).isFalse();
    assertThat(isHeader(headers, "-- name, phone, address", UTF_8)).isFalse();
    assertThat(isHeader(headers, "// name, address", UTF_8)).isFalse();
    // Data rows of a package list whose descriptions hold labels: versions and dates are values.
    assertThat(isHeader(headers, "xj-user\t2.0.13\t2026-07\t\t用户模块", UTF_8)).isFalse();
    assertThat(isHeader(headers, "58\t1.0.5\t2024-06\t\t抓58同城的电话号码", UTF_8)).isFalse();
    assertThat(isHeader(headers, "2019年姓名,Q1电话,地址", UTF_8)).isTrue();
    // A manual's sentence naming English section titles.
    assertThat(isHeader(headers, "小节名称通常包括 NAME, 概述(SYNOPSIS), 描述(DESCRIPTION),", UTF_8)).isFalse();
  }

  private static boolean isHeader(CsvHeaders headers, String line, Charset cs) {
    byte[] b = line.getBytes(cs);
    TextEncoding enc = cs == UTF_8 ? TextEncoding.UTF_8 : TextEncoding.GB18030;
    return headers.isHeader(b, 0, b.length, enc, true);
  }
}
