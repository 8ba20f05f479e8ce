package org.leakaid.protect.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PassphrasesTest {

  final Passphrases passphrases = new Passphrases();

  @Test
  void atLeastSixtyBitsCountedFromTheListsAndStrongToTheEstimator() {
    PasswordStrength strength = new PasswordStrength(10);
    CommonPasswords common = new CommonPasswords();
    for (Passphrases.Style style : Passphrases.Style.values()) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < 20; i++) {
        Passphrases.Passphrase p = passphrases.generate(style);
        assertThat(p.bits()).isGreaterThanOrEqualTo(60);
        assertThat(p.text()).matches("[a-z0-9]+(-[a-z0-9]+)+");
        assertThat(p.text().split("-")).hasSize(p.words() + 1);
        assertThat(strength.estimate(p.text(), List.of()).acceptable()).as(p.text()).isTrue();
        assertThat(common.contains(BreachCorpus.sha1(p.text()))).isFalse();
        seen.add(p.text());
      }
      assertThat(seen).hasSize(20);
    }
    assertThat(passphrases.listSize(Passphrases.Style.PINYIN)).isGreaterThan(250);
    assertThat(passphrases.listSize(Passphrases.Style.ENGLISH)).isEqualTo(7776);
  }
}
