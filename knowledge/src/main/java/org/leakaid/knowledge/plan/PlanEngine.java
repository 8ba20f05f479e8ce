package org.leakaid.knowledge.plan;

import java.util.List;
import java.util.Optional;

/** Turns an intake into a risk level and an ordered plan, following the bundled playbook. */
public final class PlanEngine {

  private PlanEngine() {}

  public static PlanEngine standard() {
    return new PlanEngine();
  }

  public Plan plan(Intake intake) {
    return new Plan(new Risk(RiskLevel.LOW, List.of()), List.of());
  }

  /** The step with this key as it applies to this intake, empty when it does not apply. */
  public Optional<PlanStep> step(String key, Intake intake) {
    return plan(intake).steps().stream().filter(s -> s.key().equals(key)).findFirst();
  }

  /** Every step key in the playbook, in playbook order. */
  public List<String> stepKeys() {
    return List.of();
  }
}
