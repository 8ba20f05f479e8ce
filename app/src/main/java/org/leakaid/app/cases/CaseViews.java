package org.leakaid.app.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.leakaid.knowledge.plan.Leaked;
import org.leakaid.knowledge.plan.RiskLevel;
import org.leakaid.knowledge.plan.Symptom;
import org.leakaid.knowledge.plan.Urgency;

/** The JSON and page shapes of a case; texts are already in the request's language. */
public final class CaseViews {

  private CaseViews() {}

  public record CaseView(
      UUID id,
      Instant createdAt,
      IntakeView intake,
      RiskView risk,
      List<StepView> plan,
      Progress progress) {}

  public record IntakeView(
      Set<Leaked> leaked,
      Set<Symptom> symptoms,
      BigDecimal moneyLostYuan,
      String suspectedSource,
      LocalDate noticedOn) {}

  public record RiskView(RiskLevel level, List<String> reasons) {}

  /**
   * One step as pages and the API show it.
   *
   * @param summary the step in one line
   * @param call the number its button dials, or null
   * @param links official websites for this step
   * @param tools LeakAid pages for this step, with this case's paths
   * @param pinned rules a plan shows above all steps
   */
  public record StepView(
      String key,
      String title,
      Urgency urgency,
      StepStatus status,
      String note,
      String why,
      String how,
      List<String> legalBasis,
      String summary,
      String call,
      List<LinkView> links,
      List<LinkView> tools,
      List<String> pinned) {

    /** Done or skipped: nothing left to do for it. */
    public boolean handled() {
      return status != StepStatus.TODO;
    }
  }

  /** A link a step offers: an official website or a LeakAid page. */
  public record LinkView(String label, String href) {}

  /** Steps done, skipped, and in the plan; {@code percent} counts done and skipped as handled. */
  public record Progress(int done, int skipped, int total) {
    public int percent() {
      return total == 0 ? 100 : (done + skipped) * 100 / total;
    }
  }

  /**
   * A case in "my cases": what leaked and what is happening (in intake order), so cases can be told
   * apart by more than a date, and the next step to do ({@code null} when every step is handled).
   */
  public record CaseSummary(
      UUID id,
      Instant createdAt,
      LocalDate noticedOn,
      RiskLevel risk,
      Progress progress,
      Set<Leaked> leaked,
      Set<Symptom> symptoms,
      String nextStep) {}

  /** A case as exported: the user's own answers and progress, not our playbook texts. */
  public record CaseExport(
      UUID id, Instant createdAt, IntakeView intake, List<StepProgressExport> steps) {}

  public record StepProgressExport(String key, StepStatus status, String note, Instant updatedAt) {}
}
