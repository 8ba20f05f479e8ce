package org.leakaid.numbers;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns users' reports on one number into a community verdict that a few people cannot steer.
 *
 * <ul>
 *   <li>Each user has one report per number (the store replaces an earlier one), so one account is
 *       one vote.
 *   <li>A report weighs by how old its account was when it reported: under a day 0.1, under {@link
 *       #NEW_ACCOUNT} 0.3, older 1. Reports from accounts younger than {@link #NEW_ACCOUNT} count
 *       together for at most {@link #NEW_ACCOUNTS_CAP} on each side (against, for), which is below
 *       the weight that moves a verdict ({@link #SUSPICIOUS_AT}): a burst of fresh accounts,
 *       however many, changes nothing, and accounts made today and used in a week are still new
 *       when they reported.
 *   <li>Reports fade with a half-life of {@link #HALF_LIFE}: numbers are recycled and reassigned.
 *   <li>FRAUD needs fraud or fake-official weight of at least {@link #VERDICT_AT} (three
 *       established users) and no less than the weight of SAFE reports; HARASSMENT needs negative
 *       weight of at least that and twice the SAFE weight; SUSPICIOUS needs negative weight of at
 *       least {@link #SUSPICIOUS_AT} above the SAFE weight; SAFE needs SAFE and courier weight of
 *       at least {@link #VERDICT_AT} and three times the negative weight. Otherwise UNKNOWN.
 * </ul>
 */
public final class CommunityScore {

  public static final Duration NEW_ACCOUNT = Duration.ofDays(7);
  public static final Duration HALF_LIFE = Duration.ofDays(180);
  public static final double NEW_ACCOUNTS_CAP = 0.9;
  public static final double SUSPICIOUS_AT = 1.0;
  public static final double VERDICT_AT = 3.0;

  /** Sums of weights are compared with this much slack for rounding. */
  private static final double EPSILON = 1e-9;

  /**
   * One user's report.
   *
   * @param reporterSince when the reporting account was created
   */
  public record Report(ReportTag tag, Instant reportedAt, Instant reporterSince) {}

  /**
   * The outcome.
   *
   * @param counts reports per tag, as they are (for display)
   * @param weights weight per tag after the rules above
   * @param leading the tag with the most weight (ties: most reports), null without reports
   * @param newAccountReports reports from accounts younger than {@link #NEW_ACCOUNT} at the time
   */
  public record Score(
      Map<ReportTag, Integer> counts,
      Map<ReportTag, Double> weights,
      Verdict verdict,
      ReportTag leading,
      int newAccountReports) {

    public int total() {
      return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Why: counts per tag (most first), the verdict's sentence, the note on new accounts. */
    public List<Reason> reasons() {
      List<Reason> reasons = new ArrayList<>();
      if (counts.isEmpty()) {
        reasons.add(Reason.of("community.none"));
        return reasons;
      }
      if (verdict != Verdict.UNKNOWN) {
        reasons.add(Reason.of("community.verdict." + verdict.name()));
      }
      counts.entrySet().stream()
          .sorted(Map.Entry.<ReportTag, Integer>comparingByValue().reversed())
          .forEach(e -> reasons.add(Reason.of("community.count", e.getValue(), e.getKey())));
      if (newAccountReports > 0) {
        reasons.add(Reason.of("community.newAccounts", newAccountReports));
      }
      return reasons;
    }
  }

  public static final Score NONE = new Score(Map.of(), Map.of(), Verdict.UNKNOWN, null, 0);

  private CommunityScore() {}

  public static Score score(List<Report> reports, Instant now) {
    if (reports.isEmpty()) {
      return NONE;
    }
    Map<ReportTag, Integer> counts = new EnumMap<>(ReportTag.class);
    Map<ReportTag, Double> established = new EnumMap<>(ReportTag.class);
    Map<ReportTag, Double> fresh = new EnumMap<>(ReportTag.class);
    int newAccountReports = 0;
    for (Report r : reports) {
      counts.merge(r.tag(), 1, Integer::sum);
      Duration accountAge = Duration.between(r.reporterSince(), r.reportedAt());
      double trust;
      if (accountAge.compareTo(NEW_ACCOUNT) >= 0) {
        trust = 1.0;
      } else {
        trust = accountAge.compareTo(Duration.ofDays(1)) >= 0 ? 0.3 : 0.1;
        newAccountReports++;
      }
      // Whole days: a report fades from the day after it was made.
      double ageDays = Math.max(0, Duration.between(r.reportedAt(), now).toDays());
      double weight = trust * Math.pow(0.5, ageDays / HALF_LIFE.toDays());
      (trust == 1.0 ? established : fresh).merge(r.tag(), weight, Double::sum);
    }
    capBySide(fresh);
    Map<ReportTag, Double> weights = new EnumMap<>(established);
    fresh.forEach((tag, w) -> weights.merge(tag, w, Double::sum));
    return new Score(
        Collections.unmodifiableMap(counts),
        Collections.unmodifiableMap(weights),
        verdict(weights),
        leading(weights, counts),
        newAccountReports);
  }

  /** Scales new accounts' weights down so each side (against, for) sums to the cap at most. */
  private static void capBySide(Map<ReportTag, Double> fresh) {
    for (ReportTag.Leaning side : ReportTag.Leaning.values()) {
      double sum = sumOf(fresh, side);
      if (sum > NEW_ACCOUNTS_CAP) {
        double scale = NEW_ACCOUNTS_CAP / sum;
        fresh.replaceAll((tag, w) -> tag.leaning() == side ? w * scale : w);
      }
    }
  }

  static Verdict verdict(Map<ReportTag, Double> weights) {
    double against = sumOf(weights, ReportTag.Leaning.NEGATIVE);
    double safe = weights.getOrDefault(ReportTag.SAFE, 0.0);
    double neutral = weights.getOrDefault(ReportTag.COURIER, 0.0);
    double fraud =
        weights.getOrDefault(ReportTag.FRAUD, 0.0)
            + weights.getOrDefault(ReportTag.FAKE_OFFICIAL, 0.0);
    if (fraud >= VERDICT_AT - EPSILON && fraud >= safe) {
      return Verdict.FRAUD;
    }
    if (against >= VERDICT_AT - EPSILON && against >= 2 * safe) {
      return Verdict.HARASSMENT;
    }
    if (against >= SUSPICIOUS_AT - EPSILON && against > safe) {
      return Verdict.SUSPICIOUS;
    }
    if (safe + neutral >= VERDICT_AT - EPSILON && safe + neutral >= 3 * against) {
      return Verdict.SAFE;
    }
    return Verdict.UNKNOWN;
  }

  private static ReportTag leading(Map<ReportTag, Double> weights, Map<ReportTag, Integer> counts) {
    ReportTag best = null;
    for (ReportTag tag : counts.keySet()) {
      if (best == null
          || weights.get(tag) > weights.get(best) + 1e-9
          || (Math.abs(weights.get(tag) - weights.get(best)) <= 1e-9
              && counts.get(tag) > counts.get(best))) {
        best = tag;
      }
    }
    return best;
  }

  private static double sumOf(Map<ReportTag, Double> weights, ReportTag.Leaning side) {
    double sum = 0;
    for (Map.Entry<ReportTag, Double> e : weights.entrySet()) {
      if (e.getKey().leaning() == side) {
        sum += e.getValue();
      }
    }
    return sum;
  }
}
