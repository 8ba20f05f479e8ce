package org.leakaid.app.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Bearer tokens for the API: 256 random bits, shown to the client once, stored only as their
 * SHA-256 (a fast hash is right here: the input is random, not a guessable password). Tokens expire
 * after {@code leakaid.tokens.lifetime} and die with the account.
 */
@Service
public class ApiTokens {

  /** A token as handed to the client. */
  public record IssuedToken(String token, Instant expiresAt) {}

  private static final String PREFIX = "lk_";
  private static final Pattern FORMAT = Pattern.compile("lk_[A-Za-z0-9_-]{43}");

  private final SecureRandom random = new SecureRandom();
  private final AccountRepository accounts;
  private final Clock clock;
  private final Duration lifetime;

  ApiTokens(
      AccountRepository accounts,
      Clock clock,
      @Value("${leakaid.tokens.lifetime:30d}") Duration lifetime) {
    this.accounts = accounts;
    this.clock = clock;
    this.lifetime = lifetime;
  }

  IssuedToken issue(UUID accountId) {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Instant now = clock.instant();
    accounts.deleteExpiredTokens(now);
    Instant expires = now.plus(lifetime);
    accounts.insertToken(hash(token), accountId, now, expires);
    return new IssuedToken(token, expires);
  }

  /** The user this token belongs to, empty when it is unknown, malformed or expired. */
  public Optional<SignedInUser> authenticate(String token) {
    if (token == null || !FORMAT.matcher(token).matches()) {
      return Optional.empty();
    }
    return accounts
        .findByToken(hash(token), clock.instant())
        .map(row -> new SignedInUser(row.id(), row.username(), null));
  }

  boolean revoke(String token, UUID accountId) {
    return token != null && accounts.deleteToken(hash(token), accountId) > 0;
  }

  static String hash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
