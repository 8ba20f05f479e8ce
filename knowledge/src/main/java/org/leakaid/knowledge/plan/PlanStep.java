package org.leakaid.knowledge.plan;

import java.util.List;
import org.leakaid.knowledge.Text;

/**
 * One step of a plan.
 *
 * @param key stable identifier, e.g. {@code call-police-110}
 * @param urgency when to do it, for this intake
 * @param title short imperative title
 * @param why why this step matters
 * @param how exactly how to do it: numbers, what to say, what to take
 * @param legalBasis article refs in the law library, e.g. {@code PIPL-47}
 */
public record PlanStep(
    String key, Urgency urgency, Text title, Text why, Text how, List<String> legalBasis) {

  public PlanStep {
    legalBasis = List.copyOf(legalBasis);
  }
}
