package org.leakaid.evidence.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CanonicalJsonTest {
  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void sortsMembersDropsWhitespaceAndKeepsNonAsciiAsIs() {
    String in = "{ \"b\" : [1, true, null, {\"z\":1, \"a\":2}], \"a\" : \"短信 é\" , \"A\": -3 }";
    assertThat(CanonicalJson.string(json.readTree(in)))
        .isEqualTo("{\"A\":-3,\"a\":\"短信 é\",\"b\":[1,true,null,{\"a\":2,\"z\":1}]}");
  }

  @Test
  void escapesOnlyWhatJcsEscapes() {
    String in = "{\"s\":\"q\\\" b\\\\ \\b\\t\\n\\f\\r \\u0001 \\u001f / \\u2028\"}";
    assertThat(CanonicalJson.string(json.readTree(in)))
        .isEqualTo("{\"s\":\"q\\\" b\\\\ \\b\\t\\n\\f\\r \\u0001 \\u001f / \u2028\"}");
  }

  @Test
  void sortsByUtf16CodeUnitsLikeJcs() {
    // U+FF21 (full-width A) sorts after the surrogate pair of U+1F600 in UTF-16 code units.
    String in = "{\"\uFF21\":1,\"\uD83D\uDE00\":2,\"a\":3}";
    assertThat(CanonicalJson.string(json.readTree(in)))
        .isEqualTo("{\"a\":3,\"\uD83D\uDE00\":2,\"\uFF21\":1}");
  }

  @Test
  void encodesAsUtf8() {
    assertThat(CanonicalJson.bytes(json.readTree("\"证\"")))
        .isEqualTo("\"证\"".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void refusesFractionsAndUnsafeIntegers() {
    assertThatThrownBy(() -> CanonicalJson.string(json.readTree("{\"x\":1.5}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("integers");
    assertThatThrownBy(() -> CanonicalJson.string(json.readTree("9007199254740993")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(CanonicalJson.string(json.readTree("9007199254740991")))
        .isEqualTo("9007199254740991");
  }
}
