package org.leakaid.scanner;

/**
 * Bank card numbers: the Luhn check (ISO/IEC 7812-1) and the issuer ranges that cards seen in
 * mainland China use, with the lengths each range issues. Some real mainland debit cards fail Luhn,
 * which is why the scanner still reports a Luhn failure next to a card keyword.
 */
public final class BankCards {

  private BankCards() {}

  /** Issuer family of a card number's leading digits. */
  public enum Issuer {
    UNIONPAY,
    VISA,
    MASTERCARD,
    AMERICAN_EXPRESS,
    JCB,
    DISCOVER,
    /** Domestic bank ranges outside 62 (e.g. 9558 ICBC, 60xxxx). */
    DOMESTIC
  }

  /** True if the digit string (ASCII digits only) passes the Luhn check. */
  public static boolean luhn(CharSequence digits) {
    int n = digits.length();
    if (n < 2) {
      return false;
    }
    int[] d = new int[n];
    for (int i = 0; i < n; i++) {
      int v = digits.charAt(i) - '0';
      if (v < 0 || v > 9) {
        return false;
      }
      d[i] = v;
    }
    return luhn(d, 0, n);
  }

  static boolean luhn(int[] d, int off, int n) {
    int sum = 0;
    boolean dbl = false;
    for (int i = off + n - 1; i >= off; i--) {
      int v = d[i];
      if (dbl) {
        v *= 2;
        if (v > 9) {
          v -= 9;
        }
      }
      sum += v;
      dbl = !dbl;
    }
    return sum % 10 == 0;
  }

  /** The issuer whose range and length fit these digits, or null. */
  public static Issuer issuerOf(CharSequence digits) {
    int n = digits.length();
    if (n < 13 || n > 19) {
      return null;
    }
    int[] d = new int[n];
    for (int i = 0; i < n; i++) {
      int v = digits.charAt(i) - '0';
      if (v < 0 || v > 9) {
        return null;
      }
      d[i] = v;
    }
    return issuerOf(d, 0, n);
  }

  static Issuer issuerOf(int[] d, int off, int n) {
    int p2 = d[off] * 10 + d[off + 1];
    int p4 = p2 * 100 + d[off + 2] * 10 + d[off + 3];
    if (p2 == 62) {
      return n >= 16 ? Issuer.UNIONPAY : null;
    }
    if (d[off] == 4) {
      return n == 13 || n == 16 || n == 19 ? Issuer.VISA : null;
    }
    if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) {
      return n == 16 ? Issuer.MASTERCARD : null;
    }
    if (p2 == 34 || p2 == 37) {
      return n == 15 ? Issuer.AMERICAN_EXPRESS : null;
    }
    if (p4 >= 3528 && p4 <= 3589) {
      return n >= 16 ? Issuer.JCB : null;
    }
    if (p4 == 6011 || p2 == 65 || (p4 >= 6440 && p4 <= 6499)) {
      return n >= 16 ? Issuer.DISCOVER : null;
    }
    if (p2 == 60) {
      // 60xxxx ranges of domestic banks (e.g. 601382, 603367).
      return n >= 16 ? Issuer.DOMESTIC : null;
    }
    if (p4 == 9558 || p4 == 9559) {
      return n == 19 ? Issuer.DOMESTIC : null;
    }
    return null;
  }

  /**
   * True for the lengths an issuer's cards usually have (Visa 16, Mastercard 16, Amex 15, JCB 16,
   * Discover 16, UnionPay 16-19, 9558 19); the other lengths a range allows are rare in China.
   */
  public static boolean isStandardLength(Issuer issuer, int length) {
    return switch (issuer) {
      case UNIONPAY -> length >= 16 && length <= 19;
      case AMERICAN_EXPRESS -> length == 15;
      case DOMESTIC -> length == 16 || length == 19;
      default -> length == 16;
    };
  }

  /** True for a number in a known issuer range, of a length that range issues, passing Luhn. */
  public static boolean isValid(CharSequence digits) {
    return issuerOf(digits) != null && luhn(digits);
  }
}
