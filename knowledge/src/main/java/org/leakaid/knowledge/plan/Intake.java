package org.leakaid.knowledge.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The answers to the intake questionnaire.
 *
 * @param leaked what leaked; null means nothing known
 * @param symptoms what is happening; null means nothing
 * @param moneyLostYuan money lost in yuan, null when none or unknown; never negative
 * @param suspectedSource the platform the person suspects leaked the data, may be null or blank
 * @param noticedOn when the person noticed the leak, may be null
 */
public record Intake(
    Set<Leaked> leaked,
    Set<Symptom> symptoms,
    BigDecimal moneyLostYuan,
    String suspectedSource,
    LocalDate noticedOn) {

  public Intake {
    leaked = immutableEnumSet(leaked, Leaked.class);
    symptoms = immutableEnumSet(symptoms, Symptom.class);
    if (moneyLostYuan != null && moneyLostYuan.signum() < 0) {
      throw new IllegalArgumentException("moneyLostYuan must not be negative");
    }
    suspectedSource = suspectedSource == null ? "" : suspectedSource.strip();
  }

  /** Whether the person named a platform they suspect. */
  public boolean hasSuspectedSource() {
    return !suspectedSource.isEmpty();
  }

  /** Whether money was lost: the MONEY_LOST symptom or a positive amount. */
  public boolean moneyLost() {
    return symptoms.contains(Symptom.MONEY_LOST)
        || (moneyLostYuan != null && moneyLostYuan.signum() > 0);
  }

  private static <E extends Enum<E>> Set<E> immutableEnumSet(Set<E> values, Class<E> type) {
    EnumSet<E> copy = EnumSet.noneOf(type);
    if (values != null) {
      for (E value : values) {
        if (value == null) {
          throw new IllegalArgumentException("null in " + type.getSimpleName() + " set");
        }
        copy.add(value);
      }
    }
    return Collections.unmodifiableSet(copy);
  }
}
