package org.leakaid.numbers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Combines a number's own facts, what users reported and, optionally, who the caller claimed to be
 * into a verdict with its reasons. The same rules run on the server (live reports) and in the CLI
 * (an offline database's label).
 */
public final class NumberLookup {

  /** Longest "claims" text we read; a name of an organisation is short. */
  public static final int MAX_CLAIM = 40;

  private NumberLookup() {}

  public static LookupResult lookup(
      NumberFacts facts, Community community, String claims, Locale locale) {
    List<Reason> reasons = new ArrayList<>();
    Verdict verdict = facts.floor();
    OfficialNumber official = facts.official();
    if (official != null) {
      verdict = Verdict.SAFE;
      reasons.add(Reason.of("official.is", official, official.source()));
      switch (official.outbound()) {
        case "INBOUND" -> reasons.add(Reason.of("official.inbound", official));
        case "SMS_ONLY" -> reasons.add(Reason.of("official.smsOnly"));
        default ->
            reasons.add(
                "96110".equals(official.number())
                    ? Reason.of("official.antiFraud")
                    : Reason.of("official.spoofable", official.number()));
      }
      if (community.verdict().compareTo(Verdict.SUSPICIOUS) >= 0) {
        reasons.add(Reason.of("official.reported"));
      }
    } else if (community.verdict() == Verdict.SAFE && verdict == Verdict.UNKNOWN) {
      verdict = Verdict.SAFE;
    } else {
      verdict = verdict.atLeast(community.verdict());
    }
    if (claims != null && !claims.isBlank()) {
      String claimed = claims.strip();
      claimed = claimed.length() > MAX_CLAIM ? claimed.substring(0, MAX_CLAIM) : claimed;
      List<OfficialNumber> bodies = OfficialNumbers.claimedAs(claimed);
      if (bodies.isEmpty()) {
        reasons.add(Reason.of("claims.unknown", claimed));
      } else if (official != null && bodies.contains(official)) {
        reasons.add(Reason.of("claims.match", official));
      } else {
        verdict = verdict.atLeast(Verdict.SUSPICIOUS);
        for (OfficialNumber body : bodies.subList(0, Math.min(2, bodies.size()))) {
          reasons.add(Reason.of("claims.mismatch", body, body.number()));
          if (facts.isMobileKind()) {
            reasons.add(Reason.of("claims.noMobile", body));
          }
          reasons.add(Reason.of("advice.callOfficial", body, body.number()));
        }
      }
    }
    reasons.addAll(facts.hints());
    reasons.addAll(community.reasons());
    Map<String, Integer> reports = new LinkedHashMap<>();
    for (ReportTag tag : ReportTag.values()) {
      Integer n = community.reports().get(tag);
      if (n != null && n > 0) {
        reports.put(tag.name(), n);
      }
    }
    return new LookupResult(
        facts.input(),
        facts.e164(),
        facts.valid(),
        facts.type(),
        facts.region(),
        facts.carrier(),
        verdict,
        texts(reasons, locale),
        reports,
        official == null
            ? null
            : new LookupResult.Official(
                official.number(), official.name(locale), official.category(), official.source()),
        texts(facts.notes(), locale),
        facts.extension());
  }

  private static List<String> texts(List<Reason> reasons, Locale locale) {
    List<String> texts = new ArrayList<>(reasons.size());
    for (Reason r : reasons) {
      String text = r.text(locale);
      if (!texts.contains(text)) {
        texts.add(text);
      }
    }
    return texts;
  }
}
