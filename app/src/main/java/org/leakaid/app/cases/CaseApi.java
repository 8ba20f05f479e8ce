package org.leakaid.app.cases;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.leakaid.app.account.SignedInUser;
import org.leakaid.app.cases.CaseViews.CaseSummary;
import org.leakaid.app.cases.CaseViews.CaseView;
import org.leakaid.app.cases.CaseViews.StepView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Intake and plan over JSON. Texts come in the request's language: {@code Accept-Language: en} or
 * {@code ?lang=en} for English, Simplified Chinese otherwise.
 */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "cases", description = "Intake, risk, and the ordered response plan")
class CaseApi {

  record StepUpdate(StepStatus status, String note) {}

  private final Cases cases;

  CaseApi(Cases cases) {
    this.cases = cases;
  }

  @Operation(summary = "Submit the intake; answers the case with its risk and ordered plan")
  @PostMapping
  ResponseEntity<CaseView> create(
      @AuthenticationPrincipal SignedInUser user,
      @RequestBody IntakeRequest intake,
      Locale locale) {
    CaseView created = cases.create(user.id(), intake, locale);
    return ResponseEntity.created(URI.create("/api/cases/" + created.id())).body(created);
  }

  @Operation(summary = "My cases, newest first")
  @GetMapping
  List<CaseSummary> list(@AuthenticationPrincipal SignedInUser user, Locale locale) {
    return cases.list(user.id(), locale);
  }

  @Operation(
      summary =
          "Replace the intake answers of one of my cases; the plan follows, step statuses are kept")
  @PutMapping("/{id}/intake")
  CaseView updateIntake(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @RequestBody IntakeRequest intake,
      Locale locale) {
    return cases.updateIntake(id, user.id(), intake, locale);
  }

  @Operation(summary = "One of my cases with its plan and progress (404 for anyone else's)")
  @GetMapping("/{id}")
  CaseView get(
      @AuthenticationPrincipal SignedInUser user, @PathVariable("id") String id, Locale locale) {
    return cases.view(id, user.id(), locale);
  }

  @Operation(summary = "Mark a plan step TODO, DONE or SKIPPED, with an optional note")
  @PatchMapping("/{id}/steps/{key}")
  StepView updateStep(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @PathVariable("key") String key,
      @RequestBody StepUpdate update,
      Locale locale) {
    return cases.updateStep(id, user.id(), key, update.status(), update.note(), locale);
  }
}
