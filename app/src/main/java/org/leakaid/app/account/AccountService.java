package org.leakaid.app.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.leakaid.app.web.HttpProblem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registration, export of everything a user stored, and deletion of all of it. */
@Service
class AccountService {

  /** A registration refused for a reason the user can fix; {@code messageKey} explains it. */
  static final class RegistrationRefused extends HttpProblem {
    final String field;
    final String messageKey;
    final List<String> reasonKeys;

    RegistrationRefused(
        HttpStatus status, String code, String field, String messageKey, String en) {
      this(status, code, field, messageKey, en, List.of());
    }

    RegistrationRefused(
        HttpStatus status,
        String code,
        String field,
        String messageKey,
        String en,
        List<String> reasonKeys) {
      super(status, code, en);
      this.field = field;
      this.messageKey = messageKey;
      this.reasonKeys = List.copyOf(reasonKeys);
    }

    @Override
    public RegistrationRefused retryAfter(Duration wait) {
      super.retryAfter(wait);
      return this;
    }
  }

  record AccountInfo(UUID id, String username, Instant createdAt) {}

  /** A new account and its recovery code, which is shown once and stored only hashed. */
  record NewAccount(AccountInfo account, String recoveryCode) {}

  private final AccountRepository accounts;
  private final PasswordEncoder passwordEncoder;
  private final List<AccountDataContributor> contributors;
  private final RegistrationLimit registrations;
  private final LoginThrottle throttle;
  private final Clock clock;
  private final PasswordCheck passwordCheck;
  private final RecoveryCodes recoveryCodes;
  private final FindByIndexNameSessionRepository<?> sessions;

  AccountService(
      AccountRepository accounts,
      PasswordEncoder passwordEncoder,
      List<AccountDataContributor> contributors,
      RegistrationLimit registrations,
      LoginThrottle throttle,
      Clock clock,
      PasswordCheck passwordCheck,
      RecoveryCodes recoveryCodes,
      FindByIndexNameSessionRepository<?> sessions) {
    this.accounts = accounts;
    this.passwordEncoder = passwordEncoder;
    this.contributors = contributors;
    this.registrations = registrations;
    this.throttle = throttle;
    this.clock = clock;
    this.passwordCheck = passwordCheck;
    this.recoveryCodes = recoveryCodes;
    this.sessions = sessions;
  }

  /**
   * Creates an account. {@code address} is the client's address (see {@code
   * leakaid.trusted-proxies}); each address may register {@code
   * leakaid.registration.max-per-address} accounts per {@code leakaid.registration.window}.
   */
  NewAccount register(String username, String password, String address) {
    String normalized = Credentials.normalizeUsername(username);
    Credentials.usernameProblem(normalized)
        .ifPresent(
            key -> {
              throw new RegistrationRefused(
                  HttpStatus.BAD_REQUEST,
                  "INVALID_USERNAME",
                  "username",
                  key,
                  "username: 2 to 32 letters (Chinese characters too), digits, '_', '.' or '-'");
            });
    refuseWeak(password, normalized);
    registrations
        .acquire(address)
        .ifPresent(
            wait -> {
              throw new RegistrationRefused(
                      HttpStatus.TOO_MANY_REQUESTS,
                      "TOO_MANY_REGISTRATIONS",
                      null,
                      "account.register.tooMany",
                      "too many accounts were registered from this address; try again in "
                          + inWords(wait))
                  .retryAfter(wait);
            });
    String hash;
    try {
      hash = passwordEncoder.encode(password);
    } catch (PasswordHashingBusyException busy) {
      throw new RegistrationRefused(
              HttpStatus.SERVICE_UNAVAILABLE, "BUSY", null, "account.busy", busy.getMessage())
          .retryAfter(PasswordHashingBusyException.RETRY_AFTER);
    }
    AccountRepository.AccountRow row =
        new AccountRepository.AccountRow(UUID.randomUUID(), normalized, hash, clock.instant());
    try {
      accounts.insert(row);
    } catch (DuplicateKeyException taken) {
      throw new RegistrationRefused(
          HttpStatus.CONFLICT,
          "USERNAME_TAKEN",
          "username",
          "account.username.taken",
          "username: already taken");
    }
    String code = recoveryCodes.issue(row.id());
    return new NewAccount(new AccountInfo(row.id(), row.username(), row.createdAt()), code);
  }

  /**
   * Refuses a password that breaks the basic rules ({@link Credentials}) or is too easy to guess: a
   * score under 3 of the strength estimate, or found in a breach list (checked offline only).
   */
  private void refuseWeak(String password, String normalizedUsername) {
    Credentials.passwordProblem(password, normalizedUsername)
        .ifPresent(
            key -> {
              throw new RegistrationRefused(
                  HttpStatus.BAD_REQUEST,
                  "WEAK_PASSWORD",
                  "password",
                  key,
                  "password: at least "
                      + Credentials.MIN_PASSWORD
                      + " characters (at most "
                      + Credentials.MAX_PASSWORD
                      + "), not the username, not one repeated character");
            });
    PasswordCheck.Verdict verdict =
        passwordCheck.check(password, List.of(normalizedUsername), false);
    if (!verdict.acceptable()) {
      throw new RegistrationRefused(
          HttpStatus.BAD_REQUEST,
          "WEAK_PASSWORD",
          "password",
          "account.password.guessable",
          "password: too easy to guess: "
              + String.join(" ", passwordCheck.reasons(verdict, Locale.ENGLISH)),
          verdict.reasonKeys());
    }
  }

