package org.leakaid.app.cases;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.leakaid.app.account.SignedInUser;
import org.leakaid.app.cases.CaseViews.CaseView;
import org.leakaid.app.cases.CaseViews.StepView;
import org.leakaid.app.law.LawCitations;
import org.leakaid.app.web.HttpProblem;
import org.leakaid.knowledge.plan.Leaked;
import org.leakaid.knowledge.plan.Symptom;
import org.leakaid.knowledge.plan.Urgency;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * My cases, the intake form (new and edited), the case page with the plan and progress, and the
 * plan on paper (print page and PDF).
 */
@Controller
class CasePages {

  /** How many urgent steps the top card "现在先做这几件事" lists. */
  static final int FIRST_STEPS = 3;

  /** The intake's fields in the order of the form, so problems are listed as the form reads. */
  private static final List<String> FIELD_ORDER =
      List.of("leaked", "symptoms", "moneyLostYuan", "suspectedSource", "noticedOn");

  private final Cases cases;
  private final List<CasePageLink> caseLinks;
  private final LawCitations citations;
  private final PlanChecklist checklist;

  CasePages(
      Cases cases, List<CasePageLink> caseLinks, LawCitations citations, PlanChecklist checklist) {
    this.cases = cases;
    this.citations = citations;
    this.checklist = checklist;
    this.caseLinks =
        caseLinks.stream().sorted(Comparator.comparingInt(CasePageLink::order)).toList();
  }

  @GetMapping("/cases")
  String list(@AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
    model.addAttribute("cases", cases.list(user.id(), locale));
    return "cases/list";
  }

  @GetMapping("/cases/new")
  String newCase(Model model) {
    model.addAttribute("form", new IntakeForm(List.of(), List.of(), "", "", ""));
    return intakeForm(model, null, List.of());
  }

  @GetMapping("/cases/{id}/edit")
  String editIntake(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      Locale locale,
      Model model) {
    CaseView view = cases.view(id, user.id(), locale);
    model.addAttribute("form", IntakeForm.of(view.intake()));
    return intakeForm(model, view.id().toString(), List.of());
  }

