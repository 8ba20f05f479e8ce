package org.leakaid.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    Instant now = Instant.parse("2026-11-29T08:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  final ManualClock clock = new ManualClock();
  final LoginThrottle throttle = new LoginThrottle(5, 20, Duration.ofMinutes(15), clock);

  @Test
  void fifthFailureLocksTheUsernameForFifteenMinutes() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("alice", "10.0.0." + i);
      assertThat(throttle.lockedFor("alice", "10.0.0.99")).isEmpty();
    }
    throttle.failed("alice", "10.0.0.4");
    assertThat(throttle.lockedFor("alice", "10.0.0.99")).contains(Duration.ofMinutes(15));
    assertThat(throttle.lockedFor("bob", "10.0.0.99")).isEmpty();

    clock.now = clock.now.plus(Duration.ofMinutes(14));
    assertThat(throttle.lockedFor("alice", null)).contains(Duration.ofMinutes(1));
    clock.now = clock.now.plus(Duration.ofMinutes(1));
    assertThat(throttle.lockedFor("alice", null)).isEmpty();
    // After the lock, counting starts again from zero.
    throttle.failed("alice", null);
    assertThat(throttle.lockedFor("alice", null)).isEmpty();
  }

  @Test
  void failuresSpreadBeyondTheWindowDoNotLock() {
    for (int i = 0; i < 10; i++) {
      throttle.failed("alice", null);
      throttle.succeeded("carol");
      clock.now = clock.now.plus(Duration.ofMinutes(4));
      if (i % 4 == 3) {
        clock.now = clock.now.plus(Duration.ofMinutes(16));
      }
    }
    assertThat(throttle.lockedFor("alice", null)).isEmpty();
  }

  @Test
  void oneAddressGuessingManyUsernamesIsLocked() {
    for (int i = 0; i < 20; i++) {
      throttle.failed("user" + i, "203.0.113.7");
    }
    assertThat(throttle.lockedFor("someone-new", "203.0.113.7")).isPresent();
    assertThat(throttle.lockedFor("someone-new", "198.51.100.1")).isEmpty();
  }

  @Test
  void successClearsTheUsernameButNotTheAddress() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("alice", "203.0.113.7");
    }
    throttle.succeeded("alice");
    throttle.failed("alice", "203.0.113.7");
    assertThat(throttle.lockedFor("alice", null)).isEmpty();
    for (int i = 0; i < 15; i++) {
      throttle.failed("x" + i, "203.0.113.7");
    }
    assertThat(throttle.lockedFor("alice", "203.0.113.7")).isPresent();
  }
}
