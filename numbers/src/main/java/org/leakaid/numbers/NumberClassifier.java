package org.leakaid.numbers;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToCarrierMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.geocoding.PhoneNumberOfflineGeocoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells what a number is: libphonenumber with its geocoder and carrier data for ordinary mobiles,
 * landlines and foreign numbers, our own tables ({@link Segments}, {@link OfficialNumbers}) for
 * what it lacks or gets wrong for the mainland: virtual-operator and IoT segments, 95xxx and other
 * service numbers, SMS ports, and numbers that imitate an official one.
 */
public final class NumberClassifier {

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  private static final PhoneNumberOfflineGeocoder GEO = PhoneNumberOfflineGeocoder.getInstance();
  private static final PhoneNumberToCarrierMapper CARRIERS =
      PhoneNumberToCarrierMapper.getInstance();

  private NumberClassifier() {}

  /** Classifies {@code input}; throws {@link InvalidNumberException} when it is not a number. */
  public static NumberFacts classify(String input, Locale locale) {
    WrittenNumber written = WrittenNumber.parse(input);
    NumberFacts facts = classify(written, written.digits(), written.extension(), locale);
    // "010-62345678-801": the last group is an extension when the rest is a landline.
    if (!facts.valid()
        && written.extension().isEmpty()
        && written.lastGroup().length() >= 1
        && written.lastGroup().length() <= 5) {
      String rest =
          written.digits().substring(0, written.digits().length() - written.lastGroup().length());
      NumberFacts shorter = classify(written, rest, written.lastGroup(), locale);
      if (shorter.valid() && shorter.type() == NumberType.FIXED_LINE) {
        return shorter;
      }
    }
    return facts;
  }

  private static NumberFacts classify(
      WrittenNumber written, String digits, String extension, Locale locale) {
    Builder b = new Builder(written.input(), extension, locale);
    if (written.international()) {
      if (digits.startsWith("86") && digits.length() > 2) {
        String national = digits.substring(2);
        // "+86 0755 ..." keeps the trunk 0 that is not dialled after +86.
        return mainland(b, national.startsWith("0") ? national.substring(1) : national, true, true);
      }
      return overseas(b, digits);
    }
    if (digits.startsWith("0")) {
      String national = digits.substring(1);
      Optional<OfficialNumber> official = OfficialNumbers.byNumber(national);
      if (official.isPresent() && national.length() >= 5) {
        // 095588: no area code starts with 9558; an official number with a 0 in front is a fake.
        return b.e164("+86" + digits)
            .imitation(
                official.get(),
                Reason.of("hint.imitation.zero", official.get(), official.get().number()));
      }
      return mainland(b, national, false, false);
    }
    if (digits.length() == 13 && digits.startsWith("861")) {
      return mainland(b, digits.substring(2), true, true); // 8613800138000: +86 without the +
    }
    return mainland(b, digits, true, false);
  }

  /**
   * A mainland number: {@code national} without trunk 0 or country code; {@code serviceForm} when
   * written without a trunk 0, where a service number can be; {@code withCountryCode} when written
   * after +86, where a landline comes first (+86 10 6900 0123 is Beijing, 10690000123 an SMS port).
   */
  private static NumberFacts mainland(
      Builder b, String national, boolean serviceForm, boolean withCountryCode) {
    b.e164("+86" + national);
    if (national.isEmpty()) {
      return b.invalid();
    }
    if (national.charAt(0) == '1' && (national.length() == 11 || national.length() == 13)) {
      NumberFacts mobile = mobile(b, national);
      if (mobile != null) {
        return mobile;
      }
    }
    PhoneNumber parsed = parse("+86" + national);
    PhoneNumberType type = typeOf(parsed);
    boolean landline =
        type == PhoneNumberType.FIXED_LINE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE;
    if (serviceForm && !(landline && withCountryCode)) {
      Optional<Segments.ServiceRange> range = Segments.service(national);
      if (range.isPresent()) {
        return service(b, national, range.get());
      }
    }
    if (landline) {
      return b.valid(NumberType.FIXED_LINE).region(geo(parsed, type, b.locale)).build();
    }
    if (serviceForm && national.matches("[2-9][0-9]{6,7}")) {
      return b.type(NumberType.UNKNOWN).hint(Verdict.UNKNOWN, Reason.of("hint.noAreaCode")).build();
    }
    return b.invalid();
  }

