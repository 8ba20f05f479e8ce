package org.leakaid.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MobileSegmentsTest {

  @ParameterizedTest
  @CsvSource({
    "13812345678, MOBILE, CHINA_MOBILE",
    "18612345678, MOBILE, CHINA_UNICOM",
    "19912345678, MOBILE, CHINA_TELECOM",
    "19212345678, MOBILE, CHINA_BROADNET",
    "17012345678, VIRTUAL, CHINA_TELECOM",
    "17051234567, VIRTUAL, CHINA_MOBILE",
    "17091234567, VIRTUAL, CHINA_UNICOM",
    "17112345678, VIRTUAL, CHINA_UNICOM",
    "16212345678, VIRTUAL, CHINA_TELECOM",
    "16512345678, VIRTUAL, CHINA_MOBILE",
    "16712345678, VIRTUAL, CHINA_UNICOM",
    "14112345678, IOT, CHINA_TELECOM",
    "14412345678, IOT, CHINA_MOBILE",
    "14612345678, IOT, CHINA_UNICOM",
    "14812345678, IOT, CHINA_MOBILE",
    "14912345678, IOT, CHINA_TELECOM",
    "13491234567, SATELLITE, CHINA_TELECOM"
  })
  void segmentKindAndCarrier(
      String number, MobileSegments.Kind kind, MobileSegments.Carrier carrier) {
    MobileSegments.Segment s = MobileSegments.lookup(number).orElseThrow();
    assertThat(s.kind()).isEqualTo(kind);
    assertThat(s.carrier()).isEqualTo(carrier);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+86 138 1234 5678",
        "138-1234-5678",
        "0086 13812345678",
        "8613812345678",
        "(+86)13812345678",
        "１３８１２３４５６７８"
      })
  void writtenFormsAreNormalised(String number) {
    assertThat(MobileSegments.lookup(number)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345678901", "15412345678", "1381234567", "138123456789", "abc"})
  void unallocatedOrMalformed(String number) {
    assertThat(MobileSegments.lookup(number)).isEmpty();
  }

  @Test
  void carriersHaveChineseNames() {
    assertThat(MobileSegments.Carrier.CHINA_MOBILE.chineseName()).isEqualTo("中国移动");
  }
}
