package org.leakaid.app.evidence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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

  List<ChainEntry> entries(UUID caseId) {
    return jdbc.sql(
            "SELECT seq, recorded_at, action, item_id, payload, prev_hash, hash FROM evidence_log"
                + " WHERE case_id = ? ORDER BY seq")
        .param(caseId)
        .query(
            (rs, n) ->
                new ChainEntry(
                    rs.getLong("seq"),
                    rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                    caseId.toString(),
                    ChainAction.valueOf(rs.getString("action")),
                    rs.getString("item_id"),
                    rs.getString("payload"),
                    rs.getString("prev_hash"),
                    rs.getString("hash")))
        .list();
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
