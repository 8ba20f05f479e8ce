package org.leakaid.app.numbers;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.leakaid.app.account.SignedInUser;
import org.leakaid.app.web.HttpProblem;
import org.leakaid.app.web.NavLink;
import org.leakaid.numbers.NumberDisplay;
import org.leakaid.numbers.NumberFacts;
import org.leakaid.numbers.OfficialNumber;
import org.leakaid.numbers.OfficialNumbers;
import org.leakaid.numbers.ReportTag;
import org.leakaid.numbers.Verdict;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The lookup page ({@code /numbers}, also the target of the lookup box on every page), a number's
 * page ({@code /numbers/{number}}, any written form) with its report form, and my reports. Lookups
 * are open to everyone; reporting needs an account.
 */
@Controller
class NumberPages {

  private final NumberIntelligence numbers;
  private final OfflineDatabase offline;
  private final Clock clock;

  NumberPages(NumberIntelligence numbers, OfflineDatabase offline, Clock clock) {
    this.numbers = numbers;
    this.offline = offline;
    this.clock = clock;
  }

  @Bean
  static NavLink numbersNav() {
    return new NavLink("nav.numbers", "/numbers", 15, false);
  }

  @GetMapping("/numbers")
  String lookup(
      @RequestParam(name = "q", defaultValue = "") String q,
      @RequestParam(name = "claims", defaultValue = "") String claims,
      Model model,
      HttpServletResponse response) {
    if (!q.isBlank()) {
      try {
        NumberFacts facts = NumberIntelligence.facts(q, Locale.ROOT);
        return "redirect:"
            + pageOf(facts)
            + (claims.isBlank()
                ? ""
                : "?claims=" + UriUtils.encodeQueryParam(claims, StandardCharsets.UTF_8));
      } catch (HttpProblem invalid) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("invalid", true);
      }
    }
    model.addAttribute("q", q);
    model.addAttribute("officials", officialsByCategory());
    return "numbers/lookup";
  }

  @GetMapping("/numbers/{number}")
  String number(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("number") String number,
      @RequestParam(name = "claims", defaultValue = "") String claims,
      Locale locale,
      Model model) {
    NumberIntelligence.Looked looked = numbers.look(number, claims, locale);
    NumberFacts facts = looked.facts();
    model.addAttribute("facts", facts);
    model.addAttribute("result", looked.result());
    model.addAttribute("readable", NumberDisplay.readable(facts));
    model.addAttribute("dial", NumberDisplay.dial(facts));
    // A number we warn about is shown, not offered as a link: a tap must not call a fraudster back.
    model.addAttribute(
        "callable", facts.valid() && looked.result().verdict().compareTo(Verdict.UNKNOWN) <= 0);
    model.addAttribute("page", pageOf(facts));
    model.addAttribute("claims", claims);
    model.addAttribute("chart", ReportChart.of(looked.reports(), clock.instant()));
    model.addAttribute("tags", ReportTag.values());
    model.addAttribute("officials", officialsByCategory());
    model.addAttribute("callBack", callBackNumbers(facts, claims));
    model.addAttribute("maxNote", NumberIntelligence.MAX_NOTE);
    if (user != null) {
      numbers.myReport(user.id(), facts.e164()).ifPresent(r -> model.addAttribute("mine", r));
    }
    return "numbers/number";
  }

  @PostMapping("/numbers/{number}/report")
  String report(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable("number") String number,
      @RequestParam(name = "tag", defaultValue = "") String tag,
      @RequestParam(name = "note", defaultValue = "") String note,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    ReportTag parsed;
    try {
      parsed = ReportTag.valueOf(tag);
    } catch (IllegalArgumentException unknown) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("reportError", "numbers.report.chooseTag");
      model.addAttribute("typedNote", note);
      return number(user, number, "", locale, model);
    }
    try {
      numbers.report(user.id(), number, parsed, note);
    } catch (NumberIntelligence.TooManyReports tooMany) {
      response.setStatus(429);
      model.addAttribute("reportError", "numbers.report.tooMany");
      model.addAttribute("typedNote", note);
      return number(user, number, "", locale, model);
    }
    NumberFacts facts = NumberIntelligence.facts(number, Locale.ROOT);
    return "redirect:" + pageOf(facts) + "?reported#report";
  }

  @PostMapping("/numbers/{number}/withdraw")
  String withdraw(
      @AuthenticationPrincipal SignedInUser user, @PathVariable("number") String number) {
    numbers.withdraw(user.id(), number);
    return "redirect:" + pageOf(NumberIntelligence.facts(number, Locale.ROOT)) + "#report";
  }

  @GetMapping("/numbers/reports/mine")
  String mine(@AuthenticationPrincipal SignedInUser user, Model model) {
    List<NumberIntelligence.ReportView> reports = numbers.myReports(user.id());
    Map<String, String> pages = new LinkedHashMap<>();
    for (NumberIntelligence.ReportView r : reports) {
      pages.put(r.number(), pageOf(NumberIntelligence.facts(r.number(), Locale.ROOT)));
    }
    model.addAttribute("reports", reports);
    model.addAttribute("pages", pages);
    return "numbers/mine";
  }

  @GetMapping("/numbers/download/offline-db")
  ResponseEntity<byte[]> download() {
    OfflineDatabase.Snapshot current = offline.current();
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"leakaid-numbers-v" + current.version() + ".lknd\"")
        .body(current.db().bytes());
  }

  /** The official numbers to call back: the number's own, or those of whom the caller claimed. */
  private static List<OfficialNumber> callBackNumbers(NumberFacts facts, String claims) {
    List<OfficialNumber> claimed = OfficialNumbers.claimedAs(claims);
    if (!claimed.isEmpty()) {
      return claimed.subList(0, Math.min(2, claimed.size()));
    }
    return facts.official() == null ? List.of() : List.of(facts.official());
  }

  private static Map<String, List<OfficialNumber>> officialsByCategory() {
    Map<String, List<OfficialNumber>> byCategory = new LinkedHashMap<>();
    for (OfficialNumber o : OfficialNumbers.all()) {
      if (!o.category().equals("EMERGENCY")) {
        byCategory.computeIfAbsent(o.category(), c -> new java.util.ArrayList<>()).add(o);
      }
    }
    return byCategory;
  }

  static String pageOf(NumberFacts facts) {
    return "/numbers/" + encode(NumberDisplay.pathSegment(facts));
  }

  private static String encode(String segment) {
    return UriUtils.encodePathSegment(segment, StandardCharsets.UTF_8);
  }
}
