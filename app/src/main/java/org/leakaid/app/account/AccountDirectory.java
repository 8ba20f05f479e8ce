package org.leakaid.app.account;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What other features may know of accounts they do not own: whether one exists, and its name. Used
 * to invite an account (a lawyer, a consumer association) by the only handles an account has.
 */
@Component
public class AccountDirectory {

  private final AccountRepository accounts;

  AccountDirectory(AccountRepository accounts) {
    this.accounts = accounts;
  }

  /** The account with this user name, as typed (case and width as at sign-in). */
  public Optional<UUID> idOf(String username) {
    return accounts
        .findByUsername(Credentials.normalizeUsername(username))
        .map(AccountRepository.AccountRow::id);
  }

  public Optional<String> usernameOf(UUID id) {
    return accounts.findById(id).map(AccountRepository.AccountRow::username);
  }

  public boolean exists(UUID id) {
    return accounts.exists(id);
  }
}
