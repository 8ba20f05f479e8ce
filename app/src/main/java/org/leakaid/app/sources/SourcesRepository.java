package org.leakaid.app.sources;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.leakaid.knowledge.plan.Leaked;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ledger, canaries, consents and groups, in SQL that runs on H2 and PostgreSQL alike. */
@Repository
class SourcesRepository {

  record DisclosureRow(
      UUID id,
      UUID accountId,
      String platform,
      String platformKey,
      Set<Leaked> data,
      LocalDate disclosedOn,
      boolean monthOnly,
      String purpose,
      Instant createdAt) {}

  record CanaryRow(
      UUID id,
      UUID accountId,
      String platform,
      String platformKey,
      CanaryKind kind,
      String base,
      String value,
      String matchKey,
      Instant createdAt) {}

  /** A case taking part in the statistics. */
  record ConsentRow(UUID caseId, UUID accountId, Instant createdAt) {}

  /** A group; coordinatorId is null when its coordinator deleted their account. */
  record GroupRow(
      UUID id, String platform, String platformKey, Instant createdAt, UUID coordinatorId) {}

  record MemberRow(
      UUID groupId,
      UUID accountId,
      UUID caseId,
      boolean shareEvents,
      boolean shareDates,
      boolean shareNumbers,
      boolean shareDocuments,
      Instant joinedAt) {}

  private final JdbcClient jdbc;

  SourcesRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // The ledger.

  void insertDisclosure(DisclosureRow row) {
    jdbc.sql(
            "INSERT INTO source_disclosure (id, account_id, platform, platform_key, data,"
                + " disclosed_on, disclosed_precision, purpose, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            row.id(),
            row.accountId(),
            row.platform(),
            row.platformKey(),
            joined(row.data()),
            row.disclosedOn(),
            row.monthOnly() ? "MONTH" : "DAY",
            row.purpose(),
            utc(row.createdAt()))
        .update();
  }

  List<DisclosureRow> disclosuresOf(UUID accountId) {
    return jdbc.sql(
            "SELECT id, account_id, platform, platform_key, data, disclosed_on, purpose, created_at,"
                + " disclosed_precision FROM source_disclosure WHERE account_id = ? ORDER BY created_at DESC, id")
        .param(accountId)
        .query(SourcesRepository::disclosure)
        .list();
  }

  int countDisclosures(UUID accountId) {
    return jdbc.sql("SELECT COUNT(*) FROM source_disclosure WHERE account_id = ?")
        .param(accountId)
        .query(Integer.class)
        .single();
  }

  boolean deleteDisclosure(UUID id, UUID accountId) {
    return jdbc.sql("DELETE FROM source_disclosure WHERE id = ? AND account_id = ?")
            .params(id, accountId)
            .update()
        > 0;
  }

