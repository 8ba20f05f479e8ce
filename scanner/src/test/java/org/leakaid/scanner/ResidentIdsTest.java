package org.leakaid.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdsTest {

  @Test
  void gb11643ExamplesAreValid() {
    // The examples printed in GB 11643-1999.
    assertThat(ResidentIds.checkChar("11010519491231002")).isEqualTo('X');
    assertThat(ResidentIds.check("11010519491231002X")).isEqualTo(ResidentIds.Validity.VALID);
    assertThat(ResidentIds.checkChar("44052418800101001")).isEqualTo('4');
    assertThat(ResidentIds.isValid("440524188001010014")).isTrue();
  }

  @Test
  void lowerCaseXIsAccepted() {
    assertThat(ResidentIds.isValid("11010519491231002x")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "110105194912310021", // wrong check character
        "11010519491231002Y",
        "110105194902300027", // 30 February (check character recomputed)
        "110105194913310024", // month 13
        "000105194912310025", // no province 00
        "1101051949123100", // too short
        "11010519491231002X1"
      })
  void invalidNumbersAreRejected(String id) {
    assertThat(ResidentIds.isValid(id)).as(id).isFalse();
  }

  @Test
  void impossibleDatesFailEvenWithMatchingCheckCharacter() {
    String first17 = "11010519490230002";
    String id = first17 + ResidentIds.checkChar(first17);
    assertThat(ResidentIds.isValid(id)).isFalse();
  }

  @Test
  void birthDatesInTheFutureAreRejected() {
    int nextYear = java.time.LocalDate.now().getYear() + 1;
    String first17 = "110105" + nextYear + "0101002";
    assertThat(ResidentIds.isValid(first17 + ResidentIds.checkChar(first17))).isFalse();
  }

  @Test
  void leapDaysFollowTheGregorianRules() {
    assertThat(ResidentIds.isRealDate(20000229)).isTrue();
    assertThat(ResidentIds.isRealDate(19000229)).isFalse();
    assertThat(ResidentIds.isRealDate(20040229)).isTrue();
    assertThat(ResidentIds.isRealDate(20230229)).isFalse();
  }

  @Test
  void abolishedRegionCodesStillValidateAndUnknownOnesOnlyLowerConfidence() {
    // 110103 崇文区 was abolished in 2010; numbers issued there remain valid.
    String chongwen = "11010319800101001";
    assertThat(ResidentIds.check(chongwen + ResidentIds.checkChar(chongwen)))
        .isEqualTo(ResidentIds.Validity.VALID);
    // 110199 was never a division code: valid format, doubtful region.
    String unknown = "11019919800101001";
    assertThat(ResidentIds.check(unknown + ResidentIds.checkChar(unknown)))
        .isEqualTo(ResidentIds.Validity.VALID_UNKNOWN_REGION);
  }

  @Test
  void residencePermitsForHongKongMacaoAndTaiwanResidents() {
    for (String region : new String[] {"810000", "820000", "830000"}) {
      String first17 = region + "19900101002";
      assertThat(ResidentIds.check(first17 + ResidentIds.checkChar(first17)))
          .as(region)
          .isEqualTo(ResidentIds.Validity.VALID);
    }
    String notAPermit = "81010119900101002";
    assertThat(ResidentIds.isValid(notAPermit + ResidentIds.checkChar(notAPermit))).isFalse();
  }

  @Test
  void firstGenerationFifteenDigitNumbers() {
    assertThat(ResidentIds.check("110105491231002")).isEqualTo(ResidentIds.Validity.VALID);
    assertThat(ResidentIds.isValid("110105490231002")).isFalse(); // 31 February 1949
  }

  @Test
  void checkCharNeedsSeventeenDigits() {
    assertThatThrownBy(() -> ResidentIds.checkChar("1101051949"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ResidentIds.checkChar("1101051949123100A"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
