package org.leakaid.app.sources;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.leakaid.app.account.SignedInUser;
import org.leakaid.app.cases.OwnedCase;
import org.leakaid.app.web.HttpProblem;
import org.leakaid.knowledge.plan.Leaked;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The source-tracing pages: the ledger with its quick-entry form ({@code /sources}), canary
 * variants, checking a pasted message, a case's suspects ({@code /cases/{id}/sources}) and groups.
 * Forms work without JavaScript; a mistake shows the form again with what was typed and the problem
 * in the page's language.
 */
@Controller
class SourcePages {

  /** The kinds offered first on the quick-entry form: what shops and apps ask for most. */
  static final List<Leaked> COMMON =
      List.of(Leaked.NAME, Leaked.PHONE, Leaked.ADDRESS, Leaked.ID_NUMBER, Leaked.EMAIL);

  /** What the ledger form sends back on a mistake. */
  record LedgerForm(String platform, Set<String> data, String disclosedOn, String purpose) {}

  record CanaryForm(String platform, String kind, String base) {}

  private final SourceLedger ledger;
  private final CaseSources caseSources;
  private final SourceGroups groups;

  SourcePages(SourceLedger ledger, CaseSources caseSources, SourceGroups groups) {
    this.ledger = ledger;
    this.caseSources = caseSources;
    this.groups = groups;
  }

  @GetMapping("/sources")
  String ledgerPage(
      @AuthenticationPrincipal SignedInUser user,
      @RequestParam(name = "platform", defaultValue = "") String platform,
      Model model) {
    return ledgerPage(user, model, new LedgerForm(platform.strip(), Set.of(), "", ""), null);
  }

  private String ledgerPage(SignedInUser user, Model model, LedgerForm form, String errorKey) {
    model.addAttribute("entries", ledger.ledger(user.id()));
    model.addAttribute("common", COMMON);
    model.addAttribute(
        "more", java.util.Arrays.stream(Leaked.values()).filter(k -> !COMMON.contains(k)).toList());
    model.addAttribute("form", form);
    model.addAttribute("errorKey", errorKey);
    return "sources/ledger";
  }

  @PostMapping("/sources")
  String addToLedger(
      @AuthenticationPrincipal SignedInUser user,
      @RequestParam(name = "platform", defaultValue = "") String platform,
      @RequestParam(name = "data", required = false) List<String> data,
      @RequestParam(name = "disclosedOn", defaultValue = "") String disclosedOn,
      @RequestParam(name = "purpose", defaultValue = "") String purpose,
      Model model,
      HttpServletResponse response) {
    List<String> kinds = data == null ? List.of() : data;
    try {
      ledger.add(user.id(), new SourceLedger.LedgerRequest(platform, kinds, disclosedOn, purpose));
    } catch (HttpProblem problem) {
      response.setStatus(problem.getStatusCode().value());
      return ledgerPage(
          user,
          model,
          new LedgerForm(platform, Set.copyOf(kinds), disclosedOn, purpose),
          errorKey(problem, "ledger"));
    }
    return "redirect:/sources?added#ledger";
  }

  @PostMapping("/sources/ledger/{id}/delete")
  String removeFromLedger(
      @AuthenticationPrincipal SignedInUser user, @PathVariable("id") String id) {
    ledger.remove(user.id(), id);
    return "redirect:/sources#ledger";
  }

  @GetMapping("/sources/canaries")
  String canariesPage(
      @AuthenticationPrincipal SignedInUser user,
      @RequestParam(name = "platform", defaultValue = "") String platform,
      Model model) {
    return canariesPage(user, model, new CanaryForm(platform.strip(), "EMAIL", ""), null);
  }

  private String canariesPage(SignedInUser user, Model model, CanaryForm form, String errorKey) {
    model.addAttribute("canaries", ledger.canaries(user.id()));
    model.addAttribute("kinds", CanaryKind.values());
    model.addAttribute("form", form);
    model.addAttribute("errorKey", errorKey);
    return "sources/canaries";
  }

  @PostMapping("/sources/canaries")
  String createCanary(
      @AuthenticationPrincipal SignedInUser user,
      @RequestParam(name = "platform", defaultValue = "") String platform,
      @RequestParam(name = "kind", defaultValue = "") String kind,
      @RequestParam(name = "base", defaultValue = "") String base,
      Model model,
      HttpServletResponse response) {
    SourceViews.Canary made;
    try {
      made = ledger.createCanary(user.id(), new SourceLedger.CanaryRequest(platform, kind, base));
    } catch (HttpProblem problem) {
      response.setStatus(problem.getStatusCode().value());
      String key = errorKey(problem, "canary");
      if (key.equals("sources.error.base")) {
        key = key + "." + (kind.matches("EMAIL|NAME|ADDRESS") ? kind : "EMAIL");
      }
      return canariesPage(user, model, new CanaryForm(platform, kind, base), key);
    }
    return "redirect:/sources/canaries?made=" + made.id() + "#canaries";
  }

  @PostMapping("/sources/canaries/{id}/delete")
  String removeCanary(@AuthenticationPrincipal SignedInUser user, @PathVariable("id") String id) {
    ledger.removeCanary(user.id(), id);
    return "redirect:/sources/canaries#canaries";
  }

