package org.leakaid.app.evidence;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.leakaid.app.account.SignedInUser;
import org.leakaid.app.cases.Cases;
import org.leakaid.app.cases.OwnedCase;
import org.leakaid.app.evidence.EvidenceViews.ItemView;
import org.leakaid.app.web.HttpProblem;
import org.leakaid.evidence.EvidenceCategory;
import org.leakaid.evidence.EvidenceItem;
import org.leakaid.evidence.EvidenceKind;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The evidence pages of a case: the timeline, the form to record an item, the downloads. */
@Controller
class EvidencePages {

  /** What the form sends back on a mistake, so nothing typed is lost. */
  record ItemForm(
      String kind,
      String occurredAt,
      String counterpart,
      String content,
      String notes,
      String category) {}

  private final Cases cases;
  private final EvidenceLocker locker;
  private final Clock clock;

  EvidencePages(Cases cases, EvidenceLocker locker, Clock clock) {
    this.cases = cases;
    this.locker = locker;
    this.clock = clock;
  }

  @GetMapping("/cases/{id}/evidence")
  String timeline(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @RequestParam(name = "kind", required = false) String kind,
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to,
      Locale locale,
      Model model) {
    OwnedCase owned = cases.requireOwned(id, user.id());
    EvidenceKind kindFilter = parseKindOrNull(kind);
    LocalDate fromDate = parseDateOrNull(from);
    LocalDate toDate = parseDateOrNull(to);
    List<EvidenceItem> items =
        locker.liveItems(owned).stream()
            .filter(i -> kindFilter == null || i.kind() == kindFilter)
            .filter(i -> fromDate == null || !i.occurredAt().toLocalDate().isBefore(fromDate))
            .filter(i -> toDate == null || !i.occurredAt().toLocalDate().isAfter(toDate))
            .toList();
    model.addAttribute("caseId", owned.id().toString());
    model.addAttribute("timeline", Timeline.of(items, locale));
    model.addAttribute("log", locker.summary(owned));
    model.addAttribute("kinds", EvidenceKind.values());
    model.addAttribute("filterKind", kindFilter == null ? "" : kindFilter.name());
    model.addAttribute("filterFrom", fromDate == null ? "" : fromDate.toString());
    model.addAttribute("filterTo", toDate == null ? "" : toDate.toString());
    model.addAttribute("en", "en".equals(locale.getLanguage()));
    return "evidence/timeline";
  }

  @GetMapping("/cases/{id}/evidence/new")
  String newItem(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @RequestParam(name = "tooLarge", required = false) String tooLarge,
      Model model,
      HttpServletResponse response) {
    OwnedCase owned = cases.requireOwned(id, user.id());
    String now =
        LocalDateTime.now(clock.withZone(ItemRequest.CHINA))
            .truncatedTo(ChronoUnit.MINUTES)
            .toString();
    HttpProblem problem = null;
    if (tooLarge != null) {
      problem =
          new HttpProblem(
              org.springframework.http.HttpStatus.CONTENT_TOO_LARGE,
              "FILE_TOO_LARGE",
              "the upload was larger than the server accepts");
    }
    return form(model, owned, new ItemForm("SMS", now, "", "", "", ""), problem);
  }

  @PostMapping("/cases/{id}/evidence")
  String record(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @RequestParam(name = "kind", defaultValue = "") String kind,
      @RequestParam(name = "occurredAt", defaultValue = "") String occurredAt,
      @RequestParam(name = "counterpart", defaultValue = "") String counterpart,
      @RequestParam(name = "content", defaultValue = "") String content,
      @RequestParam(name = "notes", defaultValue = "") String notes,
      @RequestParam(name = "category", defaultValue = "") String category,
      @RequestParam(name = "files", required = false) List<MultipartFile> files,
      Model model,
      HttpServletResponse response) {
    OwnedCase owned = cases.requireOwned(id, user.id());
    ItemForm form = new ItemForm(kind, occurredAt, counterpart, content, notes, category);
    try {
      ItemRequest request =
          new ItemRequest(
              kind,
              occurredAt,
              blankToNull(counterpart),
              blankToNull(content),
              blankToNull(notes),
              blankToNull(category),
              null,
              null);
      ItemView created = locker.record(owned, request.toNewItem(clock), EvidenceApi.uploads(files));
      return "redirect:/cases/" + owned.id() + "/evidence#item-" + created.id();
    } catch (HttpProblem problem) {
      response.setStatus(problem.getStatusCode().value());
      return form(model, owned, form, problem);
    }
  }

  @PostMapping("/cases/{id}/evidence/{itemId}/withdraw")
  String withdraw(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @PathVariable("itemId") String itemId,
      @RequestParam(name = "reason", defaultValue = "") String reason) {
    OwnedCase owned = cases.requireOwned(id, user.id());
    if (reason.length() > 1000) {
      throw ItemRequest.invalid("reason: at most 1000 characters");
    }
    locker.withdraw(owned, itemId, reason.isBlank() ? null : reason.strip());
    return "redirect:/cases/" + owned.id() + "/evidence";
  }

  @GetMapping("/cases/{id}/evidence/export")
  void export(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      HttpServletResponse response)
      throws IOException {
    EvidenceDownloads.sendPackage(locker, cases.requireOwned(id, user.id()), clock, response);
  }

  @GetMapping("/cases/{id}/evidence/files/{sha256}")
  void file(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @PathVariable("sha256") String sha256,
      HttpServletResponse response)
      throws IOException {
    EvidenceDownloads.sendFile(locker, cases.requireOwned(id, user.id()), sha256, response);
  }

  private String form(Model model, OwnedCase owned, ItemForm form, HttpProblem problem) {
    model.addAttribute("caseId", owned.id().toString());
    model.addAttribute("form", form);
    model.addAttribute("kinds", EvidenceKind.values());
    model.addAttribute("categories", EvidenceCategory.values());
    model.addAttribute("maxFiles", EvidenceLocker.MAX_FILES_PER_ITEM);
    model.addAttribute("errorKey", problem == null ? null : errorKey(problem));
    model.addAttribute("errorDetail", problem == null ? null : problem.getReason());
    return "evidence/new";
  }

  private static String errorKey(HttpProblem problem) {
    String detail = problem.getReason() == null ? "" : problem.getReason();
    return switch (problem.code()) {
      case "FILE_TOO_LARGE" -> "evidence.error.tooLarge";
      case "UNSUPPORTED_FILE_TYPE" -> "evidence.error.type";
      case "TOO_MANY_FILES" -> "evidence.error.tooManyFiles";
      default ->
          detail.startsWith("kind")
              ? "evidence.error.kind"
              : detail.startsWith("occurredAt")
                  ? "evidence.error.occurredAt"
                  : "evidence.error.invalid";
    };
  }

  private static EvidenceKind parseKindOrNull(String kind) {
    if (kind == null || kind.isBlank()) {
      return null;
    }
    return ItemRequest.parseKind(kind);
  }

  private static LocalDate parseDateOrNull(String date) {
    if (date == null || date.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(date.strip());
    } catch (DateTimeParseException e) {
      throw HttpProblem.badRequest("INVALID_INPUT", "date: YYYY-MM-DD");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
