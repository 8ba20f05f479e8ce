package org.leakaid.knowledge.plan;

import java.util.List;

/** The risk and the ordered steps for one intake: IMMEDIATE first, ONGOING last. */
public record Plan(Risk risk, List<PlanStep> steps) {

  public Plan {
    steps = List.copyOf(steps);
  }
}
