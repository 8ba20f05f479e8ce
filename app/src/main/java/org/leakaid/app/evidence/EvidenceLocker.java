package org.leakaid.app.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.leakaid.app.account.AccountDataContributor;
import org.leakaid.app.cases.OwnedCase;
import org.leakaid.app.evidence.EvidenceViews.CaseEvidenceExport;
import org.leakaid.app.evidence.EvidenceViews.ItemView;
import org.leakaid.app.evidence.EvidenceViews.LogSummary;
import org.leakaid.app.web.HttpProblem;
import org.leakaid.evidence.EvidenceFile;
import org.leakaid.evidence.EvidenceItem;
import org.leakaid.evidence.ItemAmendment;
import org.leakaid.evidence.NewEvidenceItem;
import org.leakaid.evidence.chain.CaseLog;
import org.leakaid.evidence.chain.ChainEntry;
import org.leakaid.evidence.chain.ChainVerification;
import org.leakaid.evidence.pack.EvidencePackageWriter;
import org.leakaid.evidence.store.EvidenceFileStore;
import org.leakaid.evidence.store.RejectedFileException;
import org.leakaid.evidence.store.StoredFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The evidence locker of a case: records items with their files, amends and withdraws them (by
 * appending to the case log, never by changing it), and exports the package.
 *
 * <p>Order of writes for an upload: each file is streamed into the encrypted store and forced to
 * disk first; only then does one transaction append the log entry and the file references. A crash
 * before the commit leaves at most an unreferenced file, which the sweep removes later; once the
 * API has answered 201 both are durable.
 *
 * <p>Every read replays and verifies the case's log, so a log changed behind the app's back (in the
 * database) is reported as {@code EVIDENCE_LOG_DAMAGED} instead of being served or exported.
 */
@Service
public class EvidenceLocker implements AccountDataContributor {
  static final int MAX_FILES_PER_ITEM = 20;
  private static final Duration SWEEP_GRACE = Duration.ofHours(1);
  private static final Logger log = LoggerFactory.getLogger(EvidenceLocker.class);

  /** A file arriving with an item: its name and a way to open its content once. */
  record Upload(String name, InputStreamSource content) {}

  /** Opens an upload's content. */
  @FunctionalInterface
  interface InputStreamSource {
    InputStream open() throws IOException;
  }

  private final EvidenceLogRepository repository;
  private final EvidenceFileStore store;
  private final EvidencePackageWriter writer;
  private final TransactionTemplate transactions;
  private final Clock clock;

