package org.leakaid.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The identifiers issue 16 found missed or wrongly found (values of our own making). */
class MissedIdentifiersTest {

  private static final Scanner SCANNER = Scanner.create(ScanOptions.defaults());

  private static List<Finding> scan(String text) {
    return SCANNER.scan(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "沪AC18326", // small car, 2022 extension letter first
        "京AA28017",
        "苏EBF3072", // second position a letter
        "浙AK66031",
        "川AD20315", // the original D and F
        "粤BF71209",
        "鲁B52718G", // large car: five digits, then the letter
        "津A20391J"
      })
  void newEnergyPlatesWithEveryLetterOfTheStandard(String plate) {
    assertThat(scan("车牌 " + plate + " 已登记"))
        .extracting(Finding::type, Finding::text)
        .containsExactly(tuple(PiiType.CN_LICENSE_PLATE, plate));
  }

  @ParameterizedTest
  @ValueSource(strings = {"沪AL18326", "沪AC1832X", "沪AZ18326", "鲁B52718Z"})
  void sixCharacterNumbersOutsideTheStandardAreNoPlates(String text) {
    assertThat(scan("型号 " + text + " 已登记")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "E83726154",
        "EA8372615",
        "G38271654",
        "K21873465", // Hong Kong SAR
        "H21873465",
        "MA1873465", // Macao SAR
        "S8712345", // service, 7 digits
        "S87123456",
        "SE8712345",
        "P1873465",
        "PE1873465",
        "D18734652", // diplomatic
        "DE1873465"
      })
  void passportsOfEveryCurrentSeriesAfterALabel(String number) {
    assertThat(scan("护照号码：" + number + "，有效期至2031年"))
        .extracting(Finding::type, Finding::text)
        .containsExactly(tuple(PiiType.CN_PASSPORT, number));
    assertThat(scan("passport_no=" + number))
        .extracting(Finding::type, Finding::text)
        .containsExactly(tuple(PiiType.CN_PASSPORT, number));
  }

  @ParameterizedTest
  @ValueSource(strings = {"K21873465", "MA1873465", "S8712345", "P1873465", "DE1873465"})
  void otherSeriesAloneAreNoPassports(String code) {
    assertThat(scan("型号 " + code + " 库存 12")).isEmpty();
  }

  @Test
  void foreignPermanentResidentIdIsItsOwnType() {
    assertThat(scan("永久居留身份证 944276198503070122，另一张911250199004150032"))
        .extracting(Finding::type, Finding::text)
        .containsExactly(
            tuple(PiiType.CN_FOREIGN_PERMANENT_ID, "944276198503070122"),
            tuple(PiiType.CN_FOREIGN_PERMANENT_ID, "911250199004150032"));
    assertThat(SCANNER.mask("证件944276198503070122")).isEqualTo("证件944276********0122");
  }

  @Test
  void foreignPermanentIdWithAWrongCheckDigitIsNotFound() {
    assertThat(scan("证件 944276198503070123"))
        .extracting(Finding::type)
        .doesNotContain(PiiType.CN_FOREIGN_PERMANENT_ID, PiiType.CN_RESIDENT_ID);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+86-020-82803159",
        "0086-020-82803159",
        "+86 (20) 8280 3159",
        "+86 (020) 8280 3159",
        "+86(755)86013388",
        "+86 0571 8765 4321",
        "+86 10 6234 5678"
      })
  void landlinesWithTheCountryCodeAndATrunkZero(String number) {
    assertThat(scan("电话：" + number + "。"))
        .extracting(Finding::type, Finding::text)
        .containsExactly(tuple(PiiType.CN_LANDLINE, number));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+49 176 38291047",
        "+49-176-38291047",
        "+4917638291047",
        "0044 07456934723",
        "0044-7456-934723",
        "+44 7456 934723",
        "+1 415 555 2671",
        "+852 6123 4567",
        "00852 6123 4567"
      })
  void foreignNumbersAreNeverChinese(String number) {
    assertThat(scan("contact " + number + " tomorrow")).isEmpty();
  }

  @Test
  void chineseNumbersWithTheCountryCodeStillCount() {
    assertThat(scan("+86 138 1234 5678 / 0086 13812345678 / +8613812345678"))
        .extracting(Finding::type, Finding::text)
        .containsExactly(
            tuple(PiiType.CN_MOBILE, "+86 138 1234 5678"),
            tuple(PiiType.CN_MOBILE, "0086 13812345678"),
            tuple(PiiType.CN_MOBILE, "+8613812345678"));
  }

  @Test
  void aCardIsNeverCarvedOutOfALongerGroupedNumber() {
    assertThat(scan("编号 1234 6228 4800 1234 5671 已归档")).isEmpty();
    assertThat(scan("编号 6228 4800 1234 5671 2345 已归档")).isEmpty();
    assertThat(scan("卡号 6228 4800 1234 5671，手机 13812345678"))
        .extracting(Finding::type, Finding::text)
        .containsExactly(
            tuple(PiiType.BANK_CARD, "6228 4800 1234 5671"),
            tuple(PiiType.CN_MOBILE, "13812345678"));
  }
}
