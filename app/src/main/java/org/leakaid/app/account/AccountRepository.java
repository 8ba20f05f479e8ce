package org.leakaid.app.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts and API tokens in SQL that runs on H2 and PostgreSQL alike. */
@Repository
class AccountRepository {

  record AccountRow(UUID id, String username, String passwordHash, Instant createdAt) {}

  private final JdbcClient jdbc;

  AccountRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts the account; a taken username raises DuplicateKeyException. */
  void insert(AccountRow row) {
    jdbc.sql("INSERT INTO account (id, username, password_hash, created_at) VALUES (?, ?, ?, ?)")
        .params(row.id(), row.username(), row.passwordHash(), utc(row.createdAt()))
        .update();
  }

  Optional<AccountRow> findByUsername(String username) {
    return jdbc.sql(
            "SELECT id, username, password_hash, created_at FROM account WHERE username = ?")
        .param(username)
        .query(AccountRepository::row)
        .optional();
  }

  Optional<AccountRow> findById(UUID id) {
    return jdbc.sql("SELECT id, username, password_hash, created_at FROM account WHERE id = ?")
        .param(id)
        .query(AccountRepository::row)
        .optional();
  }

  boolean exists(UUID id) {
    return jdbc.sql("SELECT COUNT(*) FROM account WHERE id = ?")
            .param(id)
            .query(Long.class)
            .single()
        > 0;
  }

  void delete(UUID id) {
    jdbc.sql("DELETE FROM api_token WHERE account_id = ?").param(id).update();
    jdbc.sql("DELETE FROM account WHERE id = ?").param(id).update();
  }

  void updatePassword(UUID id, String passwordHash) {
    jdbc.sql("UPDATE account SET password_hash = ? WHERE id = ?").params(passwordHash, id).update();
  }

  void deleteTokens(UUID accountId) {
    jdbc.sql("DELETE FROM api_token WHERE account_id = ?").param(accountId).update();
  }

  void insertToken(String tokenHash, UUID accountId, Instant createdAt, Instant expiresAt) {
    jdbc.sql(
            "INSERT INTO api_token (token_hash, account_id, created_at, expires_at)"
                + " VALUES (?, ?, ?, ?)")
        .params(tokenHash, accountId, utc(createdAt), utc(expiresAt))
        .update();
  }

  Optional<AccountRow> findByToken(String tokenHash, Instant now) {
    return jdbc.sql(
            "SELECT a.id, a.username, a.password_hash, a.created_at FROM api_token t"
                + " JOIN account a ON a.id = t.account_id"
                + " WHERE t.token_hash = ? AND t.expires_at > ?")
        .params(tokenHash, utc(now))
        .query(AccountRepository::row)
        .optional();
  }

  int deleteToken(String tokenHash, UUID accountId) {
    return jdbc.sql("DELETE FROM api_token WHERE token_hash = ? AND account_id = ?")
        .params(tokenHash, accountId)
        .update();
  }

  int deleteExpiredTokens(Instant now) {
    return jdbc.sql("DELETE FROM api_token WHERE expires_at <= ?").param(utc(now)).update();
  }

  int countTokens(UUID accountId) {
    return jdbc.sql("SELECT COUNT(*) FROM api_token WHERE account_id = ?")
        .param(accountId)
        .query(Integer.class)
        .single();
  }

  private static AccountRow row(java.sql.ResultSet rs, int rowNum) throws java.sql.SQLException {
    return new AccountRow(
        rs.getObject("id", UUID.class),
        rs.getString("username"),
        rs.getString("password_hash"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
