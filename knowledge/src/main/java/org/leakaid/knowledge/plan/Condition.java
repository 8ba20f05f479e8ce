package org.leakaid.knowledge.plan;

import java.util.List;
import java.util.Set;

/**
 * A condition of the playbook on an intake, read from YAML. It holds when ANY of its own criteria
 * holds (or it has none) AND every condition in {@code allOf} holds. Which criteria exist is
 * documented at the top of {@code playbook.yaml}.
 */
record Condition(
    Boolean always,
    Set<Leaked> anyLeaked,
    Set<Symptom> anySymptoms,
    Boolean suspectedSource,
    Boolean moneyLost,
    List<Condition> allOf) {

  Condition {
    anyLeaked = anyLeaked == null ? Set.of() : Set.copyOf(anyLeaked);
    anySymptoms = anySymptoms == null ? Set.of() : Set.copyOf(anySymptoms);
    allOf = allOf == null ? List.of() : List.copyOf(allOf);
    for (Boolean flag : new Boolean[] {always, suspectedSource, moneyLost}) {
      if (Boolean.FALSE.equals(flag)) {
        // "x: false" would read as "not x" but mean nothing here: reject it rather than mislead.
        throw new IllegalArgumentException("a condition flag can only be true, never false");
      }
    }
    boolean own =
        always != null
            || !anyLeaked.isEmpty()
            || !anySymptoms.isEmpty()
            || suspectedSource != null
            || moneyLost != null;
    if (!own && allOf.isEmpty()) {
      throw new IllegalArgumentException("empty condition: use {always: true}");
    }
  }

  boolean matches(Intake intake) {
    boolean own = !hasOwnCriteria() || anyOwnCriterion(intake);
    return own && allOf.stream().allMatch(c -> c.matches(intake));
  }

  private boolean hasOwnCriteria() {
    return always != null
        || !anyLeaked.isEmpty()
        || !anySymptoms.isEmpty()
        || suspectedSource != null
        || moneyLost != null;
  }

  private boolean anyOwnCriterion(Intake intake) {
    return always != null
        || anyLeaked.stream().anyMatch(intake.leaked()::contains)
        || anySymptoms.stream().anyMatch(intake.symptoms()::contains)
        || (suspectedSource != null && intake.hasSuspectedSource())
        || (moneyLost != null && intake.moneyLost());
  }
}
