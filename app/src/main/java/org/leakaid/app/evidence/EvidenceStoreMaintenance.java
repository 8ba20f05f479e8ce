package org.leakaid.app.evidence;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.leakaid.evidence.store.EvidenceFileStore;
import org.leakaid.evidence.store.EvidenceFileStore.Recovery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the encrypted store and the database in step, in both directions:
 *
 * <ul>
 *   <li>at start-up, what a crash left half-way: staged files a committed row refers to are
 *       published, other staged and unfinished files deleted; referenced files that are missing
 *       altogether (a database restored without its files) are reported;
 *   <li>every hour, the same for leftovers older than an hour, and objects no case refers to any
 *       more (a deletion that failed after its commit).
 * </ul>
 *
 * <p>{@code leakaid.evidence.startup-grace} (default 0) spares staged files younger than that at
 * start-up: set it to a few minutes when several nodes share one data directory, so that a starting
 * node does not take the files of another node's upload in progress.
 */
@Component
class EvidenceStoreMaintenance {
  private static final Logger log = LoggerFactory.getLogger(EvidenceStoreMaintenance.class);
  private static final Duration PERIODIC_GRACE = Duration.ofHours(1);

  private final EvidenceFileStore store;
  private final EvidenceLogRepository repository;
  private final Duration startupGrace;

  EvidenceStoreMaintenance(
      EvidenceFileStore store,
      EvidenceLogRepository repository,
      @Value("${leakaid.evidence.startup-grace:0s}") Duration startupGrace) {
    this.store = store;
    this.repository = repository;
    this.startupGrace = startupGrace;
  }

  @EventListener(ApplicationReadyEvent.class)
  void recoverAtStartup() throws IOException {
    Recovery recovery = store.recover(repository::anyCaseHasFile, startupGrace);
    if (recovery.published() + recovery.deleted() > 0) {
      log.info(
          "Evidence store after an interrupted run: {} files completed, {} unfinished uploads"
              + " removed",
          recovery.published(),
          recovery.deleted());
    }
    List<String> missing = store.missing(repository.allFileHashes());
    if (!missing.isEmpty()) {
      log.error(
          "{} evidence files that cases refer to are missing from the evidence store: restore"
              + " them from the backup taken with the database",
          missing.size());
    }
  }

  @Scheduled(initialDelayString = "PT1H", fixedDelayString = "PT1H")
  void sweepHourly() {
    try {
      store.recover(repository::anyCaseHasFile, PERIODIC_GRACE);
      int deleted = store.sweep(repository::anyCaseHasFile, PERIODIC_GRACE);
      if (deleted > 0) {
        log.info("Deleted {} evidence files no case refers to any more", deleted);
      }
    } catch (IOException e) {
      log.warn("Could not sweep the evidence store: {}", e.toString());
    }
  }
}
