package org.leakaid.protect.password;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.PasswordMatcher;
import me.gosimple.nbvcxz.matching.match.DateMatch;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.matching.match.Match;
import me.gosimple.nbvcxz.matching.match.RepeatMatch;
import me.gosimple.nbvcxz.matching.match.SequenceMatch;
import me.gosimple.nbvcxz.matching.match.SpacialMatch;
import me.gosimple.nbvcxz.matching.match.YearMatch;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;

/**
 * How hard a password is to guess: nbvcxz (a maintained Java port of zxcvbn's approach: the
 * cheapest way to build the password from dictionary words, dates, keyboard walks, sequences and
 * brute force) taught the patterns of Chinese passwords: common Chinese passwords, pinyin words and
 * names in pinyin, numbers such as 520 and 1314, phone numbers and ID numbers ({@link
 * ChinesePatterns}).
 *
 * <p>The password is only held for the estimate: nothing here logs or keeps it. Thread-safe; the
 * dictionaries are built once (about 170,000 words).
 */
public final class PasswordStrength {

  /** Guesses per second of an offline attack on a slow hash (bcrypt cost 12), nbvcxz's figure. */
  static final String SLOW_HASH = "OFFLINE_BCRYPT_12";

  /** Guesses per second on a fast unsalted hash (MD5), as many leaked Chinese sites stored them. */
  static final String FAST_HASH = "OFFLINE_MD5";

  /** The score at and above which a password is accepted: about 10^8 guesses or more. */
  public static final int ACCEPTED_SCORE = 3;

  /**
   * The estimate.
   *
   * @param score 0 (guessed in under a thousand tries) to 4 (more than 10^10), zxcvbn's scale
   * @param entropyBits log2 of the guesses needed
   * @param crackSecondsSlowHash time to guess it when the site stored a slow hash
   * @param crackSecondsFastHash time when the site stored a fast hash such as MD5
   * @param weaknesses what makes it guessable, most important first
   */
  public record Estimate(
      int score,
      double entropyBits,
      double crackSecondsSlowHash,
      double crackSecondsFastHash,
      List<Weakness> weaknesses) {

    public boolean acceptable() {
      return score >= ACCEPTED_SCORE
          && !weaknesses.contains(Weakness.TOO_SHORT)
          && !weaknesses.contains(Weakness.BREACHED);
    }

    /** The same estimate, found in a breach list: score 0 and BREACHED first. */
    public Estimate breached() {
      List<Weakness> w = new ArrayList<>();
      w.add(Weakness.BREACHED);
      weaknesses.stream().filter(x -> x != Weakness.BREACHED).forEach(w::add);
      return new Estimate(0, Math.min(entropyBits, 10), 0, 0, List.copyOf(w));
    }
  }

  private final int minLength;
  private final List<PasswordMatcher> matchers;
  private final List<Dictionary> dictionaries;
  private final Map<String, Long> guessRates;
  private final Set<String> pinyinSyllables;

  /** {@code minLength}: shorter passwords get {@link Weakness#TOO_SHORT}. */
  public PasswordStrength(int minLength) {
    this.minLength = minLength;
    List<PasswordMatcher> m = new ArrayList<>(ConfigurationBuilder.getDefaultPasswordMatchers());
    List<String> surnames = Wordlists.ours("pinyin-surnames.txt");
    List<String> given = Wordlists.ours("pinyin-given.txt");
    m.add(new ChinesePatterns.PinyinNames(surnames, given));
    Set<String> syllables = new java.util.HashSet<>(surnames);
    syllables.addAll(given);
    syllables.addAll(Wordlists.ours("pinyin-words.txt"));
    this.pinyinSyllables = Set.copyOf(syllables);
    m.add(new ChinesePatterns.PhoneNumbers());
    m.add(new ChinesePatterns.IdNumbers());
    this.matchers = List.copyOf(m);
    List<Dictionary> d = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
    d.add(ranked("chinese_passwords", Wordlists.ours("chinese-passwords.txt")));
    d.add(ranked("pinyin", Wordlists.ours("pinyin-words.txt")));
    d.add(ranked("love_numbers", Wordlists.ours("love-numbers.txt")));
    this.dictionaries = List.copyOf(d);
    this.guessRates = ConfigurationBuilder.getDefaultGuessTypes();
  }

