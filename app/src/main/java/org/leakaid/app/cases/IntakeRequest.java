package org.leakaid.app.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.leakaid.knowledge.plan.Intake;
import org.leakaid.knowledge.plan.Leaked;
import org.leakaid.knowledge.plan.Symptom;

/**
 * The intake as submitted (API body or form), before validation. {@link #validate} lists every
 * problem at once so a form can show them all; {@link #toIntake} is only called when there are
 * none.
 */
record IntakeRequest(
    List<Leaked> leaked,
    List<Symptom> symptoms,
    BigDecimal moneyLostYuan,
    String suspectedSource,
    LocalDate noticedOn) {

  static final int MAX_SOURCE = 200;
  static final BigDecimal MAX_MONEY = new BigDecimal("100000000000");
  static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

  /** One problem: the field, a message key for pages, and the English message for the API. */
  record Violation(String field, String messageKey, String english) {}

  List<Violation> validate(LocalDate today) {
    List<Violation> problems = new ArrayList<>();
    boolean noLeaked = leaked == null || leaked.isEmpty();
    boolean noSymptoms = symptoms == null || symptoms.isEmpty();
    if (noLeaked && noSymptoms) {
      problems.add(
          new Violation(
              "leaked",
              "intake.error.empty",
              "choose at least one thing that leaked or one thing that is happening"));
    }
    if (leaked != null && leaked.stream().anyMatch(Objects::isNull)) {
      problems.add(new Violation("leaked", "intake.error.invalid", "must not contain null"));
    }
    if (symptoms != null && symptoms.stream().anyMatch(Objects::isNull)) {
      problems.add(new Violation("symptoms", "intake.error.invalid", "must not contain null"));
    }
    if (moneyLostYuan != null) {
      if (moneyLostYuan.signum() < 0) {
        problems.add(
            new Violation("moneyLostYuan", "intake.error.moneyNegative", "must not be negative"));
      } else if (moneyLostYuan.compareTo(MAX_MONEY) > 0) {
        problems.add(
            new Violation("moneyLostYuan", "intake.error.moneyTooLarge", "is implausibly large"));
      } else if (moneyLostYuan.stripTrailingZeros().scale() > 2) {
        problems.add(
            new Violation(
                "moneyLostYuan", "intake.error.moneyScale", "at most 2 decimal places (fen)"));
      }
    }
    if (suspectedSource != null) {
      if (suspectedSource.codePointCount(0, suspectedSource.length()) > MAX_SOURCE) {
        problems.add(
            new Violation(
                "suspectedSource",
                "intake.error.sourceTooLong",
                "at most " + MAX_SOURCE + " characters"));
      } else if (suspectedSource.codePoints().anyMatch(Character::isISOControl)) {
        problems.add(
            new Violation(
                "suspectedSource", "intake.error.invalid", "must not contain control characters"));
      }
    }
    if (noticedOn != null) {
      if (noticedOn.isAfter(today)) {
        problems.add(
            new Violation("noticedOn", "intake.error.dateFuture", "must not be in the future"));
      } else if (noticedOn.isBefore(EARLIEST)) {
        problems.add(
            new Violation("noticedOn", "intake.error.dateTooEarly", "must be 1990-01-01 or later"));
      }
    }
    return problems;
  }

  /** The engine's intake; missing money means none, a missing date means today. */
  Intake toIntake(LocalDate today) {
    return new Intake(
        leaked == null || leaked.isEmpty() ? EnumSet.noneOf(Leaked.class) : EnumSet.copyOf(leaked),
        symptoms == null || symptoms.isEmpty()
            ? EnumSet.noneOf(Symptom.class)
            : EnumSet.copyOf(symptoms),
        moneyLostYuan == null ? BigDecimal.ZERO : moneyLostYuan.setScale(2),
        suspectedSource == null ? "" : suspectedSource.strip(),
        noticedOn == null ? today : noticedOn);
  }
}
