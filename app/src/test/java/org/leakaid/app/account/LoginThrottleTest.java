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

    void pass(Duration time) {
      now = now.plus(time);
    }
  }

  static final String GUESSER = "203.0.113.7";
  static final String HOLDER = "198.51.100.1";

  final ManualClock clock = new ManualClock();
  final LoginThrottle throttle =
      new LoginThrottle(
          new LoginThrottle.Limits(
              5,
              Duration.ofSeconds(1),
              Duration.ofMinutes(15),
              30,
              100,
              Duration.ofMinutes(15),
              Duration.ofMinutes(15)),
          H2Counters.create(clock),
          clock);

  @Test
  void fiveWrongPasswordsNoLongerLockTheHolderOut() {
    for (int i = 0; i < 5; i++) {
      assertThat(throttle.lockedFor("alice", GUESSER)).isEmpty();
      throttle.failed("alice", GUESSER);
    }
    // The holder, from her own address, is not affected at all.
    assertThat(throttle.lockedFor("alice", HOLDER)).isEmpty();
    // Five were free; the sixth failure makes the guesser's address wait.
    assertThat(throttle.lockedFor("alice", GUESSER)).isEmpty();
    throttle.failed("alice", GUESSER);
    assertThat(throttle.lockedFor("alice", GUESSER)).contains(Duration.ofSeconds(1));
    assertThat(throttle.lockedFor("alice", HOLDER)).isEmpty();
    assertThat(throttle.lockedFor("bob", GUESSER)).isEmpty();
  }

  @Test
  void theGuessersWaitDoublesUpToTheMaximum() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("alice", GUESSER);
    }
    long[] expected = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900};
    for (long seconds : expected) {
      throttle.failed("alice", GUESSER);
      assertThat(throttle.lockedFor("alice", GUESSER)).contains(Duration.ofSeconds(seconds));
      clock.pass(Duration.ofSeconds(seconds));
      assertThat(throttle.lockedFor("alice", GUESSER)).isEmpty();
    }
  }

  @Test
  void theGuessersCountIsForgottenAfterAQuietWindow() {
    for (int i = 0; i < 7; i++) {
      throttle.failed("alice", GUESSER);
    }
    clock.pass(Duration.ofSeconds(2 + 15 * 60));
    for (int i = 0; i < 5; i++) {
      throttle.failed("alice", GUESSER);
    }
    assertThat(throttle.lockedFor("alice", GUESSER)).isEmpty();
  }

  @Test
  void successClearsTheGuessersOwnCountOnly() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("alice", HOLDER);
    }
    throttle.succeeded("alice", HOLDER);
    for (int i = 0; i < 5; i++) {
      throttle.failed("alice", HOLDER);
    }
    assertThat(throttle.lockedFor("alice", HOLDER)).isEmpty();

    for (int i = 0; i < 6; i++) {
      throttle.failed("alice", GUESSER);
    }
    throttle.succeeded("alice", HOLDER);
    assertThat(throttle.lockedFor("alice", GUESSER)).isPresent();
  }

  @Test
  void oneAddressGuessingManyUsernamesIsLocked() {
    for (int i = 0; i < 30; i++) {
      throttle.failed("user" + i, GUESSER);
    }
    assertThat(throttle.lockedFor("someone-new", GUESSER)).contains(Duration.ofMinutes(15));
    assertThat(throttle.lockedFor("someone-new", HOLDER)).isEmpty();
    clock.pass(Duration.ofMinutes(15));
    assertThat(throttle.lockedFor("someone-new", GUESSER)).isEmpty();
  }

  @Test
  void manyAddressesReachTheUsernameCeilingButNotTheHoldersKnownAddress() {
    throttle.succeeded("alice", HOLDER);
    for (int i = 0; i < 100; i++) {
      throttle.failed("alice", "203.0.113." + (i % 20));
    }
    assertThat(throttle.lockedFor("alice", "192.0.2.1")).contains(Duration.ofMinutes(15));
    assertThat(throttle.lockedFor("alice", HOLDER)).isEmpty();
    assertThat(throttle.lockedFor("bob", "192.0.2.1")).isEmpty();
    // 99 failures spread over more than the window do not lock.
    clock.pass(Duration.ofMinutes(15));
    for (int i = 0; i < 99; i++) {
      throttle.failed("alice", "203.0.113." + (20 + i % 20));
    }
    assertThat(throttle.lockedFor("alice", "192.0.2.1")).isEmpty();
  }

  @Test
  void withoutAnAddressOnlyTheUsernameCeilingApplies() {
    for (int i = 0; i < 99; i++) {
      throttle.failed("alice", null);
    }
    assertThat(throttle.lockedFor("alice", null)).isEmpty();
    throttle.failed("alice", null);
    assertThat(throttle.lockedFor("alice", null)).isPresent();
  }
}
