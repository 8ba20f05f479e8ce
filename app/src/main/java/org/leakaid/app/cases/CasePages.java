package org.leakaid.app.cases;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.leakaid.app.account.SignedInUser;
import org.leakaid.app.cases.CaseViews.CaseView;
import org.leakaid.app.law.LawCitations;
import org.leakaid.app.web.HttpProblem;
import org.leakaid.knowledge.plan.Leaked;
import org.leakaid.knowledge.plan.Symptom;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** My cases, the intake form, and the case page with the plan and progress. */
@Controller
class CasePages {

  private final Cases cases;
  private final List<CasePageLink> caseLinks;

  private final LawCitations citations;

  CasePages(Cases cases, List<CasePageLink> caseLinks, LawCitations citations) {
    this.cases = cases;
    this.citations = citations;
    this.caseLinks =
        caseLinks.stream().sorted(java.util.Comparator.comparingInt(CasePageLink::order)).toList();
  }

  @GetMapping("/cases")
  String list(@AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("cases", cases.list(user.id()));
    return "cases/list";
  }

  @GetMapping("/cases/new")
  String newCase(Model model) {
    model.addAttribute("form", new IntakeForm(List.of(), List.of(), "", "", ""));
    return intakeForm(model, List.of());
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
    return intakeForm(model, problems);
  }

  @GetMapping("/cases/{id}")
  String show(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
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
    return "cases/case";
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
    return "redirect:/cases/" + id + "#step-" + key;
  }

  private String intakeForm(Model model, List<IntakeRequest.Violation> problems) {
    model.addAttribute("leakedValues", Leaked.values());
    model.addAttribute("symptomValues", Symptom.values());
    model.addAttribute("today", cases.today());
    model.addAttribute(
        "errors",
        problems.stream()
            .collect(
                Collectors.toMap(
                    IntakeRequest.Violation::field,
                    IntakeRequest.Violation::messageKey,
                    (first, second) -> first)));
    return "cases/new";
  }

  /** The intake form exactly as typed, so a form with problems comes back filled in. */
  record IntakeForm(
      List<String> leaked,
      List<String> symptoms,
      String moneyLostYuan,
      String suspectedSource,
      String noticedOn) {

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
