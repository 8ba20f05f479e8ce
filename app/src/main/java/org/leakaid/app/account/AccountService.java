package org.leakaid.app.account;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.leakaid.app.web.HttpProblem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registration, export of everything a user stored, and deletion of all of it. */
@Service
class AccountService {

  /** A registration refused for a reason the user can fix; {@code messageKey} explains it. */
  static final class RegistrationRefused extends HttpProblem {
    final String field;
    final String messageKey;

    RegistrationRefused(
        HttpStatus status, String code, String field, String messageKey, String en) {
      super(status, code, en);
      this.field = field;
      this.messageKey = messageKey;
    }
  }

  record AccountInfo(UUID id, String username, Instant createdAt) {}

  private final AccountRepository accounts;
  private final PasswordEncoder passwordEncoder;
  private final List<AccountDataContributor> contributors;
  private final Clock clock;

  AccountService(
      AccountRepository accounts,
      PasswordEncoder passwordEncoder,
      List<AccountDataContributor> contributors,
      Clock clock) {
    this.accounts = accounts;
    this.passwordEncoder = passwordEncoder;
    this.contributors = contributors;
    this.clock = clock;
  }

  AccountInfo register(String username, String password) {
    String normalized = Credentials.normalizeUsername(username);
    Credentials.usernameProblem(normalized)
        .ifPresent(
            key -> {
              throw new RegistrationRefused(
                  HttpStatus.BAD_REQUEST,
                  "INVALID_USERNAME",
                  "username",
                  key,
                  "username: 3 to 32 letters, digits, '_', '.' or '-'");
            });
    Credentials.passwordProblem(password, normalized)
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
    AccountRepository.AccountRow row =
        new AccountRepository.AccountRow(
            UUID.randomUUID(), normalized, passwordEncoder.encode(password), clock.instant());
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
    return new AccountInfo(row.id(), row.username(), row.createdAt());
  }

  boolean exists(UUID accountId) {
    return accounts.exists(accountId);
  }

  boolean passwordMatches(UUID accountId, String password) {
    return password != null
        && password.length() <= Credentials.MAX_PASSWORD
        && accounts
            .findById(accountId)
            .map(row -> passwordEncoder.matches(password, row.passwordHash()))
            .orElse(false);
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

  /** Deletes the account and, through every contributor, all data it owns. */
  @Transactional
  void delete(UUID accountId) {
    for (AccountDataContributor contributor : contributors) {
      contributor.deleteData(accountId);
    }
    accounts.delete(accountId);
  }
}
