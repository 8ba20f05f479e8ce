package org.leakaid.evidence.chain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leakaid.evidence.EvidenceCategory;
import org.leakaid.evidence.EvidenceFile;
import org.leakaid.evidence.EvidenceItem;
import org.leakaid.evidence.EvidenceKind;
import tools.jackson.databind.JsonNode;

/** Folds the entries of a case log into the current state of each item. */
final class ItemReplay {

  /** An entry that is well linked but makes no sense where it stands. */
  static final class InvalidEntryException extends IllegalStateException {
    private final long seq;

    InvalidEntryException(long seq, String message) {
      super("entry #" + seq + " " + message);
      this.seq = seq;
    }

    long seq() {
      return seq;
    }
  }

  private ItemReplay() {}

  static List<EvidenceItem> replay(List<ChainEntry> entries) {
    Map<String, EvidenceItem> items = new LinkedHashMap<>();
    for (ChainEntry entry : entries) {
      try {
        apply(items, entry);
      } catch (IllegalArgumentException
          | NullPointerException
          | DateTimeParseException
          | tools.jackson.core.JacksonException e) {
        throw new InvalidEntryException(entry.seq(), "has a malformed payload: " + e.getMessage());
      }
    }
    return List.copyOf(items.values());
  }

  private static void apply(Map<String, EvidenceItem> items, ChainEntry entry) {
    JsonNode p = entry.payloadJson();
    String id = entry.itemId();
    if (id == null) {
      throw new InvalidEntryException(entry.seq(), "names no item");
    }
    EvidenceItem old = items.get(id);
    if (entry.action() == ChainAction.ITEM_ADDED) {
      if (old != null) {
        throw new InvalidEntryException(entry.seq(), "adds item " + id + " a second time");
      }
      List<EvidenceFile> files = new ArrayList<>();
      p.path("files").values().forEach(f -> files.add(file(f)));
      items.put(
          id,
          new EvidenceItem(
              id,
              EvidenceKind.valueOf(p.get("kind").stringValue()),
              EvidenceCategory.valueOf(p.get("category").stringValue()),
              OffsetDateTime.parse(p.get("occurredAt").stringValue()),
              text(p, "counterpart"),
              text(p, "content"),
              text(p, "notes"),
              text(p, "source"),
              text(p, "proves"),
              files,
              false,
              entry.time(),
              entry.time()));
      return;
    }
    if (old == null) {
      throw new InvalidEntryException(entry.seq(), "refers to item " + id + ", never added");
    }
    if (old.withdrawn()) {
      throw new InvalidEntryException(entry.seq(), "changes item " + id + " after its withdrawal");
    }
    Instant t = entry.time();
    EvidenceItem updated =
        switch (entry.action()) {
          case ITEM_AMENDED ->
              new EvidenceItem(
                  id,
                  p.has("kind") ? EvidenceKind.valueOf(p.get("kind").stringValue()) : old.kind(),
                  p.has("category")
                      ? EvidenceCategory.valueOf(p.get("category").stringValue())
                      : old.category(),
                  p.has("occurredAt")
                      ? OffsetDateTime.parse(p.get("occurredAt").stringValue())
                      : old.occurredAt(),
                  amended(p, "counterpart", old.counterpart()),
                  amended(p, "content", old.content()),
                  amended(p, "notes", old.notes()),
                  amended(p, "source", old.source()),
                  amended(p, "proves", old.proves()),
                  old.files(),
                  false,
                  old.recordedAt(),
                  t);
          case FILE_ADDED -> old.withFile(file(p), t);
          case ITEM_WITHDRAWN -> old.asWithdrawn(t);
          case ITEM_ADDED -> throw new AssertionError("handled above");
        };
    items.put(id, updated);
  }

  private static EvidenceFile file(JsonNode f) {
    return new EvidenceFile(
        f.get("name").stringValue(),
        f.get("sha256").stringValue(),
        f.get("size").longValue(),
        f.get("type").stringValue());
  }

  private static String text(JsonNode p, String name) {
    JsonNode v = p.get(name);
    return v == null || v.isNull() ? null : v.stringValue();
  }

  private static String amended(JsonNode p, String name, String old) {
    if (!p.has(name)) {
      return old;
    }
    String v = text(p, name);
    return v == null || v.isEmpty() ? null : v;
  }
}
