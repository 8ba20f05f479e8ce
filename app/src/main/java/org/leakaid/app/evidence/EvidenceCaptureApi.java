package org.leakaid.app.evidence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.leakaid.app.account.SignedInUser;
import org.leakaid.app.cases.Cases;
import org.leakaid.app.cases.OwnedCase;
import org.leakaid.app.evidence.EvidenceImports.CallImportReport;
import org.leakaid.app.evidence.EvidenceImports.UploadedFile;
import org.leakaid.app.evidence.EvidenceViews.ItemView;
import org.leakaid.app.evidence.QuickCapture.Suggestion;
import org.leakaid.app.web.HttpProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Quick capture of a pasted message, and bulk imports of e-mails and call logs. */
@RestController
@RequestMapping("/api/cases/{id}/evidence")
@Tag(name = "evidence")
class EvidenceCaptureApi {

  /** {@code kind}: optional, one of the evidence kinds; guessed from the text when left out. */
  record CaptureRequest(String text, String kind) {}

  private final Cases cases;
  private final QuickCapture capture;
  private final EvidenceImports imports;

  EvidenceCaptureApi(Cases cases, QuickCapture capture, EvidenceImports imports) {
    this.cases = cases;
    this.capture = capture;
    this.imports = imports;
  }

  @Operation(
      summary = "Quick capture: what to record from a pasted SMS, e-mail or chat (stores nothing)",
      description =
          "{\"text\": \"...\", \"kind\"?: \"SMS\"} -> the guessed kind, counterpart, occurredAt,"
              + " the identifiers in the text (masked), containsOwnData with the user's own"
              + " identifiers found (masked), fraud signals, and recommendation RECORD_AS_EVIDENCE"
              + " or SAFE_TO_IGNORE with the reason in Chinese and English; `item` is ready to"
              + " record.")
  @PostMapping(path = "/capture", consumes = MediaType.APPLICATION_JSON_VALUE)
  Suggestion capture(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @RequestBody CaptureRequest request) {
    OwnedCase owned = cases.requireOwned(id, user.id());
    return capture.analyse(owned.accountId(), request.text(), request.kind());
  }

  @Operation(
      summary = "Import e-mails saved as .eml (multipart parts `files`)",
      description =
          "One EMAIL item per file: counterpart = From address, occurredAt = Date, content ="
              + " subject, sender, recipient and body text, notes = the Received chain; the"
              + " original file is kept as the item's file. 415 NOT_AN_EMAIL records nothing.")
  @PostMapping(path = "/import/eml", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<List<ItemView>> importEml(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @RequestPart(name = "files", required = false) List<MultipartFile> files) {
    OwnedCase owned = cases.requireOwned(id, user.id());
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(imports.importEml(owned, uploaded(files)));
  }

  @Operation(
      summary = "Import a call log exported as CSV (multipart part `file`)",
      description =
          "Columns 号码/number, 时间/time, optional 通话时长/duration and 类型/direction"
              + " (呼入/呼出/未接/拒接); UTF-8 or GBK. One CALL item per good row; bad rows are"
              + " reported by line number with the reason; calls already recorded (same number,"
              + " same minute) are skipped and counted as duplicates.")
  @PostMapping(path = "/import/calls", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  CallImportReport importCalls(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @RequestPart(name = "file", required = false) MultipartFile file)
      throws IOException {
    OwnedCase owned = cases.requireOwned(id, user.id());
    if (file == null || file.isEmpty()) {
      throw HttpProblem.badRequest("INVALID_INPUT", "part 'file' is missing or empty");
    }
    try (InputStream in = file.getInputStream()) {
      return imports.importCalls(owned, file.getOriginalFilename(), in);
    }
  }

  static List<UploadedFile> uploaded(List<MultipartFile> files) {
    if (files == null) {
      return List.of();
    }
    return files.stream()
        .filter(f -> !f.isEmpty())
        .map(f -> new UploadedFile(f.getOriginalFilename(), f::getInputStream))
        .toList();
  }
}
