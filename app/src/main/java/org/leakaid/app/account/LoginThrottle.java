package org.leakaid.app.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.leakaid.app.account.ThrottleCounters.Counter;

/**
 * Slows down whoever guesses passwords without handing them a way to lock the account holder out.
 * Before the password is checked, three counts of failed sign-ins are consulted; while one of them
 * refuses, even the right password is refused without being checked, so guessing gains nothing.
 *
 * <ol>
 *   <li><b>Per username and address</b>, the guesser's own count: the first {@code freeFailures}
 *       failures cost nothing (typos); each further one makes this address wait before it may try
 *       this username again, {@code firstDelay} (1 second) doubling up to {@code maxDelay}. The
 *       holder signing in from another address is not affected. The count is forgotten after {@code
 *       window} without a failure once the wait is over.
 *   <li><b>Per address</b>, over all usernames: {@code maxPerAddress} failures within {@code
 *       window} lock the address for {@code lock}: one address trying many accounts.
 *   <li><b>Per username</b>, over all addresses: {@code maxPerUsername} failures within {@code
 *       window} lock the username for {@code lock}, except for an address that signed in to it
 *       successfully in the last 30 days. A ceiling against guessing from many addresses, set high
 *       enough that a lock-out needs many addresses, and even then not from the holder's own.
 * </ol>
 *
 * <p>A success clears its username-and-address count and remembers the address as the holder's; it
 * clears neither the address's count (one valid account must not reset an address that guesses at
 * others) nor the username's (the holder signing in must not give a distributed guesser a fresh
 * allowance).
 *
 * <p>Kept in the database ({@link ThrottleCounters}): every app node on it counts the same
 * failures, and a restart forgets nothing. Counts that no longer matter are deleted every few
 * minutes, so waiting does not make the table grow.
 */
final class LoginThrottle {

  /** How the throttle is set; see the class comment for what each number does. */
  record Limits(
      int freeFailures,
      Duration firstDelay,
      Duration maxDelay,
      int maxPerAddress,
      int maxPerUsername,
      Duration window,
      Duration lock) {}

  private static final Duration KNOWN_ADDRESS = Duration.ofDays(30);

  private final Limits limits;
  private final ThrottleCounters counters;
  private final Clock clock;

  LoginThrottle(Limits limits, ThrottleCounters counters, Clock clock) {
    this.limits = limits;
    this.counters = counters;
    this.clock = clock;
  }

  /** How long sign-in stays refused for this username from this address; empty when allowed. */
  Optional<Duration> lockedFor(String username, String address) {
    Instant now = clock.instant();
    String pair = pairKey(username, address);
    String known = knownKey(pair);
    String user = userKey(username);
    String addressKey = addressKey(address);
    Map<String, Counter> live = counters.live(Arrays.asList(pair, known, user, addressKey), now);
    Instant until = now;
    until = later(until, blockedUntil(live, pair, now));
    until = later(until, blockedUntil(live, addressKey, now));
    if (known == null || !live.containsKey(known)) {
      until = later(until, blockedUntil(live, user, now));
    }
    return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
  }

  void failed(String username, String address) {
    Instant now = clock.instant();
    String pair = pairKey(username, address);
    if (pair != null) {
      counters.update(
          pair,
          now,
          e -> {
            int count = (e == null ? 0 : e.count()) + 1;
            Instant blocked = e == null ? null : e.blockedUntil();
            int beyondFree = count - limits.freeFailures();
            if (beyondFree > 0) {
              blocked = now.plus(delay(beyondFree));
            }
            return new Counter(count, blocked, later(blocked, now).plus(limits.window()));
          });
    }
    lockAfter(addressKey(address), limits.maxPerAddress(), now);
    lockAfter(userKey(username), limits.maxPerUsername(), now);
  }

  /** A successful sign-in: its own count goes, and the address is known to be the holder's. */
  void succeeded(String username, String address) {
    String pair = pairKey(username, address);
    if (pair == null) {
      return;
    }
    counters.delete(pair);
    Instant now = clock.instant();
    counters.update(knownKey(pair), now, e -> new Counter(0, null, now.plus(KNOWN_ADDRESS)));
  }

  /** The wait after the n-th failure beyond the free ones: 1 s, 2 s, 4 s ... up to the maximum. */
  Duration delay(int beyondFree) {
    Duration delay = limits.firstDelay();
    for (int i = 1; i < beyondFree && delay.compareTo(limits.maxDelay()) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(limits.maxDelay()) > 0 ? limits.maxDelay() : delay;
  }

  private void lockAfter(String key, int max, Instant now) {
    if (key == null) {
      return;
    }
    counters.update(
        key,
        now,
        e -> {
          Counter current = e == null ? new Counter(0, null, now.plus(limits.window())) : e;
          int count = current.count() + 1;
          if (count >= max) {
            Instant blocked = now.plus(limits.lock());
            return new Counter(count, blocked, blocked);
          }
          return new Counter(count, current.blockedUntil(), current.expiresAt());
        });
  }

  private static Instant blockedUntil(Map<String, Counter> live, String key, Instant now) {
    Counter e = key == null ? null : live.get(key);
    return e == null || e.blockedUntil() == null ? now : e.blockedUntil();
  }

  private static Instant later(Instant a, Instant b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }

  private static String pairKey(String username, String address) {
    return username == null || username.isEmpty() || address == null || address.isEmpty()
        ? null
        : "p:" + address + "|" + username;
  }

  private static String knownKey(String pair) {
    return pair == null ? null : "k:" + pair;
  }

  private static String userKey(String username) {
    return username == null || username.isEmpty() ? null : "u:" + username;
  }

  private static String addressKey(String address) {
    return address == null || address.isEmpty() ? null : "a:" + address;
  }
}
