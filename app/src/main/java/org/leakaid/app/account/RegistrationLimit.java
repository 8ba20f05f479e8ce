package org.leakaid.app.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.leakaid.app.account.ThrottleCounters.Counter;

/**
 * At most {@code maxPerAddress} registrations from one client address within {@code window}, for
 * the page and the API alike: enough for a family or a legal-aid office behind one address, not for
 * filling the database with accounts (a probe made 100 in 2.9 seconds). Only attempts that reach
 * the password hash count, so a user correcting a refused username or password does not use up the
 * allowance. Counted in the database ({@link ThrottleCounters}), across all app nodes, like {@link
 * LoginThrottle}.
 */
final class RegistrationLimit {

  private final int maxPerAddress;
  private final Duration window;
  private final ThrottleCounters counters;
  private final Clock clock;

  RegistrationLimit(int maxPerAddress, Duration window, ThrottleCounters counters, Clock clock) {
    this.maxPerAddress = maxPerAddress;
    this.window = window;
    this.counters = counters;
    this.clock = clock;
  }

  /**
   * Counts a registration from this address, or says how long until the address may register again
   * (and does not count it). An unknown address is not limited.
   */
  Optional<Duration> acquire(String address) {
    if (address == null || address.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Duration[] refused = {null};
    counters.update(
        "r:" + address,
        now,
        w -> {
          Counter current = w == null ? new Counter(0, null, now.plus(window)) : w;
          if (current.count() >= maxPerAddress) {
            refused[0] = Duration.between(now, current.expiresAt());
            return current;
          }
          return new Counter(current.count() + 1, null, current.expiresAt());
        });
    return Optional.ofNullable(refused[0]);
  }
}
