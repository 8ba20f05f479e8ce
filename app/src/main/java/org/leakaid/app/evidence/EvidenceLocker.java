package org.leakaid.app.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.leakaid.app.account.AccountDataContributor;
import org.leakaid.app.cases.OwnedCase;
import org.leakaid.app.evidence.EvidenceViews.CaseEvidenceExport;
import org.leakaid.app.evidence.EvidenceViews.ItemView;
import org.leakaid.app.evidence.EvidenceViews.LogSummary;
import org.leakaid.app.storage.DurableCommits;
import org.leakaid.app.web.HttpProblem;
import org.leakaid.evidence.EvidenceFile;
import org.leakaid.evidence.EvidenceItem;
import org.leakaid.evidence.ItemAmendment;
import org.leakaid.evidence.NewEvidenceItem;
import org.leakaid.evidence.Sha256Hex;
import org.leakaid.evidence.chain.CaseLog;
import org.leakaid.evidence.chain.ChainEntry;
import org.leakaid.evidence.chain.ChainTail;
import org.leakaid.evidence.chain.ChainVerification;
import org.leakaid.evidence.chain.DamagedLogException;
import org.leakaid.evidence.pack.EvidencePackageWriter;
import org.leakaid.evidence.store.EvidenceFileStore;
import org.leakaid.evidence.store.RejectedFileException;
import org.leakaid.evidence.store.StoredFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
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
 * <p>What a 201 means: the item's rows and its files are on disk. Order of writes for an upload:
 * each file is streamed into the encrypted store's staging area and forced to disk; one transaction
 * appends the log entry and the file references; the commit is flushed to disk ({@link
 * DurableCommits}); only then are the files published under their hashes. A crash before the commit
 * leaves staged files nobody refers to, a crash after it staged files that a row refers to: {@link
 * EvidenceStoreMaintenance} deletes the first and publishes the second at the next start.
 *
 * <p>An append reads only the log's last entry and the entries of the item it changes ({@link
 * ChainTail}), so it costs the same however long the log is. Reads (timeline, export) replay and
 * verify the whole log, so a log changed behind the app's back (in the database) is reported as
 * {@code EVIDENCE_LOG_DAMAGED} instead of being served or exported.
 */
@Service
@Order(0) // before Cases: deleting an account must find the files its cases refer to
public class EvidenceLocker implements AccountDataContributor {
  static final int MAX_FILES_PER_ITEM = 20;
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
  private final DurableCommits durableCommits;
  private final Clock clock;

  EvidenceLocker(
      EvidenceLogRepository repository,
      EvidenceFileStore store,
      EvidencePackageWriter writer,
      PlatformTransactionManager transactionManager,
      DurableCommits durableCommits,
      Clock clock) {
    this.repository = repository;
    this.store = store;
    this.writer = writer;
    this.transactions = new TransactionTemplate(transactionManager);
    this.durableCommits = durableCommits;
    this.clock = clock;
  }

  ItemView record(OwnedCase owned, NewEvidenceItem item, List<Upload> uploads) {
    if (uploads.size() > MAX_FILES_PER_ITEM) {
      throw HttpProblem.badRequest(
          "TOO_MANY_FILES", "at most " + MAX_FILES_PER_ITEM + " files per item");
    }
    return appendWithFiles(
        owned, null, uploads, (tail, files) -> tail.addItem(item, files, clock.instant()).itemId());
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
    List<ItemView> recorded =
        transactions.execute(
            status -> {
              repository.lockCase(owned.id());
              Set<String> seen = new HashSet<>();
              verifiedLog(owned).items().stream()
                  .filter(i -> !i.withdrawn())
                  .map(existingKey)
                  .forEach(seen::add);
              ChainTail tail = tail(owned, null);
              List<ItemView> out = new ArrayList<>();
              for (NewEvidenceItem item : items) {
                if (!seen.add(newKey.apply(item))) {
                  out.add(null);
                  continue;
                }
                ChainEntry entry = tail.addItem(item, List.of(), clock.instant());
                repository.insert(owned.id(), entry);
                out.add(ItemView.of(tail.item(entry.itemId()).orElseThrow()));
              }
              return out;
            });
    durableCommits.flush();
    return recorded;
  }

  ItemView addFiles(OwnedCase owned, String itemId, List<Upload> uploads) {
    if (uploads.isEmpty() || uploads.size() > MAX_FILES_PER_ITEM) {
      throw HttpProblem.badRequest(
          "INVALID_INPUT", "files: send 1 to " + MAX_FILES_PER_ITEM + " files");
    }
    return appendWithFiles(
        owned,
        itemId,
        uploads,
        (tail, files) -> {
          for (EvidenceFile f : files) {
            tail.addFile(itemId, f, clock.instant());
          }
          return itemId;
        });
  }

  ItemView amend(OwnedCase owned, String itemId, ItemAmendment amendment) {
    return appendWithFiles(
        owned,
        itemId,
        List.of(),
        (tail, files) -> tail.amendItem(itemId, amendment, clock.instant()).itemId());
  }

  ItemView withdraw(OwnedCase owned, String itemId, String reason) {
    return appendWithFiles(
        owned,
        itemId,
        List.of(),
        (tail, files) -> tail.withdrawItem(itemId, reason, clock.instant()).itemId());
  }

