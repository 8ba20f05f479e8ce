package org.leakaid.evidence.chain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.leakaid.evidence.EvidenceFile;
import org.leakaid.evidence.EvidenceItem;
import org.leakaid.evidence.ItemAmendment;
import org.leakaid.evidence.NewEvidenceItem;
import tools.jackson.databind.node.ObjectNode;

/**
 * The append-only, hash-chained log of one case's evidence: the record of truth from which the
 * items, the export and its verification are all derived.
 *
 * <p>Each entry carries the hash of the one before it (see {@link ChainEntry} for the exact bytes
 * hashed), so changing, removing or reordering any entry breaks every link after it; the last hash
 * (the head) therefore stands for the whole history. Nothing is ever overwritten: a correction is
 * an {@link ChainAction#ITEM_AMENDED} entry, a removal an {@link ChainAction#ITEM_WITHDRAWN} one.
 *
 * <p>Not thread-safe: a caller appending from several threads (the web app) must serialise appends
 * per case, e.g. with a unique (case, seq) key in the database.
 */
public final class CaseLog {
  private final String caseId;
  private final List<ChainEntry> entries;

  private CaseLog(String caseId, List<ChainEntry> entries) {
    this.caseId = Objects.requireNonNull(caseId, "caseId");
    this.entries = entries;
  }

  /** A new, empty log for a case. */
  public static CaseLog start(String caseId) {
    return new CaseLog(caseId, new ArrayList<>());
  }

  /**
   * A log read back from storage. It is not checked here: call {@link #verify()} before trusting
   * it, and before appending to it.
   */
  public static CaseLog restore(String caseId, List<ChainEntry> entries) {
    return new CaseLog(caseId, new ArrayList<>(entries));
  }

  public String caseId() {
    return caseId;
  }

  public List<ChainEntry> entries() {
    return Collections.unmodifiableList(entries);
  }

  /** The hash of the last entry, or 64 zeros for an empty log. */
  public String head() {
    return entries.isEmpty() ? ChainEntry.GENESIS : entries.get(entries.size() - 1).hash();
  }

  /** Records a new item with its files; the new item's id is the entry's {@code itemId}. */
  public ChainEntry addItem(NewEvidenceItem item, List<EvidenceFile> files, Instant now) {
    return append(
        ChainAction.ITEM_ADDED,
        UUID.randomUUID().toString(),
        EntryPayloads.added(item, files),
        now);
  }

  /** Appends a correction to a live item. */
  public ChainEntry amendItem(String itemId, ItemAmendment change, Instant now) {
    requireLive(itemId);
    return append(ChainAction.ITEM_AMENDED, itemId, EntryPayloads.amended(change), now);
  }

  /** Attaches one more file to a live item. */
  public ChainEntry addFile(String itemId, EvidenceFile file, Instant now) {
    requireLive(itemId);
    return append(ChainAction.FILE_ADDED, itemId, EntryPayloads.file(file), now);
  }

  /** Marks a live item as withdrawn; it stays in the log and leaves exports. */
  public ChainEntry withdrawItem(String itemId, String reason, Instant now) {
    requireLive(itemId);
    return append(ChainAction.ITEM_WITHDRAWN, itemId, EntryPayloads.withdrawn(reason), now);
  }

  /**
   * Checks every link and hash from the first entry on, then that the entries make sense in order
   * (no amendment of an item that was never added, say).
   */
  public ChainVerification verify() {
    String prev = ChainEntry.GENESIS;
    for (int i = 0; i < entries.size(); i++) {
      ChainEntry entry = entries.get(i);
      long expectedSeq = i + 1L;
      if (entry.seq() != expectedSeq) {
        return ChainVerification.broken(
            expectedSeq,
            "entry #"
                + expectedSeq
                + " is missing or out of order: entry #"
                + entry.seq()
                + " stands in its place");
      }
      if (!entry.caseId().equals(caseId)) {
        return ChainVerification.broken(
            entry.seq(), "entry #" + entry.seq() + " belongs to another case");
      }
      if (!entry.hash().equals(entry.computeHash())) {
        return ChainVerification.broken(
            entry.seq(),
            "entry #"
                + entry.seq()
                + " ("
                + entry.action()
                + ") was edited: its content does not match its hash");
      }
      if (!entry.prevHash().equals(prev)) {
        return ChainVerification.broken(
            entry.seq(),
            "entry #"
                + entry.seq()
                + " does not link to the entry before it: an earlier entry was changed, removed"
                + " or reordered");
      }
      prev = entry.hash();
    }
    try {
      ItemReplay.replay(entries);
    } catch (ItemReplay.InvalidEntryException e) {
      return ChainVerification.broken(e.seq(), e.getMessage());
    }
    return ChainVerification.ok(entries.size(), head());
  }

  /** Every item ever added, in the order added, as of the latest entry (withdrawn ones too). */
  public List<EvidenceItem> items() {
    return ItemReplay.replay(entries);
  }

  /** The item with this id, withdrawn or not. */
  public EvidenceItem item(String itemId) {
    return items().stream()
        .filter(i -> i.id().equals(itemId))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no item " + itemId + " in this case"));
  }

  private void requireLive(String itemId) {
    if (item(itemId).withdrawn()) {
      throw new IllegalStateException("item " + itemId + " was withdrawn and can not change");
    }
  }

  private ChainEntry append(ChainAction action, String itemId, ObjectNode payload, Instant now) {
    ChainEntry entry =
        ChainEntry.create(entries.size() + 1L, now, caseId, action, itemId, payload, head());
    entries.add(entry);
    return entry;
  }
}
