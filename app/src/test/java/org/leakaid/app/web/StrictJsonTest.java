package org.leakaid.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

class StrictJsonTest {

  record Body(
      String text,
      Integer count,
      BigDecimal money,
      Boolean flag,
      LocalDate day,
      List<String> list) {}

  static final JsonMapper JSON = strictMapper();

  static JsonMapper strictMapper() {
    JsonMapper.Builder builder = JsonMapper.builder();
    new StrictJson().strictJsonInput().customize(builder);
    return builder.build();
  }

  @Test
  void valuesOfTheRightJsonTypeAreRead() {
    Body body =
        JSON.readValue(
            "{\"text\":\"\",\"count\":3,\"money\":2000,\"flag\":false,\"day\":\"2026-11-20\","
                + "\"list\":[\"a\"]}",
            Body.class);
    assertThat(body)
        .isEqualTo(
            new Body(
                "", 3, new BigDecimal("2000"), false, LocalDate.of(2026, 11, 20), List.of("a")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"text\":123}",
        "{\"text\":true}",
        "{\"text\":1.5}",
        "{\"count\":\"12\"}",
        "{\"count\":1.5}",
        "{\"count\":true}",
        "{\"money\":\"12\"}",
        "{\"money\":true}",
        "{\"flag\":\"true\"}",
        "{\"flag\":1}",
        "{\"day\":[]}",
        "{\"day\":[2026,11,20]}",
        "{\"day\":20261120}",
        "{\"day\":\"2026-11-20T10:00\"}",
        "{\"day\":\"2026-11-20T10:00:00Z\"}",
        "{\"day\":\"2026-02-30\"}",
        "{\"day\":\"\"}",
        "{\"day\":\"+2026-11-20\"}",
        "{\"list\":\"a\"}",
        "{\"list\":\"\"}"
      })
  void aValueOfAnotherJsonTypeIsRefused(String json) {
    assertThatThrownBy(() -> JSON.readValue(json, Body.class))
        .isInstanceOf(MismatchedInputException.class);
  }
}
