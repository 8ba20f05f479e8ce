package org.leakaid.cli;

/**
 * Valid and invalid identifiers for crafted dumps, computed from the published algorithms (GB 11643
 * check character, Luhn) so that every row's right answer is known.
 */
final class TestDumps {
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private TestDumps() {}

  /** A valid 18-digit ID: Beijing Chaoyang, born 1980-2000, sequence i. */
  static String id(int i) {
    String first17 =
        String.format("110105%04d%02d%02d%03d", 1980 + i % 20, 1 + i % 12, 1 + i % 28, i % 1000);
    return first17 + checkChar(first17);
  }

  /** The same ID with a wrong check character. */
  static String invalidId(int i) {
    String valid = id(i);
    char wrong = valid.charAt(17) == '1' ? '2' : '1';
    return valid.substring(0, 17) + wrong;
  }

  static char checkChar(String first17) {
    int sum = 0;
    for (int k = 0; k < 17; k++) {
      sum += (first17.charAt(k) - '0') * WEIGHTS[k];
    }
    return CHECK[sum % 11];
  }

  /** A mobile number on the 138 segment. */
  static String mobile(int i) {
    return String.format("138%08d", 10_000_000 + i * 7919 % 90_000_000);
  }

  /** A 19-digit UnionPay card (62...) that passes Luhn. */
  static String card(int i) {
    String body = String.format("622202%012d", 100_000_000_000L + i * 104_729L);
    return body + luhnDigit(body);
  }

  static char luhnDigit(String body) {
    int sum = 0;
    boolean dbl = true;
    for (int k = body.length() - 1; k >= 0; k--) {
      int v = body.charAt(k) - '0';
      if (dbl) {
        v *= 2;
        if (v > 9) {
          v -= 9;
        }
      }
      sum += v;
      dbl = !dbl;
    }
    return (char) ('0' + (10 - sum % 10) % 10);
  }
}
