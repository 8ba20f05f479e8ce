package org.leakaid.knowledge.plan;

import java.util.List;
import org.leakaid.knowledge.Text;

/** The risk level of an intake and the reasons that set it, most serious first. */
public record Risk(RiskLevel level, List<Text> reasons) {

  public Risk {
    reasons = List.copyOf(reasons);
  }
}
