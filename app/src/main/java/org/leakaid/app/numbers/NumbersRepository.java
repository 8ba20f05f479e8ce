package org.leakaid.app.numbers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.leakaid.numbers.CommunityScore;
import org.leakaid.numbers.ReportTag;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reports and the offline database's labels, in SQL that runs on H2 and PostgreSQL alike. */
@Repository
class NumbersRepository {

  /** A report as its author sees it. */
  record ReportRow(String phone, ReportTag tag, String note, Instant reportedAt) {}

  /** A row of the offline database: {@code label} null when the number lost its label. */
  record LabelRow(long key, Integer label, long version) {}

  private final JdbcClient jdbc;

  NumbersRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records or replaces the account's report on a number; true when it replaced one. */
  boolean upsertReport(String phone, UUID accountId, ReportTag tag, String note, Instant at) {
    int updated =
        jdbc.sql(
                "UPDATE number_report SET tag = ?, note = ?, reported_at = ?"
                    + " WHERE phone = ? AND account_id = ?")
            .params(tag.name(), note, utc(at), phone, accountId)
            .update();
    if (updated > 0) {
      return true;
    }
    jdbc.sql(
            "INSERT INTO number_report (phone, account_id, tag, note, reported_at)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(phone, accountId, tag.name(), note, utc(at))
        .update();
    return false;
  }

  boolean deleteReport(String phone, UUID accountId) {
    return jdbc.sql("DELETE FROM number_report WHERE phone = ? AND account_id = ?")
            .params(phone, accountId)
            .update()
        > 0;
  }

  /** Every report on a number, with the age of its author's account. */
  List<CommunityScore.Report> reportsOn(String phone) {
    return jdbc.sql(
            "SELECT r.tag, r.reported_at, a.created_at FROM number_report r"
                + " JOIN account a ON a.id = r.account_id WHERE r.phone = ?")
        .param(phone)
        .query(
            (rs, n) ->
                new CommunityScore.Report(
                    ReportTag.valueOf(rs.getString(1)), instant(rs, 2), instant(rs, 3)))
        .list();
  }

  Optional<ReportRow> reportOf(String phone, UUID accountId) {
    return jdbc.sql(
            "SELECT phone, tag, note, reported_at FROM number_report"
                + " WHERE phone = ? AND account_id = ?")
        .params(phone, accountId)
        .query(NumbersRepository::reportRow)
        .optional();
  }

  List<ReportRow> reportsBy(UUID accountId) {
    return jdbc.sql(
            "SELECT phone, tag, note, reported_at FROM number_report WHERE account_id = ?"
                + " ORDER BY reported_at DESC")
        .param(accountId)
        .query(NumbersRepository::reportRow)
        .list();
  }

  /** How many numbers the account reported (or re-reported) since {@code since}. */
  int reportsSince(UUID accountId, Instant since) {
    return jdbc.sql("SELECT COUNT(*) FROM number_report WHERE account_id = ? AND reported_at > ?")
        .params(accountId, utc(since))
        .query(Integer.class)
        .single();
  }

  List<String> numbersReportedBy(UUID accountId) {
    return jdbc.sql("SELECT phone FROM number_report WHERE account_id = ?")
        .param(accountId)
        .query(String.class)
        .list();
  }

  void deleteReportsBy(UUID accountId) {
    jdbc.sql("DELETE FROM number_report WHERE account_id = ?").param(accountId).update();
  }

  List<String> reportedNumbers(String after, int limit) {
    return jdbc.sql(
            "SELECT DISTINCT phone FROM number_report WHERE phone > ? ORDER BY phone"
                + " FETCH FIRST "
                + limit
                + " ROWS ONLY")
        .param(after)
        .query(String.class)
        .list();
  }

  Instant accountCreatedAt(UUID accountId) {
    return jdbc.sql("SELECT created_at FROM account WHERE id = ?")
        .param(accountId)
        .query((rs, n) -> instant(rs, 1))
        .single();
  }

  // The offline database.

  long dbVersion() {
    return jdbc.sql("SELECT version FROM number_db_state WHERE id = 1").query(Long.class).single();
  }

  /** Takes the next version, holding the state row's lock until the transaction ends. */
  long nextDbVersion() {
    jdbc.sql("UPDATE number_db_state SET version = version + 1 WHERE id = 1").update();
    return dbVersion();
  }

  Optional<LabelRow> label(long key) {
    return jdbc.sql("SELECT number_key, label, version FROM number_label WHERE number_key = ?")
        .param(key)
        .query(NumbersRepository::labelRow)
        .optional();
  }

  void putLabel(long key, Integer label, long version) {
    int updated =
        jdbc.sql("UPDATE number_label SET label = ?, version = ? WHERE number_key = ?")
            .params(label, version, key)
            .update();
    if (updated == 0) {
      jdbc.sql("INSERT INTO number_label (number_key, label, version) VALUES (?, ?, ?)")
          .params(key, label, version)
          .update();
    }
  }

  /** Every row, removed labels included, in ascending order of number, in one statement. */
  List<LabelRow> allLabels() {
    return jdbc.sql("SELECT number_key, label, version FROM number_label ORDER BY number_key")
        .query(NumbersRepository::labelRow)
        .list();
  }

  private static LabelRow labelRow(ResultSet rs, int n) throws SQLException {
    int label = rs.getInt(2);
    return new LabelRow(rs.getLong(1), rs.wasNull() ? null : label, rs.getLong(3));
  }

  private static ReportRow reportRow(ResultSet rs, int n) throws SQLException {
    return new ReportRow(
        rs.getString(1), ReportTag.valueOf(rs.getString(2)), rs.getString(3), instant(rs, 4));
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