  /** What an append does to the log's tail; returns the id of the item it concerns. */
  @FunctionalInterface
  private interface Append {
    String apply(ChainTail tail, List<EvidenceFile> files);
  }

  /**
   * Stages the uploads, appends in one transaction (about {@code itemId}, null for a new item),
   * flushes the commit and publishes the files: the order explained at the top of the class.
   */
  private ItemView appendWithFiles(
      OwnedCase owned, String itemId, List<Upload> uploads, Append append) {
    List<StagedFile> staged = new ArrayList<>();
    boolean committed = false;
    try {
      for (int i = 0; i < uploads.size(); i++) {
        staged.add(stageFile(uploads.get(i), "files[" + i + "]"));
      }
      List<EvidenceFile> files = staged.stream().map(f -> f.evidenceFile).toList();
      ItemView view =
          transactions.execute(
              status -> {
                repository.lockCase(owned.id());
                ChainTail tail = tail(owned, itemId);
                String changed = append.apply(tail, files);
                tail.appended().forEach(entry -> repository.insert(owned.id(), entry));
                files.forEach(f -> repository.referenceFile(owned.id(), f.sha256()));
                return ItemView.of(tail.item(changed).orElseThrow());
              });
      committed = true;
      durableCommits.flush();
      for (StagedFile f : staged) {
        f.staged.publish();
      }
      return view;
    } catch (IOException e) {
      throw new UncheckedIOException("could not store an evidence file", e);
    } finally {
      if (!committed) {
        staged.forEach(EvidenceLocker::discardQuietly);
      }
    }
  }

  /** A staged file of the store together with how the log records it. */
  private record StagedFile(EvidenceFileStore.StagedFile staged, EvidenceFile evidenceFile) {}

  private ChainTail tail(OwnedCase owned, String itemId) {
    ChainEntry last = repository.lastEntry(owned.id()).orElse(null);
    List<ChainEntry> itemEntries =
        itemId == null ? List.of() : repository.entriesOfItem(owned.id(), itemId);
    if (itemId != null && itemEntries.isEmpty()) {
      throw HttpProblem.notFound("ITEM_NOT_FOUND", "this case has no such evidence item");
    }
    try {
      ChainTail tail = ChainTail.of(owned.id().toString(), last, itemEntries);
      if (itemId != null && tail.item(itemId).orElseThrow().withdrawn()) {
        throw HttpProblem.conflict("ITEM_WITHDRAWN", "this item was withdrawn and cannot change");
      }
      return tail;
    } catch (DamagedLogException e) {
      throw damaged(e.getMessage());
    }
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
    if (!Sha256Hex.isValid(sha256) || !repository.caseHasFile(owned.id(), sha256)) {
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
   * Deletes the account's case logs, then, once the deletion has committed (never before: a
   * rolled-back deletion must keep them), the encrypted files that no other case refers to: gone
   * from the disk when the account's deletion returns. Another account's upload of the same content
   * racing this cannot lose its file: it publishes its copy after its own commit.
   */
  @Override
  public void deleteData(UUID accountId) {
    List<String> hashes = repository.fileHashesOf(accountId);
    repository.deleteAllOf(accountId);
    Runnable deleteFiles = () -> deleteUnreferenced(hashes);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              deleteFiles.run();
            }
          });
    } else {
      deleteFiles.run();
    }
  }

  private void deleteUnreferenced(List<String> hashes) {
    int deleted = 0;
    for (String sha256 : hashes) {
      if (!repository.anyCaseHasFile(sha256)) {
        try {
          store.delete(sha256);
          deleted++;
        } catch (IOException e) {
          // The periodic sweep takes it later; say so without naming the file's owner.
          log.warn("Could not delete an evidence file of a deleted account: {}", e.toString());
        }
      }
    }
    log.info("Deleted {} evidence files of a deleted account", deleted);
  }

  private CaseLog verifiedLog(OwnedCase owned) {
    CaseLog caseLog = CaseLog.restore(owned.id().toString(), repository.entries(owned.id()));
    ChainVerification v = caseLog.verify();
    if (!v.intact()) {
      log.warn("Evidence log of a case does not verify at entry #{}", v.firstBadSeq());
      throw damaged(v.message());
    }
    return caseLog;
  }

  private static HttpProblem damaged(String message) {
    return new HttpProblem(
        HttpStatus.CONFLICT,
        "EVIDENCE_LOG_DAMAGED",
        "the evidence log of this case was changed outside LeakAid: " + message);
  }

  private static void discardQuietly(StagedFile file) {
    try {
      file.staged.discard();
    } catch (IOException e) {
      log.warn("Could not remove a staged evidence file: {}", e.toString());
    }
  }

  private StagedFile stageFile(Upload upload, String field) throws IOException {
    String name = upload.name() == null || upload.name().isBlank() ? "file" : upload.name().strip();
    if (name.length() > 255) {
      name = name.substring(0, 255);
    }
    try (InputStream in = upload.content().open()) {
      EvidenceFileStore.StagedFile staged = store.stage(in, name);
      StoredFile stored = staged.file();
      return new StagedFile(
          staged, new EvidenceFile(name, stored.sha256(), stored.size(), stored.type().mimeType()));
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
    }
  }
}
