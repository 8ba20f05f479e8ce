package org.leakaid.app.numbers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.leakaid.app.account.SignedInUser;
import org.leakaid.app.web.HttpProblem;
import org.leakaid.numbers.LookupResult;
import org.leakaid.numbers.ReportTag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Number lookup, reports and the offline database over JSON. A number may be written in any common
 * form in the path ({@code 13800138000}, {@code +86%20138%200013%208000}, full-width digits); texts
 * come in the request's language ({@code Accept-Language: en} or {@code ?lang=en}).
 */
@RestController
@RequestMapping("/api/numbers")
@Tag(name = "numbers", description = "Who is calling: lookup, reports, offline database")
class NumbersApi {

  record ReportRequest(ReportTag tag, String note) {}

  private final NumberIntelligence numbers;
  private final OfflineDatabase offline;

  NumbersApi(NumberIntelligence numbers, OfflineDatabase offline) {
    this.numbers = numbers;
    this.offline = offline;
  }

  @Operation(
      summary =
          "Validity, type, region, carrier, official body, users' reports and a verdict with its"
              + " reasons; claims = who the caller said they were (\"工商银行\")")
  @GetMapping("/{number}")
  LookupResult lookup(
      @PathVariable("number") String number,
      @RequestParam(name = "claims", required = false) String claims,
      Locale locale) {
    return numbers.lookup(number, claims, locale);
  }

  @Operation(summary = "Report a number (one report per user and number: a later one replaces it)")
  @PostMapping("/{number}/reports")
  ResponseEntity<NumberIntelligence.ReportView> report(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("number") String number,
      @RequestBody ReportRequest request) {
    if (request == null) {
      throw HttpProblem.badRequest("INVALID_INPUT", "body: {\"tag\", \"note\"} expected");
    }
    NumberIntelligence.ReportView view =
        numbers.report(user.id(), number, request.tag(), request.note());
    return ResponseEntity.status(view.replaced() ? HttpStatus.OK : HttpStatus.CREATED).body(view);
  }

  @Operation(summary = "Withdraw my report on a number")
  @DeleteMapping("/{number}/reports")
  ResponseEntity<Void> withdraw(
      @AuthenticationPrincipal SignedInUser user, @PathVariable("number") String number) {
    if (!numbers.withdraw(user.id(), number)) {
      throw HttpProblem.notFound("NOT_FOUND", "you have not reported this number");
    }
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "My reports, newest first")
  @GetMapping("/reports")
  List<NumberIntelligence.ReportView> mine(@AuthenticationPrincipal SignedInUser user) {
    return numbers.myReports(user.id());
  }

  @Operation(
      summary =
          "The offline number database (binary, see docs/numbers.md); ?since=VERSION gives a delta"
              + " from that version instead")
  @GetMapping(value = "/offline-db", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
  ResponseEntity<byte[]> offlineDb(@RequestParam(name = "since", required = false) Long since) {
    OfflineDatabase.Snapshot current = offline.current();
    byte[] body = since == null ? current.db().bytes() : offline.deltaSince(since);
    String name =
        since == null
            ? "leakaid-numbers-v" + current.version() + ".lknd"
            : "leakaid-numbers-v" + since + "-v" + current.version() + ".lkdl";
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .header("X-LeakAid-Db-Version", Long.toString(current.version()))
        .body(body);
  }

  @ExceptionHandler(NumberIntelligence.TooManyReports.class)
  ResponseEntity<org.leakaid.app.web.ApiError> tooMany(NumberIntelligence.TooManyReports e) {
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter.toSeconds()))
        .body(e.toApiError());
  }
}