  @GetMapping("/sources/match")
  String matchPage(Model model) {
    model.addAttribute("text", "");
    return "sources/match";
  }

  @PostMapping("/sources/match")
  String match(
      @AuthenticationPrincipal SignedInUser user,
      @RequestParam(name = "text", defaultValue = "") String text,
      Model model,
      HttpServletResponse response) {
    model.addAttribute("text", text);
    try {
      model.addAttribute("matches", ledger.match(user.id(), text));
    } catch (HttpProblem problem) {
      response.setStatus(problem.getStatusCode().value());
      model.addAttribute("errorKey", "sources.error.text");
    }
    return "sources/match";
  }

  @GetMapping("/cases/{id}/sources")
  String casePage(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      Locale locale,
      Model model) {
    OwnedCase owned = caseSources.owned(id, user.id());
    model.addAttribute("caseId", owned.id().toString());
    model.addAttribute("suspects", caseSources.suspects(owned, locale));
    model.addAttribute("suggestions", caseSources.suggestions(owned));
    model.addAttribute("statistics", caseSources.statistics(owned));
    model.addAttribute("minVictims", CrossVictimStatistics.MIN_VICTIMS);
    model.addAttribute("ledgerEmpty", ledger.ledger(user.id()).isEmpty());
    return "sources/case";
  }

  @PostMapping("/cases/{id}/sources/statistics")
  String setStatistics(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @RequestParam(name = "optIn", defaultValue = "false") boolean optIn) {
    OwnedCase owned = caseSources.owned(id, user.id());
    caseSources.setStatistics(owned, optIn);
    return "redirect:/cases/" + owned.id() + "/sources#statistics";
  }

  @PostMapping("/cases/{id}/sources/groups")
  String joinGroup(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @RequestParam(name = "platform", defaultValue = "") String platform,
      @RequestParam(name = "shareEvents", defaultValue = "false") boolean shareEvents,
      @RequestParam(name = "shareDates", defaultValue = "false") boolean shareDates,
      @RequestParam(name = "shareNumbers", defaultValue = "false") boolean shareNumbers,
      @RequestParam(name = "shareDocuments", defaultValue = "false") boolean shareDocuments) {
    OwnedCase owned = caseSources.owned(id, user.id());
    SourceGroups.Joined joined =
        groups.join(
            user.id(),
            new SourceGroups.JoinRequest(
                platform,
                owned.id().toString(),
                shareEvents,
                shareDates,
                shareNumbers,
                shareDocuments));
    return "redirect:/sources/groups/" + joined.group().id();
  }

  @GetMapping("/sources/groups")
  String groupsPage(@AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("memberships", groups.mine(user.id()));
    model.addAttribute("invitations", groups.invitations(user.id()));
    model.addAttribute("coordinating", groups.coordinating(user.id()));
    return "sources/groups";
  }

  @GetMapping("/sources/groups/{id}")
  String groupPage(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @RequestParam(name = "invited", defaultValue = "false") boolean invited,
      Model model) {
    model.addAttribute("group", groups.group(user.id(), id));
    model.addAttribute("invited", invited);
    return "sources/group";
  }

  @PostMapping("/sources/groups/{id}/invite")
  String inviteCoordinator(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @RequestParam(name = "account", defaultValue = "") String account) {
    groups.invite(user.id(), id, new SourceGroups.InviteRequest(account));
    return "redirect:/sources/groups/" + SourceLedger.parseId(id) + "?invited=true#coordinator";
  }

  @PostMapping("/sources/groups/{id}/accept")
  String acceptInvitation(
      @AuthenticationPrincipal SignedInUser user, @PathVariable("id") String id) {
    groups.accept(user.id(), id);
    return "redirect:/sources/groups/" + SourceLedger.parseId(id);
  }

  @GetMapping("/sources/groups/{id}/documents/{kind}")
  void jointDocument(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("id") String id,
      @PathVariable("kind") String kind,
      @RequestParam(name = "format", defaultValue = "pdf") String format,
      HttpServletResponse response)
      throws IOException {
    groups.document(user.id(), id, kind, format).sendTo(response);
  }

  @PostMapping("/sources/groups/{id}/leave")
  String leaveGroup(@AuthenticationPrincipal SignedInUser user, @PathVariable("id") String id) {
    groups.leave(user.id(), id);
    return "redirect:/sources/groups";
  }

  /**
   * The message key for a refused form: by the field the API message names ({@code "platform:
   * ..."}), so the page says what to fix in its own language.
   */
  private static String errorKey(HttpProblem problem, String form) {
    if (problem.getStatusCode() == HttpStatus.CONFLICT) {
      return "sources.error.full";
    }
    String reason = problem.getReason() == null ? "" : problem.getReason();
    int colon = reason.indexOf(':');
    String field = colon > 0 ? reason.substring(0, colon) : "";
    return switch (field) {
      case "platform", "data", "disclosedOn", "purpose", "kind", "base" -> "sources.error." + field;
      default -> "sources.error." + form;
    };
  }
}
