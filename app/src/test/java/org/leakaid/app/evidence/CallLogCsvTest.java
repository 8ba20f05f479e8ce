package org.leakaid.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class CallLogCsvTest {

  @Test
  void durationsInTheFormsPhonesExport() {
    assertThat(CallLogCsv.parseDuration("65")).isEqualTo(65);
    assertThat(CallLogCsv.parseDuration("1:05")).isEqualTo(65);
    assertThat(CallLogCsv.parseDuration("01:01:05")).isEqualTo(3665);
    assertThat(CallLogCsv.parseDuration("1分5秒")).isEqualTo(65);
    assertThat(CallLogCsv.parseDuration("2分钟")).isEqualTo(120);
    assertThat(CallLogCsv.parseDuration("")).isNull();
    assertThatThrownBy(() -> CallLogCsv.parseDuration("long")).hasMessageStartingWith("duration");
  }

  @Test
  void timesAreBeijingTimeAndTheFutureIsRefused() {
    OffsetDateTime now = OffsetDateTime.parse("2026-11-29T12:00+08:00");
    assertThat(CallLogCsv.parseTime("2026年11月20日 8:05", now))
        .isEqualTo(OffsetDateTime.parse("2026-11-20T08:05+08:00"));
    assertThatThrownBy(() -> CallLogCsv.parseTime("2027-01-01 00:00", now))
        .hasMessageContaining("future");
    assertThatThrownBy(() -> CallLogCsv.parseTime("2026-02-30 10:00", now))
        .hasMessageContaining("no real date");
  }

  @Test
  void quotedFieldsKeepSeparatorsAndQuotes() {
    assertThat(CallLogCsv.fields("\"a,b\",\"say \"\"hi\"\"\",c", ','))
        .containsExactly("a,b", "say \"hi\"", "c");
  }
}
