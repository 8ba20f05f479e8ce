package org.leakaid.app.evidence;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.leakaid.app.account.SignedInUser;
import org.leakaid.app.cases.Cases;
import org.leakaid.app.cases.OwnedCase;
import org.leakaid.app.evidence.EvidenceImports.CallImportReport;
import org.leakaid.app.evidence.EvidenceViews.ItemView;
import org.leakaid.app.evidence.QuickCapture.Suggestion;
import org.leakaid.app.web.HttpProblem;
import org.leakaid.evidence.EvidenceKind;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The quick-capture page (paste a message, get a suggestion, save it in one click), the import
 * forms (.eml, call-log CSV) and the "my identifiers" page.
 */
@Controller
class CapturePages {

  private final Cases cases;
  private final QuickCapture capture;
  private final EvidenceImports imports;
  private final OwnIdentifiers identifiers;

  CapturePages(
      Cases cases, QuickCapture capture, EvidenceImports imports, OwnIdentifiers identifiers) {
    this.cases = cases;
    this.capture = capture;
    this.imports = imports;
    this.identifiers = identifiers;
  }

  @GetMapping("/cases/{id}/evidence/capture")
  String capturePage(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @RequestParam(name = "tooLarge", required = false) String tooLarge,
      Model model,
      HttpServletResponse response) {
    OwnedCase owned = cases.requireOwned(id, user.id());
    if (tooLarge != null) {
      response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return page(model, owned, "", "", "the upload was larger than the server accepts");
    }
    return page(model, owned, "", "", null);
  }

  @PostMapping("/cases/{id}/evidence/capture")
  String analyse(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @RequestParam(name = "text", defaultValue = "") String text,
      @RequestParam(name = "kind", defaultValue = "") String kind,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    OwnedCase owned = cases.requireOwned(id, user.id());
    try {
      Suggestion suggestion = capture.analyse(owned.accountId(), text, kind);
      model.addAttribute("suggestion", suggestion);
      model.addAttribute("en", "en".equals(locale.getLanguage()));
      return page(model, owned, text, kind, null);
    } catch (HttpProblem problem) {
      response.setStatus(problem.getStatusCode().value());
      return page(model, owned, text, kind, problem.getReason());
    }
  }

  @PostMapping("/cases/{id}/evidence/import/eml")
  String importEml(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @RequestParam(name = "files", required = false) List<MultipartFile> files,
      Model model,
      HttpServletResponse response) {
    OwnedCase owned = cases.requireOwned(id, user.id());
    try {
      List<ItemView> items = imports.importEml(owned, EvidenceCaptureApi.uploaded(files));
      model.addAttribute("emlImported", items.size());
      return page(model, owned, "", "", null);
    } catch (HttpProblem problem) {
      response.setStatus(problem.getStatusCode().value());
      return page(model, owned, "", "", problem.getReason());
    }
  }

  @PostMapping("/cases/{id}/evidence/import/calls")
  String importCalls(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model,
      HttpServletResponse response)
      throws IOException {
    OwnedCase owned = cases.requireOwned(id, user.id());
    try {
      if (file == null || file.isEmpty()) {
        throw HttpProblem.badRequest("INVALID_INPUT", "choose a CSV file");
      }
      try (InputStream in = file.getInputStream()) {
        CallImportReport report = imports.importCalls(owned, file.getOriginalFilename(), in);
        model.addAttribute("callReport", report);
      }
      return page(model, owned, "", "", null);
    } catch (HttpProblem problem) {
      response.setStatus(problem.getStatusCode().value());
      return page(model, owned, "", "", problem.getReason());
    }
  }

  @GetMapping("/account/identifiers")
  String identifiersPage(@AuthenticationPrincipal SignedInUser user, Model model) {
    return identifiersPage(model, user, null);
  }

  @PostMapping("/account/identifiers")
  String addIdentifier(
      @AuthenticationPrincipal SignedInUser user,
      @RequestParam(name = "value", defaultValue = "") String value,
      @RequestParam(name = "asName", defaultValue = "false") boolean asName,
      Model model,
      HttpServletResponse response) {
    try {
      identifiers.add(user.id(), value, asName ? "NAME" : null);
      return "redirect:/account/identifiers";
    } catch (HttpProblem problem) {
      response.setStatus(problem.getStatusCode().value());
      return identifiersPage(model, user, problem.getReason());
    }
  }

  @PostMapping("/account/identifiers/{identifierId}/delete")
  String deleteIdentifier(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("identifierId") String identifierId) {
    identifiers.delete(user.id(), identifierId);
    return "redirect:/account/identifiers";
  }

  private String identifiersPage(Model model, SignedInUser user, String error) {
    model.addAttribute("identifiers", identifiers.list(user.id()));
    model.addAttribute("errorDetail", error);
    return "evidence/identifiers";
  }

  private String page(Model model, OwnedCase owned, String text, String kind, String error) {
    model.addAttribute("caseId", owned.id().toString());
    model.addAttribute("text", text);
    model.addAttribute("kind", kind);
    model.addAttribute("kinds", EvidenceKind.values());
    model.addAttribute("errorDetail", error);
    model.addAttribute("hasIdentifiers", !identifiers.list(owned.accountId()).isEmpty());
    return "evidence/capture";
  }
}
