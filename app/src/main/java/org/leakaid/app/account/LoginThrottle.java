package org.leakaid.app.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per username and per client address and locks a key for a while after too
 * many. Failures are counted within a sliding window as long as the lock; reaching the limit locks
 * the key for the lock duration, and while locked even the right password is refused (the password
 * is not checked at all, so guessing gains nothing). A successful sign-in clears the username's
 * count but not the address's, so one valid account does not reset an address that is guessing at
 * others.
 *
 * <p>Kept in memory: a restart clears it, which is acceptable for a single-node app; the map drops
 * expired entries once it grows, so it cannot be made to grow without bound.
 */
final class LoginThrottle {

  private static final int PRUNE_THRESHOLD = 10_000;

  private final int maxPerUsername;
  private final int maxPerAddress;
  private final Duration lock;
  private final Clock clock;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  LoginThrottle(int maxPerUsername, int maxPerAddress, Duration lock, Clock clock) {
    this.maxPerUsername = maxPerUsername;
    this.maxPerAddress = maxPerAddress;
    this.lock = lock;
    this.clock = clock;
  }

  /** How long sign-in stays refused for this username or address, empty when it is allowed. */
  Optional<Duration> lockedFor(String username, String address) {
    Instant now = clock.instant();
    Duration longest = Duration.ZERO;
    for (String key : new String[] {userKey(username), addressKey(address)}) {
      Failures f = key == null ? null : failures.get(key);
      if (f != null && f.lockedUntil != null && f.lockedUntil.isAfter(now)) {
        Duration left = Duration.between(now, f.lockedUntil);
        if (left.compareTo(longest) > 0) {
          longest = left;
        }
      }
    }
    return longest.isZero() ? Optional.empty() : Optional.of(longest);
  }

  void failed(String username, String address) {
    Instant now = clock.instant();
    if (failures.size() > PRUNE_THRESHOLD) {
      failures.values().removeIf(f -> f.expired(now, lock));
    }
    count(userKey(username), maxPerUsername, now);
    count(addressKey(address), maxPerAddress, now);
  }

  void succeeded(String username) {
    String key = userKey(username);
    if (key != null) {
      failures.remove(key);
    }
  }

  private void count(String key, int max, Instant now) {
    if (key == null) {
      return;
    }
    failures.compute(
        key,
        (k, f) -> {
          Failures next = f == null || f.expired(now, lock) ? new Failures(now) : f;
          next.count++;
          if (next.count >= max) {
            next.lockedUntil = now.plus(lock);
          }
          return next;
        });
  }

  private static String userKey(String username) {
    return username == null || username.isEmpty() ? null : "u:" + username;
  }

  private static String addressKey(String address) {
    return address == null || address.isEmpty() ? null : "a:" + address;
  }

  private static final class Failures {
    final Instant windowStart;
    int count;
    Instant lockedUntil;

    Failures(Instant windowStart) {
      this.windowStart = windowStart;
    }

    boolean expired(Instant now, Duration lock) {
      boolean windowOver = !windowStart.plus(lock).isAfter(now);
      boolean lockOver = lockedUntil == null || !lockedUntil.isAfter(now);
      return windowOver && lockOver;
    }
  }
}
