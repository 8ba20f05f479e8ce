package org.leakaid.scanner;

/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character alphabet
 * without I, O, S, V and Z; the last is a MOD 31 check character over the first 17.
 */
public final class Uscc {

  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };
  private static final byte[] VALUE = new byte[128];

  static {
    java.util.Arrays.fill(VALUE, (byte) -1);
    for (int i = 0; i < ALPHABET.length(); i++) {
      VALUE[ALPHABET.charAt(i)] = (byte) i;
    }
  }

  private Uscc() {}

  /** Value of a code character (0..30), or -1 outside the alphabet. Upper case only. */
  static int value(int c) {
    return c >= 0 && c < 128 ? VALUE[c] : -1;
  }

  /** The check character for the first 17 characters, or 0 if one is outside the alphabet. */
  public static char checkChar(CharSequence code) {
    if (code.length() < 17) {
      return 0;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int v = value(code.charAt(i));
      if (v < 0) {
        return 0;
      }
      sum += v * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  /** True for an 18-character code (upper case) whose region digits and check character fit. */
  public static boolean isValid(CharSequence code) {
    if (code.length() != 18) {
      return false;
    }
    for (int i = 2; i < 8; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    char check = checkChar(code);
    return check != 0 && code.charAt(17) == check;
  }
}