  @PostMapping("/cases/{id}/intake")
  String updateIntake(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @RequestParam(name = "leaked", required = false) List<String> leaked,
      @RequestParam(name = "symptoms", required = false) List<String> symptoms,
      @RequestParam(name = "moneyLostYuan", defaultValue = "") String money,
      @RequestParam(name = "suspectedSource", defaultValue = "") String suspectedSource,
      @RequestParam(name = "noticedOn", defaultValue = "") String noticedOn,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    String caseId = cases.view(id, user.id(), locale).id().toString(); // 404 before anything else
    IntakeForm form =
        new IntakeForm(
            leaked == null ? List.of() : leaked,
            symptoms == null ? List.of() : symptoms,
            money,
            suspectedSource,
            noticedOn);
    List<IntakeRequest.Violation> problems = new ArrayList<>();
    IntakeRequest request = form.toRequest(problems);
    // All problems at once: a mistyped amount must not hide that nothing was chosen.
    problems.addAll(request.validate(cases.today()));
    if (problems.isEmpty()) {
      try {
        cases.updateIntake(caseId, user.id(), request, locale);
        return "redirect:/cases/" + caseId + "?updated";
      } catch (Cases.InvalidIntake invalid) {
        problems.addAll(invalid.violations);
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    model.addAttribute("form", form);
    return intakeForm(model, caseId, problems);
  }

  @PostMapping("/cases")
  String create(
      @AuthenticationPrincipal SignedInUser user,
      @RequestParam(name = "leaked", required = false) List<String> leaked,
      @RequestParam(name = "symptoms", required = false) List<String> symptoms,
      @RequestParam(name = "moneyLostYuan", defaultValue = "") String money,
      @RequestParam(name = "suspectedSource", defaultValue = "") String suspectedSource,
      @RequestParam(name = "noticedOn", defaultValue = "") String noticedOn,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    IntakeForm form =
        new IntakeForm(
            leaked == null ? List.of() : leaked,
            symptoms == null ? List.of() : symptoms,
            money,
            suspectedSource,
            noticedOn);
    List<IntakeRequest.Violation> problems = new ArrayList<>();
    IntakeRequest request = form.toRequest(problems);
    // All problems at once: a mistyped amount must not hide that nothing was chosen.
    problems.addAll(request.validate(cases.today()));
    if (problems.isEmpty()) {
      try {
        CaseView created = cases.create(user.id(), request, locale);
        return "redirect:/cases/" + created.id();
      } catch (Cases.InvalidIntake invalid) {
        problems.addAll(invalid.violations);
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    model.addAttribute("form", form);
    return intakeForm(model, null, problems);
  }

  /**
   * The plan, phone first: a card with the few things to do now (one line and one button each) and
   * the rules never to ignore, then every step collapsed to its title and one line; {@code open}
   * names a step shown open (the top card's "how" buttons and a step just marked).
   */
  @GetMapping("/cases/{id}")
  String show(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @RequestParam(name = "open", defaultValue = "") String open,
      Locale locale,
      Model model) {
    CaseView view = cases.view(id, user.id(), locale);
    model.addAttribute("case", view);
    model.addAttribute(
        "citations",
        view.plan().stream()
            .flatMap(step -> step.legalBasis().stream())
            .distinct()
            .collect(Collectors.toMap(ref -> ref, ref -> citations.cite(ref, locale))));
    model.addAttribute("caseLinks", caseLinks);
    model.addAttribute("firstSteps", firstSteps(view));
    model.addAttribute(
        "pinned", view.plan().stream().flatMap(s -> s.pinned().stream()).distinct().toList());
    model.addAttribute("open", open);
    return "cases/case";
  }

  /** The plan on paper: a checklist without menus, forms or buttons (print CSS does the rest). */
  @GetMapping("/cases/{id}/print")
  String print(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      Locale locale,
      Model model) {
    CaseView view = cases.view(id, user.id(), locale);
    model.addAttribute("caseId", view.id().toString());
    model.addAttribute("sheet", checklist.of(view, locale));
    return "cases/print";
  }

  @GetMapping("/cases/{id}/plan.pdf")
  ResponseEntity<byte[]> pdf(
      @AuthenticationPrincipal SignedInUser user, @PathVariable("id") String id, Locale locale)
      throws IOException {
    CaseView view = cases.view(id, user.id(), locale);
    byte[] pdf = PlanPdf.render(checklist.of(view, locale));
    String name = "en".equals(locale.getLanguage()) ? "response-plan.pdf" : "应对计划.pdf";
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8)
                .build()
                .toString())
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .body(pdf);
  }

  /** The first few steps still to do that are due now or within a day. */
  static List<StepView> firstSteps(CaseView view) {
    return view.plan().stream()
        .filter(s -> !s.handled())
        .filter(s -> s.urgency() == Urgency.IMMEDIATE || s.urgency() == Urgency.WITHIN_24H)
        .limit(FIRST_STEPS)
        .toList();
  }

  @PostMapping("/cases/{id}/steps/{key}")
  String updateStep(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @PathVariable("key") String key,
      @RequestParam(name = "status") String status,
      @RequestParam(name = "note", defaultValue = "") String note,
      Locale locale) {
    StepStatus parsed;
    try {
      parsed = StepStatus.valueOf(status);
    } catch (IllegalArgumentException unknown) {
      throw HttpProblem.badRequest("INVALID_INPUT", "status: one of TODO, DONE, SKIPPED");
    }
    cases.updateStep(id, user.id(), key, parsed, note, locale);
    return "redirect:/cases/" + id + "?open=" + key + "#step-" + key;
  }

  /**
   * The intake form, new ({@code caseId} null) or for editing a case's answers. Problems come back
   * as message keys per field; the page names each field by its label.
   */
  private String intakeForm(Model model, String caseId, List<IntakeRequest.Violation> problems) {
    model.addAttribute("caseId", caseId);
    model.addAttribute("leakedValues", Leaked.values());
    model.addAttribute("symptomValues", Symptom.values());
    model.addAttribute("today", cases.today());
    model.addAttribute(
        "errors",
        problems.stream()
            .sorted(Comparator.comparingInt(v -> FIELD_ORDER.indexOf(v.field())))
            .collect(
                Collectors.toMap(
                    IntakeRequest.Violation::field,
                    IntakeRequest.Violation::messageKey,
                    (first, second) -> first,
                    LinkedHashMap::new)));
    return "cases/new";
  }

  /** The intake form exactly as typed, so a form with problems comes back filled in. */
  record IntakeForm(
      List<String> leaked,
      List<String> symptoms,
      String moneyLostYuan,
      String suspectedSource,
      String noticedOn) {

    /** A stored case's answers, to edit. */
    static IntakeForm of(CaseViews.IntakeView intake) {
      BigDecimal money = intake.moneyLostYuan();
      return new IntakeForm(
          intake.leaked().stream().map(Enum::name).toList(),
          intake.symptoms().stream().map(Enum::name).toList(),
          money == null || money.signum() == 0 ? "" : money.stripTrailingZeros().toPlainString(),
          intake.suspectedSource() == null ? "" : intake.suspectedSource(),
          intake.noticedOn() == null ? "" : intake.noticedOn().toString());
    }

    IntakeRequest toRequest(List<IntakeRequest.Violation> problems) {
      return new IntakeRequest(
          parseAll(leaked, Leaked::valueOf, "leaked", problems),
          parseAll(symptoms, Symptom::valueOf, "symptoms", problems),
          parseMoney(problems),
          suspectedSource,
          parseDate(problems));
    }

    private BigDecimal parseMoney(List<IntakeRequest.Violation> problems) {
      String cleaned = moneyLostYuan.replace(",", "").replace("，", "").strip();
      if (cleaned.isEmpty()) {
        return null;
      }
      try {
        return new BigDecimal(cleaned);
      } catch (NumberFormatException notANumber) {
        problems.add(
            new IntakeRequest.Violation(
                "moneyLostYuan", "intake.error.moneyFormat", "is not a number"));
        return null;
      }
    }

    private LocalDate parseDate(List<IntakeRequest.Violation> problems) {
      if (noticedOn.isBlank()) {
        return null;
      }
      try {
        return LocalDate.parse(noticedOn.strip());
      } catch (DateTimeParseException notADate) {
        problems.add(
            new IntakeRequest.Violation("noticedOn", "intake.error.dateFormat", "is not a date"));
        return null;
      }
    }

    private static <E> List<E> parseAll(
        List<String> names,
        Function<String, E> parse,
        String field,
        List<IntakeRequest.Violation> problems) {
      List<E> values = new ArrayList<>();
      for (String name : names) {
        try {
          values.add(parse.apply(name));
        } catch (IllegalArgumentException unknown) {
          problems.add(new IntakeRequest.Violation(field, "intake.error.invalid", "unknown value"));
        }
      }
      return values;
    }

    boolean has(String name) {
      return leaked.contains(name) || symptoms.contains(name);
    }
  }
}
