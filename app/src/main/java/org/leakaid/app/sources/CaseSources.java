package org.leakaid.app.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.leakaid.app.cases.Cases;
import org.leakaid.app.cases.OwnedCase;
import org.leakaid.app.evidence.EvidenceForDocuments;
import org.leakaid.app.sources.SourceViews.CanaryHit;
import org.leakaid.app.sources.SourceViews.SharedSuspect;
import org.leakaid.app.sources.SourceViews.Statistics;
import org.leakaid.app.sources.SourceViews.Suggestion;
import org.leakaid.app.sources.SourceViews.Suspect;
import org.leakaid.app.web.HttpProblem;
import org.leakaid.evidence.EvidenceItem;
import org.leakaid.knowledge.plan.Leaked;
import org.leakaid.scanner.Finding;
import org.leakaid.scanner.PiiType;
import org.leakaid.scanner.ScanOptions;
import org.leakaid.scanner.Scanner;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sources of one case: canary hits in its evidence, the ranked suspects, the cross-victim
 * statistics it takes part in (opt-in) and platforms its evidence names that the ledger lacks.
 * Evidence is read through the evidence feature's public API, verified as everywhere else.
 */
@Service
class CaseSources {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final Cases cases;
  private final EvidenceForDocuments evidence;
  private final SourceLedger ledger;
  private final SourcesRepository repository;
  private final MessageSource messages;
  private final Clock clock;
  private final Scanner scanner = Scanner.create(ScanOptions.defaults());
  private final List<String> knownPlatforms;

  CaseSources(
      Cases cases,
      EvidenceForDocuments evidence,
      SourceLedger ledger,
      SourcesRepository repository,
      MessageSource messages,
      Clock clock) {
    this.cases = cases;
    this.evidence = evidence;
    this.ledger = ledger;
    this.repository = repository;
    this.messages = messages;
    this.clock = clock;
    this.knownPlatforms = readPlatforms();
  }

  OwnedCase owned(String caseId, UUID accountId) {
    return cases.requireOwned(caseId, accountId);
  }

