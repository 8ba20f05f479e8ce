package org.leakaid.documents;

import java.time.LocalDate;
import java.util.List;
import org.leakaid.knowledge.Text;

/**
 * Whether a kind can be written for a case now.
 *
 * @param missing required fields that have no value (typed or made from the case), in form order
 * @param blockers what else stops the document (the 12300 prerequisite); empty when none
 * @param warnings what the user should know before sending it (the 12315 three-year window)
 * @param sentOn when the user said they sent it (the PIPL request), or null
 * @param replyDueOn for a sent PIPL request: the last working day of the deadline it set, or null
 */
public record Readiness(
    DocumentKind kind,
    List<String> missing,
    List<Text> blockers,
    List<Text> warnings,
    LocalDate sentOn,
    LocalDate replyDueOn) {

  public Readiness {
    missing = List.copyOf(missing);
    blockers = List.copyOf(blockers);
    warnings = List.copyOf(warnings);
  }

  public boolean ready() {
    return missing.isEmpty() && blockers.isEmpty();
  }
}
