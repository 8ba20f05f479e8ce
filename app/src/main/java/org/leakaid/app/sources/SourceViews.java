package org.leakaid.app.sources;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.leakaid.knowledge.plan.Leaked;

/** What the sources API and pages show: values only, never another user's rows. */
final class SourceViews {

  private SourceViews() {}

  /**
   * One line of the disclosure ledger.
   *
   * @param disclosedOn as the user gave it: a month ({@code 2025-06}) or a day ({@code 2025-06-18})
   */
  record LedgerEntry(
      UUID id,
      String platform,
      List<Leaked> data,
      String disclosedOn,
      String purpose,
      Instant recordedAt) {}

  /** A canary variant and where it went. */
  record Canary(
      UUID id, String platform, CanaryKind kind, String base, String value, Instant createdAt) {}

  /** A canary found in a text. */
  record Match(String platform, CanaryKind kind, String value) {}

  record Matches(List<Match> matches) {}

  /**
   * A canary found in an evidence item of a case.
   *
   * @param evidenceNumber the item's number in the case's 证据目录 (1-based)
   */
  record CanaryHit(
      String platform,
      CanaryKind kind,
      String value,
      String itemId,
      int evidenceNumber,
      OffsetDateTime occurredAt) {}

  /** A suspected source of a case, with its score and the reasons for it. */
  record Suspect(
      String platform,
      int score,
      boolean decisive,
      List<String> reasons,
      List<CanaryHit> canaryHits,
      SharedSuspect shared) {}

  /**
   * A platform that victims linked to this case by the same counterparts have in common; only shown
   * with at least 5 supporting victims.
   */
  record SharedSuspect(
      String platform,
      int linkedVictimsWith,
      int linkedVictims,
      int victimsWith,
      int victims,
      double ratio,
      double pValue) {

    /** The p-value as the pages show it: {@code p = 0.0179}, or {@code p < 0.0001}. */
    public String significance() {
      return Attribution.formatP(pValue);
    }
  }

  /**
   * The case's cross-victim statistics. {@code linkedVictims} is null when fewer than 5 (the count
   * is not shown then); {@code shared} is empty unless the case takes part.
   */
  record Statistics(boolean optedIn, Integer linkedVictims, List<SharedSuspect> shared) {}

  /** A platform named in the case's evidence that is not in the ledger yet. */
  record Suggestion(String platform, String itemId, int evidenceNumber) {}

  /** My membership of a group, with what I agreed to share. */
  record Membership(
      UUID groupId,
      String platform,
      UUID caseId,
      boolean shareEvents,
      boolean shareDates,
      boolean shareNumbers,
      boolean shareDocuments,
      Instant joinedAt) {}

  /**
   * Who coordinates a group. A coordinator who is a member is not named (members do not learn each
   * other's identity); an invited coordinator who is not a victim member is named by account name,
   * so members know whom they are trusting.
   *
   * @param you the viewer is the coordinator
   * @param member the coordinator is also a victim member
   * @param name the account name of a non-member coordinator, else null
   */
  record Coordinator(boolean you, boolean member, String name) {}

  /** A pending invitation to coordinate a group. */
  record Invitation(UUID groupId, String platform) {}

  /** A counterpart number and how many members were contacted from it. */
  record NumberCount(String counterpart, int members) {}

  /**
   * A group's aggregate, as its members see it: counts over the members who agreed to share each
   * part, nothing about any one member.
   */
  record GroupView(
      UUID id,
      String platform,
      int members,
      int sharingEvents,
      int events,
      LocalDate firstEvent,
      LocalDate lastEvent,
      List<NumberCount> topCounterparts,
      int sharingDocuments,
      Coordinator coordinator,
      Membership mine) {}
}
