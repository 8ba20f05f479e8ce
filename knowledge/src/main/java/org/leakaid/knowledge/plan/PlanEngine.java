package org.leakaid.knowledge.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leakaid.knowledge.Text;
import org.leakaid.knowledge.law.LawLibrary;

/**
 * Turns an intake into a risk level and an ordered plan, following the response playbook.
 *
 * <p>All judgement lives in {@code playbook.yaml}: which steps apply (each step's {@code when}),
 * how urgent each is for this intake (its first matching urgency rule), and the risk rules. The
 * engine only evaluates those conditions and orders the result: IMMEDIATE steps first, then
 * WITHIN_24H, WITHIN_7D and ONGOING, keeping playbook order within one urgency, so the same intake
 * always gives the same plan. Instances are immutable and thread-safe.
 */
public final class PlanEngine {

  private static final String PLAYBOOK = "/playbook.yaml";

  private final Playbook playbook;

  private PlanEngine(Playbook playbook) {
    this.playbook = playbook;
  }

  private static final class Standard {
    static final PlanEngine INSTANCE =
        new PlanEngine(Playbook.load(PLAYBOOK, LawLibrary.standard()));
  }

  /** The engine with the playbook bundled with LeakAid (loaded and checked once). */
  public static PlanEngine standard() {
    return Standard.INSTANCE;
  }

  public Plan plan(Intake intake) {
    Objects.requireNonNull(intake, "intake");
    List<PlanStep> steps = new ArrayList<>();
    for (Playbook.StepSpec spec : playbook.steps()) {
      applies(spec, intake).ifPresent(steps::add);
    }
    // List.sort is stable: playbook order survives within one urgency.
    steps.sort(Comparator.comparing(PlanStep::urgency));
    return new Plan(risk(intake), steps);
  }

  /** The step with this key as it applies to this intake; empty when it does not apply. */
  public Optional<PlanStep> step(String key, Intake intake) {
    Objects.requireNonNull(intake, "intake");
    return playbook.steps().stream()
        .filter(s -> s.key().equals(key))
        .findFirst()
        .flatMap(s -> applies(s, intake));
  }

  /** Every step key in the playbook, in playbook order. */
  public List<String> stepKeys() {
    return playbook.steps().stream().map(Playbook.StepSpec::key).toList();
  }

  /**
   * The service numbers the step texts name (110, 96110, 12321...): pages make each one a tap to
   * call. A test checks that the texts name no other number that could be dialled.
   */
  public List<String> phones() {
    return playbook.phones();
  }

  /** The LeakAid tools that steps may point to; the app checks that each path is a page. */
  public List<Tool> tools() {
    return playbook.tools();
  }

  public Optional<Tool> tool(String key) {
    return playbook.tools().stream().filter(t -> t.key().equals(key)).findFirst();
  }

  private static Optional<PlanStep> applies(Playbook.StepSpec spec, Intake intake) {
    if (!spec.when().matches(intake)) {
      return Optional.empty();
    }
    Urgency urgency =
        spec.urgency().stream()
            .filter(rule -> rule.when() == null || rule.when().matches(intake))
            .findFirst()
            .orElseThrow() // the last rule has no condition: checked on loading
            .level();
    return Optional.of(
        new PlanStep(
            spec.key(),
            urgency,
            spec.title(),
            spec.why(),
            spec.how(),
            spec.legalBasis(),
            spec.summary(),
            spec.call(),
            spec.links(),
            spec.tools(),
            spec.pinned()));
  }

  /** The highest level of the rules that hold, with every reason, most serious first. */
  private Risk risk(Intake intake) {
    List<Playbook.RiskRule> holding =
        new ArrayList<>(
            playbook.risk().rules().stream().filter(r -> r.when().matches(intake)).toList());
    if (holding.isEmpty()) {
      return new Risk(RiskLevel.LOW, List.of(playbook.risk().lowReason()));
    }
    holding.sort(Comparator.comparing(Playbook.RiskRule::level).reversed());
    List<Text> reasons = holding.stream().map(Playbook.RiskRule::reason).toList();
    return new Risk(holding.get(0).level(), reasons);
  }
}
