package org.leakaid.protect.password;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The breach corpus that ships with LeakAid: the most common passwords of public breach
 * compilations (nbvcxz's list, 96,600 distinct) and the common Chinese passwords of the CSDN,
 * Tianya and 12306 leak analyses. Small, but these are the passwords every guesser tries first.
 * Held as the first 64 bits of each SHA-1, sorted (780 KB); a false match among these has odds of
 * about 1 in 10^14.
 */
public final class CommonPasswords implements BreachCorpus {

  private final long[] sorted;

  public CommonPasswords() {
    List<String> words = new java.util.ArrayList<>(Wordlists.nbvcxz("passwords.txt"));
    words.addAll(Wordlists.ours("chinese-passwords.txt"));
    long[] keys = new long[words.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = key(BreachCorpus.sha1(words.get(i)));
    }
    Arrays.sort(keys);
    this.sorted = keys;
  }

  static long key(String sha1Hex) {
    return HexFormat.fromHexDigitsToLong(sha1Hex.substring(0, 16));
  }

  public int size() {
    return sorted.length;
  }

  @Override
  public String description() {
    return "COMMON_PASSWORDS";
  }

  @Override
  public boolean contains(String sha1Hex) {
    return Arrays.binarySearch(sorted, key(sha1Hex)) >= 0;
  }
}
