package org.leakaid.numbers;

import java.util.List;
import java.util.Locale;

/**
 * A number an organisation publishes as its own (resource {@code official-numbers.csv}).
 *
 * @param number the digits as dialled in the mainland ({@code 95588})
 * @param category BANK, INSURANCE, PAYMENT, OPERATOR, COURIER, EMERGENCY or GOVERNMENT
 * @param outbound whether the organisation calls people from it: CALLS, SMS_ONLY or INBOUND
 * @param aliases other names people use for the organisation (工行, ICBC)
 * @param source where the organisation publishes the number
 */
public record OfficialNumber(
    String number,
    String category,
    String outbound,
    String nameZh,
    String nameEn,
    List<String> aliases,
    String source) {

  public String name(Locale locale) {
    return Texts.isEnglish(locale) ? nameEn : nameZh;
  }

  /** Whether a caller who says they are {@code claimed} means this organisation. */
  public boolean isClaimedAs(String claimed) {
    String c = claimed.strip().toLowerCase(Locale.ROOT);
    if (c.isEmpty()) {
      return false;
    }
    if (c.equals(number)
        || nameZh.toLowerCase(Locale.ROOT).contains(c)
        || nameEn.toLowerCase(Locale.ROOT).equals(c)) {
      return true;
    }
    for (String alias : aliases) {
      String a = alias.toLowerCase(Locale.ROOT);
      if (c.equals(a) || (a.length() >= 2 && c.contains(a))) {
        return true;
      }
    }
    return false;
  }
}
