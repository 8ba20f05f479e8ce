package org.leakaid.scanner;

/**
 * Masking conventions, the ones Chinese platforms print on receipts: mobile {@code 138****5678}, ID
 * and bank card first 6 + last 4, name first character, e-mail first character of the local part.
 * Separators and the way digits were written (full-width, grouped) are kept, so a masked line still
 * reads like the original.
 */
public final class Masker {

  private static final char STAR = '*';

  private Masker() {}

  /** The masked form of {@code text}, which was found as {@code type}. */
  public static String mask(PiiType type, String text) {
    boolean context = type == PiiType.PERSON_NAME || type == PiiType.CN_ADDRESS;
    if (context && text.contains("\\u")) {
      // Found in Python's ASCII-only JSON (\\u5f20\\u4f1f): masked as text, written back escaped.
      return UnicodeEscapes.escape(mask(type, UnicodeEscapes.unescape(text)));
    }
    return switch (type) {
      case CN_MOBILE -> maskMobile(text);
      case CN_RESIDENT_ID, CN_FOREIGN_PERMANENT_ID, BANK_CARD, CN_USCC -> keepEnds(text, 6, 4);
      case CN_LANDLINE -> maskLandline(text);
      case EMAIL -> maskEmail(text);
      case PERSON_NAME -> keepFirstChars(text, 1);
      case CN_ADDRESS -> maskAddress(text);
      case CN_PASSPORT, CN_LICENSE_PLATE -> keepEnds(text, 2, 2);
      case IP_ADDRESS -> maskIp(text);
      case GEO_COORDINATE -> maskCoordinate(text);
    };
  }

  private static boolean isCodeChar(int c) {
    return (c >= '0' && c <= '9')
        || (c >= '０' && c <= '９')
        || (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z');
  }

  /** Keeps the first {@code head} and last {@code tail} letters/digits, stars the ones between. */
  static String keepEnds(String text, int head, int tail) {
    int total = 0;
    for (int i = 0; i < text.length(); i++) {
      if (isCodeChar(text.charAt(i)) || Character.isLetter(text.charAt(i))) {
        total++;
      }
    }
    if (total <= head + tail) {
      head = Math.min(head, Math.max(1, total / 3));
      tail = Math.min(tail, Math.max(0, total - head - 1));
    }
    StringBuilder out = new StringBuilder(text.length());
    int seen = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isCodeChar(c) || Character.isLetter(c)) {
        out.append(seen < head || seen >= total - tail ? c : STAR);
        seen++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** 138****5678: the four digits after the first three of the national number. */
  private static String maskMobile(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      if (isDigit(text.charAt(i))) {
        digits++;
      }
    }
    int firstNational = digits - 11; // skip a 86 / 0086 prefix
    StringBuilder out = new StringBuilder(text.length());
    int seen = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isDigit(c)) {
        int k = seen - firstNational;
        out.append(k >= 3 && k < 7 ? STAR : c);
        seen++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }

  /** Area code kept, subscriber number starred except its last two digits: 010-******78. */
  /**
   * Keeps the country code, the area code and the last two digits: 010-******78, +86 755 ******78,
   * （0371）******21.
   */
  private static String maskLandline(String text) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isDigit(c)) {
        digits.append((char) (c >= '０' ? c - '０' + '0' : c));
      }
    }
    int keep = 0;
    if (digits.indexOf("0086") == 0) {
      keep = 4;
    } else if (digits.indexOf("86") == 0 && digits.length() >= 11 && digits.charAt(2) != '0') {
      keep = 2; // 86 10 62345678: a leading 0 would be a trunk, as in 0866 (文山)
    }
    if (keep < digits.length() && digits.charAt(keep) == '0') {
      keep++; // the trunk prefix
    }
    if (keep < digits.length()) {
      keep += digits.charAt(keep) <= '2' ? 2 : 3; // 10 and 2x, else three digits
    }
    StringBuilder out = new StringBuilder(text.length());
    int seen = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isDigit(c)) {
        out.append(seen < keep || seen >= digits.length() - 2 ? c : STAR);
        seen++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String maskEmail(String text) {
    int at = Math.max(text.lastIndexOf('@'), text.lastIndexOf('＠'));
    if (at <= 0) {
      return keepFirstChars(text, 1);
    }
    return text.charAt(0) + "***" + text.substring(at);
  }

  /** The first {@code keep} characters kept, every later letter starred. */
  static String keepFirstChars(String text, int keep) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    int n = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (n < keep || !Character.isLetter(cp)) {
        out.appendCodePoint(cp); // separators stay: 买**·**, a contact card's 张;*
      } else {
        out.append(STAR);
      }
      n++;
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /**
   * Keeps the administrative part (up to the last 省/市/区/县/旗 among the first ten characters) and
   * stars the street, building and room.
   */
  private static String maskAddress(String text) {
    int keep = 0;
    int limit = Math.min(text.length(), 10);
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '省' || c == '市' || c == '区' || c == '县' || c == '旗' || c == '州') {
        keep = i + 1;
      }
    }
    if (keep == 0) {
      keep = Math.min(2, text.length());
    }
    StringBuilder out = new StringBuilder(text.length());
    out.append(text, 0, keep);
    for (int i = keep; i < text.length(); i++) {
      out.append(Character.isWhitespace(text.charAt(i)) ? text.charAt(i) : STAR);
    }
    return out.toString();
  }

  /** 192.168.*.*: the network part kept. */
  private static String maskIp(String text) {
    int dots = 0;
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.') {
        dots++;
        out.append(c);
      } else {
        out.append(dots >= 2 ? STAR : c);
      }
    }
    return out.toString().replaceAll("\\*+", "*");
  }

  /** Two decimals kept (about a kilometre), the rest starred. */
  private static String maskCoordinate(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int decimals = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.') {
        decimals = 0;
        out.append(c);
      } else if (c >= '0' && c <= '9' && decimals >= 0) {
        out.append(decimals < 2 ? c : STAR);
        decimals++;
      } else {
        if (!(c >= '0' && c <= '9')) {
          decimals = -1;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
