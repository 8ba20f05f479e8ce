package org.leakaid.app.documents;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.leakaid.app.account.SignedInUser;
import org.leakaid.app.cases.Cases;
import org.leakaid.app.cases.OwnedCase;
import org.leakaid.documents.CaseFacts;
import org.leakaid.documents.DocumentKind;
import org.leakaid.documents.DocumentTemplate;
import org.leakaid.documents.Documents;
import org.leakaid.documents.Draft;
import org.leakaid.documents.Field;
import org.leakaid.documents.FieldType;
import org.leakaid.documents.Readiness;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The documents pages: the list of kinds with what each needs, and a page per kind that asks for
 * the missing fields, previews the document as it will print, and downloads it.
 */
@Controller
class DocumentPages {

  private final Cases cases;
  private final CaseDocuments documents;

  DocumentPages(Cases cases, CaseDocuments documents) {
    this.cases = cases;
    this.documents = documents;
  }

  /** One kind on the list page. */
  record KindCard(String kind, String title, String purpose, Readiness status) {}

  /** One input of a document's form. */
  record FieldInput(
      String name,
      String label,
      String hint,
      String inputType,
      String inputMode,
      boolean multiline,
      int maxLength,
      String value,
      String error,
      boolean required) {}

  @GetMapping("/cases/{id}/documents")
  String list(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      Locale locale,
      Model model) {
    OwnedCase owned = cases.requireOwned(id, user.id());
    Documents all = documents.documents();
    model.addAttribute("caseId", owned.id());
    model.addAttribute(
        "cards",
        documents.readiness(owned).stream()
            .map(
                r ->
                    new KindCard(
                        r.kind().slug(),
                        all.template(r.kind()).title().in(locale),
                        all.template(r.kind()).purpose().in(locale),
                        r))
            .toList());
    return "documents/list";
  }

  @GetMapping("/cases/{id}/documents/{kind}")
  String show(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @PathVariable("kind") String kind,
      Locale locale,
      Model model) {
    OwnedCase owned = cases.requireOwned(id, user.id());
    return page(owned, CaseDocuments.kind(kind), Map.of(), Map.of(), locale, model);
  }

  @PostMapping("/cases/{id}/documents/{kind}")
  String save(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @PathVariable("kind") String kind,
      @RequestParam MultiValueMap<String, String> form,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    OwnedCase owned = cases.requireOwned(id, user.id());
    DocumentKind documentKind = CaseDocuments.kind(kind);
    // The form shows values made from the case too; sending one back unchanged must not pin it
    // (new evidence should still update the numbers to report), so only changes are kept.
    CaseFacts facts = documents.facts(owned);
    Map<String, String> current = documents.documents().values(facts);
    Map<String, String> typed = new LinkedHashMap<>();
    for (String name : documents.documents().template(documentKind).fieldNames()) {
      String value = form.getFirst(name);
      if (value == null) {
        continue;
      }
      boolean unchanged =
          !facts.fields().containsKey(name) && value.strip().equals(current.getOrDefault(name, ""));
      if (!unchanged) {
        typed.put(name, value);
      }
    }
    try {
      if (!typed.isEmpty()) {
        documents.saveFields(owned, typed);
      }
    } catch (CaseDocuments.InvalidFields invalid) {
      Map<String, String> errors = new HashMap<>();
      invalid.problems.forEach(p -> errors.put(p.field(), p.message().in(locale)));
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return page(owned, documentKind, typed, errors, locale, model);
    }
    boolean ready = documents.readiness(owned, documentKind).ready();
    return "redirect:/cases/"
        + owned.id()
        + "/documents/"
        + kind
        + (ready ? "#preview" : "#fields");
  }

  @GetMapping("/cases/{id}/documents/{kind}/download")
  String download(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @PathVariable("kind") String kind,
      @RequestParam(name = "format", defaultValue = "pdf") String format,
      HttpServletResponse response)
      throws IOException {
    OwnedCase owned = cases.requireOwned(id, user.id());
    DocumentKind documentKind = CaseDocuments.kind(kind);
    CaseDocuments.Format parsed = CaseDocuments.Format.parse(format);
    Draft draft;
    try {
      draft = documents.draft(owned, documentKind);
    } catch (CaseDocuments.NotReady notReady) {
      // A stale link: the page says what is missing.
      return "redirect:/cases/" + owned.id() + "/documents/" + kind + "#fields";
    }
    DocumentDownloads.send(draft, parsed, documents.render(draft, parsed), response);
    return null;
  }

