package org.leakaid.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

  @Test
  void addressesBecomeSingleAddressBlocks() {
    assertThat(new TrustedProxies("127.0.0.1, 10.0.0.0/8 ::1").blocks())
        .containsExactly("127.0.0.1/32", "10.0.0.0/8", "::1/128");
  }

  @Test
  void noneByDefault() {
    assertThat(new TrustedProxies("").blocks()).isEmpty();
  }

  @Test
  void hostNamesAndNonsenseAreRefusedAtStartUp() {
    for (String bad : new String[] {"proxy.example.com", "300.1.1.1", "10.0.0.0/40", "*"}) {
      assertThatThrownBy(() -> new TrustedProxies(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("leakaid.trusted-proxies");
    }
  }
}
