package org.leakaid.app.cases;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.leakaid.knowledge.plan.Leaked;
import org.leakaid.knowledge.plan.Symptom;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Cases and step progress. Every read takes the owner's account id, so a query cannot return
 * another user's case by construction.
 */
@Repository
class CaseRepository {

  record CaseRow(
      UUID id,
      UUID accountId,
      Instant createdAt,
      Set<Leaked> leaked,
      Set<Symptom> symptoms,
      BigDecimal moneyLostYuan,
      String suspectedSource,
      LocalDate noticedOn) {}

  record StepRow(String key, StepStatus status, String note, Instant updatedAt) {}

  private static final String CASE_COLUMNS =
      "id, account_id, created_at, leaked, symptoms, money_lost_yuan, suspected_source, noticed_on";

  private final JdbcClient jdbc;

  CaseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(CaseRow row) {
    jdbc.sql("INSERT INTO leak_case (" + CASE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            row.id(),
            row.accountId(),
            utc(row.createdAt()),
            join(row.leaked()),
            join(row.symptoms()),
            row.moneyLostYuan(),
            row.suspectedSource(),
            row.noticedOn())
        .update();
  }

  /** Replaces the intake answers of an owned case; step progress, kept by key, is untouched. */
  int updateIntake(CaseRow row) {
    return jdbc.sql(
            "UPDATE leak_case SET leaked = ?, symptoms = ?, money_lost_yuan = ?,"
                + " suspected_source = ?, noticed_on = ? WHERE id = ? AND account_id = ?")
        .params(
            join(row.leaked()),
            join(row.symptoms()),
            row.moneyLostYuan(),
            row.suspectedSource(),
            row.noticedOn(),
            row.id(),
            row.accountId())
        .update();
  }

  Optional<CaseRow> findOwned(UUID id, UUID accountId) {
    return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM leak_case WHERE id = ? AND account_id = ?")
        .params(id, accountId)
        .query(CaseRepository::caseRow)
        .optional();
  }

  List<CaseRow> listOwned(UUID accountId) {
    return jdbc.sql(
            "SELECT "
                + CASE_COLUMNS
                + " FROM leak_case WHERE account_id = ? ORDER BY created_at DESC, id")
        .param(accountId)
        .query(CaseRepository::caseRow)
        .list();
  }

  /** Progress of the case's steps by key, in key order; steps never touched are absent. */
  Map<String, StepRow> steps(UUID caseId) {
    return jdbc
        .sql(
            "SELECT step_key, status, note, updated_at FROM case_step WHERE case_id = ?"
                + " ORDER BY step_key")
        .param(caseId)
        .query(
            (rs, n) ->
                new StepRow(
                    rs.getString("step_key"),
                    StepStatus.valueOf(rs.getString("status")),
                    rs.getString("note"),
                    rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
        .list()
        .stream()
        .collect(Collectors.toMap(StepRow::key, s -> s, (a, b) -> a, LinkedHashMap::new));
  }

  /** Records the step's status; portable upsert (update, else insert, else update again). */
  void saveStep(UUID caseId, StepRow step) {
    if (updateStep(caseId, step) > 0) {
      return;
    }
    try {
      jdbc.sql(
              "INSERT INTO case_step (case_id, step_key, status, note, updated_at)"
                  + " VALUES (?, ?, ?, ?, ?)")
          .params(caseId, step.key(), step.status().name(), step.note(), utc(step.updatedAt()))
          .update();
    } catch (DuplicateKeyException concurrentInsert) {
      updateStep(caseId, step);
    }
  }

  private int updateStep(UUID caseId, StepRow step) {
    return jdbc.sql(
            "UPDATE case_step SET status = ?, note = ?, updated_at = ?"
                + " WHERE case_id = ? AND step_key = ?")
        .params(step.status().name(), step.note(), utc(step.updatedAt()), caseId, step.key())
        .update();
  }

  int deleteAllOwned(UUID accountId) {
    jdbc.sql(
            "DELETE FROM case_step WHERE case_id IN"
                + " (SELECT id FROM leak_case WHERE account_id = ?)")
        .param(accountId)
        .update();
    return jdbc.sql("DELETE FROM leak_case WHERE account_id = ?").param(accountId).update();
  }

  private static CaseRow caseRow(ResultSet rs, int rowNum) throws SQLException {
    return new CaseRow(
        rs.getObject("id", UUID.class),
        rs.getObject("account_id", UUID.class),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        split(rs.getString("leaked"), Leaked.class),
        split(rs.getString("symptoms"), Symptom.class),
        rs.getBigDecimal("money_lost_yuan"),
        rs.getString("suspected_source"),
        rs.getObject("noticed_on", LocalDate.class));
  }

  private static String join(Set<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).collect(Collectors.joining(","));
  }

  private static <E extends Enum<E>> Set<E> split(String joined, Class<E> type) {
    EnumSet<E> values = EnumSet.noneOf(type);
    if (joined != null && !joined.isEmpty()) {
      Arrays.stream(joined.split(",")).map(name -> Enum.valueOf(type, name)).forEach(values::add);
    }
    return values;
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
