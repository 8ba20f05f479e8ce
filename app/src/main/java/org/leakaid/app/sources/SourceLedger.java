package org.leakaid.app.sources;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.leakaid.app.account.AccountDataContributor;
import org.leakaid.app.sources.SourceViews.Canary;
import org.leakaid.app.sources.SourceViews.LedgerEntry;
import org.leakaid.app.sources.SourceViews.Match;
import org.leakaid.app.web.HttpProblem;
import org.leakaid.knowledge.plan.Leaked;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's disclosure ledger and canary variants, and matching canaries in text. Every read and
 * write is by account: an id of another user's line is 404, like an id that does not exist.
 */
@Service
@Order(5) // before Cases: consents and memberships name the user's cases
public class SourceLedger implements AccountDataContributor {

  static final int MAX_PLATFORM = 100;
  static final int MAX_PURPOSE = 200;
  static final int MAX_LINES = 500;
  static final int MAX_MATCH_TEXT = 100_000;
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** A ledger line as the API and the quick-entry form send it. */
  record LedgerRequest(String platform, List<String> data, String disclosedOn, String purpose) {}

  record CanaryRequest(String platform, String kind, String base) {}

  private final SourcesRepository repository;
  private final Clock clock;
  private final CanaryVariants variants;

  SourceLedger(SourcesRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
    SecureRandom random = new SecureRandom();
    this.variants = new CanaryVariants(random::nextInt);
  }

  @Transactional
  LedgerEntry add(UUID accountId, LedgerRequest request) {
    if (request == null) {
      throw invalid("body: {\"platform\", \"data\", \"disclosedOn\", \"purpose\"} expected");
    }
    String platform = platformName(request.platform());
    Set<Leaked> data = dataKinds(request.data());
    LocalDate on = disclosedOn(request.disclosedOn());
    String purpose = request.purpose() == null ? "" : request.purpose().strip();
    if (purpose.length() > MAX_PURPOSE || hasControl(purpose)) {
      throw invalid("purpose: at most " + MAX_PURPOSE + " characters, no control characters");
    }
    if (repository.countDisclosures(accountId) >= MAX_LINES) {
      throw new HttpProblem(
          HttpStatus.CONFLICT, "LEDGER_FULL", "at most " + MAX_LINES + " ledger lines");
    }
    SourcesRepository.DisclosureRow row =
        new SourcesRepository.DisclosureRow(
            UUID.randomUUID(),
            accountId,
            platform,
            MatchingText.platformKey(platform),
            data,
            on,
            on != null && request.disclosedOn().strip().length() == 7,
            purpose,
            clock.instant());
    repository.insertDisclosure(row);
    return entry(row);
  }

  List<LedgerEntry> ledger(UUID accountId) {
    return repository.disclosuresOf(accountId).stream().map(SourceLedger::entry).toList();
  }

  @Transactional
  void remove(UUID accountId, String id) {
    if (!repository.deleteDisclosure(parseId(id), accountId)) {
      throw HttpProblem.notFound("NOT_FOUND", "no such ledger line");
    }
  }

  @Transactional
  Canary createCanary(UUID accountId, CanaryRequest request) {
    if (request == null) {
      throw invalid("body: {\"platform\", \"kind\", \"base\"} expected");
    }
    String platform = platformName(request.platform());
    CanaryKind kind;
    try {
      kind = CanaryKind.valueOf(request.kind() == null ? "" : request.kind().strip());
    } catch (IllegalArgumentException e) {
      throw invalid("kind: one of EMAIL, NAME, ADDRESS");
    }
    if (request.base() != null && hasControl(request.base())) {
      throw invalid("base: no control characters");
    }
    if (repository.countCanaries(accountId) >= MAX_LINES) {
      throw new HttpProblem(
          HttpStatus.CONFLICT, "CANARIES_FULL", "at most " + MAX_LINES + " canaries");
    }
    Set<String> taken =
        repository.canariesOf(accountId).stream()
            .map(SourcesRepository.CanaryRow::matchKey)
            .collect(Collectors.toSet());
    String value;
    try {
      value = variants.variant(kind, request.base(), platform, taken);
    } catch (IllegalArgumentException e) {
      throw invalid(e.getMessage());
    }
    SourcesRepository.CanaryRow row =
        new SourcesRepository.CanaryRow(
            UUID.randomUUID(),
            accountId,
            platform,
            MatchingText.platformKey(platform),
            kind,
            request.base().strip(),
            value,
            CanaryVariants.matchKey(kind, value),
            clock.instant());
    repository.insertCanary(row);
    return canary(row);
  }

  List<Canary> canaries(UUID accountId) {
    return repository.canariesOf(accountId).stream().map(SourceLedger::canary).toList();
  }

  @Transactional
  void removeCanary(UUID accountId, String id) {
    if (!repository.deleteCanary(parseId(id), accountId)) {
      throw HttpProblem.notFound("NOT_FOUND", "no such canary");
    }
  }

  /** The user's canaries found in the text, each once, in the order of the canary list. */
  List<Match> match(UUID accountId, String text) {
    if (text == null) {
      throw invalid("text: required");
    }
    if (text.length() > MAX_MATCH_TEXT) {
      throw invalid("text: at most " + MAX_MATCH_TEXT + " characters");
    }
    return found(repository.canariesOf(accountId), text).stream()
        .map(c -> new Match(c.platform(), c.kind(), c.value()))
        .toList();
  }

