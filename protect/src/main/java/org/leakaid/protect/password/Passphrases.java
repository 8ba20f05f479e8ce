package org.leakaid.protect.password;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Strong passwords a person can remember: random words from a list, joined by hyphens, with a
 * random number among them. Strength is counted honestly from the list sizes (log2 of the choices),
 * not estimated: at least {@value #TARGET_BITS} bits, beyond any offline guessing of a slow hash
 * and years of guessing a fast one.
 */
public final class Passphrases {

  static final double TARGET_BITS = 60;

  /** Which words. */
  public enum Style {
    /** Everyday things in pinyin (xigua, laohu): easy for Chinese speakers. */
    PINYIN,
    /** The EFF's long list of 7,776 English words. */
    ENGLISH
  }

  /** A generated passphrase and its strength in bits. */
  public record Passphrase(String text, double bits, Style style, int words) {}

  private final SecureRandom random = new SecureRandom();
  private final List<String> pinyin = Wordlists.ours("passphrase-pinyin.txt");
  private final List<String> english = Wordlists.nbvcxz("eff_large.txt");

  public Passphrase generate(Style style) {
    List<String> list = style == Style.PINYIN ? pinyin : english;
    double perWord = Math.log(list.size()) / Math.log(2);
    double numberBits = Math.log(10_000) / Math.log(2); // a 4-digit number, 0000-9999
    int words = (int) Math.ceil((TARGET_BITS - numberBits) / perWord);
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < words; i++) {
      parts.add(list.get(random.nextInt(list.size())));
    }
    int numberAt = random.nextInt(words + 1);
    // The number's position is extra randomness; not counted, so the figure stays a lower bound.
    parts.add(numberAt, String.format(Locale.ROOT, "%04d", random.nextInt(10_000)));
    return new Passphrase(String.join("-", parts), words * perWord + numberBits, style, words);
  }

  /** The sizes of the lists, for the page. */
  public int listSize(Style style) {
    return style == Style.PINYIN ? pinyin.size() : english.size();
  }
}
