package org.leakaid.app.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.leakaid.app.account.AccountDataContributor;
import org.leakaid.app.cases.CaseViews.CaseExport;
import org.leakaid.app.cases.CaseViews.CaseSummary;
import org.leakaid.app.cases.CaseViews.CaseView;
import org.leakaid.app.cases.CaseViews.IntakeView;
import org.leakaid.app.cases.CaseViews.LinkView;
import org.leakaid.app.cases.CaseViews.Progress;
import org.leakaid.app.cases.CaseViews.RiskView;
import org.leakaid.app.cases.CaseViews.StepProgressExport;
import org.leakaid.app.cases.CaseViews.StepView;
import org.leakaid.app.web.HttpProblem;
import org.leakaid.knowledge.plan.Intake;
import org.leakaid.knowledge.plan.Plan;
import org.leakaid.knowledge.plan.PlanEngine;
import org.leakaid.knowledge.plan.PlanStep;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases: a user's intake answers and their progress through the plan. The plan itself is not
 * stored; it is computed from the intake by the knowledge module's {@link PlanEngine} on every
 * read, so improvements to the playbook reach existing cases, and progress is kept by step key.
 *
 * <p>Other features use {@link #requireOwned} before touching anything under {@code
 * /cases/{id}/...}: it answers 404 both for ids that do not exist and for other users' cases, so
 * nobody can learn which case ids exist.
 */
@Service
// Deleted last: the rows of other features (evidence, documents) hang on a case.
@Order(Ordered.LOWEST_PRECEDENCE)
public class Cases implements AccountDataContributor {

  /** "Today" for intake dates is the date in mainland China, where the users are. */
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  static final int MAX_NOTE = 1000;

  private final CaseRepository repository;
  private final PlanEngine engine;
  private final Clock clock;

  Cases(CaseRepository repository, PlanEngine engine, Clock clock) {
    this.repository = repository;
    this.engine = engine;
    this.clock = clock;
  }

