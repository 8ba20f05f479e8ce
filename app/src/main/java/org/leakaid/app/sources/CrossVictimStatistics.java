package org.leakaid.app.sources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which platforms victims linked by the same harassers have in common, beyond chance.
 *
 * <p>The population is every victim (account) taking part; the linked victims are the asking victim
 * and those harassed by at least one of the same counterparts. For each platform: {@code k} of the
 * {@code n} linked victims gave it data, {@code K} of all {@code N}. If linked victims chose
 * platforms like everyone else, {@code k} would follow the hypergeometric distribution (drawing
 * {@code n} of {@code N} without replacement, {@code K} marked); the p-value is its upper tail
 * {@code P(X >= k)}, the one-sided Fisher exact test of the 2x2 table.
 *
 * <p>Privacy: a platform is reported only when at least {@link #MIN_VICTIMS} distinct linked
 * victims support it; below that it is left out entirely, so no answer carries a count under five.
 */
final class CrossVictimStatistics {

  static final int MIN_VICTIMS = 5;

  /**
   * A platform shared by linked victims.
   *
   * @param linkedWith linked victims whose ledgers name it ({@code k}, at least 5)
   * @param linked linked victims ({@code n})
   * @param allWith victims in the population whose ledgers name it ({@code K})
   * @param all victims in the population ({@code N})
   * @param ratio {@code (k/n) / (K/N)}: how many times more often linked victims name it
   * @param pValue {@code P(X >= k)} under the hypergeometric null
   */
  record Shared(
      String platformKey,
      int linkedWith,
      int linked,
      int allWith,
      int all,
      double ratio,
      double pValue) {}

  private CrossVictimStatistics() {}

  static List<Shared> sharedPlatforms(Map<UUID, Set<String>> ledgers, Set<UUID> linked) {
    int all = ledgers.size();
    int n = (int) linked.stream().filter(ledgers::containsKey).count();
    if (n < MIN_VICTIMS) {
      return List.of();
    }
    Map<String, Integer> allWith = new HashMap<>();
    Map<String, Integer> linkedWith = new HashMap<>();
    ledgers.forEach(
        (victim, platforms) -> {
          for (String p : platforms) {
            allWith.merge(p, 1, Integer::sum);
            if (linked.contains(victim)) {
              linkedWith.merge(p, 1, Integer::sum);
            }
          }
        });
    double[] logFactorial = logFactorials(all);
    List<Shared> out = new ArrayList<>();
    linkedWith.forEach(
        (platform, k) -> {
          if (k < MIN_VICTIMS) {
            return;
          }
          int bigK = allWith.get(platform);
          double ratio = ((double) k / n) / ((double) bigK / all);
          double p = upperTail(all, bigK, n, k, logFactorial);
          out.add(new Shared(platform, k, n, bigK, all, ratio, p));
        });
    out.sort(
        Comparator.comparingDouble(Shared::pValue)
            .thenComparing(Comparator.comparingDouble(Shared::ratio).reversed())
            .thenComparing(Shared::platformKey));
    return out;
  }

  /** {@code P(X >= k)} for X hypergeometric: population N, K marked, n drawn. */
  static double upperTail(int bigN, int bigK, int n, int k) {
    return upperTail(bigN, bigK, n, k, logFactorials(bigN));
  }

  private static double upperTail(int bigN, int bigK, int n, int k, double[] logFactorial) {
    int top = Math.min(n, bigK);
    double logDenominator = logChoose(bigN, n, logFactorial);
    double sum = 0;
    for (int i = Math.max(k, n - (bigN - bigK)); i <= top; i++) {
      sum +=
          Math.exp(
              logChoose(bigK, i, logFactorial)
                  + logChoose(bigN - bigK, n - i, logFactorial)
                  - logDenominator);
    }
    return Math.min(1.0, sum);
  }

  private static double logChoose(int n, int k, double[] logFactorial) {
    return logFactorial[n] - logFactorial[k] - logFactorial[n - k];
  }

  private static double[] logFactorials(int max) {
    double[] table = new double[max + 1];
    for (int i = 2; i <= max; i++) {
      table[i] = table[i - 1] + Math.log(i);
    }
    return table;
  }
}