  private static NumberFacts mobile(Builder b, String national) {
    Optional<Segments.MobileSegment> segment = Segments.mobile(national);
    PhoneNumber parsed = parse("+86" + national);
    // Virtual-operator and IoT segments take region and carrier from our table alone.
    boolean ours =
        segment.isPresent()
            && (segment.get().type() == NumberType.VIRTUAL_MOBILE
                || segment.get().type() == NumberType.IOT);
    PhoneNumberType type = ours ? PhoneNumberType.UNKNOWN : typeOf(parsed);
    if (segment.isEmpty()) {
      if (type != PhoneNumberType.MOBILE) {
        return null;
      }
      String carrier = CARRIERS.getNameForValidNumber(parsed, b.locale);
      return b.valid(NumberType.MOBILE)
          .region(geo(parsed, type, b.locale))
          .carrier(carrier.isEmpty() ? null : carrier)
          .note(Reason.of("note.portability"))
          .build();
    }
    Segments.MobileSegment s = segment.get();
    b.valid(s.type())
        .region(Texts.text("region.mainland", b.locale))
        .note(Reason.of("note.portability"));
    switch (s.type()) {
      case VIRTUAL_MOBILE -> {
        b.carrier(Texts.text("carrier.virtual", b.locale, s.carrier(b.locale)));
        b.hint(Verdict.UNKNOWN, Reason.of("hint.virtual", national.substring(0, 3)));
      }
      case IOT -> {
        b.carrier(s.carrier(b.locale));
        b.hint(Verdict.SUSPICIOUS, Reason.of("hint.iot"));
      }
      default -> {
        if (type != PhoneNumberType.UNKNOWN) {
          b.region(geo(parsed, type, b.locale));
          String carrier = CARRIERS.getNameForValidNumber(parsed, b.locale);
          b.carrier(carrier.isEmpty() ? s.carrier(b.locale) : carrier);
        } else {
          b.carrier(s.carrier(b.locale));
        }
      }
    }
    return b.build();
  }

  private static NumberFacts service(Builder b, String national, Segments.ServiceRange range) {
    b.valid(range.type());
    Optional<OfficialNumber> official = OfficialNumbers.byNumber(national);
    if (range.type() == NumberType.TOLL_FREE) {
      PhoneNumber parsed = parse("+86" + national);
      if (parsed == null || !PHONES.isValidNumber(parsed)) {
        return b.invalid();
      }
      b.region(Texts.text("region.nationwide", b.locale))
          .hint(Verdict.UNKNOWN, Reason.of("hint.tollFree", national.substring(0, 3)));
    } else if (official.isEmpty()) {
      b.region(national.startsWith("96") ? null : Texts.text("region.nationwide", b.locale))
          .hint(Verdict.UNKNOWN, Reason.of("hint.serviceKind", range.kind(b.locale)));
      if (national.startsWith("106")) {
        b.hint(Verdict.UNKNOWN, Reason.of("hint.smsPort"));
      }
    } else {
      b.region(Texts.text("region.nationwide", b.locale));
    }
    official.ifPresent(o -> b.official(o));
    return b.build();
  }

  private static NumberFacts overseas(Builder b, String digits) {
    b.e164("+" + digits);
    Optional<OfficialNumber> imitated = OfficialNumbers.imitated(digits);
    PhoneNumber parsed = parse("+" + digits);
    String country = null;
    if (parsed != null) {
      String regionCode = PHONES.getRegionCodeForCountryCode(parsed.getCountryCode());
      if (!"ZZ".equals(regionCode)) {
        country = new Locale("", regionCode).getDisplayCountry(displayLocale(b.locale));
        String described = GEO.getDescriptionForNumber(parsed, b.locale);
        country = described.isEmpty() ? country : described;
      }
    }
    if (imitated.isPresent()) {
      b.region(country);
      return b.imitation(
          imitated.get(),
          Reason.of(
              "hint.imitation.overseas",
              imitated.get(),
              imitated.get().number(),
              country == null ? Texts.text("region.unknownCountry", b.locale) : country));
    }
    if (parsed == null || country == null) {
      return b.invalid();
    }
    boolean valid = PHONES.isValidNumber(parsed);
    b.type(NumberType.OVERSEAS).region(country).hint(Verdict.UNKNOWN, Reason.of("hint.overseas"));
    if (valid) {
      b.valid = true;
      String carrier = CARRIERS.getNameForValidNumber(parsed, b.locale);
      b.carrier(carrier.isEmpty() ? null : carrier);
    } else {
      b.hint(Verdict.SUSPICIOUS, Reason.of("hint.invalid"));
    }
    return b.build();
  }

