package org.leakaid.protect.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordStrengthTest {

  static final PasswordStrength STRENGTH = new PasswordStrength(10);

  static PasswordStrength.Estimate estimate(String password) {
    return STRENGTH.estimate(password, List.of());
  }

  /** Chinese patterns that nbvcxz alone rates 3 or 4 (zhangwei19900101: 4, 13812345678: 3). */
  @ParameterizedTest
  @CsvSource({
    "woaini1314, PINYIN",
    "zhangwei19900101, PINYIN",
    "zhangwei19900101, DATE",
    "5201314, LOVE_NUMBER",
    "wangfang520, LOVE_NUMBER",
    "ZhangWei8888, PINYIN",
    "lixiaolong2008, DATE",
    "13812345678, PHONE_NUMBER",
    "mima13812345678, PHONE_NUMBER",
    "11010519491231002X, ID_NUMBER",
    "abc12002X, ID_NUMBER",
    "qwertyuiop, COMMON_PASSWORD",
    "1qaz2wsx, COMMON_PASSWORD",
    "zxcvbnm123, COMMON_PASSWORD",
    "mjuytgbnhy, KEYBOARD_PATTERN",
    "1234567890, COMMON_PASSWORD",
    "wangxiaoming, PINYIN",
    "iloveyou1314, LOVE_NUMBER"
  })
  void chinesePatternsAreWeakAndSayWhy(String password, Weakness expected) {
    PasswordStrength.Estimate e = estimate(password);
    assertThat(e.score()).as(password).isLessThan(PasswordStrength.ACCEPTED_SCORE);
    assertThat(e.acceptable()).isFalse();
    assertThat(e.weaknesses()).as(password).contains(expected);
    assertThat(e.crackSecondsFastHash()).as(password).isLessThan(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "leak-aid-test-pw",
        "correct horse battery",
        "Xk9#mQ2$vL7!pz",
        "xigua-laohu-shanfeng-8241-beizi",
        "Tr0ub4dor&3-river"
      })
  void strongPasswordsAreAccepted(String password) {
    PasswordStrength.Estimate e = estimate(password);
    assertThat(e.score()).as(password).isEqualTo(4);
    assertThat(e.acceptable()).isTrue();
    assertThat(e.crackSecondsSlowHash()).as(password).isGreaterThan(3600 * 24 * 10);
  }

  @Test
  void theUserNameInThePasswordIsNamed() {
    PasswordStrength.Estimate e = STRENGTH.estimate("lina-lina-2024", List.of("lina-lina"));
    assertThat(e.weaknesses()).contains(Weakness.PERSONAL_INFO);
    assertThat(e.acceptable()).isFalse();
  }

  @Test
  void shortPasswordsAreTooShortWhateverTheirScore() {
    PasswordStrength.Estimate e = estimate("Zq8#k!2");
    assertThat(e.weaknesses()).contains(Weakness.TOO_SHORT);
    assertThat(e.acceptable()).isFalse();
  }

  @Test
  void aBreachedPasswordIsNeverAcceptable() {
    PasswordStrength.Estimate e = estimate("leak-aid-test-pw").breached();
    assertThat(e.score()).isZero();
    assertThat(e.weaknesses()).startsWith(Weakness.BREACHED);
    assertThat(e.acceptable()).isFalse();
  }

  @Test
  void emptyIsTooShort() {
    assertThat(estimate("").weaknesses()).containsExactly(Weakness.TOO_SHORT);
  }
}
