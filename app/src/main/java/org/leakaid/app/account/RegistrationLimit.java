package org.leakaid.app.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code maxPerAddress} registrations from one client address within {@code window}, for
 * the page and the API alike: enough for a family or a legal-aid office behind one address, not for
 * filling the database with accounts (a probe made 100 in 2.9 seconds). Only attempts that reach
 * the password hash count, so a user correcting a refused username or password does not use up the
 * allowance. Kept in memory, per app node, like {@link LoginThrottle}.
 */
final class RegistrationLimit {

  private static final int PRUNE_THRESHOLD = 10_000;

  private final int maxPerAddress;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  RegistrationLimit(int maxPerAddress, Duration window, Clock clock) {
    this.maxPerAddress = maxPerAddress;
    this.window = window;
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
    if (windows.size() > PRUNE_THRESHOLD) {
      windows.values().removeIf(w -> !w.end.isAfter(now));
    }
    Duration[] refused = {null};
    windows.compute(
        address,
        (k, w) -> {
          Window current = w == null || !w.end.isAfter(now) ? new Window(now.plus(window)) : w;
          if (current.count >= maxPerAddress) {
            refused[0] = Duration.between(now, current.end);
          } else {
            current.count++;
          }
          return current;
        });
    return Optional.ofNullable(refused[0]);
  }

  private static final class Window {
    final Instant end;
    int count;

    Window(Instant end) {
      this.end = end;
    }
  }
}