  EvidenceLocker(
      EvidenceLogRepository repository,
      EvidenceFileStore store,
      EvidencePackageWriter writer,
      PlatformTransactionManager transactionManager,
      Clock clock) {
    this.repository = repository;
    this.store = store;
    this.writer = writer;
    this.transactions = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  ItemView record(OwnedCase owned, NewEvidenceItem item, List<Upload> uploads) {
    if (uploads.size() > MAX_FILES_PER_ITEM) {
      throw HttpProblem.badRequest(
          "TOO_MANY_FILES", "at most " + MAX_FILES_PER_ITEM + " files per item");
    }
    List<EvidenceFile> files = new ArrayList<>();
    for (int i = 0; i < uploads.size(); i++) {
      files.add(storeFile(uploads.get(i), "files[" + i + "]"));
    }
    return transactions.execute(
        status -> {
          CaseLog caseLog = lockedLog(owned);
          ChainEntry entry = caseLog.addItem(item, files, clock.instant());
          repository.insert(owned.id(), entry);
          files.forEach(f -> repository.referenceFile(owned.id(), f.sha256()));
          return ItemView.of(caseLog.item(entry.itemId()));
        });
  }

  /**
   * Records items without files in one transaction, skipping each whose {@code key} equals that of
   * an item already in the case (or earlier in {@code items}): bulk imports run again, or
   * overlapping exports, must not record a call twice. Returns one entry per item, null where
   * skipped.
   */
  List<ItemView> recordAllNew(
      OwnedCase owned,
      List<NewEvidenceItem> items,
      Function<EvidenceItem, String> existingKey,
      Function<NewEvidenceItem, String> newKey) {
    return transactions.execute(
        status -> {
          CaseLog caseLog = lockedLog(owned);
          java.util.Set<String> seen = new java.util.HashSet<>();
          caseLog.items().stream().filter(i -> !i.withdrawn()).map(existingKey).forEach(seen::add);
          List<ItemView> out = new ArrayList<>();
          for (NewEvidenceItem item : items) {
            if (!seen.add(newKey.apply(item))) {
              out.add(null);
              continue;
            }
            ChainEntry entry = caseLog.addItem(item, List.of(), clock.instant());
            repository.insert(owned.id(), entry);
            out.add(ItemView.of(caseLog.item(entry.itemId())));
          }
          return out;
        });
  }

  ItemView addFiles(OwnedCase owned, String itemId, List<Upload> uploads) {
    if (uploads.isEmpty() || uploads.size() > MAX_FILES_PER_ITEM) {
      throw HttpProblem.badRequest(
          "INVALID_INPUT", "files: send 1 to " + MAX_FILES_PER_ITEM + " files");
    }
    List<EvidenceFile> files = new ArrayList<>();
    for (int i = 0; i < uploads.size(); i++) {
      files.add(storeFile(uploads.get(i), "files[" + i + "]"));
    }
    return change(
        owned,
        itemId,
        caseLog -> {
          for (EvidenceFile f : files) {
            caseLog.addFile(itemId, f, clock.instant());
          }
          files.forEach(f -> repository.referenceFile(owned.id(), f.sha256()));
          return caseLog.entries().size() - files.size();
        });
  }

  ItemView amend(OwnedCase owned, String itemId, ItemAmendment amendment) {
    return change(
        owned,
        itemId,
        caseLog -> {
          int before = caseLog.entries().size();
          caseLog.amendItem(itemId, amendment, clock.instant());
          return before;
        });
  }

  ItemView withdraw(OwnedCase owned, String itemId, String reason) {
    return change(
        owned,
        itemId,
        caseLog -> {
          int before = caseLog.entries().size();
          caseLog.withdrawItem(itemId, reason, clock.instant());
          return before;
        });
  }

  /** Every item of the case, withdrawn ones included (flagged), in the order recorded. */
  List<ItemView> items(OwnedCase owned) {
    return verifiedLog(owned).items().stream().map(ItemView::of).toList();
  }

  List<EvidenceItem> liveItems(OwnedCase owned) {
    return verifiedLog(owned).items().stream().filter(i -> !i.withdrawn()).toList();
  }

  LogSummary summary(OwnedCase owned) {
    CaseLog caseLog = CaseLog.restore(owned.id().toString(), repository.entries(owned.id()));
    ChainVerification v = caseLog.verify();
    return new LogSummary(caseLog.entries().size(), caseLog.head(), v.intact(), v.message());
  }

  /** Writes the evidence package of the case to {@code out}. */
  void export(OwnedCase owned, OutputStream out) throws IOException {
    writer.write(verifiedLog(owned), clock.instant(), out);
  }

  /** The plaintext of one of the case's files; 404 unless the case refers to it. */
  InputStream openFile(OwnedCase owned, String sha256) throws IOException {
    if (sha256 == null
        || !sha256.matches("[0-9a-f]{64}")
        || !repository.caseHasFile(owned.id(), sha256)) {
      throw HttpProblem.notFound("FILE_NOT_FOUND", "this case has no such file");
    }
    return store.open(sha256);
  }

  @Override
  public String exportKey() {
    return "evidence";
  }

  @Override
  public List<CaseEvidenceExport> exportData(UUID accountId) {
    return repository.caseIdsOf(accountId).stream()
        .map(
            caseId -> {
              CaseLog caseLog = CaseLog.restore(caseId.toString(), repository.entries(caseId));
              return new CaseEvidenceExport(
                  caseId.toString(),
                  caseLog.head(),
                  caseLog.items().stream().map(ItemView::of).toList());
            })
        .toList();
  }

  /**
   * Deletes the account's case logs; the encrypted files no other case refers to are deleted once
   * the deletion has committed (never before: a rolled-back deletion must keep them).
   */
  @Override
  public void deleteData(UUID accountId) {
    repository.deleteAllOf(accountId);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              sweepQuietly();
            }
          });
    } else {
      sweepQuietly();
    }
  }

  private void sweepQuietly() {
    try {
      int deleted = store.sweep(repository::anyCaseHasFile, SWEEP_GRACE);
      log.info("Deleted {} evidence files no case refers to any more", deleted);
    } catch (IOException e) {
      log.warn("Could not sweep unreferenced evidence files: {}", e.toString());
    }
  }

  private ItemView change(OwnedCase owned, String itemId, Function<CaseLog, Integer> append) {
    return transactions.execute(
        status -> {
          CaseLog caseLog = lockedLog(owned);
          requireItem(caseLog, itemId);
          int firstNew;
          try {
            firstNew = append.apply(caseLog);
          } catch (IllegalStateException withdrawn) {
            throw HttpProblem.conflict(
                "ITEM_WITHDRAWN", "this item was withdrawn and cannot change");
          }
          List<ChainEntry> entries = caseLog.entries();
          for (int i = firstNew; i < entries.size(); i++) {
            repository.insert(owned.id(), entries.get(i));
          }
          return ItemView.of(caseLog.item(itemId));
        });
  }

  private static void requireItem(CaseLog caseLog, String itemId) {
    if (itemId == null || caseLog.items().stream().noneMatch(i -> i.id().equals(itemId))) {
      throw HttpProblem.notFound("ITEM_NOT_FOUND", "this case has no such evidence item");
    }
  }

  private CaseLog lockedLog(OwnedCase owned) {
    repository.lockCase(owned.id());
    return verifiedLog(owned);
  }

  private CaseLog verifiedLog(OwnedCase owned) {
    CaseLog caseLog = CaseLog.restore(owned.id().toString(), repository.entries(owned.id()));
    ChainVerification v = caseLog.verify();
    if (!v.intact()) {
      log.warn("Evidence log of a case does not verify at entry #{}", v.firstBadSeq());
      throw new HttpProblem(
          HttpStatus.CONFLICT,
          "EVIDENCE_LOG_DAMAGED",
          "the evidence log of this case was changed outside LeakAid: " + v.message());
    }
    return caseLog;
  }

  private EvidenceFile storeFile(Upload upload, String field) {
    String name = upload.name() == null || upload.name().isBlank() ? "file" : upload.name().strip();
    if (name.length() > 255) {
      name = name.substring(0, 255);
    }
    try (InputStream in = upload.content().open()) {
      StoredFile stored = store.put(in, name);
      return new EvidenceFile(name, stored.sha256(), stored.size(), stored.type().mimeType());
    } catch (RejectedFileException e) {
      String what = field + " " + ItemRequest.quote(name);
      throw switch (e.reason()) {
        case TOO_LARGE ->
            new HttpProblem(
                HttpStatus.CONTENT_TOO_LARGE,
                "FILE_TOO_LARGE",
                what
                    + ": larger than the limit of "
                    + (store.maxFileBytes() / (1024 * 1024))
                    + " MB");
        case UNSUPPORTED_TYPE ->
            new HttpProblem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "UNSUPPORTED_FILE_TYPE",
                what
                    + ": not an accepted type (JPEG, PNG, GIF, WebP, PDF, MP3, M4A, AMR, WAV, MP4,"
                    + " .eml, .txt, .csv)");
      };
    } catch (IOException e) {
      throw new UncheckedIOException("could not store an evidence file", e);
    }
  }
}
