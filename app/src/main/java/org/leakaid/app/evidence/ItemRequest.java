package org.leakaid.app.evidence;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.leakaid.app.web.HttpProblem;
import org.leakaid.evidence.EvidenceCategory;
import org.leakaid.evidence.EvidenceKind;
import org.leakaid.evidence.ItemAmendment;
import org.leakaid.evidence.NewEvidenceItem;

/**
 * The {@code item} part of an upload, and the body of an amendment. Enums and times arrive as
 * strings so that a wrong value gets a message naming the field and the allowed values.
 *
 * @param occurredAt ISO-8601 date and time, with an offset ({@code 2026-11-20T14:03+08:00}) or
 *     without one, which means Beijing time
 */
record ItemRequest(
    String kind,
    String occurredAt,
    String counterpart,
    String content,
    String notes,
    String category,
    String source,
    String proves) {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  NewEvidenceItem toNewItem(Clock clock) {
    if (kind == null || kind.isBlank()) {
      throw invalid("kind: required, one of " + names(EvidenceKind.values()));
    }
    if (occurredAt == null || occurredAt.isBlank()) {
      throw invalid("occurredAt: required, e.g. 2026-11-20T14:03+08:00");
    }
    return build(
        () ->
            new NewEvidenceItem(
                parseKind(kind),
                category == null ? null : parseCategory(category),
                parseTime(occurredAt, clock),
                clean(counterpart),
                clean(content),
                clean(notes),
                clean(source),
                clean(proves)));
  }

  ItemAmendment toAmendment(Clock clock) {
    return build(
        () ->
            new ItemAmendment(
                kind == null ? null : parseKind(kind),
                category == null ? null : parseCategory(category),
                occurredAt == null ? null : parseTime(occurredAt, clock),
                clean(counterpart),
                clean(content),
                clean(notes),
                clean(source),
                clean(proves)));
  }

  private static <T> T build(java.util.function.Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw invalid(e.getMessage());
    }
  }

  static EvidenceKind parseKind(String value) {
    try {
      return EvidenceKind.valueOf(value.strip());
    } catch (IllegalArgumentException e) {
      throw invalid("kind: " + quote(value) + " is not one of " + names(EvidenceKind.values()));
    }
  }

  static EvidenceCategory parseCategory(String value) {
    try {
      return EvidenceCategory.valueOf(value.strip());
    } catch (IllegalArgumentException e) {
      throw invalid(
          "category: " + quote(value) + " is not one of " + names(EvidenceCategory.values()));
    }
  }

  /** The earliest time an item may have: no evidence of a leak today is older. */
  static final OffsetDateTime EARLIEST =
      LocalDateTime.of(1990, 1, 1, 0, 0).atZone(CHINA).toOffsetDateTime();

  /**
   * Parses a time; one without an offset is Beijing time. A time before 1990 or more than a day
   * ahead is refused: it is a typo or a test of the limits, and a court would not believe it.
   */
  static OffsetDateTime parseTime(String value, Clock clock) {
    String v = value.strip();
    OffsetDateTime parsed;
    try {
      parsed = OffsetDateTime.parse(v);
    } catch (DateTimeParseException withoutOffset) {
      try {
        parsed = LocalDateTime.parse(v).atZone(CHINA).toOffsetDateTime();
      } catch (DateTimeParseException e) {
        throw invalid(
            "occurredAt: " + quote(value) + " is not a date and time like 2026-11-20T14:03+08:00");
      }
    }
    if (parsed.toInstant().isAfter(clock.instant().plus(Duration.ofDays(1)))) {
      throw invalid(
          "occurredAt: "
              + quote(value)
              + " is in the future; give when it happened, at most a day from now");
    }
    if (parsed.isBefore(EARLIEST)) {
      throw invalid(
          "occurredAt: "
              + quote(value)
              + " is before 1990-01-01; give when it happened, e.g. 2026-11-20T14:03+08:00");
    }
    return parsed;
  }

  /** Strips text; control characters other than line breaks and tabs are refused. */
  private static String clean(String text) {
    if (text == null) {
      return null;
    }
    if (text.codePoints()
        .anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
      throw invalid("text fields must not contain control characters");
    }
    return text.strip();
  }

  static HttpProblem invalid(String message) {
    return HttpProblem.badRequest("INVALID_INPUT", message);
  }

  private static String names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
  }

  static String quote(String value) {
    String text = String.valueOf(value);
    return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
  }
}
