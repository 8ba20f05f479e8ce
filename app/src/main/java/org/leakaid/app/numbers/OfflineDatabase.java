package org.leakaid.app.numbers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.leakaid.app.web.HttpProblem;
import org.leakaid.numbers.CommunityScore;
import org.leakaid.numbers.NumberClassifier;
import org.leakaid.numbers.NumberFacts;
import org.leakaid.numbers.OfficialNumber;
import org.leakaid.numbers.OfficialNumbers;
import org.leakaid.numbers.offline.CorruptDataException;
import org.leakaid.numbers.offline.Label;
import org.leakaid.numbers.offline.OfflineDb;
import org.leakaid.numbers.offline.OfflineDbWriter;
import org.leakaid.numbers.offline.OfflineDelta;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The offline number database the server hands out: official numbers and every number whose
 * community verdict is not UNKNOWN, with its label. A label change takes the next database version
 * in the same transaction; the file is built once per version and kept in memory, with each row's
 * version, so a delta since any older version is cut from it.
 */
@Service
class OfflineDatabase {

  private static final Logger log = LoggerFactory.getLogger(OfflineDatabase.class);

  /** A built version: the file and every row (removed labels too) for deltas. */
  record Snapshot(long version, OfflineDb db, long[] keys, int[] codes, long[] versions) {}

  private final NumbersRepository repository;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private volatile Snapshot snapshot;

  OfflineDatabase(NumbersRepository repository, TransactionTemplate transactions, Clock clock) {
    this.repository = repository;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** Official numbers are in the database from the start (idempotent across nodes). */
  @EventListener(ApplicationReadyEvent.class)
  void addOfficialNumbers() {
    transactions.executeWithoutResult(
        status -> {
          List<Long> keys = new ArrayList<>();
          for (OfficialNumber o : OfficialNumbers.all()) {
            keys.add(Long.parseLong("86" + o.number()));
          }
          long version = -1;
          for (long key : keys) {
            var row = repository.label(key);
            if (row.isEmpty() || !Objects.equals(row.get().label(), Label.OFFICIAL.code())) {
              version = version < 0 ? repository.nextDbVersion() : version;
              repository.putLabel(key, Label.OFFICIAL.code(), version);
            }
          }
        });
  }

  /**
   * Recomputes the label of one number from its reports; call inside the transaction that changed
   * them. Takes a new version only when the label changed.
   */
  void relabel(NumberFacts facts) {
    if (facts.key() < 0 || facts.key() > OfflineDb.MAX_KEY) {
      return; // too long for the offline database (long SMS ports)
    }
    Integer label;
    if (facts.official() != null) {
      label = Label.OFFICIAL.code();
    } else {
      Label community =
          Label.of(CommunityScore.score(repository.reportsOn(facts.e164()), clock.instant()));
      label = community == null ? null : community.code();
    }
    var row = repository.label(facts.key());
    Integer current = row.map(NumbersRepository.LabelRow::label).orElse(null);
    if (Objects.equals(current, label) && (row.isPresent() || label == null)) {
      return;
    }
    repository.putLabel(facts.key(), label, repository.nextDbVersion());
  }

  /**
   * Labels fade with the age of their reports: recompute every reported number now and then, in
   * batches of their own transactions.
   */
  @Scheduled(
      initialDelayString = "${leakaid.numbers.relabel-delay:PT10M}",
      fixedDelayString = "${leakaid.numbers.relabel-interval:PT6H}")
  void relabelAll() {
    String after = "";
    int done = 0;
    while (true) {
      List<String> batch = repository.reportedNumbers(after, 500);
      if (batch.isEmpty()) {
        break;
      }
      transactions.executeWithoutResult(
          status -> {
            for (String phone : batch) {
              relabel(NumberClassifier.classify(phone, java.util.Locale.ROOT));
            }
          });
      done += batch.size();
      after = batch.get(batch.size() - 1);
    }
    log.info("Offline number database: {} reported numbers relabelled", done);
  }

  /** The current database file. */
  Snapshot current() {
    long version = repository.dbVersion();
    Snapshot cached = snapshot;
    if (cached != null && cached.version() >= version) {
      return cached;
    }
    synchronized (this) {
      cached = snapshot;
      if (cached != null && cached.version() >= version) {
        return cached;
      }
      snapshot = build();
      return snapshot;
    }
  }

  /** The changes since {@code since}, as a delta file; 400 for a version the server never had. */
  byte[] deltaSince(long since) {
    Snapshot s = current();
    if (since < 0 || since > s.version()) {
      throw HttpProblem.badRequest(
          "UNKNOWN_VERSION",
          "since: " + since + " is not a version of this database (current: " + s.version() + ")");
    }
    int n = 0;
    for (long v : s.versions()) {
      n += v > since ? 1 : 0;
    }
    long[] keys = new long[n];
    int[] codes = new int[n];
    int j = 0;
    for (int i = 0; i < s.keys().length; i++) {
      if (s.versions()[i] > since) {
        keys[j] = s.keys()[i];
        codes[j++] = s.codes()[i];
      }
    }
    return OfflineDelta.write(since, s.db(), keys, codes);
  }

  private Snapshot build() {
    List<NumbersRepository.LabelRow> rows = repository.allLabels();
    int n = rows.size();
    long[] keys = new long[n];
    int[] codes = new int[n];
    long[] versions = new long[n];
    long version = 0;
    int live = 0;
    for (int i = 0; i < n; i++) {
      NumbersRepository.LabelRow row = rows.get(i);
      keys[i] = row.key();
      codes[i] = row.label() == null ? -1 : row.label();
      versions[i] = row.version();
      version = Math.max(version, row.version());
      live += row.label() == null ? 0 : 1;
    }
    long[] liveKeys = new long[live];
    int[] liveCodes = new int[live];
    int j = 0;
    for (int i = 0; i < n; i++) {
      if (codes[i] >= 0) {
        liveKeys[j] = keys[i];
        liveCodes[j++] = codes[i];
      }
    }
    try {
      OfflineDb db = OfflineDb.read(OfflineDbWriter.write(version, liveKeys, liveCodes));
      return new Snapshot(version, db, keys, codes, versions);
    } catch (CorruptDataException e) {
      throw new IllegalStateException("the offline database just written does not read back", e);
    }
  }
}
