package org.leakaid.scanner.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonBytesTest {

  private static String text(JsonBytes j) {
    return new String(j.array(), 0, j.length(), StandardCharsets.UTF_8);
  }

  @Test
  void escapesQuotesBackslashesAndControlCharacters() {
    JsonBytes j = new JsonBytes(4).string("a\"b\\c\nd\te\u0001\u001f");
    assertThat(text(j)).isEqualTo("\"a\\\"b\\\\c\\nd\\te\\u0001\\u001f\"");
  }

  @Test
  void encodesChineseAndSupplementaryCharactersAsUtf8() {
    JsonBytes j = new JsonBytes(1).string("张三𠀋");
    assertThat(text(j)).isEqualTo("\"张三𠀋\"");
  }

  @Test
  void replacesUnpairedSurrogatesSoTheOutputStaysValidUtf8() {
    JsonBytes j = new JsonBytes(1).string("a\uD800b");
    assertThat(text(j)).isEqualTo("\"a\uFFFDb\"");
  }

  @Test
  void writesNumbersAndDecimalsWithoutFormatting() {
    JsonBytes j = new JsonBytes(1);
    j.number(0).ascii(" ").number(-42).ascii(" ").number(Long.MAX_VALUE).ascii(" ");
    j.decimal(1.2, 4).ascii(" ").decimal(0.95f, 3).ascii(" ").decimal(10, 4).ascii(" ");
    j.decimal(0.00004, 4).ascii(" ").decimal(Double.NaN, 2);
    assertThat(text(j)).isEqualTo("0 -42 9223372036854775807 1.2 0.95 10.0 0.0 0.0");
  }

  @Test
  void writesNullForAMissingString() {
    assertThat(text(new JsonBytes(1).string(null))).isEqualTo("null");
  }
}
