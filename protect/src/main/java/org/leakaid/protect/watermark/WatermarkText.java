package org.leakaid.protect.watermark;

import java.time.LocalDate;
import org.leakaid.protect.RefusedInput;

/**
 * The words of a watermark. The standard advice for a copy of an ID card is to write on it who gets
 * it and for what, and that any other use is invalid: 仅供[recipient][purpose]使用，他用无效, with the date,
 * so that a copy found elsewhere shows where it leaked from and cannot be passed off for another
 * purpose.
 */
public final class WatermarkText {

  /** Longer texts make tiles too wide to repeat across a card-sized picture. */
  public static final int MAX_LENGTH = 60;

  private static final int MAX_PART = 24;

  private WatermarkText() {}

  /** 仅供{recipient}{purpose}使用，他用无效 {date as 2026年11月30日}. */
  public static String forUse(String recipient, String purpose, LocalDate date) {
    String who = part(recipient, "recipient");
    String what = part(purpose, "purpose");
    return checked(
        "仅供"
            + who
            + what
            + "使用，他用无效 "
            + date.getYear()
            + "年"
            + date.getMonthValue()
            + "月"
            + date.getDayOfMonth()
            + "日");
  }

  /** A text given whole (the CLI's --text), checked like the parts. */
  public static String checked(String text) {
    String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    if (t.isEmpty()) {
      throw new RefusedInput(RefusedInput.Reason.TEXT_MISSING, "the watermark text is empty");
    }
    if (t.codePointCount(0, t.length()) > MAX_LENGTH) {
      throw new RefusedInput(
          RefusedInput.Reason.TEXT_TOO_LONG,
          "the watermark text has more than " + MAX_LENGTH + " characters");
    }
    if (t.codePoints().anyMatch(Character::isISOControl)) {
      throw new RefusedInput(
          RefusedInput.Reason.TEXT_NOT_DRAWABLE, "the watermark text has control characters");
    }
    return t;
  }

  private static String part(String value, String name) {
    String v = value == null ? "" : value.strip().replaceAll("\\s+", " ");
    if (v.isEmpty()) {
      throw new RefusedInput(RefusedInput.Reason.TEXT_MISSING, name + ": required");
    }
    if (v.codePointCount(0, v.length()) > MAX_PART) {
      throw new RefusedInput(
          RefusedInput.Reason.TEXT_TOO_LONG, name + ": at most " + MAX_PART + " characters");
    }
    return v;
  }
}
