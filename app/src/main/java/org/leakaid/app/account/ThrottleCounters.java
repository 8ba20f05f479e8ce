package org.leakaid.app.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The counts behind {@link LoginThrottle} and {@link RegistrationLimit}, one row per key in the
 * table {@code throttle_counter}, so that every app node on one database counts the same attempts:
 * a guesser spreading attempts over the nodes behind a load balancer gets no more of them than
 * against one node.
 *
 * <p>A change reads the row with {@code SELECT ... FOR UPDATE}, so two nodes counting the same key
 * at once take turns, and runs in a transaction of its own: a count must stay even when the request
 * that made it rolls back (a wrong recovery code counts as a failure although the request fails).
 * Keys are stored as their SHA-256: the table holds no username or address in the clear.
 *
 * <p>The times come from the clock of the node that counts, so the nodes' clocks must agree (NTP);
 * a node a few seconds off moves a wait by as much.
 */
class ThrottleCounters {

  /**
   * A count of failures or registrations (or a known address, count 0) and until when it matters:
   * it is forgotten once both {@code expiresAt} and {@code blockedUntil} (if any) have passed.
   */
  record Counter(int count, Instant blockedUntil, Instant expiresAt) {
    Counter {
      Objects.requireNonNull(expiresAt, "expiresAt");
    }

    boolean expired(Instant now) {
      return !expiresAt.isAfter(now) && (blockedUntil == null || !blockedUntil.isAfter(now));
    }
  }

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;

  ThrottleCounters(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /** The counters under these keys that still matter at {@code now}; absent keys are left out. */
  Map<String, Counter> live(Collection<String> keys, Instant now) {
    Map<String, String> byHash = new LinkedHashMap<>();
    keys.stream().filter(Objects::nonNull).forEach(key -> byHash.put(hash(key), key));
    if (byHash.isEmpty()) {
      return Map.of();
    }
    Map<String, Counter> live = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT key_hash, hits, blocked_until, expires_at FROM throttle_counter"
                + " WHERE key_hash IN (:hashes)")
        .param("hashes", List.copyOf(byHash.keySet()))
        .query(
            (ResultSet rs) -> {
              Counter counter = counter(rs);
              if (!counter.expired(now)) {
                live.put(byHash.get(rs.getString("key_hash")), counter);
              }
            });
    return live;
  }

  /**
   * Replaces the counter under {@code key} with {@code change} applied to it (null when there is
   * none or it expired), atomically across nodes; a change that returns null deletes it.
   */
  Counter update(String key, Instant now, UnaryOperator<Counter> change) {
    String keyHash = hash(key);
    return ownTransaction.execute(
        status -> {
          Counter current = locked(keyHash);
          boolean exists = current != null;
          if (!exists) {
            // Another node may insert the same key at the same moment: one insert wins, the
            // other does nothing, and both then wait for the row lock. The placeholder expired
            // long ago, so the change sees no counter. (Expiring it "now" failed: PostgreSQL
            // rounds to microseconds, and a now rounded up was still in the future.)
            jdbc.sql(
                    "INSERT INTO throttle_counter (key_hash, hits, blocked_until, expires_at)"
                        + " VALUES (?, 0, NULL, ?) ON CONFLICT DO NOTHING")
                .params(keyHash, at(Instant.EPOCH))
                .update();
            current = locked(keyHash);
          }
          Counter next = change.apply(current == null || current.expired(now) ? null : current);
          if (next == null) {
            jdbc.sql("DELETE FROM throttle_counter WHERE key_hash = ?").param(keyHash).update();
          } else {
            jdbc.sql(
                    "UPDATE throttle_counter SET hits = ?, blocked_until = ?, expires_at = ?"
                        + " WHERE key_hash = ?")
                .params(next.count(), at(next.blockedUntil()), at(next.expiresAt()), keyHash)
                .update();
          }
          return next;
        });
  }

  void delete(String key) {
    if (key != null) {
      jdbc.sql("DELETE FROM throttle_counter WHERE key_hash = ?").param(hash(key)).update();
    }
  }

  /**
   * Drops the counters that no longer matter, so the table holds only live keys however many
   * addresses come and go. Every node does it; the same rows going twice is harmless.
   */
  @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT5M")
  void deleteExpired() {
    Instant now = clock.instant();
    jdbc.sql(
            "DELETE FROM throttle_counter WHERE expires_at <= ?"
                + " AND (blocked_until IS NULL OR blocked_until <= ?)")
        .params(at(now), at(now))
        .update();
  }

  private Counter locked(String keyHash) {
    return jdbc.sql(
            "SELECT key_hash, hits, blocked_until, expires_at FROM throttle_counter"
                + " WHERE key_hash = ? FOR UPDATE")
        .param(keyHash)
        .query((rs, n) -> counter(rs))
        .optional()
        .orElse(null);
  }

  private static Counter counter(ResultSet rs) throws SQLException {
    OffsetDateTime blocked = rs.getObject("blocked_until", OffsetDateTime.class);
    return new Counter(
        rs.getInt("hits"),
        blocked == null ? null : blocked.toInstant(),
        rs.getObject("expires_at", OffsetDateTime.class).toInstant());
  }

  private static OffsetDateTime at(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  static String hash(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
