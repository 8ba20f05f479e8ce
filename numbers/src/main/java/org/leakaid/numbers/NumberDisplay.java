package org.leakaid.numbers;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

/** How to show and dial a number: grouped for reading, and the target of a {@code tel:} link. */
public final class NumberDisplay {

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  private NumberDisplay() {}

  /** {@code 138 0013 8000}, {@code 010 6234 5678}, {@code +1 212-555-1234}, {@code 95588}. */
  public static String readable(NumberFacts facts) {
    String mainland = facts.mainlandDigits();
    if (facts.type() == NumberType.SERVICE || !facts.valid()) {
      return mainland != null && facts.type() == NumberType.SERVICE ? mainland : facts.e164();
    }
    try {
      var parsed = PHONES.parse(facts.e164(), "CN");
      return PHONES.format(
          parsed, mainland != null ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
    } catch (NumberParseException e) {
      return facts.e164();
    }
  }

  /** What a {@code tel:} link dials: the short number for service numbers, else E.164. */
  public static String dial(NumberFacts facts) {
    String mainland = facts.mainlandDigits();
    return facts.type() == NumberType.SERVICE && mainland != null ? mainland : facts.e164();
  }

  /**
   * The path segment of the number's page: the national digits of a mainland number, else the E.164
   * form.
   */
  public static String pathSegment(NumberFacts facts) {
    String mainland = facts.mainlandDigits();
    return mainland != null ? mainland : facts.e164();
  }
}
