package org.leakaid.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommunityScoreTest {

  private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

  /** A report made {@code ago} before now by an account that was {@code accountAge} old then. */
  private static CommunityScore.Report report(ReportTag tag, Duration ago, Duration accountAge) {
    Instant at = NOW.minus(ago);
    return new CommunityScore.Report(tag, at, at.minus(accountAge));
  }

  private static List<CommunityScore.Report> established(ReportTag tag, int n) {
    List<CommunityScore.Report> reports = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      reports.add(report(tag, Duration.ofHours(i + 1), Duration.ofDays(30)));
    }
    return reports;
  }

  private static List<CommunityScore.Report> burst(ReportTag tag, int n) {
    List<CommunityScore.Report> reports = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      reports.add(report(tag, Duration.ofMinutes(i), Duration.ofMinutes(5)));
    }
    return reports;
  }

  private static Verdict verdict(List<CommunityScore.Report> reports) {
    return CommunityScore.score(reports, NOW).verdict();
  }

  @Test
  void noReportsNoVerdict() {
    assertThat(CommunityScore.score(List.of(), NOW).verdict()).isEqualTo(Verdict.UNKNOWN);
  }

  @Test
  void threeEstablishedUsersMakeAVerdictFewerMakeItSuspicious() {
    assertThat(verdict(established(ReportTag.FRAUD, 1))).isEqualTo(Verdict.SUSPICIOUS);
    assertThat(verdict(established(ReportTag.FRAUD, 2))).isEqualTo(Verdict.SUSPICIOUS);
    assertThat(verdict(established(ReportTag.FRAUD, 3))).isEqualTo(Verdict.FRAUD);
    assertThat(verdict(established(ReportTag.FAKE_OFFICIAL, 3))).isEqualTo(Verdict.FRAUD);
    List<CommunityScore.Report> mixed = new ArrayList<>(established(ReportTag.MARKETING, 2));
    mixed.addAll(established(ReportTag.DEBT_COLLECTION, 1));
    assertThat(verdict(mixed)).isEqualTo(Verdict.HARASSMENT);
    assertThat(verdict(established(ReportTag.SAFE, 3))).isEqualTo(Verdict.SAFE);
    assertThat(verdict(established(ReportTag.COURIER, 3))).isEqualTo(Verdict.SAFE);
  }

  @Test
  void safeReportsHoldBackAVerdictAgainst() {
    List<CommunityScore.Report> reports = new ArrayList<>(established(ReportTag.HARASSMENT, 3));
    reports.addAll(established(ReportTag.SAFE, 2));
    assertThat(verdict(reports)).isEqualTo(Verdict.SUSPICIOUS);
    reports.addAll(established(ReportTag.SAFE, 2));
    assertThat(verdict(reports)).isEqualTo(Verdict.UNKNOWN);
  }

  @Test
  void aBurstOfNewAccountsChangesNoVerdict() {
    assertThat(verdict(burst(ReportTag.FRAUD, 500))).isEqualTo(Verdict.UNKNOWN);
    // Smearing a number others found safe, and whitewashing a fraud number, both fail.
    List<CommunityScore.Report> smear = new ArrayList<>(established(ReportTag.SAFE, 3));
    smear.addAll(burst(ReportTag.FRAUD, 500));
    assertThat(verdict(smear)).isEqualTo(Verdict.SAFE);
    List<CommunityScore.Report> whitewash = new ArrayList<>(established(ReportTag.FRAUD, 3));
    whitewash.addAll(burst(ReportTag.SAFE, 500));
    CommunityScore.Score score = CommunityScore.score(whitewash, NOW);
    assertThat(score.verdict()).isEqualTo(Verdict.FRAUD);
    assertThat(score.newAccountReports()).isEqualTo(500);
    assertThat(score.counts().get(ReportTag.SAFE)).isEqualTo(500);
    assertThat(score.reasons()).extracting(Reason::key).contains("community.newAccounts");
    // Accounts made a week before they report are established.
    List<CommunityScore.Report> sleepers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      sleepers.add(report(ReportTag.FRAUD, Duration.ofHours(1), Duration.ofDays(8)));
    }
    assertThat(verdict(sleepers)).isEqualTo(Verdict.FRAUD);
  }

  @Test
  void newAccountsStillTipABalanceTheyDidNotMake() {
    List<CommunityScore.Report> reports = new ArrayList<>(established(ReportTag.HARASSMENT, 2));
    assertThat(verdict(reports)).isEqualTo(Verdict.SUSPICIOUS);
    reports.addAll(burst(ReportTag.HARASSMENT, 20));
    assertThat(verdict(reports)).isEqualTo(Verdict.SUSPICIOUS); // 2 + 0.9 < 3
    reports.addAll(established(ReportTag.HARASSMENT, 1));
    assertThat(verdict(reports)).isEqualTo(Verdict.HARASSMENT);
  }

  @Test
  void oldReportsFade() {
    List<CommunityScore.Report> old = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      old.add(report(ReportTag.FRAUD, Duration.ofDays(400), Duration.ofDays(100)));
    }
    assertThat(verdict(old)).isEqualTo(Verdict.UNKNOWN);
  }

  @Test
  void theLeadingTagIsTheHeaviest() {
    List<CommunityScore.Report> reports = new ArrayList<>(established(ReportTag.MARKETING, 2));
    reports.addAll(burst(ReportTag.FRAUD, 10));
    assertThat(CommunityScore.score(reports, NOW).leading()).isEqualTo(ReportTag.MARKETING);
    assertThat(CommunityScore.score(reports, NOW).total()).isEqualTo(12);
  }
}