  /** The suspects of the case, highest score first. */
  List<Suspect> suspects(OwnedCase owned, Locale locale) {
    List<EvidenceItem> items = evidence.numbered(owned);
    List<SourcesRepository.CanaryRow> canaries = ledger.canaryRows(owned.accountId());
    Map<String, List<CanaryHit>> hits = new LinkedHashMap<>();
    Map<String, String> canaryPlatforms = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      EvidenceItem item = items.get(i);
      for (SourcesRepository.CanaryRow c : SourceLedger.found(canaries, textOf(item))) {
        hits.computeIfAbsent(c.platformKey(), k -> new ArrayList<>())
            .add(
                new CanaryHit(
                    c.platform(), c.kind(), c.value(), item.id(), i + 1, item.occurredAt()));
        canaryPlatforms.putIfAbsent(c.platformKey(), c.platform());
      }
    }
    List<Attribution.Disclosure> disclosures =
        ledger.disclosureRows(owned.accountId()).stream()
            .map(
                d ->
                    new Attribution.Disclosure(
                        d.platform(), d.platformKey(), d.data(), d.disclosedOn(), d.monthOnly()))
            .toList();
    Map<String, SharedSuspect> shared = new HashMap<>();
    if (repository.consented(owned.id())) {
      shared.putAll(sharedByKey(owned, population(owned, items)));
    }
    return Attribution.rank(
        disclosures,
        hits,
        canaryPlatforms,
        facts(items),
        shared,
        (key, args) -> messages.getMessage(key, args, locale));
  }

  Statistics statistics(OwnedCase owned) {
    if (!repository.consented(owned.id())) {
      return new Statistics(false, null, List.of());
    }
    List<EvidenceItem> items = evidence.numbered(owned);
    Population population = population(owned, items);
    int linked = population.linked().size();
    return new Statistics(
        true,
        linked >= CrossVictimStatistics.MIN_VICTIMS ? linked : null,
        List.copyOf(sharedByKey(owned, population).values()));
  }

  @Transactional
  Statistics setStatistics(OwnedCase owned, boolean optIn) {
    if (optIn) {
      repository.consent(owned.id(), owned.accountId(), clock.instant());
    } else {
      repository.withdrawConsent(owned.id());
    }
    return statistics(owned);
  }

  /** Platforms named in the evidence (from a list of common ones) that are not in the ledger. */
  List<Suggestion> suggestions(OwnedCase owned) {
    Set<String> inLedger = new HashSet<>();
    ledger.disclosureRows(owned.accountId()).forEach(d -> inLedger.add(d.platformKey()));
    List<EvidenceItem> items = evidence.numbered(owned);
    Map<String, Suggestion> out = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String text = MatchingText.rawKey(textOf(items.get(i)));
      for (String platform : knownPlatforms) {
        String key = MatchingText.platformKey(platform);
        if (!inLedger.contains(key) && !out.containsKey(key) && namesIn(text, key)) {
          out.put(key, new Suggestion(platform, items.get(i).id(), i + 1));
        }
      }
    }
    return List.copyOf(out.values());
  }

  /**
   * Whether the text names the platform under its own name or a distinctive alias. Short aliases
   * (JD, SF, 移动) are left out here: inside other words (移动支付) they would suggest platforms never
   * named.
   */
  private static boolean namesIn(String text, String key) {
    return text.contains(key)
        || PlatformAliases.spellings(key).stream()
            .filter(
                s -> s.length() >= 5 || (s.length() >= 3 && s.codePoints().anyMatch(c -> c > 0x7f)))
            .anyMatch(text::contains);
  }

  private Map<String, SharedSuspect> sharedByKey(OwnedCase owned, Population population) {
    Map<String, SharedSuspect> out = new LinkedHashMap<>();
    for (CrossVictimStatistics.Shared s :
        CrossVictimStatistics.sharedPlatforms(population.ledgers(), population.linked())) {
      String name =
          ledger.disclosureRows(owned.accountId()).stream()
              .filter(d -> d.platformKey().equals(s.platformKey()))
              .map(SourcesRepository.DisclosureRow::platform)
              .findFirst()
              .orElseGet(() -> repository.commonSpelling(s.platformKey()).orElse(s.platformKey()));
      out.put(
          s.platformKey(),
          new SharedSuspect(
              name, s.linkedWith(), s.linked(), s.allWith(), s.all(), s.ratio(), s.pValue()));
    }
    return out;
  }

  /** The victims taking part, their ledgers, and those linked to this case. */
  private record Population(Map<UUID, Set<String>> ledgers, Set<UUID> linked) {}

  private Population population(OwnedCase owned, List<EvidenceItem> items) {
    Set<String> mine = counterparts(items);
    Set<UUID> linked = new HashSet<>();
    linked.add(owned.accountId());
    Set<UUID> victims = new HashSet<>();
    victims.add(owned.accountId());
    for (SourcesRepository.ConsentRow c : repository.consents()) {
      victims.add(c.accountId());
      if (c.accountId().equals(owned.accountId()) || linked.contains(c.accountId())) {
        continue;
      }
      List<EvidenceItem> theirs;
      try {
        theirs = evidence.numbered(new OwnedCase(c.caseId(), c.accountId(), c.createdAt()));
      } catch (HttpProblem damaged) {
        continue; // a case whose log does not verify takes no part
      }
      Set<String> numbers = counterparts(theirs);
      numbers.retainAll(mine);
      if (!numbers.isEmpty()) {
        linked.add(c.accountId());
      }
    }
    Map<UUID, Set<String>> ledgers = new HashMap<>();
    victims.forEach(v -> ledgers.put(v, new HashSet<>()));
    for (Object[] row : repository.platformKeysOf(List.copyOf(victims))) {
      ledgers.get((UUID) row[0]).add((String) row[1]);
    }
    return new Population(ledgers, linked);
  }

  static Set<String> counterparts(List<EvidenceItem> items) {
    Set<String> out = new HashSet<>();
    for (EvidenceItem item : items) {
      String key = MatchingText.counterpartKey(item.counterpart());
      if (key != null) {
        out.add(key);
      }
    }
    return out;
  }

  /** When the harassment began and which data the harassers showed they had. */
  Attribution.CaseFacts facts(List<EvidenceItem> items) {
    LocalDate first = null;
    Set<Leaked> seen = EnumSet.noneOf(Leaked.class);
    for (EvidenceItem item : items) {
      if (item.occurredAt() != null) {
        LocalDate day = item.occurredAt().atZoneSameInstant(CHINA).toLocalDate();
        if (first == null || day.isBefore(first)) {
          first = day;
        }
      }
      switch (item.kind()) {
        case CALL, SMS -> seen.add(Leaked.PHONE);
        case EMAIL -> seen.add(Leaked.EMAIL);
        case LETTER, IN_PERSON -> seen.add(Leaked.ADDRESS);
        default -> {}
      }
      String content = item.content() == null ? "" : item.content();
      for (Finding f : scanner.scan(content)) {
        Leaked kind = leakedOf(f.type());
        if (kind != null) {
          seen.add(kind);
        }
      }
    }
    return new Attribution.CaseFacts(first, seen);
  }

  private static Leaked leakedOf(PiiType type) {
    return switch (type) {
      case PERSON_NAME -> Leaked.NAME;
      case CN_RESIDENT_ID, CN_PASSPORT -> Leaked.ID_NUMBER;
      case CN_MOBILE -> Leaked.PHONE;
      case EMAIL -> Leaked.EMAIL;
      case CN_ADDRESS -> Leaked.ADDRESS;
      case BANK_CARD -> Leaked.BANK_CARD;
      default -> null;
    };
  }

  static String textOf(EvidenceItem item) {
    return String.join(
        "\n",
        item.counterpart() == null ? "" : item.counterpart(),
        item.content() == null ? "" : item.content(),
        item.notes() == null ? "" : item.notes());
  }

  private static List<String> readPlatforms() {
    try (InputStream in = new ClassPathResource("sources/platforms.txt").getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("sources/platforms.txt is missing", e);
    }
  }
}
