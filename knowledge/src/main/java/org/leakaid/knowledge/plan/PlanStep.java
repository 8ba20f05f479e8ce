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
 * @param summary the step in one line, for a collapsed step and the printed checklist
 * @param call the number the step's button dials, one of {@link PlanEngine#phones()}; null when the
 *     step has no single number to call
 * @param links official services the step sends the user to, as web links
 * @param tools keys of the LeakAid tools the step mentions or offers ({@link PlanEngine#tools()})
 * @param pinned rules so important that a plan shows them above all steps
 */
public record PlanStep(
    String key,
    Urgency urgency,
    Text title,
    Text why,
    Text how,
    List<String> legalBasis,
    Text summary,
    String call,
    List<OfficialLink> links,
    List<String> tools,
    List<Text> pinned) {

  public PlanStep {
    legalBasis = List.copyOf(legalBasis);
    links = links == null ? List.of() : List.copyOf(links);
    tools = tools == null ? List.of() : List.copyOf(tools);
    pinned = pinned == null ? List.of() : List.copyOf(pinned);
  }
}
