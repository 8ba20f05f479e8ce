package org.leakaid.numbers;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The curated list of official numbers, by number and by the name a caller claims. */
public final class OfficialNumbers {

  private static final Map<String, OfficialNumber> BY_NUMBER = new LinkedHashMap<>();

  static {
    for (String[] r : ResourceTables.read("official-numbers.csv", 7)) {
      OfficialNumber official =
          new OfficialNumber(
              r[0],
              r[1],
              r[2],
              r[3],
              r[4],
              r[5].isEmpty() ? List.of() : Arrays.asList(r[5].split("\\|")),
              r[6]);
      if (BY_NUMBER.put(official.number(), official) != null) {
        throw new IllegalStateException("official-numbers.csv lists " + r[0] + " twice");
      }
    }
  }

  private OfficialNumbers() {}

  /** Every entry, in the order of the resource file. */
  public static List<OfficialNumber> all() {
    return List.copyOf(BY_NUMBER.values());
  }

  /** The entry for a number dialled as {@code digits} in the mainland. */
  public static Optional<OfficialNumber> byNumber(String digits) {
    return Optional.ofNullable(BY_NUMBER.get(digits));
  }

  /** The organisations a caller may mean by {@code claimed} ("工行", "建设银行", "ICBC"). */
  public static List<OfficialNumber> claimedAs(String claimed) {
    if (claimed == null || claimed.isBlank()) {
      return List.of();
    }
    return BY_NUMBER.values().stream().filter(o -> o.isClaimedAs(claimed)).toList();
  }

  /**
   * The official number that {@code digits} imitates by starting with it (+95588..., 0095588,
   * 095588), longest first; empty when none.
   */
  static Optional<OfficialNumber> imitated(String digits) {
    OfficialNumber best = null;
    for (OfficialNumber o : BY_NUMBER.values()) {
      // 3-digit emergency numbers begin too many real numbers (+1 10...) to tell imitation.
      if (o.number().length() >= 5
          && digits.startsWith(o.number())
          && (best == null || o.number().length() > best.number().length())) {
        best = o;
      }
    }
    return Optional.ofNullable(best);
  }
}