  List<SourcesRepository.CanaryRow> canaryRows(UUID accountId) {
    return repository.canariesOf(accountId);
  }

  List<SourcesRepository.DisclosureRow> disclosureRows(UUID accountId) {
    return repository.disclosuresOf(accountId);
  }

  /**
   * The canaries occurring in the text. Where one canary's match lies inside a longer canary's
   * match (a variant the user made by hand that extends another), only the longer one counts.
   */
  static List<SourcesRepository.CanaryRow> found(
      List<SourcesRepository.CanaryRow> canaries, String text) {
    String folded = MatchingText.fold(text);
    Map<SourcesRepository.CanaryRow, List<int[]>> spans = new LinkedHashMap<>();
    for (SourcesRepository.CanaryRow c : canaries) {
      String key = c.matchKey();
      if (key.isEmpty()) {
        continue;
      }
      List<int[]> at = new ArrayList<>();
      for (int i = folded.indexOf(key); i >= 0; i = folded.indexOf(key, i + 1)) {
        at.add(new int[] {i, i + key.length()});
      }
      if (!at.isEmpty()) {
        spans.put(c, at);
      }
    }
    List<SourcesRepository.CanaryRow> out = new ArrayList<>();
    for (Map.Entry<SourcesRepository.CanaryRow, List<int[]>> e : spans.entrySet()) {
      boolean standsAlone =
          e.getValue().stream()
              .anyMatch(
                  span ->
                      spans.entrySet().stream()
                          .filter(other -> other.getKey() != e.getKey())
                          .flatMap(other -> other.getValue().stream())
                          .noneMatch(
                              o ->
                                  o[0] <= span[0]
                                      && o[1] >= span[1]
                                      && o[1] - o[0] > span[1] - span[0]));
      if (standsAlone) {
        out.add(e.getKey());
      }
    }
    out.sort(Comparator.comparing(canaries::indexOf));
    return out;
  }

  // Validation.

  static String platformName(String platform) {
    String name = platform == null ? "" : platform.strip();
    if (name.isEmpty() || name.length() > MAX_PLATFORM || hasControl(name)) {
      throw invalid("platform: 1 to " + MAX_PLATFORM + " characters, no control characters");
    }
    if (MatchingText.platformKey(name).isEmpty()) {
      throw invalid("platform: a name with at least one letter or digit");
    }
    return name;
  }

  static Set<Leaked> dataKinds(List<String> data) {
    if (data == null || data.isEmpty()) {
      throw invalid("data: at least one of " + List.of(Leaked.values()));
    }
    Set<Leaked> kinds = EnumSet.noneOf(Leaked.class);
    for (String d : data) {
      try {
        kinds.add(Leaked.valueOf(d == null ? "" : d.strip()));
      } catch (IllegalArgumentException e) {
        throw invalid(
            "data: "
                + (d == null ? "null" : "'" + d.substring(0, Math.min(d.length(), 40)) + "'")
                + " is not one of "
                + List.of(Leaked.values()));
      }
    }
    return kinds;
  }

  /**
   * {@code 2025-06} (a month: its first day is stored) or {@code 2025-06-18}; not in the future.
   */
  LocalDate disclosedOn(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    LocalDate on;
    try {
      on = t.length() == 7 ? YearMonth.parse(t).atDay(1) : LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw invalid("disclosedOn: a date as 2025-06-18 or a month as 2025-06");
    }
    LocalDate today = LocalDate.now(clock.withZone(CHINA));
    if (on.isAfter(today) || on.getYear() < 1990) {
      throw invalid("disclosedOn: between 1990 and today");
    }
    return on;
  }

  /** A disclosure date as the user gave it: {@code 2025-06} for a month, else the day. */
  static String shown(LocalDate on, boolean monthOnly) {
    if (on == null) {
      return null;
    }
    return monthOnly ? YearMonth.from(on).toString() : on.toString();
  }

  static boolean hasControl(String text) {
    return text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t');
  }

  static HttpProblem invalid(String message) {
    return HttpProblem.badRequest("INVALID_INPUT", message);
  }

  static UUID parseId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw HttpProblem.notFound("NOT_FOUND", "no such item");
    }
  }

  private static LedgerEntry entry(SourcesRepository.DisclosureRow row) {
    return new LedgerEntry(
        row.id(),
        row.platform(),
        List.copyOf(row.data()),
        shown(row.disclosedOn(), row.monthOnly()),
        row.purpose(),
        row.createdAt());
  }

  private static Canary canary(SourcesRepository.CanaryRow row) {
    return new Canary(
        row.id(), row.platform(), row.kind(), row.base(), row.value(), row.createdAt());
  }

  // Export and deletion with the account.

  record SourcesExport(
      List<LedgerEntry> ledger, List<Canary> canaries, List<UUID> statisticsCases) {}

  @Override
  public String exportKey() {
    return "sources";
  }

  @Override
  public Object exportData(UUID accountId) {
    return new SourcesExport(
        ledger(accountId), canaries(accountId), repository.consentedCasesOf(accountId));
  }

  @Override
  public void deleteData(UUID accountId) {
    repository.deleteAllOf(accountId);
  }
}
