package org.leakaid.numbers.offline;

import org.leakaid.numbers.CommunityScore;
import org.leakaid.numbers.ReportTag;
import org.leakaid.numbers.Verdict;

/**
 * What the offline database says about a number: the community verdict, the tag most reported, how
 * many reported it (a class, not the exact count), and whether it is an official number. Packed
 * into a 10-bit code: verdict (3 bits), tag + 1 (3 bits, 0 = none), count class (3 bits), official
 * (1 bit).
 *
 * @param countClass 0 none, 1 one report, 2 for 2-4, 3 for 5-9, 4 for 10-49, 5 for 50-99, 6 for
 *     100-999, 7 for 1000 or more
 */
public record Label(Verdict verdict, ReportTag tag, int countClass, boolean official) {

  private static final int[] LOWEST = {0, 1, 2, 5, 10, 50, 100, 1000};
  private static final Verdict[] VERDICTS = Verdict.values();
  private static final ReportTag[] TAGS = ReportTag.values();

  public static final Label OFFICIAL = new Label(Verdict.SAFE, null, 0, true);

  public Label {
    if (countClass < 0 || countClass > 7) {
      throw new IllegalArgumentException("countClass 0-7: " + countClass);
    }
  }

  /** The label for a community score; null when the verdict is UNKNOWN (nothing to ship). */
  public static Label of(CommunityScore.Score score) {
    if (score.verdict() == Verdict.UNKNOWN) {
      return null;
    }
    return new Label(score.verdict(), score.leading(), countClass(score.total()), false);
  }

  public static int countClass(int reports) {
    int c = 0;
    while (c < 7 && reports >= LOWEST[c + 1]) {
      c++;
    }
    return c;
  }

  /** The fewest reports a count class stands for. */
  public static int lowestCount(int countClass) {
    return LOWEST[countClass];
  }

  public int code() {
    return verdict.ordinal()
        | (tag == null ? 0 : tag.ordinal() + 1) << 3
        | countClass << 6
        | (official ? 1 : 0) << 9;
  }

  public static Label ofCode(int code) {
    int verdict = code & 7;
    int tag = (code >>> 3) & 7;
    if (code < 0 || code >= 1 << 10 || verdict >= VERDICTS.length || tag > TAGS.length) {
      throw new IllegalArgumentException("not a label code: " + code);
    }
    return new Label(
        VERDICTS[verdict], tag == 0 ? null : TAGS[tag - 1], (code >>> 6) & 7, (code >>> 9) == 1);
  }
}
