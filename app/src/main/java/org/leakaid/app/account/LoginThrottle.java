package org.leakaid.app.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
 * <p>Kept in memory, per app node: a restart forgets it, and nodes behind one load balancer count
 * apart. Expired entries are dropped once the map grows, so it cannot be made to grow without bound
 * by waiting.
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

  private static final int PRUNE_THRESHOLD = 10_000;
  private static final Duration KNOWN_ADDRESS = Duration.ofDays(30);

  private final Limits limits;
  private final Clock clock;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  LoginThrottle(Limits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
  }

  /** How long sign-in stays refused for this username from this address; empty when allowed. */
  Optional<Duration> lockedFor(String username, String address) {
    Instant now = clock.instant();
    Instant until = now;
    until = later(until, blockedUntil(pairKey(username, address), now));
    until = later(until, blockedUntil(addressKey(address), now));
    if (!known(username, address, now)) {
      until = later(until, blockedUntil(userKey(username), now));
    }
    return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
  }

  void failed(String username, String address) {
    Instant now = clock.instant();
    if (entries.size() > PRUNE_THRESHOLD) {
      entries.values().removeIf(e -> e.expired(now));
    }
    String pair = pairKey(username, address);
    if (pair != null) {
      entries.compute(
          pair,
          (k, e) -> {
            Entry next = e == null || e.expired(now) ? new Entry(now, limits.window()) : e;
            next.count++;
            int beyondFree = next.count - limits.freeFailures();
            if (beyondFree > 0) {
              next.blockedUntil = now.plus(delay(beyondFree));
            }
            next.expiresAt = later(next.blockedUntil, now).plus(limits.window());
            return next;
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
    entries.remove(pair);
    Instant now = clock.instant();
    Entry known = new Entry(now, KNOWN_ADDRESS);
    entries.put("k:" + pair, known);
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
    entries.compute(
        key,
        (k, e) -> {
          Entry next = e == null || e.expired(now) ? new Entry(now, limits.window()) : e;
          next.count++;
          if (next.count >= max) {
            next.blockedUntil = now.plus(limits.lock());
            next.expiresAt = next.blockedUntil;
          }
          return next;
        });
  }

  private boolean known(String username, String address, Instant now) {
    String pair = pairKey(username, address);
    Entry known = pair == null ? null : entries.get("k:" + pair);
    return known != null && !known.expired(now);
  }

  private Instant blockedUntil(String key, Instant now) {
    Entry e = key == null ? null : entries.get(key);
    return e == null || e.expired(now) || e.blockedUntil == null ? now : e.blockedUntil;
  }

  private static Instant later(Instant a, Instant b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }

  private static String pairKey(String username, String address) {
    return username == null || username.isEmpty() || address == null || address.isEmpty()
        ? null
        : "p:" + address + "|" + username;
  }

  private static String userKey(String username) {
    return username == null || username.isEmpty() ? null : "u:" + username;
  }

  private static String addressKey(String address) {
    return address == null || address.isEmpty() ? null : "a:" + address;
  }

  /** A count of failures (or a known address) and until when it matters. */
  private static final class Entry {
    int count;
    Instant blockedUntil;
    Instant expiresAt;

    Entry(Instant start, Duration lifetime) {
      this.expiresAt = start.plus(lifetime);
    }

    boolean expired(Instant now) {
      return !expiresAt.isAfter(now) && (blockedUntil == null || !blockedUntil.isAfter(now));
    }
  }
}
