package org.leakaid.app.numbers;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.leakaid.numbers.CommunityScore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Users' reports per number, kept in memory for lookups: a number that many people look up (the one
 * calling everybody today) costs one query per {@code leakaid.numbers.reports-cache-ttl} instead of
 * one per lookup. The verdict is still computed at every lookup from these reports, so it fades
 * with their age as before. A report, a withdrawal or a deleted account forgets the number as soon
 * as its transaction commits, so on this node the next lookup sees the change; the time to live
 * bounds how long another node on the same database can show the earlier reports.
 */
@Component
class ReportsCache {

  private record Entry(List<CommunityScore.Report> reports, long loadedAt) {}

  private final NumbersRepository repository;
  private final long ttlNanos;
  private final int maxNumbers;
  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  /** Counts changes: a query that a change overtook is not kept (it may predate the change). */
  private final AtomicLong changes = new AtomicLong();

  ReportsCache(
      NumbersRepository repository,
      @Value("${leakaid.numbers.reports-cache-ttl:PT5S}") Duration ttl,
      @Value("${leakaid.numbers.reports-cache-numbers:10000}") int maxNumbers) {
    this.repository = repository;
    this.ttlNanos = ttl.toNanos();
    this.maxNumbers = maxNumbers;
  }

  /** Every report on a number (canonical E.164), with the age of its author's account. */
  List<CommunityScore.Report> reportsOn(String e164) {
    long now = System.nanoTime();
    Entry cached = entries.get(e164);
    if (cached != null && now - cached.loadedAt() < ttlNanos) {
      return cached.reports();
    }
    long before = changes.get();
    List<CommunityScore.Report> reports = List.copyOf(repository.reportsOn(e164));
    if (ttlNanos > 0 && changes.get() == before) {
      if (entries.size() >= maxNumbers) {
        // Bounded memory without an eviction policy: starting over costs one query per number.
        entries.clear();
      }
      Entry entry = new Entry(reports, now);
      entries.put(e164, entry);
      // A change that committed between the check above and the put: drop what may predate it.
      if (changes.get() != before) {
        entries.remove(e164, entry);
      }
    }
    return reports;
  }

  /**
   * The reports on a number changed: forget it when the current transaction ends (committed or
   * not), or now outside a transaction. Forgetting before the commit would let a lookup running
   * meanwhile keep the reports as they were.
   */
  void changed(String e164) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              forget(e164);
            }
          });
    } else {
      forget(e164);
    }
  }

  private void forget(String e164) {
    changes.incrementAndGet();
    entries.remove(e164);
  }
}
