package org.leakaid.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RegistrationLimitTest {

  final LoginThrottleTest.ManualClock clock = new LoginThrottleTest.ManualClock();
  final RegistrationLimit limit =
      new RegistrationLimit(3, Duration.ofHours(1), H2Counters.create(clock), clock);

  @Test
  void anAddressMayRegisterSoManyPerWindow() {
    for (int i = 0; i < 3; i++) {
      assertThat(limit.acquire("203.0.113.7")).isEmpty();
    }
    clock.pass(Duration.ofMinutes(20));
    assertThat(limit.acquire("203.0.113.7")).contains(Duration.ofMinutes(40));
    assertThat(limit.acquire("198.51.100.1")).isEmpty();
    clock.pass(Duration.ofMinutes(40));
    assertThat(limit.acquire("203.0.113.7")).isEmpty();
  }

  @Test
  void refusedAttemptsDoNotCount() {
    for (int i = 0; i < 10; i++) {
      limit.acquire("203.0.113.7");
    }
    clock.pass(Duration.ofHours(1));
    for (int i = 0; i < 3; i++) {
      assertThat(limit.acquire("203.0.113.7")).isEmpty();
    }
  }

  @Test
  void anUnknownAddressIsNotLimited() {
    for (int i = 0; i < 10; i++) {
      assertThat(limit.acquire(null)).isEmpty();
    }
  }
}
