package org.leakaid.numbers;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.leakaid.numbers.offline.Label;

/**
 * What users reported on a number, from the live reports ({@link CommunityScore}) or from an
 * offline database's label, in the shape the lookup needs.
 *
 * @param reports reports per tag; from an offline label, the lower bound of its count class
 */
public record Community(Verdict verdict, Map<ReportTag, Integer> reports, List<Reason> reasons) {

  public static final Community NONE =
      new Community(Verdict.UNKNOWN, Map.of(), List.of(Reason.of("community.none")));

  public static Community of(CommunityScore.Score score) {
    return new Community(score.verdict(), score.counts(), score.reasons());
  }

  /** The community part of an offline label; an official entry carries no reports. */
  public static Community of(Label label) {
    if (label == null) {
      return NONE;
    }
    if (label.tag() == null) {
      return new Community(
          label.official() ? Verdict.UNKNOWN : label.verdict(),
          Map.of(),
          List.of(Reason.of(label.official() ? "offline.official" : "community.none")));
    }
    int atLeast = Label.lowestCount(label.countClass());
    Map<ReportTag, Integer> reports = new EnumMap<>(ReportTag.class);
    reports.put(label.tag(), atLeast);
    return new Community(
        label.verdict(), reports, List.of(Reason.of("offline.count", atLeast, label.tag())));
  }
}
