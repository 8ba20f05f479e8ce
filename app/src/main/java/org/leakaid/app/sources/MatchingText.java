package org.leakaid.app.sources;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The forms in which names, canaries and numbers are compared. A harasser's message may carry a
 * canary with full-width letters ({@code ｊｄ７ｋ}), extra spaces, upper case or another dash ({@code
 * 张先生—京}, {@code 张先生 京}); platforms are written {@code 京东}, {@code 京 东} or {@code JD.com}. Both
 * sides of a comparison go through the same folding, so these still match.
 */
final class MatchingText {

  private MatchingText() {}

  /**
   * For canary matching: NFKC (full-width to half-width), lower case, without white space, dashes,
   * underscores, dots between CJK and brackets, which people and databases add or drop freely.
   */
  static String fold(String text) {
    if (text == null) {
      return "";
    }
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(nfkc.length());
    for (int i = 0; i < nfkc.length(); ) {
      int c = nfkc.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isDropped(c)) {
        continue;
      }
      out.appendCodePoint(c);
    }
    return out.toString();
  }

  private static boolean isDropped(int c) {
    int type = Character.getType(c);
    return type == Character.DASH_PUNCTUATION
        || type == Character.START_PUNCTUATION
        || type == Character.END_PUNCTUATION
        || type == Character.FORMAT
        || c == '_'
        || c == '·'
        || c == '・'
        || c == '\u2212';
  }

  /**
   * A platform's key: folded, only letters and digits, so 京东、“京东” and 京 东 are one; and a known
   * alias gives its platform's key, so JD.com and 京东商城 are 京东 too (see {@link PlatformAliases}).
   */
  static String platformKey(String platform) {
    return PlatformAliases.canonical(rawKey(platform));
  }

  /** Folded, letters and digits only; no aliases (for text that is not a platform name). */
  static String rawKey(String platform) {
    String folded = fold(platform);
    StringBuilder out = new StringBuilder(folded.length());
    folded.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
    return out.toString();
  }

  /**
   * An evidence counterpart (a number or an address) as a linking key: letters and digits only; a
   * mainland mobile written with +86 or 0086 loses the prefix. Null when nothing is left.
   */
  static String counterpartKey(String counterpart) {
    String key = rawKey(counterpart);
    if (key.isEmpty()) {
      return null;
    }
    if (key.chars().allMatch(Character::isDigit)) {
      if (key.length() == 15 && key.startsWith("00861")) {
        key = key.substring(4);
      } else if (key.length() == 13 && key.startsWith("861")) {
        key = key.substring(2);
      }
      if (key.length() < 5) {
        return null;
      }
    }
    return key;
  }
}
