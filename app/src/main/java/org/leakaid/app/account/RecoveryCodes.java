package org.leakaid.app.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One-time recovery codes. Each account has one, shown once (at registration and after each use):
 * 20 characters of Crockford base 32 (100 random bits) in groups of four, easy to copy by hand.
 * Stored as SHA-256 only (a fast hash is right for a random secret, as for API tokens). Using it
 * replaces it, so a code works once.
 */
@Component
class RecoveryCodes {

  /** No I, L, O, U: nothing to misread when copied by hand. */
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

  private final JdbcClient jdbc;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  RecoveryCodes(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A new code for the account, replacing any earlier one. Returns it; only its hash is kept. */
  String issue(UUID accountId) {
    StringBuilder code = new StringBuilder(24);
    for (int i = 0; i < 20; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    String issued = code.toString();
    jdbc.sql("DELETE FROM recovery_code WHERE account_id = ?").param(accountId).update();
    jdbc.sql("INSERT INTO recovery_code (account_id, code_hash, created_at) VALUES (?, ?, ?)")
        .params(accountId, hash(issued), AccountRepository.utc(clock.instant()))
        .update();
    return issued;
  }

  /**
   * Uses the account's code: true (and the code is gone) when {@code typed} is it. The delete is
   * conditional on the hash, so two requests with the same code cannot both succeed.
   */
  boolean consume(UUID accountId, String typed) {
    Optional<String> normalized = normalize(typed);
    return normalized.isPresent()
        && jdbc.sql("DELETE FROM recovery_code WHERE account_id = ? AND code_hash = ?")
                .params(accountId, hash(normalized.get()))
                .update()
            == 1;
  }

  /**
   * The code as issued, from what a person typed: any case, spaces or no hyphens, O for 0 and I or
   * L for 1 (Crockford's rules). Empty when it cannot be a code.
   */
  static Optional<String> normalize(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    StringBuilder chars = new StringBuilder(20);
    for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
      if (c == '-' || c == ' ' || c == '\u3000') {
        continue;
      }
      char d = c == 'O' ? '0' : c == 'I' || c == 'L' ? '1' : c;
      if (new String(ALPHABET).indexOf(d) < 0 || chars.length() == 20) {
        return Optional.empty();
      }
      chars.append(d);
    }
    if (chars.length() != 20) {
      return Optional.empty();
    }
    for (int i = 16; i > 0; i -= 4) {
      chars.insert(i, '-');
    }
    return Optional.of(chars.toString());
  }

  static String hash(String code) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(code.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