  private static PhoneNumber parse(String e164) {
    try {
      return PHONES.parse(e164, "CN");
    } catch (NumberParseException e) {
      return null;
    }
  }

  /**
   * The number's type, {@link PhoneNumberType#UNKNOWN} when it is not valid (or not parsed): the
   * same answer as {@code isValidNumber} with one pass over libphonenumber's patterns instead of
   * two. Each pattern is looked up in libphonenumber's one synchronized regex cache, which every
   * request thread shares: under load, threads queued on that lock were a source of the HTTP
   * lookup's latency tail (JFR, docs/numbers.md), so a lookup asks for the type once.
   */
  private static PhoneNumberType typeOf(PhoneNumber parsed) {
    return parsed == null ? PhoneNumberType.UNKNOWN : PHONES.getNumberType(parsed);
  }

  /** The region of a valid number whose {@code type} is known (the geocoder would ask again). */
  private static String geo(PhoneNumber number, PhoneNumberType type, Locale locale) {
    String region =
        type == PhoneNumberType.UNKNOWN
            ? ""
            : PHONES.isNumberGeographical(type, number.getCountryCode())
                ? GEO.getDescriptionForValidNumber(number, locale)
                : GEO.getDescriptionForNumber(number, locale);
    return region.isEmpty() ? null : region;
  }

  private static Locale displayLocale(Locale locale) {
    return Texts.isEnglish(locale) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
  }

  /** Collects the facts of one classification. */
  private static final class Builder {
    final String input;
    final String extension;
    final Locale locale;
    String e164;
    boolean valid;
    NumberType type = NumberType.UNKNOWN;
    String region;
    String carrier;
    OfficialNumber official;
    Verdict floor = Verdict.UNKNOWN;
    final List<Reason> hints = new ArrayList<>();
    final List<Reason> notes = new ArrayList<>();

    Builder(String input, String extension, Locale locale) {
      this.input = input;
      this.extension = extension;
      this.locale = locale;
    }

    Builder e164(String value) {
      e164 = value;
      return this;
    }

    Builder valid(NumberType value) {
      valid = true;
      type = value;
      return this;
    }

    Builder type(NumberType value) {
      type = value;
      return this;
    }

    Builder region(String value) {
      region = value;
      return this;
    }

    Builder carrier(String value) {
      carrier = value;
      return this;
    }

    Builder official(OfficialNumber value) {
      official = value;
      return this;
    }

    Builder hint(Verdict atLeast, Reason reason) {
      floor = floor.atLeast(atLeast);
      hints.add(reason);
      return this;
    }

    Builder note(Reason reason) {
      notes.add(reason);
      return this;
    }

    NumberFacts invalid() {
      valid = false;
      type = NumberType.UNKNOWN;
      region = null;
      carrier = null;
      return hint(Verdict.SUSPICIOUS, Reason.of("hint.invalid")).build();
    }

    NumberFacts imitation(OfficialNumber imitated, Reason reason) {
      valid = false;
      type = e164.startsWith("+86") ? NumberType.UNKNOWN : NumberType.OVERSEAS;
      return hint(Verdict.FRAUD, reason)
          .hint(Verdict.FRAUD, Reason.of("advice.callOfficial", imitated, imitated.number()))
          .build();
    }

    NumberFacts build() {
      String digits = e164.substring(1);
      long key = digits.length() <= 15 ? Long.parseLong(digits) : -1;
      return new NumberFacts(
          input,
          e164,
          key,
          extension,
          valid,
          type,
          region,
          carrier,
          official,
          floor,
          List.copyOf(hints),
          List.copyOf(notes));
    }
  }
}
