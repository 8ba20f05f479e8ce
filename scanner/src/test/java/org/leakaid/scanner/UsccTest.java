package org.leakaid.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTest {

  /** Codes printed on real business licences and used as vectors by common validators. */
  @ParameterizedTest
  @ValueSource(strings = {"91350100M000100Y43", "91110000802100433B", "91440300708461136T"})
  void publishedCodesAreValid(String code) {
    assertThat(Uscc.isValid(code)).isTrue();
    assertThat(Uscc.checkChar(code)).isEqualTo(code.charAt(17));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "91350100M000100Y44", // wrong check character
        "91350100M000100Y4", // too short
        "9135010OM000100Y43", // O is not in the alphabet
        "91A50100M000100Y43", // region digits must be digits
        "91350100m000100y43" // lower case is not the standard form
      })
  void invalidCodes(String code) {
    assertThat(Uscc.isValid(code)).isFalse();
  }
}
