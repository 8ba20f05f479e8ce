package org.leakaid.app.documents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.leakaid.app.account.SignedInUser;
import org.leakaid.app.cases.Cases;
import org.leakaid.app.cases.OwnedCase;
import org.leakaid.app.documents.DocumentViews.FieldsRequest;
import org.leakaid.app.documents.DocumentViews.KindStatus;
import org.leakaid.app.documents.DocumentViews.NotReadyError;
import org.leakaid.app.documents.DocumentViews.SentRequest;
import org.leakaid.documents.DocumentKind;
import org.leakaid.documents.Draft;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The documents of a case over HTTP: which kinds are ready and what each needs, the files, the
 * fields the user supplies, and when a document was sent. Texts in the request's language ({@code
 * Accept-Language: en} or {@code ?lang=en}); the documents themselves are in Chinese.
 */
@RestController
@RequestMapping("/api/cases/{id}/documents")
@Tag(
    name = "documents",
    description =
        "Letters, reports and complaints pre-filled from the case and its evidence: DOCX, PDF, text")
class DocumentApi {

  private final Cases cases;
  private final CaseDocuments documents;

  DocumentApi(Cases cases, CaseDocuments documents) {
    this.cases = cases;
    this.documents = documents;
  }

  @Operation(
      summary = "Every kind of document: ready or not, and the fields it still needs",
      description =
          "[{kind, ready, missing: [field]}] plus title, blockers (the 12300 prerequisite),"
              + " warnings (the 12315 three-year window), sentOn, replyDueOn and planSteps.")
  @GetMapping
  List<KindStatus> list(
      @AuthenticationPrincipal SignedInUser user, @PathVariable("id") String id, Locale locale) {
    OwnedCase owned = cases.requireOwned(id, user.id());
    return documents.readiness(owned).stream()
        .map(r -> KindStatus.of(r, documents.documents(), locale))
        .toList();
  }

  @Operation(
      summary = "Download one document (format docx, pdf or txt); 422 with the missing fields")
  @GetMapping("/{kind}")
  void file(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @PathVariable("kind") String kind,
      @Parameter(description = "docx, pdf or txt")
          @RequestParam(name = "format", defaultValue = "pdf")
          String format,
      HttpServletResponse response)
      throws IOException {
    OwnedCase owned = cases.requireOwned(id, user.id());
    DocumentKind documentKind = CaseDocuments.kind(kind);
    CaseDocuments.Format parsed = CaseDocuments.Format.parse(format);
    Draft draft = documents.draft(owned, documentKind);
    DocumentDownloads.send(draft, parsed, documents.render(draft, parsed), response);
  }

  @Operation(
      summary = "Supply or override fields, then get the kind's status, or the file with ?format=",
      description =
          "Body {\"fields\": {NAME: value}}; an empty value removes a stored one. Fields are kept"
              + " with the case and fill every later document. 400 names each bad value.")
  @PostMapping("/{kind}")
  Object supply(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @PathVariable("kind") String kind,
      @RequestParam(name = "format", required = false) String format,
      @RequestBody FieldsRequest request,
      Locale locale,
      HttpServletResponse response)
      throws IOException {
    OwnedCase owned = cases.requireOwned(id, user.id());
    DocumentKind documentKind = CaseDocuments.kind(kind);
    CaseDocuments.Format parsed = format == null ? null : CaseDocuments.Format.parse(format);
    documents.saveFields(owned, request == null ? null : request.fields());
    if (parsed == null) {
      return KindStatus.of(documents.readiness(owned, documentKind), documents.documents(), locale);
    }
    Draft draft = documents.draft(owned, documentKind);
    DocumentDownloads.send(draft, parsed, documents.render(draft, parsed), response);
    return null;
  }

  @Operation(
      summary = "Record the date a document was sent (the PIPL request's deadline runs from it)",
      description = "Body {\"sentOn\": \"YYYY-MM-DD\"}; answers the kind's status with replyDueOn.")
  @PostMapping("/{kind}/sent")
  KindStatus sent(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @PathVariable("kind") String kind,
      @RequestBody SentRequest request,
      Locale locale) {
    OwnedCase owned = cases.requireOwned(id, user.id());
    DocumentKind documentKind = CaseDocuments.kind(kind);
    documents.markSent(owned, documentKind, request == null ? null : request.sentOn());
    return KindStatus.of(documents.readiness(owned, documentKind), documents.documents(), locale);
  }

  @Operation(
      summary = "One ZIP: every ready document as DOCX and PDF, the evidence package, and 说明.txt")
  @GetMapping(path = "/all.zip", produces = "application/zip")
  void all(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      HttpServletResponse response)
      throws IOException {
    OwnedCase owned = cases.requireOwned(id, user.id());
    DocumentDownloads.sendAll(documents, owned, response);
  }

  @ExceptionHandler(CaseDocuments.NotReady.class)
  ResponseEntity<NotReadyError> notReady(CaseDocuments.NotReady e, Locale locale) {
    return ResponseEntity.status(e.getStatusCode())
        .body(
            new NotReadyError(
                e.code(),
                e.getReason(),
                e.readiness.missing(),
                e.readiness.blockers().stream().map(t -> t.in(locale)).toList()));
  }
}
