package org.leakaid.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BankCardsTest {

  /** Public test card numbers of the card schemes and payment processors (e.g. Stripe's). */
  @ParameterizedTest
  @CsvSource({
    "4242424242424242, VISA",
    "4111111111111111, VISA",
    "5555555555554444, MASTERCARD",
    "2223003122003222, MASTERCARD",
    "378282246310005, AMERICAN_EXPRESS",
    "6011111111111117, DISCOVER",
    "3566002020360505, JCB",
    "6200000000000005, UNIONPAY",
    "6200000000000047, UNIONPAY",
    "6205500000000000004, UNIONPAY"
  })
  void publishedTestCardsPassLuhnAndHaveTheirIssuer(String number, BankCards.Issuer issuer) {
    assertThat(BankCards.luhn(number)).isTrue();
    assertThat(BankCards.issuerOf(number)).isEqualTo(issuer);
    assertThat(BankCards.isValid(number)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"4242424242424241", "6200000000000006", "79927398710", "1234567812345678"})
  void luhnFailures(String number) {
    assertThat(BankCards.luhn(number)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"79927398713", "0", "00"})
  void luhnWikipediaVectorAndZeros(String number) {
    assertThat(BankCards.luhn(number)).isEqualTo(number.length() > 1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1700000000000", // a millisecond timestamp
        "2023111512345678", // date-led order number: no issuer starts 2023
        "62000000000", // too short
        "62000000000000000000", // too long
        "424242424242424", // Visa has no 15-digit cards
        "622202123456789012a"
      })
  void notCardNumbers(String number) {
    assertThat(BankCards.issuerOf(number)).isNull();
    assertThat(BankCards.isValid(number)).isFalse();
  }
}
