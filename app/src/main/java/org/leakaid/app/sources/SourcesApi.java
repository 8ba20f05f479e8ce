package org.leakaid.app.sources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.leakaid.app.account.SignedInUser;
import org.leakaid.app.sources.SourceViews.Canary;
import org.leakaid.app.sources.SourceViews.GroupView;
import org.leakaid.app.sources.SourceViews.Invitation;
import org.leakaid.app.sources.SourceViews.LedgerEntry;
import org.leakaid.app.sources.SourceViews.Matches;
import org.leakaid.app.sources.SourceViews.Membership;
import org.leakaid.app.sources.SourceViews.Statistics;
import org.leakaid.app.sources.SourceViews.Suggestion;
import org.leakaid.app.sources.SourceViews.Suspect;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Source tracing over JSON: the disclosure ledger, canary variants, matching, a case's ranked
 * suspects and cross-victim statistics, and group cases. Another user's ids are 404.
 */
@RestController
@Tag(name = "sources", description = "Which platform leaked: ledger, canaries, suspects, groups")
class SourcesApi {

  record MatchRequest(String text) {}

  record StatisticsRequest(Boolean optIn) {}

  private final SourceLedger ledger;
  private final CaseSources caseSources;
  private final SourceGroups groups;

  SourcesApi(SourceLedger ledger, CaseSources caseSources, SourceGroups groups) {
    this.ledger = ledger;
    this.caseSources = caseSources;
    this.groups = groups;
  }

  @Operation(
      summary =
          "Record that a platform got some of my data: {\"platform\": \"京东\", \"data\": [\"NAME\","
              + " \"PHONE\", \"ADDRESS\"], \"disclosedOn\": \"2025-06\", \"purpose\": \"收货\"}")
  @PostMapping("/api/sources/ledger")
  ResponseEntity<LedgerEntry> addToLedger(
      @AuthenticationPrincipal SignedInUser user,
      @RequestBody(required = false) SourceLedger.LedgerRequest request) {
    return ResponseEntity.status(HttpStatus.CREATED).body(ledger.add(user.id(), request));
  }

  @Operation(summary = "My disclosure ledger, newest first")
  @GetMapping("/api/sources/ledger")
  List<LedgerEntry> ledger(@AuthenticationPrincipal SignedInUser user) {
    return ledger.ledger(user.id());
  }

  @Operation(summary = "Remove a line of my ledger")
  @DeleteMapping("/api/sources/ledger/{id}")
  ResponseEntity<Void> removeFromLedger(
      @AuthenticationPrincipal SignedInUser user, @PathVariable("id") String id) {
    ledger.remove(user.id(), id);
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary =
          "Make a canary variant of my e-mail, name or address for a platform: {\"platform\","
              + " \"kind\": \"EMAIL\"|\"NAME\"|\"ADDRESS\", \"base\": \"user@example.com\"}")
  @PostMapping("/api/sources/canaries")
  ResponseEntity<Canary> createCanary(
      @AuthenticationPrincipal SignedInUser user,
      @RequestBody(required = false) SourceLedger.CanaryRequest request) {
    return ResponseEntity.status(HttpStatus.CREATED).body(ledger.createCanary(user.id(), request));
  }

  @Operation(summary = "My canary variants and where each went")
  @GetMapping("/api/sources/canaries")
  List<Canary> canaries(@AuthenticationPrincipal SignedInUser user) {
    return ledger.canaries(user.id());
  }

  @Operation(summary = "Remove a canary variant")
  @DeleteMapping("/api/sources/canaries/{id}")
  ResponseEntity<Void> removeCanary(
      @AuthenticationPrincipal SignedInUser user, @PathVariable("id") String id) {
    ledger.removeCanary(user.id(), id);
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary =
          "Which of my canaries a message contains (spacing, case, full-width letters and dashes"
              + " do not matter): {\"text\"}")
  @PostMapping("/api/sources/match")
  Matches match(
      @AuthenticationPrincipal SignedInUser user,
      @RequestBody(required = false) MatchRequest request) {
    if (request == null) {
      throw SourceLedger.invalid("body: {\"text\"} expected");
    }
    return new Matches(ledger.match(user.id(), request.text()));
  }

  @Operation(
      summary =
          "The case's suspected sources, highest score first, each with its reasons; a canary hit"
              + " in the case's evidence is decisive")
  @GetMapping("/api/cases/{id}/sources")
  List<Suspect> suspects(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String caseId,
      Locale locale) {
    return caseSources.suspects(caseSources.owned(caseId, user.id()), locale);
  }