  @PostMapping("/cases/{id}/documents/{kind}/sent")
  String sent(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @PathVariable("kind") String kind,
      @RequestParam(name = "sentOn", defaultValue = "") String sentOn,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    OwnedCase owned = cases.requireOwned(id, user.id());
    DocumentKind documentKind = CaseDocuments.kind(kind);
    LocalDate date;
    try {
      date = LocalDate.parse(sentOn.strip());
      documents.markSent(owned, documentKind, date);
    } catch (DateTimeParseException | org.leakaid.app.web.HttpProblem bad) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("sentError", true);
      return page(owned, documentKind, Map.of(), Map.of(), locale, model);
    }
    return "redirect:/cases/" + owned.id() + "/documents/" + kind + "#sent";
  }

  @GetMapping("/cases/{id}/documents/all.zip")
  void all(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      HttpServletResponse response)
      throws IOException {
    DocumentDownloads.sendAll(documents, cases.requireOwned(id, user.id()), response);
  }

  private String page(
      OwnedCase owned,
      DocumentKind kind,
      Map<String, String> typed,
      Map<String, String> errors,
      Locale locale,
      Model model) {
    Documents all = documents.documents();
    DocumentTemplate template = all.template(kind);
    CaseFacts facts = documents.facts(owned);
    Readiness status = all.readiness(kind, facts);
    Map<String, String> values = all.values(facts);
    List<FieldInput> missing = new ArrayList<>();
    List<FieldInput> given = new ArrayList<>();
    for (String name : template.fieldNames()) {
      Field field = all.field(name).orElseThrow();
      String value = typed.containsKey(name) ? typed.get(name) : values.getOrDefault(name, "");
      FieldInput input =
          input(field, value, errors.get(name), template.requires().contains(name), locale);
      if (status.missing().contains(name) || errors.containsKey(name)) {
        missing.add(input);
      } else {
        given.add(input);
      }
    }
    model.addAttribute("caseId", owned.id());
    model.addAttribute("kind", kind.slug());
    model.addAttribute("title", template.title().in(locale));
    model.addAttribute("purpose", template.purpose().in(locale));
    model.addAttribute("status", status);
    model.addAttribute("blockers", status.blockers().stream().map(t -> t.in(locale)).toList());
    model.addAttribute("warnings", status.warnings().stream().map(t -> t.in(locale)).toList());
    model.addAttribute("missingFields", missing);
    model.addAttribute("givenFields", given);
    model.addAttribute("errorCount", errors.size());
    model.addAttribute("errorList", missing.stream().filter(f -> f.error() != null).toList());
    model.addAttribute("today", documents.today());
    model.addAttribute("isMessage", kind == DocumentKind.CONTACTS_WARNING);
    model.addAttribute("canBeSent", kind == DocumentKind.PIPL_REQUEST);
    if (status.ready() && errors.isEmpty()) {
      Draft draft = all.draft(kind, facts);
      model.addAttribute("preview", all.html(draft));
      model.addAttribute("message", draft.message());
    }
    return "documents/document";
  }

  private static FieldInput input(
      Field field, String value, String error, boolean required, Locale locale) {
    FieldType type = field.type();
    String inputType =
        switch (type) {
          case DATE -> "date";
          case PHONE -> "tel";
          default -> "text";
        };
    String inputMode =
        switch (type) {
          case MONEY -> "decimal";
          case POSTCODE, DAYS -> "numeric";
          default -> null;
        };
    return new FieldInput(
        field.name(),
        field.label().in(locale),
        field.hint().in(locale),
        inputType,
        inputMode,
        type.multiline(),
        type.maxLength(),
        value == null ? "" : value,
        error,
        required);
  }
}