  /**
   * The case with this id if it belongs to this account; otherwise 404 (never 403), also for ids
   * that are not UUIDs.
   */
  public OwnedCase requireOwned(String caseId, UUID accountId) {
    CaseRepository.CaseRow row = requireRow(caseId, accountId);
    return new OwnedCase(row.id(), row.accountId(), row.createdAt());
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(CHINA));
  }

  /** Validates and stores the intake; the violations go back to the caller as 400. */
  @Transactional
  CaseView create(UUID accountId, IntakeRequest request, Locale locale) {
    LocalDate today = today();
    List<IntakeRequest.Violation> problems = request.validate(today);
    if (!problems.isEmpty()) {
      throw new InvalidIntake(problems);
    }
    Intake intake = request.toIntake(today);
    CaseRepository.CaseRow row =
        new CaseRepository.CaseRow(
            UUID.randomUUID(),
            accountId,
            clock.instant(),
            intake.leaked(),
            intake.symptoms(),
            intake.moneyLostYuan(),
            intake.suspectedSource(),
            intake.noticedOn());
    repository.insert(row);
    return view(row, Map.of(), locale);
  }

  /**
   * New answers for an existing case: the plan follows them, and every step keeps its status and
   * note (a step that leaves the plan and comes back later comes back as it was).
   */
  @Transactional
  CaseView updateIntake(String caseId, UUID accountId, IntakeRequest request, Locale locale) {
    CaseRepository.CaseRow existing = requireRow(caseId, accountId);
    LocalDate today = today();
    List<IntakeRequest.Violation> problems = request.validate(today);
    if (!problems.isEmpty()) {
      throw new InvalidIntake(problems);
    }
    Intake intake = request.toIntake(today);
    CaseRepository.CaseRow row =
        new CaseRepository.CaseRow(
            existing.id(),
            accountId,
            existing.createdAt(),
            intake.leaked(),
            intake.symptoms(),
            intake.moneyLostYuan(),
            intake.suspectedSource(),
            intake.noticedOn());
    repository.updateIntake(row);
    return view(row, repository.steps(row.id()), locale);
  }

  @Transactional(readOnly = true)
  CaseView view(String caseId, UUID accountId, Locale locale) {
    CaseRepository.CaseRow row = requireRow(caseId, accountId);
    return view(row, repository.steps(row.id()), locale);
  }

  @Transactional(readOnly = true)
  List<CaseSummary> list(UUID accountId, Locale locale) {
    return repository.listOwned(accountId).stream()
        .map(
            row -> {
              Plan plan = engine.plan(intake(row));
              Map<String, CaseRepository.StepRow> steps = repository.steps(row.id());
              Progress progress = progress(plan, steps);
              String next =
                  plan.steps().stream()
                      .filter(
                          s ->
                              !steps.containsKey(s.key())
                                  || steps.get(s.key()).status() == StepStatus.TODO)
                      .findFirst()
                      .map(s -> s.title().in(locale))
                      .orElse(null);
              return new CaseSummary(
                  row.id(),
                  row.createdAt(),
                  row.noticedOn(),
                  plan.risk().level(),
                  progress,
                  row.leaked(),
                  row.symptoms(),
                  next);
            })
        .toList();
  }

  /** Marks a step; the key must be a step of this case's plan (404 otherwise). */
  @Transactional
  StepView updateStep(
      String caseId, UUID accountId, String key, StepStatus status, String note, Locale locale) {
    CaseRepository.CaseRow row = requireRow(caseId, accountId);
    Intake intake = intake(row);
    PlanStep step =
        engine
            .step(key, intake)
            .orElseThrow(
                () -> HttpProblem.notFound("STEP_NOT_FOUND", "this case's plan has no such step"));
    if (status == null) {
      throw HttpProblem.badRequest("INVALID_INPUT", "status: one of TODO, DONE, SKIPPED");
    }
    String cleanNote = note == null ? "" : note.strip();
    if (cleanNote.codePointCount(0, cleanNote.length()) > MAX_NOTE) {
      throw HttpProblem.badRequest("INVALID_INPUT", "note: at most " + MAX_NOTE + " characters");
    }
    if (cleanNote.codePoints().anyMatch(Cases::forbiddenInNote)) {
      throw HttpProblem.badRequest("INVALID_INPUT", "note: must not contain control characters");
    }
    CaseRepository.StepRow saved =
        new CaseRepository.StepRow(key, status, cleanNote, clock.instant());
    repository.saveStep(row.id(), saved);
    return stepView(row.id(), step, saved, locale);
  }

  @Override
  public String exportKey() {
    return "cases";
  }

  @Override
  public List<CaseExport> exportData(UUID accountId) {
    return repository.listOwned(accountId).stream()
        .map(
            row ->
                new CaseExport(
                    row.id(),
                    row.createdAt(),
                    intakeView(row),
                    repository.steps(row.id()).values().stream()
                        .map(
                            s ->
                                new StepProgressExport(
                                    s.key(), s.status(), s.note(), s.updatedAt()))
                        .toList()))
        .toList();
  }

  @Override
  public void deleteData(UUID accountId) {
    repository.deleteAllOwned(accountId);
  }

  /** Control characters other than line breaks and tabs have no place in a note. */
  private static boolean forbiddenInNote(int c) {
    return Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t';
  }

  private CaseRepository.CaseRow requireRow(String caseId, UUID accountId) {
    return parse(caseId)
        .flatMap(id -> repository.findOwned(id, accountId))
        .orElseThrow(() -> HttpProblem.notFound("CASE_NOT_FOUND", "no such case"));
  }

  private static Optional<UUID> parse(String caseId) {
    if (caseId == null || caseId.length() != 36) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(caseId));
    } catch (IllegalArgumentException notAUuid) {
      return Optional.empty();
    }
  }

  private CaseView view(
      CaseRepository.CaseRow row, Map<String, CaseRepository.StepRow> steps, Locale locale) {
    Plan plan = engine.plan(intake(row));
    List<StepView> stepViews =
        plan.steps().stream()
            .map(step -> stepView(row.id(), step, steps.get(step.key()), locale))
            .toList();
    return new CaseView(
        row.id(),
        row.createdAt(),
        intakeView(row),
        new RiskView(
            plan.risk().level(),
            plan.risk().reasons().stream().map(reason -> reason.in(locale)).toList()),
        stepViews,
        progress(plan, steps));
  }

  private StepView stepView(
      UUID caseId, PlanStep step, CaseRepository.StepRow progress, Locale locale) {
    return new StepView(
        step.key(),
        step.title().in(locale),
        step.urgency(),
        progress == null ? StepStatus.TODO : progress.status(),
        progress == null ? "" : progress.note(),
        step.why().in(locale),
        step.how().in(locale),
        step.legalBasis(),
        step.summary().in(locale),
        step.call(),
        step.links().stream().map(l -> new LinkView(l.label().in(locale), l.url())).toList(),
        step.tools().stream()
            .map(key -> engine.tool(key).orElseThrow()) // checked when the playbook loads
            .map(t -> new LinkView(t.label().in(locale), t.pathFor(caseId.toString())))
            .toList(),
        step.pinned().stream().map(t -> t.in(locale)).toList());
  }

  private static Progress progress(Plan plan, Map<String, CaseRepository.StepRow> steps) {
    Map<StepStatus, Long> counts =
        plan.steps().stream()
            .map(s -> steps.containsKey(s.key()) ? steps.get(s.key()).status() : StepStatus.TODO)
            .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
    return new Progress(
        counts.getOrDefault(StepStatus.DONE, 0L).intValue(),
        counts.getOrDefault(StepStatus.SKIPPED, 0L).intValue(),
        plan.steps().size());
  }

  private static Intake intake(CaseRepository.CaseRow row) {
    return new Intake(
        row.leaked(), row.symptoms(), row.moneyLostYuan(), row.suspectedSource(), row.noticedOn());
  }

  private static IntakeView intakeView(CaseRepository.CaseRow row) {
    return new IntakeView(
        row.leaked(), row.symptoms(), row.moneyLostYuan(), row.suspectedSource(), row.noticedOn());
  }

  /** The intake had problems; each names its field. */
  static final class InvalidIntake extends HttpProblem {
    final List<IntakeRequest.Violation> violations;

    InvalidIntake(List<IntakeRequest.Violation> violations) {
      super(
          org.springframework.http.HttpStatus.BAD_REQUEST,
          "INVALID_INPUT",
          violations.stream()
              .map(v -> v.field() + ": " + v.english())
              .collect(Collectors.joining("; ")));
      this.violations = violations;
    }
  }
}