  private static Dictionary ranked(String name, List<String> words) {
    DictionaryBuilder builder = new DictionaryBuilder().setDictionaryName(name);
    for (int i = 0; i < words.size(); i++) {
      builder.addWord(words.get(i), i + 1);
    }
    return builder.createDictionary();
  }

  /**
   * Estimates {@code password}. {@code personal}: what the site knows about the user (user name,
   * e-mail) and an attacker could try first.
   */
  public Estimate estimate(String password, List<String> personal) {
    if (password == null || password.isEmpty()) {
      return new Estimate(0, 0, 0, 0, List.of(Weakness.TOO_SHORT));
    }
    List<Dictionary> dicts = dictionaries;
    List<String> inputs =
        personal.stream()
            .filter(s -> s != null && s.strip().length() >= 3)
            .map(s -> s.strip().toLowerCase(Locale.ROOT))
            .toList();
    if (!inputs.isEmpty()) {
      dicts = new ArrayList<>(dictionaries);
      dicts.add(ranked("personal_info", inputs));
    }
    Configuration config =
        new ConfigurationBuilder()
            .setPasswordMatchers(matchers)
            .setDictionaries(dicts)
            .setLocale(Locale.ENGLISH)
            .createConfiguration();
    Result result = new Nbvcxz(config).estimate(password);
    double guesses = result.getGuesses().doubleValue();
    int score = result.getBasicScore();
    return new Estimate(
        score,
        result.getEntropy(),
        guesses / guessRates.get(SLOW_HASH),
        guesses / guessRates.get(FAST_HASH),
        weaknesses(password, result, score));
  }

  private List<Weakness> weaknesses(String password, Result result, int score) {
    Set<Weakness> found = EnumSet.noneOf(Weakness.class);
    int length = password.codePointCount(0, password.length());
    if (length < minLength) {
      found.add(Weakness.TOO_SHORT);
    }
    for (Match m : result.getMatches()) {
      Weakness w = of(m, password.length());
      if (w == Weakness.WORDS && isPinyin(m.getToken().toLowerCase(Locale.ROOT))) {
        w = Weakness.PINYIN; // zhang, wei: nbvcxz knows them as English surnames
      }
      if (w == null) {
        continue;
      }
      boolean alwaysWorthSaying =
          w == Weakness.PHONE_NUMBER
              || w == Weakness.ID_NUMBER
              || w == Weakness.PERSONAL_INFO
              || w == Weakness.COMMON_PASSWORD;
      if (alwaysWorthSaying || score < 4) {
        found.add(w);
      }
    }
    return List.copyOf(found); // EnumSet order: most important first
  }

  /** Whether {@code token} splits wholly into known pinyin syllables and words (zhangwei). */
  private boolean isPinyin(String token) {
    boolean[] reachable = new boolean[token.length() + 1];
    reachable[0] = true;
    for (int i = 0; i < token.length(); i++) {
      if (!reachable[i]) {
        continue;
      }
      for (int j = i + 1; j <= Math.min(token.length(), i + 12); j++) {
        if (pinyinSyllables.contains(token.substring(i, j))) {
          reachable[j] = true;
        }
      }
    }
    return reachable[token.length()];
  }

  private static Weakness of(Match m, int passwordLength) {
    if (m instanceof ChinesePatterns.PatternMatch p) {
      return p.weakness;
    }
    if (m instanceof DictionaryMatch d) {
      String dict = d.getDictionaryName();
      return switch (dict) {
        case "passwords", "chinese_passwords" ->
            m.getLength() * 10 >= passwordLength * 6
                ? Weakness.COMMON_PASSWORD
                : m.getToken().chars().allMatch(Character::isLetter) ? Weakness.WORDS : null;
        case "pinyin" -> Weakness.PINYIN;
        case "love_numbers" -> Weakness.LOVE_NUMBER;
        case "personal_info" -> Weakness.PERSONAL_INFO;
        default -> m.getLength() >= 3 ? Weakness.WORDS : null;
      };
    }
    if (m instanceof DateMatch || m instanceof YearMatch) {
      return Weakness.DATE;
    }
    if (m instanceof SpacialMatch) {
      return Weakness.KEYBOARD_PATTERN;
    }
    if (m instanceof SequenceMatch) {
      return Weakness.SEQUENCE;
    }
    if (m instanceof RepeatMatch) {
      return Weakness.REPEAT;
    }
    return null;
  }
}
