package org.leakaid.knowledge.law;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Article numbers as printed in Chinese statutes ("第四十七条", "第二百五十三条之一") and their Arabic form used
 * in refs ("47", "253-1").
 */
public final class ArticleNumber {

  private static final String NUMERAL = "[零一二三四五六七八九十百千]+";
  private static final Pattern PRINTED =
      Pattern.compile("第(" + NUMERAL + ")条(?:之(" + NUMERAL + "))?");

  private ArticleNumber() {}

  /** "第二百五十三条之一" -> "253-1"; the text may go on after the number ("第六十三条（2017年修正本）"). */
  public static String arabic(String printed) {
    Matcher m = PRINTED.matcher(printed);
    if (!m.lookingAt()) {
      throw new IllegalArgumentException("not an article number: " + printed);
    }
    String main = String.valueOf(value(m.group(1)));
    return m.group(2) == null ? main : main + "-" + value(m.group(2));
  }

  /** Whether the text is exactly one printed article number. */
  static boolean isPrinted(String text) {
    return PRINTED.matcher(text).matches();
  }

  /** Chinese numerals as used in article numbers, up to 9999: "一千零三十四" -> 1034. */
  static int value(String numerals) {
    int total = 0;
    int digit = -1;
    for (char c : numerals.toCharArray()) {
      int d = "零一二三四五六七八九".indexOf(c);
      if (d >= 0) {
        digit = d;
        continue;
      }
      int unit =
          switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> throw new IllegalArgumentException("not a Chinese numeral: " + numerals);
          };
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
    }
    return total + Math.max(digit, 0);
  }
}
