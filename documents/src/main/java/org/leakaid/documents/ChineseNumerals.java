package org.leakaid.documents;

/** Numbers as Chinese numerals the way article numbers print them: 10 十, 110 一百一十, 1034 一千零三十四. */
final class ChineseNumerals {
  private static final String DIGITS = "零一二三四五六七八九";

  private ChineseNumerals() {}

  static String of(int n) {
    if (n <= 0 || n > 9999) {
      throw new IllegalArgumentException("out of range: " + n);
    }
    if (n < 10) {
      return String.valueOf(DIGITS.charAt(n));
    }
    if (n < 20) {
      return "十" + (n % 10 == 0 ? "" : DIGITS.charAt(n % 10));
    }
    StringBuilder out = new StringBuilder();
    int[] units = {1000, 100, 10, 1};
    String names = "千百十";
    boolean zero = false;
    boolean started = false;
    for (int i = 0; i < units.length; i++) {
      int d = n / units[i] % 10;
      if (d == 0) {
        zero = started;
        continue;
      }
      if (zero) {
        out.append('零');
        zero = false;
      }
      out.append(DIGITS.charAt(d));
      if (i < 3) {
        out.append(names.charAt(i));
      }
      started = true;
    }
    return out.toString();
  }
}
