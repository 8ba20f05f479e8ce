package org.leakaid.app.numbers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.leakaid.app.account.AccountDataContributor;
import org.leakaid.app.web.HttpProblem;
import org.leakaid.numbers.Community;
import org.leakaid.numbers.CommunityScore;
import org.leakaid.numbers.InvalidNumberException;
import org.leakaid.numbers.LookupResult;
import org.leakaid.numbers.NumberClassifier;
import org.leakaid.numbers.NumberFacts;
import org.leakaid.numbers.NumberLookup;
import org.leakaid.numbers.ReportTag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is calling: lookups (the number's facts, users' reports, a verdict) and reports, one per user
 * and number, under rate limits. The feature's API for pages, the REST API and other features.
 */
@Service
@Order(0)
public class NumberIntelligence implements AccountDataContributor {

  /** Longest note on a report. */
  static final int MAX_NOTE = 500;

  /** A lookup with what the page needs beyond the API's JSON. */
  record Looked(NumberFacts facts, LookupResult result, List<CommunityScore.Report> reports) {}

  /** A report as stored, for its author. */
  public record ReportView(
      String number, ReportTag tag, String note, Instant reportedAt, boolean replaced) {}

  /** A report refused because the account reported too much lately. */
  static final class TooManyReports extends HttpProblem {
    final Duration retryAfter;

    TooManyReports(Duration retryAfter, String message) {
      super(HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_REPORTS", message);
      this.retryAfter = retryAfter;
    }
  }

  private final NumbersRepository repository;
  private final ReportsCache reportsCache;
  private final OfflineDatabase offline;
  private final Clock clock;
  private final int perHour;
  private final int perDay;
  private final int perDayNewAccount;

  NumberIntelligence(
      NumbersRepository repository,
      ReportsCache reportsCache,
      OfflineDatabase offline,
      Clock clock,
      @Value("${leakaid.numbers.reports-per-hour:20}") int perHour,
      @Value("${leakaid.numbers.reports-per-day:100}") int perDay,
      @Value("${leakaid.numbers.reports-per-day-new-account:10}") int perDayNewAccount) {
    this.repository = repository;
    this.reportsCache = reportsCache;
    this.offline = offline;
    this.clock = clock;
    this.perHour = perHour;
    this.perDay = perDay;
    this.perDayNewAccount = perDayNewAccount;
  }

  /** The facts of a number as typed; 400 INVALID_NUMBER when it is not a number. */
  public static NumberFacts facts(String number, Locale locale) {
    try {
      return NumberClassifier.classify(number, locale);
    } catch (InvalidNumberException e) {
      throw HttpProblem.badRequest("INVALID_NUMBER", "not a phone number: " + e.getMessage());
    }
  }

  /** The API's answer for a number; {@code claims} is who the caller said they were, or null. */
  public LookupResult lookup(String number, String claims, Locale locale) {
    return look(number, claims, locale).result();
  }

  Looked look(String number, String claims, Locale locale) {
    NumberFacts facts = facts(number, locale);
    List<CommunityScore.Report> reports = reportsCache.reportsOn(facts.e164());
    CommunityScore.Score score = CommunityScore.score(reports, clock.instant());
    return new Looked(
        facts, NumberLookup.lookup(facts, Community.of(score), claims, locale), reports);
  }

  /** Records the user's report on a number, replacing their earlier one. */
  @Transactional
  public ReportView report(UUID accountId, String number, ReportTag tag, String note) {
    if (tag == null) {
      throw HttpProblem.badRequest(
          "INVALID_INPUT", "tag: one of " + java.util.Arrays.toString(ReportTag.values()));
    }
    String cleanNote = note == null || note.isBlank() ? null : note.strip();
    if (cleanNote != null && cleanNote.length() > MAX_NOTE) {
      throw HttpProblem.badRequest("INVALID_INPUT", "note: at most " + MAX_NOTE + " characters");
    }
    NumberFacts facts = facts(number, Locale.ROOT);
    Instant now = clock.instant();
    checkRate(accountId, now);
    boolean replaced = repository.upsertReport(facts.e164(), accountId, tag, cleanNote, now);
    reportsCache.changed(facts.e164());
    offline.relabel(facts);
    return new ReportView(facts.e164(), tag, cleanNote, now, replaced);
  }

  /** Withdraws the user's report on a number; false when there was none. */
  @Transactional
  public boolean withdraw(UUID accountId, String number) {
    NumberFacts facts = facts(number, Locale.ROOT);
    boolean deleted = repository.deleteReport(facts.e164(), accountId);
    if (deleted) {
      reportsCache.changed(facts.e164());
      offline.relabel(facts);
    }
    return deleted;
  }

  /** The user's own report on a number, if any. */
  public java.util.Optional<ReportView> myReport(UUID accountId, String e164) {
    return repository
        .reportOf(e164, accountId)
        .map(r -> new ReportView(r.phone(), r.tag(), r.note(), r.reportedAt(), false));
  }

  public List<ReportView> myReports(UUID accountId) {
    return repository.reportsBy(accountId).stream()
        .map(r -> new ReportView(r.phone(), r.tag(), r.note(), r.reportedAt(), false))
        .toList();
  }

  /**
   * At most {@code perHour} reports an hour and {@code perDay} a day per account, and fewer for an
   * account younger than a day: enough for anyone reporting their own calls, too few for a bot.
   */
  private void checkRate(UUID accountId, Instant now) {
    if (repository.reportsSince(accountId, now.minus(Duration.ofHours(1))) >= perHour) {
      throw new TooManyReports(
          Duration.ofHours(1), "at most " + perHour + " reports an hour; try again later");
    }
    boolean newAccount =
        repository.accountCreatedAt(accountId).isAfter(now.minus(Duration.ofDays(1)));
    int daily = newAccount ? perDayNewAccount : perDay;
    if (repository.reportsSince(accountId, now.minus(Duration.ofDays(1))) >= daily) {
      throw new TooManyReports(
          Duration.ofDays(1),
          "at most "
              + daily
              + " reports a day"
              + (newAccount ? " in an account's first day" : "")
              + "; try again tomorrow");
    }
  }

  @Override
  public String exportKey() {
    return "numberReports";
  }

  @Override
  public Object exportData(UUID accountId) {
    return myReports(accountId);
  }

  /** Deletes the account's reports and relabels the numbers they were on. */
  @Override
  public void deleteData(UUID accountId) {
    List<String> numbers = repository.numbersReportedBy(accountId);
    repository.deleteReportsBy(accountId);
    for (String number : numbers) {
      reportsCache.changed(number);
      offline.relabel(NumberClassifier.classify(number, Locale.ROOT));
    }
  }
}
