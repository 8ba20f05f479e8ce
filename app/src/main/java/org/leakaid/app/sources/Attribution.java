package org.leakaid.app.sources;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.leakaid.app.sources.SourceViews.CanaryHit;
import org.leakaid.app.sources.SourceViews.SharedSuspect;
import org.leakaid.app.sources.SourceViews.Suspect;
import org.leakaid.knowledge.plan.Leaked;

/**
 * Ranks a case's suspected sources. Points, so that the reasons add up to the score:
 *
 * <ul>
 *   <li>a canary variant of the platform in the case's evidence: 100 (decisive: only that platform
 *       ever had that variant);
 *   <li>timing: given before the first harassment, 10 to 20 (more the closer it was); given after
 *       it, -25 (it cannot explain the first contact);
 *   <li>data: up to 30, by the share of what the harassers showed they knew that the platform had;
 *   <li>cross-victim statistics: 20 when p &lt; 0.01, 10 when p &lt; 0.05.
 * </ul>
 *
 * Without a canary hit the score is a lead, not proof, and the reasons say so.
 */
final class Attribution {

  static final int CANARY_POINTS = 100;

  /** The localised reason texts. */
  interface Words {
    String get(String key, Object... args);
  }

  /** A ledger line as attribution needs it. */
  record Disclosure(
      String platform, String platformKey, Set<Leaked> data, LocalDate on, boolean monthOnly) {}

  /** What the case's evidence shows: first contact and the data the harassers used. */
  record CaseFacts(LocalDate firstHarassment, Set<Leaked> seen) {}

  private Attribution() {}

  static List<Suspect> rank(
      List<Disclosure> ledger,
      Map<String, List<CanaryHit>> canaryHitsByPlatformKey,
      Map<String, String> canaryPlatformNames,
      CaseFacts facts,
      Map<String, SharedSuspect> sharedByPlatformKey,
      Words words) {
    Map<String, List<Disclosure>> byKey = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (Disclosure d : ledger) {
      byKey.computeIfAbsent(d.platformKey(), k -> new ArrayList<>()).add(d);
      names.putIfAbsent(d.platformKey(), d.platform());
    }
    canaryPlatformNames.forEach(names::putIfAbsent);
    sharedByPlatformKey.forEach((k, s) -> names.putIfAbsent(k, s.platform()));

    List<Suspect> suspects = new ArrayList<>();
    for (Map.Entry<String, String> platform : names.entrySet()) {
      String key = platform.getKey();
      List<String> reasons = new ArrayList<>();
      int score = 0;
      List<CanaryHit> hits = canaryHitsByPlatformKey.getOrDefault(key, List.of());
      if (!hits.isEmpty()) {
        score += CANARY_POINTS;
        for (CanaryHit hit : hits) {
          reasons.add(
              words.get(
                  "sources.reason.canary", hit.evidenceNumber(), hit.value(), platform.getValue()));
        }
      }
      List<Disclosure> disclosures = byKey.getOrDefault(key, List.of());
      if (disclosures.isEmpty()) {
        reasons.add(words.get("sources.reason.notInLedger"));
      } else {
        score += timing(disclosures, facts.firstHarassment(), reasons, words);
        score += data(disclosures, facts.seen(), reasons, words);
      }
      SharedSuspect shared = sharedByPlatformKey.get(key);
      if (shared != null) {
        int points = shared.pValue() < 0.01 ? 20 : shared.pValue() < 0.05 ? 10 : 0;
        score += points;
        reasons.add(
            words.get(
                "sources.reason.shared",
                shared.linkedVictimsWith(),
                shared.linkedVictims(),
                String.format(Locale.ROOT, "%.1f", shared.ratio()),
                formatP(shared.pValue())));
      }
      if (hits.isEmpty()) {
        reasons.add(words.get("sources.reason.lead"));
      }
      suspects.add(new Suspect(platform.getValue(), score, !hits.isEmpty(), reasons, hits, shared));
    }
    suspects.sort(
        Comparator.comparingInt(Suspect::score).reversed().thenComparing(Suspect::platform));
    return suspects;
  }

  private static int timing(
      List<Disclosure> disclosures, LocalDate first, List<String> reasons, Words words) {
    Disclosure earliestLine =
        disclosures.stream()
            .filter(d -> d.on() != null)
            .min(java.util.Comparator.comparing(Disclosure::on))
            .orElse(null);
    if (earliestLine == null) {
      reasons.add(words.get("sources.reason.noDate"));
      return 0;
    }
    if (first == null) {
      return 0;
    }
    // A month counts from its first day: a platform given data "in June" may explain June.
    LocalDate earliest = earliestLine.on();
    String when = SourceLedger.shown(earliest, earliestLine.monthOnly());
    long days = ChronoUnit.DAYS.between(earliest, first);
    if (days < 0) {
      reasons.add(words.get("sources.reason.after", when, first.toString()));
      return -25;
    }
    reasons.add(words.get("sources.reason.before", when, days, first.toString()));
    return 10 + (int) Math.round(10 * Math.exp(-days / 365.0));
  }

  private static int data(
      List<Disclosure> disclosures, Set<Leaked> seen, List<String> reasons, Words words) {
    if (seen.isEmpty()) {
      return 0;
    }
    Set<Leaked> held = EnumSet.noneOf(Leaked.class);
    disclosures.forEach(d -> held.addAll(d.data()));
    Set<Leaked> had = EnumSet.copyOf(seen);
    had.retainAll(held);
    Set<Leaked> missing = EnumSet.copyOf(seen);
    missing.removeAll(held);
    if (missing.isEmpty()) {
      reasons.add(words.get("sources.reason.dataAll", list(seen, words)));
    } else if (had.isEmpty()) {
      reasons.add(words.get("sources.reason.dataNone", list(seen, words)));
    } else {
      reasons.add(words.get("sources.reason.dataSome", list(had, words), list(missing, words)));
    }
    return (int) Math.round(30.0 * had.size() / seen.size());
  }

  private static String list(Set<Leaked> kinds, Words words) {
    return kinds.stream()
        .map(k -> words.get("leaked." + k.name()))
        .collect(Collectors.joining(words.get("sources.listSeparator")));
  }

  /** {@code p = 0.0179}, or {@code p < 0.0001} for smaller values. */
  public static String formatP(double p) {
    return p < 0.0001 ? "p < 0.0001" : String.format(Locale.ROOT, "p = %.4f", p);
  }
}