  /** The platform keys in the ledgers of these accounts, by account. */
  List<Object[]> platformKeysOf(List<UUID> accountIds) {
    if (accountIds.isEmpty()) {
      return List.of();
    }
    String marks = accountIds.stream().map(a -> "?").collect(Collectors.joining(", "));
    return jdbc.sql(
            "SELECT DISTINCT account_id, platform_key FROM source_disclosure WHERE account_id IN ("
                + marks
                + ")")
        .params(accountIds.toArray())
        .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2)})
        .list();
  }

  /** How each platform key is most often written, for naming a shared suspect. */
  Optional<String> commonSpelling(String platformKey) {
    return jdbc.sql(
            "SELECT platform FROM source_disclosure WHERE platform_key = ? GROUP BY platform"
                + " ORDER BY COUNT(*) DESC, platform FETCH FIRST 1 ROWS ONLY")
        .param(platformKey)
        .query(String.class)
        .optional();
  }

  /**
   * Moves rows keyed by an alias to the platform's key. A group under the alias keeps its key when
   * the platform already has a group (two groups are not merged behind their members' backs).
   */
  void rekey(String alias, String canonical) {
    jdbc.sql("UPDATE source_disclosure SET platform_key = ? WHERE platform_key = ?")
        .params(canonical, alias)
        .update();
    jdbc.sql("UPDATE source_canary SET platform_key = ? WHERE platform_key = ?")
        .params(canonical, alias)
        .update();
    jdbc.sql(
            "UPDATE source_group SET platform_key = ? WHERE platform_key = ? AND NOT EXISTS"
                + " (SELECT 1 FROM source_group g WHERE g.platform_key = ?)")
        .params(canonical, alias, canonical)
        .update();
  }

  // Canaries.

  void insertCanary(CanaryRow row) {
    jdbc.sql(
            "INSERT INTO source_canary (id, account_id, platform, platform_key, kind, base,"
                + " canary_value, match_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            row.id(),
            row.accountId(),
            row.platform(),
            row.platformKey(),
            row.kind().name(),
            row.base(),
            row.value(),
            row.matchKey(),
            utc(row.createdAt()))
        .update();
  }

  List<CanaryRow> canariesOf(UUID accountId) {
    return jdbc.sql(
            "SELECT id, account_id, platform, platform_key, kind, base, canary_value, match_key,"
                + " created_at FROM source_canary WHERE account_id = ?"
                + " ORDER BY created_at DESC, id")
        .param(accountId)
        .query(SourcesRepository::canary)
        .list();
  }

  int countCanaries(UUID accountId) {
    return jdbc.sql("SELECT COUNT(*) FROM source_canary WHERE account_id = ?")
        .param(accountId)
        .query(Integer.class)
        .single();
  }

  boolean deleteCanary(UUID id, UUID accountId) {
    return jdbc.sql("DELETE FROM source_canary WHERE id = ? AND account_id = ?")
            .params(id, accountId)
            .update()
        > 0;
  }

  // Statistics consent.

  boolean consented(UUID caseId) {
    return jdbc.sql("SELECT COUNT(*) FROM source_statistics_consent WHERE case_id = ?")
            .param(caseId)
            .query(Integer.class)
            .single()
        > 0;
  }

  void consent(UUID caseId, UUID accountId, Instant at) {
    if (!consented(caseId)) {
      jdbc.sql(
              "INSERT INTO source_statistics_consent (case_id, account_id, consented_at)"
                  + " VALUES (?, ?, ?)")
          .params(caseId, accountId, utc(at))
          .update();
    }
  }

  void withdrawConsent(UUID caseId) {
    jdbc.sql("DELETE FROM source_statistics_consent WHERE case_id = ?").param(caseId).update();
  }

  List<ConsentRow> consents() {
    return jdbc.sql(
            "SELECT c.case_id, c.account_id, k.created_at FROM source_statistics_consent c"
                + " JOIN leak_case k ON k.id = c.case_id ORDER BY c.case_id")
        .query((rs, n) -> new ConsentRow(uuid(rs, 1), uuid(rs, 2), instant(rs, 3)))
        .list();
  }

  List<UUID> consentedCasesOf(UUID accountId) {
    return jdbc.sql("SELECT case_id FROM source_statistics_consent WHERE account_id = ?")
        .param(accountId)
        .query((rs, n) -> uuid(rs, 1))
        .list();
  }

  // Groups.

  Optional<GroupRow> groupByKey(String platformKey) {
    return jdbc.sql(
            "SELECT id, platform, platform_key, created_at, coordinator_id FROM source_group"
                + " WHERE platform_key = ?")
        .param(platformKey)
        .query(SourcesRepository::group)
        .optional();
  }

  Optional<GroupRow> group(UUID id) {
    return jdbc.sql(
            "SELECT id, platform, platform_key, created_at, coordinator_id FROM source_group"
                + " WHERE id = ?")
        .param(id)
        .query(SourcesRepository::group)
        .optional();
  }

  /**
   * Opens the group unless one for the key exists; false when another request opened it first. ON
   * CONFLICT DO NOTHING rather than catching the duplicate key: on PostgreSQL a failed INSERT
   * aborts the whole transaction, so the loser could not even read the winner's group.
   */
  boolean insertGroup(GroupRow row) {
    return jdbc.sql(
                "INSERT INTO source_group (id, platform, platform_key, created_at, coordinator_id)"
                    + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
            .params(
                row.id(),
                row.platform(),
                row.platformKey(),
                utc(row.createdAt()),
                row.coordinatorId())
            .update()
        > 0;
  }

  /** Adds or replaces the account's membership; true when it was new. */
  boolean putMember(MemberRow row) {
    int updated =
        jdbc.sql(
                "UPDATE source_group_member SET case_id = ?, share_events = ?, share_dates = ?,"
                    + " share_numbers = ?, share_documents = ? WHERE group_id = ? AND account_id = ?")
            .params(
                row.caseId(),
                row.shareEvents(),
                row.shareDates(),
                row.shareNumbers(),
                row.shareDocuments(),
                row.groupId(),
                row.accountId())
            .update();
    if (updated > 0) {
      return false;
    }
    // The same account joining twice at once: the second insert does nothing (no 500).
    return jdbc.sql(
                "INSERT INTO source_group_member (group_id, account_id, case_id, share_events,"
                    + " share_dates, share_numbers, share_documents, joined_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
            .params(
                row.groupId(),
                row.accountId(),
                row.caseId(),
                row.shareEvents(),
                row.shareDates(),
                row.shareNumbers(),
                row.shareDocuments(),
                utc(row.joinedAt()))
            .update()
        > 0;
  }

  void setCoordinator(UUID groupId, UUID accountId) {
    jdbc.sql("UPDATE source_group SET coordinator_id = ? WHERE id = ?")
        .params(accountId, groupId)
        .update();
  }

  /** Groups this account coordinates, for listing them to a coordinator who is not a member. */
  List<GroupRow> coordinatedBy(UUID accountId) {
    return jdbc.sql(
            "SELECT id, platform, platform_key, created_at, coordinator_id FROM source_group"
                + " WHERE coordinator_id = ? ORDER BY created_at")
        .param(accountId)
        .query(SourcesRepository::group)
        .list();
  }

  void invite(UUID groupId, UUID accountId, Instant at) {
    jdbc.sql(
            "INSERT INTO source_group_invite (group_id, account_id, invited_at) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING")
        .params(groupId, accountId, utc(at))
        .update();
  }

  boolean deleteInvite(UUID groupId, UUID accountId) {
    return jdbc.sql("DELETE FROM source_group_invite WHERE group_id = ? AND account_id = ?")
            .params(groupId, accountId)
            .update()
        > 0;
  }

  void deleteInvites(UUID groupId) {
    jdbc.sql("DELETE FROM source_group_invite WHERE group_id = ?").param(groupId).update();
  }

  List<GroupRow> invitationsOf(UUID accountId) {
    return jdbc.sql(
            "SELECT g.id, g.platform, g.platform_key, g.created_at, g.coordinator_id"
                + " FROM source_group g JOIN source_group_invite i ON i.group_id = g.id"
                + " WHERE i.account_id = ? ORDER BY i.invited_at")
        .param(accountId)
        .query(SourcesRepository::group)
        .list();
  }

  boolean deleteMember(UUID groupId, UUID accountId) {
    return jdbc.sql("DELETE FROM source_group_member WHERE group_id = ? AND account_id = ?")
            .params(groupId, accountId)
            .update()
        > 0;
  }

  List<MemberRow> members(UUID groupId) {
    return jdbc.sql(
            "SELECT group_id, account_id, case_id, share_events, share_dates, share_numbers,"
                + " joined_at, share_documents FROM source_group_member WHERE group_id = ? ORDER BY joined_at")
        .param(groupId)
        .query(SourcesRepository::member)
        .list();
  }

  List<MemberRow> membershipsOf(UUID accountId) {
    return jdbc.sql(
            "SELECT group_id, account_id, case_id, share_events, share_dates, share_numbers,"
                + " joined_at, share_documents FROM source_group_member WHERE account_id = ? ORDER BY joined_at")
        .param(accountId)
        .query(SourcesRepository::member)
        .list();
  }

  /** Everything of the account: rows referencing the account go with it. */
  void deleteAllOf(UUID accountId) {
    jdbc.sql("DELETE FROM source_group_member WHERE account_id = ?").param(accountId).update();
    jdbc.sql("DELETE FROM source_group_invite WHERE account_id = ?").param(accountId).update();
    jdbc.sql("UPDATE source_group SET coordinator_id = NULL WHERE coordinator_id = ?")
        .param(accountId)
        .update();
    jdbc.sql("DELETE FROM source_statistics_consent WHERE account_id = ?")
        .param(accountId)
        .update();
    jdbc.sql("DELETE FROM source_canary WHERE account_id = ?").param(accountId).update();
    jdbc.sql("DELETE FROM source_disclosure WHERE account_id = ?").param(accountId).update();
  }

  private static DisclosureRow disclosure(ResultSet rs, int n) throws SQLException {
    return new DisclosureRow(
        uuid(rs, 1),
        uuid(rs, 2),
        rs.getString(3),
        rs.getString(4),
        split(rs.getString(5)),
        rs.getObject(6, LocalDate.class),
        "MONTH".equals(rs.getString(9)),
        rs.getString(7),
        instant(rs, 8));
  }

  private static CanaryRow canary(ResultSet rs, int n) throws SQLException {
    return new CanaryRow(
        uuid(rs, 1),
        uuid(rs, 2),
        rs.getString(3),
        rs.getString(4),
        CanaryKind.valueOf(rs.getString(5)),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        instant(rs, 9));
  }

  private static GroupRow group(ResultSet rs, int n) throws SQLException {
    return new GroupRow(uuid(rs, 1), rs.getString(2), rs.getString(3), instant(rs, 4), uuid(rs, 5));
  }

  private static MemberRow member(ResultSet rs, int n) throws SQLException {
    return new MemberRow(
        uuid(rs, 1),
        uuid(rs, 2),
        uuid(rs, 3),
        rs.getBoolean(4),
        rs.getBoolean(5),
        rs.getBoolean(6),
        rs.getBoolean(8),
        instant(rs, 7));
  }

  private static String joined(Set<Leaked> data) {
    return data.stream().map(Leaked::name).collect(Collectors.joining(","));
  }

  private static Set<Leaked> split(String data) {
    Set<Leaked> out = EnumSet.noneOf(Leaked.class);
    if (data != null && !data.isEmpty()) {
      Arrays.stream(data.split(",")).map(Leaked::valueOf).forEach(out::add);
    }
    return out;
  }

  private static UUID uuid(ResultSet rs, int column) throws SQLException {
    return rs.getObject(column, UUID.class);
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
