package org.leakaid.app.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.leakaid.documents.DocumentKind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The fields a user typed for a case's documents and the dates documents were sent. Callers pass a
 * case they got from {@code Cases.requireOwned}, so these queries never cross accounts.
 */
@Repository
class DocumentRepository {

  record FieldRow(String name, String value, Instant updatedAt) {}

  record SentRow(DocumentKind kind, LocalDate sentOn, Instant recordedAt) {}

  private final JdbcClient jdbc;

  DocumentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Map<String, String> fields(UUID caseId) {
    Map<String, String> fields = new LinkedHashMap<>();
    fieldRows(caseId).forEach(row -> fields.put(row.name(), row.value()));
    return fields;
  }

  List<FieldRow> fieldRows(UUID caseId) {
    return jdbc.sql(
            "SELECT field_name, field_value, updated_at FROM document_field WHERE case_id = ?"
                + " ORDER BY field_name")
        .param(caseId)
        .query(
            (rs, n) ->
                new FieldRow(
                    rs.getString("field_name"),
                    rs.getString("field_value"),
                    rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  /** Stores a value, replacing the earlier one; an empty value removes the field. */
  void saveField(UUID caseId, String name, String value, Instant at) {
    if (value.isEmpty()) {
      jdbc.sql("DELETE FROM document_field WHERE case_id = ? AND field_name = ?")
          .params(caseId, name)
          .update();
      return;
    }
    if (updateField(caseId, name, value, at) > 0) {
      return;
    }
    try {
      jdbc.sql(
              "INSERT INTO document_field (case_id, field_name, field_value, updated_at)"
                  + " VALUES (?, ?, ?, ?)")
          .params(caseId, name, value, utc(at))
          .update();
    } catch (DuplicateKeyException concurrentInsert) {
      updateField(caseId, name, value, at);
    }
  }

  private int updateField(UUID caseId, String name, String value, Instant at) {
    return jdbc.sql(
            "UPDATE document_field SET field_value = ?, updated_at = ?"
                + " WHERE case_id = ? AND field_name = ?")
        .params(value, utc(at), caseId, name)
        .update();
  }

  Map<DocumentKind, LocalDate> sent(UUID caseId) {
    Map<DocumentKind, LocalDate> sent = new EnumMap<>(DocumentKind.class);
    sentRows(caseId).forEach(row -> sent.put(row.kind(), row.sentOn()));
    return sent;
  }

  List<SentRow> sentRows(UUID caseId) {
    return jdbc
        .sql("SELECT kind, sent_on, recorded_at FROM document_sent WHERE case_id = ? ORDER BY kind")
        .param(caseId)
        .query(
            (rs, n) -> {
              LocalDate sentOn = rs.getObject("sent_on", LocalDate.class);
              Instant recordedAt = rs.getObject("recorded_at", OffsetDateTime.class).toInstant();
              return DocumentKind.fromSlug(rs.getString("kind"))
                  .map(kind -> new SentRow(kind, sentOn, recordedAt))
                  .orElse(null);
            })
        .list()
        .stream()
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  void saveSent(UUID caseId, DocumentKind kind, LocalDate sentOn, Instant at) {
    int updated =
        jdbc.sql(
                "UPDATE document_sent SET sent_on = ?, recorded_at = ? WHERE case_id = ? AND kind = ?")
            .params(sentOn, utc(at), caseId, kind.slug())
            .update();
    if (updated > 0) {
      return;
    }
    try {
      jdbc.sql(
              "INSERT INTO document_sent (case_id, kind, sent_on, recorded_at) VALUES (?, ?, ?, ?)")
          .params(caseId, kind.slug(), sentOn, utc(at))
          .update();
    } catch (DuplicateKeyException concurrentInsert) {
      jdbc.sql(
              "UPDATE document_sent SET sent_on = ?, recorded_at = ? WHERE case_id = ? AND kind = ?")
          .params(sentOn, utc(at), caseId, kind.slug())
          .update();
    }
  }

  /** The ids of the account's cases that have document rows, for the account export. */
  List<UUID> caseIdsOf(UUID accountId) {
    return jdbc.sql(
            "SELECT id FROM leak_case WHERE account_id = ? AND (EXISTS (SELECT 1 FROM document_field"
                + " f WHERE f.case_id = leak_case.id) OR EXISTS (SELECT 1 FROM document_sent s"
                + " WHERE s.case_id = leak_case.id)) ORDER BY created_at, id")
        .param(accountId)
        .query((rs, n) -> rs.getObject("id", UUID.class))
        .list();
  }

  void deleteAllOf(UUID accountId) {
    for (String table : List.of("document_field", "document_sent")) {
      jdbc.sql(
              "DELETE FROM "
                  + table
                  + " WHERE case_id IN (SELECT id FROM leak_case WHERE account_id = ?)")
          .param(accountId)
          .update();
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
