package org.leakaid.app.account;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rules for usernames and passwords, shared by the page and the API. Usernames are compared in a
 * normalised form (NFKC, lower case), so "Zhang" and "ｚｈａｎｇ" are the same account. Two characters
 * are enough: most Chinese names have two (李娜). Whether a password is too easy to guess is decided
 * by the strength estimate ({@link PasswordCheck}) after these rules.
 */
final class Credentials {

  static final int MIN_PASSWORD = 10;
  static final int MAX_PASSWORD = 128;
  private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}_.-]{2,32}");

  private Credentials() {}

  static String normalizeUsername(String username) {
    if (username == null) {
      return "";
    }
    return Normalizer.normalize(username, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
  }

  /** The message key of what is wrong with this username, empty when it is acceptable. */
  static Optional<String> usernameProblem(String normalized) {
    return USERNAME.matcher(normalized).matches()
        ? Optional.empty()
        : Optional.of("account.username.invalid");
  }

  /**
   * The message key of what is wrong with this password, empty when it is acceptable. The upper
   * bound keeps one request from making the server hash megabytes.
   */
  static Optional<String> passwordProblem(String password, String normalizedUsername) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD) {
      return Optional.of("account.password.tooShort");
    }
    if (password.length() > MAX_PASSWORD) {
      return Optional.of("account.password.tooLong");
    }
    if (normalizeUsername(password).equals(normalizedUsername)) {
      return Optional.of("account.password.isUsername");
    }
    if (password.codePoints().distinct().count() < 3) {
      return Optional.of("account.password.tooSimple");
    }
    return Optional.empty();
  }
}
