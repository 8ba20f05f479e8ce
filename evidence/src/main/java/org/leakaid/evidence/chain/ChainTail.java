package org.leakaid.evidence.chain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.leakaid.evidence.EvidenceFile;
import org.leakaid.evidence.EvidenceItem;
import org.leakaid.evidence.ItemAmendment;
import org.leakaid.evidence.NewEvidenceItem;
import tools.jackson.databind.node.ObjectNode;

/**
 * The end of a case log, for appending without reading the whole log: the last entry, whose hash
 * the next entry links to, and the entries of the items a change concerns. Recording an item then
 * costs the same at the tenth item and at the ten-thousandth (replaying and verifying the whole log
 * on every upload cost 10 us per entry, 44 ms at 4,000 items).
 *
 * <p>What is checked here is what the next entry depends on: that the last entry and the given item
 * entries each match their own hash, belong to this case, and replay into a sensible item. The
 * links of the whole chain are checked where the log is read out (timeline, export, package
 * verification), so an edit made behind the app's back is still caught there.
 *
 * <p>Not thread-safe; the caller serialises appends per case (a row lock in the web app).
 */
public final class ChainTail {
  private final String caseId;
  private final Map<String, List<ChainEntry>> itemEntries = new LinkedHashMap<>();
  private final List<ChainEntry> appended = new ArrayList<>();
  private long seq;
  private String head;

  private ChainTail(String caseId, long seq, String head) {
    this.caseId = caseId;
    this.seq = seq;
    this.head = head;
  }

  /**
   * @param last the log's last entry, or null for an empty log
   * @param entriesOfItems every entry of the items that are to change, in log order
   * @throws DamagedLogException when one of them does not match its hash or does not replay
   */
  public static ChainTail of(String caseId, ChainEntry last, List<ChainEntry> entriesOfItems) {
    ChainTail tail =
        last == null
            ? new ChainTail(caseId, 0, ChainEntry.GENESIS)
            : new ChainTail(caseId, last.seq(), last.hash());
    if (last != null) {
      tail.requireSound(last);
    }
    for (ChainEntry entry : entriesOfItems) {
      tail.requireSound(entry);
      tail.itemEntries.computeIfAbsent(entry.itemId(), id -> new ArrayList<>()).add(entry);
    }
    for (String itemId : tail.itemEntries.keySet()) {
      tail.replay(itemId);
    }
    return tail;
  }

  /** The hash of the last entry: what the next one links to. */
  public String head() {
    return head;
  }

  /** The entries appended through this tail, in order. */
  public List<ChainEntry> appended() {
    return Collections.unmodifiableList(appended);
  }

  /** The current state of a loaded item (or one added here), if there is one with this id. */
  public Optional<EvidenceItem> item(String itemId) {
    return itemEntries.containsKey(itemId) ? Optional.of(replay(itemId)) : Optional.empty();
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

  private void requireLive(String itemId) {
    EvidenceItem item =
        item(itemId)
            .orElseThrow(() -> new IllegalArgumentException("no item " + itemId + " in this case"));
    if (item.withdrawn()) {
      throw new IllegalStateException("item " + itemId + " was withdrawn and can not change");
    }
  }

  private ChainEntry append(ChainAction action, String itemId, ObjectNode payload, Instant now) {
    ChainEntry entry = ChainEntry.create(seq + 1, now, caseId, action, itemId, payload, head);
    seq = entry.seq();
    head = entry.hash();
    appended.add(entry);
    itemEntries.computeIfAbsent(itemId, id -> new ArrayList<>()).add(entry);
    return entry;
  }

  private EvidenceItem replay(String itemId) {
    try {
      return ItemReplay.replay(itemEntries.get(itemId)).get(0);
    } catch (ItemReplay.InvalidEntryException e) {
      throw new DamagedLogException(e.getMessage());
    }
  }

  private void requireSound(ChainEntry entry) {
    if (!entry.caseId().equals(caseId)) {
      throw new DamagedLogException("entry #" + entry.seq() + " belongs to another case");
    }
    if (!entry.hash().equals(entry.computeHash())) {
      throw new DamagedLogException(
          "entry #" + entry.seq() + " was edited: its content does not match its hash");
    }
  }
}