  @Operation(summary = "Platforms the case's evidence names that are not in my ledger")
  @GetMapping("/api/cases/{id}/sources/suggestions")
  List<Suggestion> suggestions(
      @AuthenticationPrincipal SignedInUser user, @PathVariable("id") String caseId) {
    return caseSources.suggestions(caseSources.owned(caseId, user.id()));
  }

  @Operation(
      summary =
          "Cross-victim statistics of the case (opt-in): platforms that victims harassed by the"
              + " same numbers have in common; only platforms with at least 5 such victims")
  @GetMapping("/api/cases/{id}/sources/statistics")
  Statistics statistics(
      @AuthenticationPrincipal SignedInUser user, @PathVariable("id") String caseId) {
    return caseSources.statistics(caseSources.owned(caseId, user.id()));
  }

  @Operation(summary = "Let the case take part in the statistics, or stop: {\"optIn\": true}")
  @PutMapping("/api/cases/{id}/sources/statistics")
  Statistics setStatistics(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String caseId,
      @RequestBody(required = false) StatisticsRequest request) {
    if (request == null || request.optIn() == null) {
      throw SourceLedger.invalid("optIn: true or false");
    }
    return caseSources.setStatistics(caseSources.owned(caseId, user.id()), request.optIn());
  }

  @Operation(
      summary =
          "Open or join the group of a suspected source with one of my cases, saying what it may"
              + " count: {\"platform\", \"caseId\", \"shareEvents\", \"shareDates\","
              + " \"shareNumbers\"}")
  @PostMapping("/api/sources/groups")
  ResponseEntity<GroupView> join(
      @AuthenticationPrincipal SignedInUser user,
      @RequestBody(required = false) SourceGroups.JoinRequest request) {
    SourceGroups.Joined joined = groups.join(user.id(), request);
    return ResponseEntity.status(joined.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(joined.group());
  }

  @Operation(summary = "The groups I am in")
  @GetMapping("/api/sources/groups")
  List<Membership> myGroups(@AuthenticationPrincipal SignedInUser user) {
    return groups.mine(user.id());
  }

  @Operation(summary = "A group's aggregate (members only)")
  @GetMapping("/api/sources/groups/{id}")
  GroupView group(@AuthenticationPrincipal SignedInUser user, @PathVariable("id") String id) {
    return groups.group(user.id(), id);
  }

  @Operation(
      summary =
          "Coordinator only: invite an account (a lawyer, a consumer association) to coordinate the"
              + " group: {\"account\": account name or id}. 202 whether or not the account exists")
  @PostMapping("/api/sources/groups/{id}/invitations")
  ResponseEntity<Void> invite(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @RequestBody(required = false) SourceGroups.InviteRequest request) {
    groups.invite(user.id(), id, request);
    return ResponseEntity.accepted().build();
  }

  @Operation(summary = "Invitations to coordinate a group that I have not answered")
  @GetMapping("/api/sources/invitations")
  List<Invitation> invitations(@AuthenticationPrincipal SignedInUser user) {
    return groups.invitations(user.id());
  }

  @Operation(summary = "Groups I coordinate without being a member")
  @GetMapping("/api/sources/coordinating")
  List<Invitation> coordinating(@AuthenticationPrincipal SignedInUser user) {
    return groups.coordinating(user.id());
  }

  @Operation(summary = "Accept an invitation: I become the group's coordinator")
  @PostMapping("/api/sources/groups/{id}/coordinator")
  GroupView accept(@AuthenticationPrincipal SignedInUser user, @PathVariable("id") String id) {
    return groups.accept(user.id(), id);
  }

  @Operation(
      summary =
          "Coordinator only: the joint complaint (joint-complaint) or joint evidence list"
              + " (joint-evidence-list), from the cases of members who agreed to it;"
              + " ?format=docx|pdf|txt")
  @GetMapping("/api/sources/groups/{id}/documents/{kind}")
  void jointDocument(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @PathVariable("kind") String kind,
      @RequestParam(name = "format", defaultValue = "pdf") String format,
      HttpServletResponse response)
      throws IOException {
    groups.document(user.id(), id, kind, format).sendTo(response);
  }

  @Operation(summary = "Leave a group: nothing of my case is counted any more")
  @DeleteMapping("/api/sources/groups/{id}/membership")
  ResponseEntity<Void> leave(
      @AuthenticationPrincipal SignedInUser user, @PathVariable("id") String id) {
    groups.leave(user.id(), id);
    return ResponseEntity.noContent().build();
  }
}
