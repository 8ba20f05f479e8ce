package org.leakaid.protect.password;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import me.gosimple.nbvcxz.matching.PasswordMatcher;
import me.gosimple.nbvcxz.matching.match.BaseMatch;
import me.gosimple.nbvcxz.matching.match.Match;
import me.gosimple.nbvcxz.resources.Configuration;
import org.leakaid.scanner.ResidentIds;

/**
 * Patterns of Chinese passwords that nbvcxz's English-language matchers miss, as matchers it
 * combines with its own (the cheapest cover of the whole password wins, as for its built-in ones).
 *
 * <ul>
 *   <li><b>Names in pinyin</b>: a common surname and one or two given-name syllables (zhangwei,
 *       wangxiaoming). Guessed as surname rank x syllable choices: a two-syllable name is about 14
 *       bits, not the 38 bits of eight random letters.
 *   <li><b>Mobile numbers</b> (1[3-9] and 9 digits) and <b>ID numbers</b> (18 characters with a
 *       valid check character, or the last six characters ending in X). These are the data a leak
 *       victim's attacker already holds: a targeted guesser tries each identifier of the leaked
 *       record and its parts, so they count as {@value #KNOWN_TO_ATTACKER_BITS} bits (about a
 *       thousand guesses), however random the digits look.
 * </ul>
 *
 * Pinyin words (woaini), common Chinese passwords and numbers such as 5201314 are dictionaries
 * ({@link PasswordStrength}); dates, keyboard walks and sequences are nbvcxz's own matchers.
 */
final class ChinesePatterns {

  /** Bits for an identifier the attacker can read from the leaked record. */
  static final double KNOWN_TO_ATTACKER_BITS = 10;

  private ChinesePatterns() {}

  /** A match of one of these patterns; {@link #weakness} says which. */
  static final class PatternMatch extends BaseMatch {
    final Weakness weakness;

    PatternMatch(
        String token, Configuration config, int start, int end, Weakness weakness, double bits) {
      super(token, config, start, end);
      this.weakness = weakness;
      setEntropy(bits);
    }

    @Override
    public String getDetails() {
      return weakness + " " + getToken();
    }
  }

  /** Surname + one or two given-name syllables, in lower case or capitalised. */
  static final class PinyinNames implements PasswordMatcher {
    private final Map<String, Integer> surnames = new HashMap<>();
    private final List<String> given;
    private final int longestSurname;

    PinyinNames(List<String> surnames, List<String> given) {
      for (int i = 0; i < surnames.size(); i++) {
        this.surnames.putIfAbsent(surnames.get(i), i + 1);
      }
      this.given = given;
      this.longestSurname = surnames.stream().mapToInt(String::length).max().orElse(0);
    }

    @Override
    public List<Match> match(Configuration configuration, String password) {
      List<Match> matches = new ArrayList<>();
      String lower = password.toLowerCase(Locale.ROOT);
      for (int start = 0; start < lower.length(); start++) {
        for (int len = 2; len <= longestSurname && start + len <= lower.length(); len++) {
          Integer rank = surnames.get(lower.substring(start, start + len));
          if (rank == null) {
            continue;
          }
          int at = start + len;
          for (String first : given) {
            if (!lower.startsWith(first, at)) {
              continue;
            }
            int afterFirst = at + first.length();
            add(matches, configuration, password, start, afterFirst, rank, 1);
            for (String second : given) {
              if (lower.startsWith(second, afterFirst)) {
                add(matches, configuration, password, start, afterFirst + second.length(), rank, 2);
              }
            }
          }
        }
      }
      return matches;
    }

    private void add(
        List<Match> out,
        Configuration config,
        String password,
        int start,
        int end,
        int surnameRank,
        int syllables) {
      String token = password.substring(start, end);
      double bits = log2(surnameRank) + syllables * log2(given.size()) + caseBits(token);
      out.add(new PatternMatch(token, config, start, end - 1, Weakness.PINYIN, bits));
    }
  }

  /** Mainland mobile numbers, optionally with +86 / 86 before them. */
  static final class PhoneNumbers implements PasswordMatcher {
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(?:\\+?86)?1[3-9]\\d{9}(?!\\d)");

    @Override
    public List<Match> match(Configuration configuration, String password) {
      List<Match> matches = new ArrayList<>();
      Matcher m = MOBILE.matcher(password);
      while (m.find()) {
        matches.add(
            new PatternMatch(
                m.group(),
                configuration,
                m.start(),
                m.end() - 1,
                Weakness.PHONE_NUMBER,
                KNOWN_TO_ATTACKER_BITS));
      }
      return matches;
    }
  }

  /** Whole ID numbers with a valid check character, and six-character tails ending in X. */
  static final class IdNumbers implements PasswordMatcher {
    private static final Pattern WHOLE = Pattern.compile("(?<!\\d)\\d{17}[\\dXx](?![\\dXx])");
    private static final Pattern TAIL = Pattern.compile("(?<!\\d)\\d{5}[Xx](?![\\dXx])");

    @Override
    public List<Match> match(Configuration configuration, String password) {
      List<Match> matches = new ArrayList<>();
      Matcher whole = WHOLE.matcher(password);
      while (whole.find()) {
        if (ResidentIds.isValid(whole.group().toUpperCase(Locale.ROOT))) {
          matches.add(id(configuration, whole));
        }
      }
      Matcher tail = TAIL.matcher(password);
      while (tail.find()) {
        matches.add(id(configuration, tail));
      }
      return matches;
    }

    private static Match id(Configuration configuration, Matcher m) {
      return new PatternMatch(
          m.group(),
          configuration,
          m.start(),
          m.end() - 1,
          Weakness.ID_NUMBER,
          KNOWN_TO_ATTACKER_BITS);
    }
  }

  static double log2(double x) {
    return Math.log(Math.max(1, x)) / Math.log(2);
  }

  /** One bit when the case is not all lower (Zhangwei, ZhangWei): guessers try both. */
  static double caseBits(String token) {
    return token.equals(token.toLowerCase(Locale.ROOT)) ? 0 : 1;
  }
}
