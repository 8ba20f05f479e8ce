package org.leakaid.app.protect;

import java.util.Locale;

/** A crack time in plain words: "不到 1 秒", "约 3 天", "about 3 days", "centuries". */
final class CrackTimeWords {

  private CrackTimeWords() {}

  static String of(double seconds, Locale locale) {
    boolean en = "en".equals(locale.getLanguage());
    double[] limits = {60, 3600, 86_400, 86_400 * 30.4, 86_400 * 365.25, 86_400 * 365.25 * 100};
    String[] zhUnits = {"秒", "分钟", "小时", "天", "个月", "年"};
    String[] enUnits = {"second", "minute", "hour", "day", "month", "year"};
    double[] size = {1, 60, 3600, 86_400, 86_400 * 30.4, 86_400 * 365.25};
    if (!(seconds >= 1)) {
      return en ? "less than a second" : "不到 1 秒";
    }
    if (seconds >= limits[5]) {
      return en ? "more than a hundred years" : "一百年以上";
    }
    int unit = 0;
    while (unit < 5 && seconds >= limits[unit]) {
      unit++;
    }
    long n = Math.max(1, Math.round(seconds / size[unit]));
    return en
        ? "about " + n + " " + enUnits[unit] + (n == 1 ? "" : "s")
        : "约 " + n + " " + zhUnits[unit];
  }
}