  /**
   * Sets a new password with the account's recovery code, and returns the next code (the used one
   * is gone). Wrong codes count for the sign-in throttle like wrong passwords; the new password is
   * checked before the code is used up, so a refused password does not cost the code. All API
   * tokens of the account are revoked: whoever knew the old password may have made some.
   */
  String recover(String username, String code, String newPassword, String address) {
    String normalized = Credentials.normalizeUsername(username);
    refuseWeak(newPassword, normalized);
    var locked = throttle.lockedFor(normalized, address);
    if (locked.isPresent()) {
      throw tooManyAttempts(locked.get());
    }
    String hash;
    try {
      hash = passwordEncoder.encode(newPassword);
    } catch (PasswordHashingBusyException busy) {
      throw new HttpProblem(HttpStatus.SERVICE_UNAVAILABLE, "BUSY", busy.getMessage())
          .retryAfter(PasswordHashingBusyException.RETRY_AFTER);
    }
    Optional<AccountRepository.AccountRow> account = accounts.findByUsername(normalized);
    if (account.isEmpty() || !recoveryCodes.consume(account.get().id(), code)) {
      throttle.failed(normalized, address);
      throw new HttpProblem(
          HttpStatus.BAD_REQUEST,
          "INVALID_RECOVERY_CODE",
          "the user name or the recovery code is wrong (a code works once)");
    }
    UUID id = account.get().id();
    accounts.updatePassword(id, hash);
    accounts.deleteTokens(id);
    throttle.succeeded(normalized, address);
    return recoveryCodes.issue(id);
  }

  /** A new recovery code for the account (the old one stops working); see {@link RecoveryCodes}. */
  String newRecoveryCode(UUID accountId) {
    return recoveryCodes.issue(accountId);
  }

  boolean exists(UUID accountId) {
    return accounts.exists(accountId);
  }

  /**
   * Checks a signed-in user's password before an act that cannot be undone (deleting the account),
   * throttled like a sign-in: a stolen token or an unattended session must not become a way to
   * guess the password. Throws an {@link HttpProblem} that says what is wrong: 400
   * PASSWORD_REQUIRED, 403 WRONG_PASSWORD, 429 TOO_MANY_ATTEMPTS, 503 BUSY.
   */
  void confirmPassword(SignedInUser user, String password, String address) {
    if (password == null || password.isEmpty()) {
      throw HttpProblem.badRequest(
          "PASSWORD_REQUIRED", "send the account's password: {\"password\": \"...\"}");
    }
    String username = user.getUsername();
    var locked = throttle.lockedFor(username, address);
    if (locked.isPresent()) {
      throw tooManyAttempts(locked.get());
    }
    boolean matches;
    try {
      matches =
          password.length() <= Credentials.MAX_PASSWORD
              && accounts
                  .findById(user.id())
                  .map(row -> passwordEncoder.matches(password, row.passwordHash()))
                  .orElse(false);
    } catch (PasswordHashingBusyException busy) {
      throw new HttpProblem(HttpStatus.SERVICE_UNAVAILABLE, "BUSY", busy.getMessage())
          .retryAfter(PasswordHashingBusyException.RETRY_AFTER);
    }
    if (!matches) {
      throttle.failed(username, address);
      throw new HttpProblem(
          HttpStatus.FORBIDDEN, "WRONG_PASSWORD", "the password is wrong; nothing was deleted");
    }
    throttle.succeeded(username, address);
  }

  /** The 429 for a throttled sign-in or password check, with Retry-After. */
  static HttpProblem tooManyAttempts(Duration wait) {
    return new HttpProblem(
            HttpStatus.TOO_MANY_REQUESTS,
            "TOO_MANY_ATTEMPTS",
            "too many failed attempts from this address; try again in " + inWords(wait))
        .retryAfter(wait);
  }

  /** A wait for a message: "40 seconds", "3 minutes". */
  static String inWords(Duration wait) {
    long seconds = HttpProblem.retrySeconds(wait);
    if (seconds < 120) {
      return seconds == 1 ? "1 second" : seconds + " seconds";
    }
    return (seconds + 59) / 60 + " minutes";
  }

  /** Everything stored for the account: its own record plus each feature's section. */
  @Transactional(readOnly = true)
  Map<String, Object> export(UUID accountId) {
    AccountRepository.AccountRow row =
        accounts
            .findById(accountId)
            .orElseThrow(() -> HttpProblem.notFound("NOT_FOUND", "account not found"));
    Map<String, Object> export = new LinkedHashMap<>();
    export.put("format", "leakaid-export-1");
    export.put("exportedAt", clock.instant());
    export.put("account", new AccountInfo(row.id(), row.username(), row.createdAt()));
    export.put("apiTokens", accounts.countTokens(accountId));
    for (AccountDataContributor contributor : contributors) {
      export.put(contributor.exportKey(), contributor.exportData(accountId));
    }
    return export;
  }

  /**
   * Deletes the account and, through every contributor, all data it owns. Its page sessions go too,
   * on every node: a session row names its user and would otherwise stay until it expires.
   */
  @Transactional
  void delete(UUID accountId) {
    for (AccountDataContributor contributor : contributors) {
      contributor.deleteData(accountId);
    }
    accounts
        .findById(accountId)
        .ifPresent(
            row ->
                sessions
                    .findByPrincipalName(row.username())
                    .keySet()
                    .forEach(sessions::deleteById));
    accounts.delete(accountId);
  }
}
