package org.leakaid.numbers;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A number as someone typed or pasted it, reduced to its digits: full-width digits and signs
 * (１３８－００１３，＋８６), spaces (also the ideographic space), dashes, dots, brackets, a {@code tel:}
 * prefix, an international prefix ({@code +} or {@code 00}), a {@code (0)} after the country code,
 * and an extension after 转, 分机, ext or #.
 *
 * @param input the text as given (trimmed)
 * @param digits every digit of the number, prefixes removed: {@code 8613800138000} for {@code +86
 *     138 0013 8000}, {@code 13800138000} for {@code 138-0013-8000}
 * @param international written with {@code +} or {@code 00}, so {@code digits} starts with a
 *     country code
 * @param lastGroup the digits after the last separator when there was more than one group (a
 *     possible extension written as {@code 010-62345678-801}), else empty
 * @param extension the extension written after 转, 分机, ext or #, else empty
 */
public record WrittenNumber(
    String input, String digits, boolean international, String lastGroup, String extension) {

  /** Longest run of digits that is still a phone number (E.164 allows 15, SMS ports 20). */
  static final int MAX_DIGITS = 20;

  /** Reads {@code text}; throws {@link InvalidNumberException} when it is not a number. */
  public static WrittenNumber parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidNumberException("no number given");
    }
    String input = text.strip();
    if (input.length() > 64) {
      throw new InvalidNumberException("too long for a phone number (at most 64 characters)");
    }
    // NFKC folds full-width digits, signs and the ideographic space into ASCII.
    String s = Normalizer.normalize(input, Normalizer.Form.NFKC).strip();
    if (s.regionMatches(true, 0, "tel:", 0, 4)) {
      s = s.substring(4).strip();
    }
    String extension = "";
    String lower = s.toLowerCase(Locale.ROOT);
    for (String marker : new String[] {"分机", "转", "ext.", "ext", "#"}) {
      int at = lower.indexOf(marker);
      if (at > 0) {
        extension = s.substring(at + marker.length()).strip();
        s = s.substring(0, at).strip();
        if (!extension.matches("[0-9]{1,6}")) {
          throw new InvalidNumberException(
              "the extension after '" + marker + "' is not 1-6 digits");
        }
        break;
      }
    }
    // "+86 (0)10 ..." keeps the trunk 0 in brackets for readers at home; it is not dialled.
    s = s.replace("(0)", " ");
    boolean international = false;
    if (s.startsWith("+") || s.startsWith("(+")) {
      international = true;
      s = s.replaceFirst("^\\(?\\+", "");
    }
    StringBuilder digits = new StringBuilder();
    int groups = 0;
    boolean inGroup = false;
    int lastGroupStart = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (!inGroup) {
          groups++;
          inGroup = true;
          lastGroupStart = digits.length();
        }
        digits.append(c);
      } else if (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/') {
        inGroup = false;
      } else {
        throw new InvalidNumberException(
            "'" + c + "' is not part of a phone number (digits, +, spaces, dashes, brackets)");
      }
    }
    if (digits.isEmpty()) {
      throw new InvalidNumberException("no digits in the number");
    }
    String lastGroup = groups > 1 ? digits.substring(lastGroupStart) : "";
    String all = digits.toString();
    if (!international && all.startsWith("00") && all.length() > 4) {
      international = true;
      all = all.substring(2);
      lastGroup = lastGroup.length() == all.length() + 2 ? "" : lastGroup;
    }
    if (all.length() > MAX_DIGITS) {
      throw new InvalidNumberException("too many digits for a phone number (at most 20)");
    }
    return new WrittenNumber(input, all, international, lastGroup, extension);
  }
}
