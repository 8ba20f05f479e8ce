package org.leakaid.app.sources;

import java.util.Locale;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Pattern;

/**
 * Makes canary variants: distinctive enough that one found in a harasser's message names the
 * platform that got it, ordinary enough that mail, couriers and shop forms accept it.
 *
 * <ul>
 *   <li>E-mail: a plus-address with four random letters and digits ({@code user+jd7k@domain}); the
 *       big Chinese mail services and Gmail/Outlook deliver plus-addresses to the same mailbox.
 *   <li>Name: the name, a dash and the first character of the platform ({@code 张先生-京}); when the
 *       user already has that variant for another platform, the platform's next character ({@code
 *       张先生-造} for 京造), never a longer form of a variant in use, so no variant is the beginning of
 *       another.
 *   <li>Address: the address, a dash and a letter and a digit ({@code …501-K7}), which a courier
 *       reads as part of the door number.
 * </ul>
 *
 * Random parts avoid look-alike characters (0/o, 1/l/i), so a variant read aloud or retyped by a
 * harasser still matches.
 */
final class CanaryVariants {

  static final int MAX_BASE = 300;
  private static final String LETTERS_DIGITS = "abcdefghjkmnpqrstuvwxyz23456789";
  private static final String LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ";
  private static final String DIGITS = "23456789";
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+\\-]{1,64}@[A-Za-z0-9.\\-]{1,190}\\.[A-Za-z]{2,24}");

  private final IntUnaryOperator random;

  /**
   * @param random gives a number in {@code [0, bound)} for a bound
   */
  CanaryVariants(IntUnaryOperator random) {
    this.random = random;
  }

  /** A variant of {@code base} for {@code platform}, unlike any of the user's {@code taken}. */
  String variant(CanaryKind kind, String base, String platform, Set<String> takenMatchKeys) {
    String trimmed = base == null ? "" : base.strip();
    if (trimmed.isEmpty() || trimmed.length() > MAX_BASE) {
      throw new IllegalArgumentException("base: 1 to " + MAX_BASE + " characters");
    }
    for (int attempt = 0; attempt < 50; attempt++) {
      String value =
          switch (kind) {
            case EMAIL -> email(trimmed);
            case NAME -> name(trimmed, platform, attempt);
            case ADDRESS -> address(trimmed);
          };
      if (!takenMatchKeys.contains(matchKey(kind, value))) {
        return value;
      }
    }
    throw new IllegalStateException("no free variant left for this base");
  }

  private String email(String base) {
    if (!EMAIL.matcher(base).matches()) {
      throw new IllegalArgumentException("base: an e-mail address such as user@example.com");
    }
    int at = base.lastIndexOf('@');
    String local = base.substring(0, at);
    int plus = local.indexOf('+');
    if (plus >= 0) {
      local = local.substring(0, plus); // a variant of a variant would betray two platforms
    }
    return local + "+" + pick(LETTERS_DIGITS, 4) + base.substring(at).toLowerCase(Locale.ROOT);
  }

  private String name(String base, String platform, int attempt) {
    if (base.length() > 20) {
      throw new IllegalArgumentException("base: a name of at most 20 characters");
    }
    // The mark comes from the platform as the user wrote it (jd.com gives Li-J, 京东 张先生-京), not
    // from the alias it is filed under.
    String key = MatchingText.rawKey(platform);
    if (key.isEmpty()) {
      throw new IllegalArgumentException("platform: a name with a letter or digit");
    }
    int[] marks = key.codePoints().distinct().toArray();
    int mark =
        attempt < marks.length
            ? marks[attempt]
            : LETTERS.charAt((attempt - marks.length) % LETTERS.length());
    return base + "-" + new String(Character.toChars(mark)).toUpperCase(Locale.ROOT);
  }

  private String address(String base) {
    return base + "-" + pick(LETTERS, 1) + pick(DIGITS, 1);
  }

  private String pick(String alphabet, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.applyAsInt(alphabet.length())));
    }
    return out.toString();
  }

  /**
   * What is searched for in messages: the whole folded variant for e-mail and name; for an address
   * the last six folded characters (the door number's end and the code), since a message may quote
   * only the building and door.
   */
  static String matchKey(CanaryKind kind, String value) {
    String folded = MatchingText.fold(value);
    if (kind == CanaryKind.ADDRESS && folded.length() > 6) {
      return folded.substring(folded.length() - 6);
    }
    return folded;
  }
}
