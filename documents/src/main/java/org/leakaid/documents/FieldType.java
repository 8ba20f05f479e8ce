package org.leakaid.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.leakaid.knowledge.Text;
import org.leakaid.scanner.ResidentIds;
import org.leakaid.scanner.Uscc;

/**
 * What a field holds, and how a typed value is checked. A check answers the problem in both
 * languages, or empty when the value is fine; values arrive stripped and non-blank.
 */
public enum FieldType {
  TEXT(200),
  LONG_TEXT(2000),
  DATE(10),
  MONEY(16),
  ID_NUMBER(18),
  PHONE(30),
  POSTCODE(6),
  CREDIT_CODE(18),
  DAYS(2);

  static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
  static final BigDecimal MAX_MONEY = new BigDecimal("100000000000");

  private final int maxLength;

  FieldType(int maxLength) {
    this.maxLength = maxLength;
  }

  public int maxLength() {
    return maxLength;
  }

  /** Whether the form shows a text area rather than one line. */
  public boolean multiline() {
    return this == LONG_TEXT;
  }

  Optional<Text> check(String value, LocalDate today) {
    if (value.codePointCount(0, value.length()) > maxLength) {
      return problem("最多" + maxLength + "个字", "at most " + maxLength + " characters");
    }
    if (value.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
      return problem("不能含有控制字符", "must not contain control characters");
    }
    if (this != LONG_TEXT && value.indexOf('\n') >= 0) {
      return problem("只能写一行", "must be one line");
    }
    return switch (this) {
      case TEXT, LONG_TEXT -> Optional.empty();
      case DATE -> checkDate(value, today);
      case MONEY -> checkMoney(value);
      case ID_NUMBER ->
          ResidentIds.isValid(value.toUpperCase(java.util.Locale.ROOT))
              ? Optional.empty()
              : problem("不是有效的公民身份号码（请核对最后一位校验码）", "is not a valid resident ID number");
      case PHONE ->
          value.matches("[+0-9 ()（）-]{5,30}") && value.replaceAll("\\D", "").length() >= 5
              ? Optional.empty()
              : problem("只能写数字、空格、+和-", "digits, spaces, + and - only");
      case POSTCODE ->
          value.matches("[0-9]{6}") ? Optional.empty() : problem("是6位数字", "is 6 digits");
      case CREDIT_CODE ->
          Uscc.isValid(value.toUpperCase(java.util.Locale.ROOT))
              ? Optional.empty()
              : problem("不是有效的统一社会信用代码", "is not a valid unified social credit code");
      case DAYS -> checkDays(value);
    };
  }

  /** The value as stored: ID numbers and credit codes in upper case, the rest as typed. */
  String normalise(String value) {
    return this == ID_NUMBER || this == CREDIT_CODE
        ? value.toUpperCase(java.util.Locale.ROOT)
        : value;
  }

  private static Optional<Text> checkDate(String value, LocalDate today) {
    LocalDate date;
    try {
      date = LocalDate.parse(value);
    } catch (DateTimeParseException notADate) {
      return problem("日期格式是YYYY-MM-DD，例如2026-11-20", "a date as YYYY-MM-DD, e.g. 2026-11-20");
    }
    if (date.isAfter(today)) {
      return problem("不能晚于今天", "must not be in the future");
    }
    if (date.isBefore(EARLIEST)) {
      return problem("不能早于1990年", "must be 1990 or later");
    }
    return Optional.empty();
  }

  private static Optional<Text> checkMoney(String value) {
    BigDecimal amount;
    try {
      amount = new BigDecimal(value.replace(",", "").replace("，", ""));
    } catch (NumberFormatException notANumber) {
      return problem("请写数字，例如2000或者2000.50", "a number, e.g. 2000 or 2000.50");
    }
    if (amount.signum() < 0) {
      return problem("不能是负数", "must not be negative");
    }
    if (amount.compareTo(MAX_MONEY) > 0) {
      return problem("数额太大", "is implausibly large");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      return problem("最多到分（两位小数）", "at most 2 decimal places");
    }
    return Optional.empty();
  }

  private static Optional<Text> checkDays(String value) {
    if (!value.matches("[0-9]{1,2}")) {
      return problem("请写1到60之间的整数", "a whole number from 1 to 60");
    }
    int days = Integer.parseInt(value);
    return days >= 1 && days <= 60
        ? Optional.empty()
        : problem("请写1到60之间的整数", "a whole number from 1 to 60");
  }

  private static Optional<Text> problem(String zh, String en) {
    return Optional.of(new Text(zh, en));
  }
}
