package org.leakaid.numbers;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Our own tables for what libphonenumber lacks (resources {@code segments.csv} and {@code
 * service-prefixes.csv}): virtual-operator and IoT mobile segments with their network operator, and
 * the service, SMS-port and 400/800 number ranges.
 */
public final class Segments {

  /** A mobile segment: numbers of {@code length} digits starting with {@code prefix}. */
  public record MobileSegment(
      String prefix, NumberType type, int length, String carrierZh, String carrierEn) {
    public String carrier(Locale locale) {
      return Texts.isEnglish(locale) ? carrierEn : carrierZh;
    }
  }

  /** A range of service numbers: {@code prefix} followed by digits up to the length bounds. */
  public record ServiceRange(
      String prefix, int minLength, int maxLength, NumberType type, String kindZh, String kindEn) {
    public String kind(Locale locale) {
      return Texts.isEnglish(locale) ? kindEn : kindZh;
    }

    boolean matches(String digits) {
      return digits.startsWith(prefix)
          && digits.length() >= minLength
          && digits.length() <= maxLength;
    }
  }

  private static final List<MobileSegment> MOBILE =
      ResourceTables.read("segments.csv", 5).stream()
          .map(
              r ->
                  new MobileSegment(
                      r[0], NumberType.valueOf(r[1]), Integer.parseInt(r[2]), r[3], r[4]))
          .sorted(Comparator.comparingInt((MobileSegment s) -> s.prefix().length()).reversed())
          .toList();

  private static final List<ServiceRange> SERVICE =
      ResourceTables.read("service-prefixes.csv", 6).stream()
          .map(
              r ->
                  new ServiceRange(
                      r[0],
                      Integer.parseInt(r[1]),
                      Integer.parseInt(r[2]),
                      NumberType.valueOf(r[3]),
                      r[4],
                      r[5]))
          .sorted(Comparator.comparingInt((ServiceRange s) -> s.prefix().length()).reversed())
          .toList();

  private Segments() {}

  /** The segment of a national mobile number ({@code 17012345678}), longest prefix first. */
  public static Optional<MobileSegment> mobile(String nationalDigits) {
    for (MobileSegment s : MOBILE) {
      if (nationalDigits.length() == s.length() && nationalDigits.startsWith(s.prefix())) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The service range of a number written without 0, + or 00 ({@code 95588}, {@code 106...}). */
  public static Optional<ServiceRange> service(String digits) {
    for (ServiceRange s : SERVICE) {
      if (s.matches(digits)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
