package org.leakaid.app.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.leakaid.evidence.chain.ChainAction;
import org.leakaid.evidence.chain.ChainEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case logs and the files they refer to. Callers have checked that the case is the user's. */
@Repository
class EvidenceLogRepository {

  private final JdbcClient jdbc;

  EvidenceLogRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Locks the case row until the transaction ends, so that appends to one case's log happen one
   * after the other (the primary key on (case_id, seq) would refuse a lost race anyway).
   */
  void lockCase(UUID caseId) {
    jdbc.sql("SELECT id FROM leak_case WHERE id = ? FOR UPDATE").param(caseId).query().listOfRows();
  }

  private static final String ENTRY_COLUMNS =
      "SELECT seq, recorded_at, action, item_id, payload, prev_hash, hash FROM evidence_log";

  List<ChainEntry> entries(UUID caseId) {
    return jdbc.sql(ENTRY_COLUMNS + " WHERE case_id = ? ORDER BY seq")
        .param(caseId)
        .query((rs, n) -> entry(caseId, rs))
        .list();
  }

  /** The case's last entry, which the next one links to; empty for a case with no evidence. */
  Optional<ChainEntry> lastEntry(UUID caseId) {
    return jdbc.sql(ENTRY_COLUMNS + " WHERE case_id = ? ORDER BY seq DESC LIMIT 1")
        .param(caseId)
        .query((rs, n) -> entry(caseId, rs))
        .optional();
  }

  /** Every entry about one item, in order (served by the index on case and item). */
  List<ChainEntry> entriesOfItem(UUID caseId, String itemId) {
    return jdbc.sql(ENTRY_COLUMNS + " WHERE case_id = ? AND item_id = ? ORDER BY seq")
        .params(caseId, itemId)
        .query((rs, n) -> entry(caseId, rs))
        .list();
  }

  private static ChainEntry entry(UUID caseId, ResultSet rs) throws SQLException {
    return new ChainEntry(
        rs.getLong("seq"),
        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
        caseId.toString(),
        ChainAction.valueOf(rs.getString("action")),
        rs.getString("item_id"),
        rs.getString("payload"),
        rs.getString("prev_hash"),
        rs.getString("hash"));
  }

  void insert(UUID caseId, ChainEntry entry) {
    jdbc.sql(
            "INSERT INTO evidence_log (case_id, seq, recorded_at, action, item_id, payload,"
                + " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            caseId,
            entry.seq(),
            entry.time().atOffset(ZoneOffset.UTC),
            entry.action().name(),
            entry.itemId(),
            entry.payload(),
            entry.prevHash(),
            entry.hash())
        .update();
  }

  void referenceFile(UUID caseId, String sha256) {
    jdbc.sql(
            "INSERT INTO evidence_file (case_id, sha256) SELECT ?, ? WHERE NOT EXISTS"
                + " (SELECT 1 FROM evidence_file WHERE case_id = ? AND sha256 = ?)")
        .params(caseId, sha256, caseId, sha256)
        .update();
  }

  boolean caseHasFile(UUID caseId, String sha256) {
    return jdbc.sql("SELECT COUNT(*) FROM evidence_file WHERE case_id = ? AND sha256 = ?")
            .params(caseId, sha256)
            .query(Long.class)
            .single()
        > 0;
  }

  boolean anyCaseHasFile(String sha256) {
    return jdbc.sql("SELECT COUNT(*) FROM evidence_file WHERE sha256 = ?")
            .param(sha256)
            .query(Long.class)
            .single()
        > 0;
  }

  /** The files the account's cases refer to: what its deletion may leave unreferenced. */
  List<String> fileHashesOf(UUID accountId) {
    return jdbc.sql(
            "SELECT DISTINCT f.sha256 FROM evidence_file f JOIN leak_case c ON c.id = f.case_id"
                + " WHERE c.account_id = ?")
        .param(accountId)
        .query(String.class)
        .list();
  }

  /** Every file some case refers to. */
  List<String> allFileHashes() {
    return jdbc.sql("SELECT DISTINCT sha256 FROM evidence_file").query(String.class).list();
  }

  List<UUID> caseIdsOf(UUID accountId) {
    return jdbc.sql("SELECT id FROM leak_case WHERE account_id = ? ORDER BY created_at, id")
        .param(accountId)
        .query(UUID.class)
        .list();
  }

  void deleteAllOf(UUID accountId) {
    jdbc.sql(
            "DELETE FROM evidence_file WHERE case_id IN"
                + " (SELECT id FROM leak_case WHERE account_id = ?)")
        .param(accountId)
        .update();
    jdbc.sql(
            "DELETE FROM evidence_log WHERE case_id IN"
                + " (SELECT id FROM leak_case WHERE account_id = ?)")
        .param(accountId)
        .update();
  }
}
