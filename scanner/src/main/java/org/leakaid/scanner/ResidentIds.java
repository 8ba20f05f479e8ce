package org.leakaid.scanner;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Validation of mainland resident identity numbers (GB 11643-1999) and the residence permits for
 * Hong Kong, Macao and Taiwan residents (which use region codes 810000, 820000 and 830000).
 *
 * <p>An 18-character number is 6 region digits, an 8-digit birth date, a 3-digit sequence (odd for
 * men) and an ISO 7064 MOD 11-2 check character (0-9 or X). The first-generation 15-digit number
 * has a 6-digit date without the century (always 19xx) and no check character. The region code is
 * the one in force where and when the number was issued, so it is checked against every code that
 * has ever existed ({@link RegionCodes}); an unknown code makes a number doubtful, not invalid.
 */
public final class ResidentIds {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK_CHARS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /**
   * Earliest birth date accepted. GB 11643 itself shows 440524188001010014 as an example, so the
   * bound is set well before anyone who could hold a second-generation card.
   */
  static final int MIN_BIRTH = 18500101;

  /** Outcome of checking a number; {@link #VALID_UNKNOWN_REGION} is still a valid number. */
  public enum Validity {
    INVALID,
    VALID_UNKNOWN_REGION,
    VALID
  }

  private ResidentIds() {}

  /**
   * The MOD 11-2 check character of the first 17 digits of {@code id} ('0'-'9' or 'X').
   *
   * @throws IllegalArgumentException if the first 17 characters are not all ASCII digits
   */
  public static char checkChar(CharSequence id) {
    if (id.length() < 17) {
      throw new IllegalArgumentException("need 17 digits, got " + id.length() + " characters");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int d = id.charAt(i) - '0';
      if (d < 0 || d > 9) {
        throw new IllegalArgumentException("not a digit at position " + (i + 1));
      }
      sum += d * WEIGHTS[i];
    }
    return CHECK_CHARS[sum % 11];
  }

  /** True for a valid 18-character or 15-digit number (upper- or lower-case x). */
  public static boolean isValid(CharSequence id) {
    return check(id) != Validity.INVALID;
  }

  /** Full check: format, check character, birth date (real, not in the future), region. */
  public static Validity check(CharSequence id) {
    int n = id.length();
    if (n != 18 && n != 15) {
      return Validity.INVALID;
    }
    int[] digits = new int[18];
    for (int i = 0; i < n; i++) {
      char c = id.charAt(i);
      if (c >= '0' && c <= '9') {
        digits[i] = c - '0';
      } else if (n == 18 && i == 17 && (c == 'X' || c == 'x')) {
        digits[i] = 10;
      } else {
        return Validity.INVALID;
      }
    }
    return n == 18 ? check18(digits, today()) : check15(digits, today());
  }

  /** A date in China as yyyymmdd and the instant (epoch millis) the next day starts there. */
  private record Day(int ymd, long nextDayMillis) {}

  private static volatile Day currentDay = new Day(0, Long.MIN_VALUE);

  /**
   * Today's date in China as yyyymmdd. Every scan session asks (dumps of many small files make one
   * per file), so the date is kept until midnight instead of going through the time-zone rules each
   * time: measured 490-900 ns per new session before, of which this was most; the dense benchmark
   * corpus starts a session every ~550 bytes.
   */
  static int today() {
    Day day = currentDay;
    long now = System.currentTimeMillis();
    if (now >= day.nextDayMillis || now < day.nextDayMillis - 86_400_000L) {
      LocalDate d = Instant.ofEpochMilli(now).atZone(CHINA).toLocalDate();
      long next = d.plusDays(1).atStartOfDay(CHINA).toInstant().toEpochMilli();
      day = new Day(d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth(), next);
      currentDay = day;
    }
    return day.ymd;
  }

  /** {@code d[0..16]} digits, {@code d[17]} 0-9 or 10 for X. */
  static Validity check18(int[] d, int todayYmd) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += d[i] * WEIGHTS[i];
    }
    int expected = CHECK_CHARS[sum % 11] == 'X' ? 10 : CHECK_CHARS[sum % 11] - '0';
    if (d[17] != expected) {
      return Validity.INVALID;
    }
    int birth = number(d, 6, 8);
    if (!isRealDate(birth) || birth < MIN_BIRTH || birth > todayYmd) {
      return Validity.INVALID;
    }
    return region(number(d, 0, 6));
  }

  /**
   * The foreign permanent resident ID card number issued since December 2023: 9, the issuing
   * province (two digits), the holder's nationality as a three-digit ISO 3166-1 numeric code, the
   * birth date, a three-digit sequence and the same MOD 11-2 check character as a resident ID.
   * {@code d[0..16]} digits, {@code d[17]} 0-9 or 10 for X.
   */
  static boolean checkForeignPermanent(int[] d, int todayYmd) {
    if (d[0] != 9) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += d[i] * WEIGHTS[i];
    }
    int expected = CHECK_CHARS[sum % 11] == 'X' ? 10 : CHECK_CHARS[sum % 11] - '0';
    int province = d[1] * 10 + d[2];
    int nationality = number(d, 3, 3);
    int birth = number(d, 6, 8);
    return d[17] == expected
        && province != 81
        && province != 82
        && province != 83
        && RegionCodes.isProvince(province)
        && nationality >= 4
        && nationality != 156 // China: a Chinese national holds a resident ID
        && isRealDate(birth)
        && birth >= MIN_BIRTH
        && birth <= todayYmd;
  }

  /** First-generation number: region, yymmdd (19yy), 3-digit sequence. */
  static Validity check15(int[] d, int todayYmd) {
    int birth = 19000000 + number(d, 6, 6);
    if (!isRealDate(birth) || birth < MIN_BIRTH || birth > todayYmd) {
      return Validity.INVALID;
    }
    return region(number(d, 0, 6));
  }

  private static Validity region(int code) {
    if (!RegionCodes.isProvince(code / 10000)) {
      return Validity.INVALID;
    }
    int p = code / 10000;
    if (p == 81 || p == 82 || p == 83) {
      // Residence permits carry exactly 810000, 820000 or 830000.
      return code % 10000 == 0 ? Validity.VALID : Validity.INVALID;
    }
    return RegionCodes.isKnown(code) ? Validity.VALID : Validity.VALID_UNKNOWN_REGION;
  }

  private static int number(int[] d, int from, int len) {
    int v = 0;
    for (int i = from; i < from + len; i++) {
      v = v * 10 + d[i];
    }
    return v;
  }

  /** True if {@code ymd} (yyyymmdd) is a date that exists in the Gregorian calendar. */
  static boolean isRealDate(int ymd) {
    int y = ymd / 10000;
    int m = ymd / 100 % 100;
    int day = ymd % 100;
    if (m < 1 || m > 12 || day < 1) {
      return false;
    }
    int days =
        switch (m) {
          case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
          case 4, 6, 9, 11 -> 30;
          default -> 31;
        };
    return day <= days;
  }
}
