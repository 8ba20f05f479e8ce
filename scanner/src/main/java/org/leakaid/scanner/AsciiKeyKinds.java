package org.leakaid.scanner;

/**
 * The kinds of ASCII keys ({@code receiverName}, {@code addr}) as {@link Dictionaries#asciiKeyKind}
 * says, remembered for the keys seen last. One per detector.
 */
final class AsciiKeyKinds {

  // Kinds of recent ASCII keys: a dump repeats the same few keys on every line, and classifying one
  // takes a String, lower-casing, a map lookup and a dozen endsWith (+3%).
  private static final int KEY_CACHE = 256;
  private final String[] keyCacheKeys = new String[KEY_CACHE];
  private final int[] keyCacheKinds = new int[KEY_CACHE];

  private final Dictionaries dict;

  AsciiKeyKinds(Dictionaries dict) {
    this.dict = dict;
  }

  /** The kind ({@link Dictionaries#kind}) of the key at {@code [p, q)} of {@code cps}. */
  int kind(int[] cps, int p, int q) {
    int h = 0;
    for (int i = p; i < q; i++) {
      h = 31 * h + cps[i];
    }
    int slot = (h ^ (h >>> 8)) & (KEY_CACHE - 1);
    String cached = keyCacheKeys[slot];
    if (cached != null && cached.length() == q - p) {
      int i = 0;
      while (i < q - p && cached.charAt(i) == cps[p + i]) {
        i++;
      }
      if (i == q - p) {
        return keyCacheKinds[slot];
      }
    }
    String key = new String(cps, p, q - p);
    int kind = dict.asciiKeyKind(key);
    keyCacheKeys[slot] = key;
    keyCacheKinds[slot] = kind;
    return kind;
  }
}
