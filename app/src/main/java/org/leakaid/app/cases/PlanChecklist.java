package org.leakaid.app.cases;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.leakaid.app.cases.CaseViews.CaseView;
import org.leakaid.app.cases.CaseViews.LinkView;
import org.leakaid.app.cases.CaseViews.StepView;
import org.leakaid.app.web.PhoneLinks;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The plan as a checklist on paper: a box per step with what to do and where (the numbers to call
 * and the official websites), the rules never to ignore, and nothing to click. The print page and
 * the PDF both show this, so they say the same.
 */
@Component
class PlanChecklist {

  /** One step: its box, what, and where. */
  record Item(
      boolean done,
      boolean skipped,
      String title,
      String urgency,
      String summary,
      List<String> phones,
      List<String> sites) {}

  /** Everything on the sheet, in the page's language. */
  record Sheet(
      String heading,
      String riskLine,
      String progressLine,
      String pinnedHeading,
      List<String> pinned,
      List<Item> items,
      String phonesLabel,
      String sitesLabel,
      String doneLabel,
      String skippedLabel,
      String footer) {}

  private final MessageSource messages;
  private final PhoneLinks phoneLinks;
  private final Clock clock;

  PlanChecklist(MessageSource messages, PhoneLinks phoneLinks, Clock clock) {
    this.messages = messages;
    this.phoneLinks = phoneLinks;
    this.clock = clock;
  }

  Sheet of(CaseView view, Locale locale) {
    List<Item> items = new ArrayList<>();
    Set<String> pinned = new LinkedHashSet<>();
    for (StepView s : view.plan()) {
      Set<String> phones = new LinkedHashSet<>();
      if (s.call() != null) {
        phones.add(s.call());
      }
      phones.addAll(phoneLinks.numbersIn(s.summary()));
      phones.addAll(phoneLinks.numbersIn(s.how()));
      items.add(
          new Item(
              s.status() == StepStatus.DONE,
              s.status() == StepStatus.SKIPPED,
              s.title(),
              text("urgency." + s.urgency(), locale),
              s.summary(),
              List.copyOf(phones),
              s.links().stream().map(PlanChecklist::site).toList()));
      pinned.addAll(s.pinned());
    }
    LocalDate today = LocalDate.now(clock.withZone(Cases.CHINA));
    return new Sheet(
        text("print.heading", locale),
        text("print.risk", locale, text("risk." + view.risk().level(), locale), today.toString()),
        view.progress().skipped() == 0
            ? text("case.progressDone", locale, view.progress().done(), view.progress().total())
            : text(
                "case.progressText",
                locale,
                view.progress().done(),
                view.progress().total(),
                view.progress().skipped()),
        text("case.neverIgnore", locale),
        List.copyOf(pinned),
        items,
        text("print.phones", locale),
        text("print.sites", locale),
        text("status.DONE", locale),
        text("status.SKIPPED", locale),
        text("layout.footer", locale));
  }

  /** A website as people type it on paper: host and path, without https://. */
  private static String site(LinkView link) {
    URI uri = URI.create(link.href());
    String path = uri.getPath() == null || uri.getPath().equals("/") ? "" : uri.getPath();
    return link.label() + " " + uri.getHost() + path;
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
