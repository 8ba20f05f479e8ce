package org.leakaid.evidence.chain;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.leakaid.evidence.EvidenceFile;
import org.leakaid.evidence.ItemAmendment;
import org.leakaid.evidence.NewEvidenceItem;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The payload of each kind of entry, as {@link ItemReplay} reads it back. */
final class EntryPayloads {
  static final DateTimeFormatter OCCURRED_AT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  private EntryPayloads() {}

  static ObjectNode added(NewEvidenceItem item, List<EvidenceFile> files) {
    ObjectNode payload = JsonNodeFactory.instance.objectNode();
    payload.put("kind", item.kind().name());
    payload.put("category", item.categoryOrDefault().name());
    payload.put("occurredAt", OCCURRED_AT.format(item.occurredAt()));
    putIfPresent(payload, "counterpart", item.counterpart());
    putIfPresent(payload, "content", item.content());
    putIfPresent(payload, "notes", item.notes());
    putIfPresent(payload, "source", item.source());
    putIfPresent(payload, "proves", item.proves());
    ArrayNode fileArray = payload.putArray("files");
    files.forEach(f -> fileArray.add(file(f)));
    return payload;
  }

  static ObjectNode amended(ItemAmendment change) {
    ObjectNode payload = JsonNodeFactory.instance.objectNode();
    if (change.kind() != null) {
      payload.put("kind", change.kind().name());
    }
    if (change.category() != null) {
      payload.put("category", change.category().name());
    }
    if (change.occurredAt() != null) {
      payload.put("occurredAt", OCCURRED_AT.format(change.occurredAt()));
    }
    putIfPresent(payload, "counterpart", change.counterpart());
    putIfPresent(payload, "content", change.content());
    putIfPresent(payload, "notes", change.notes());
    putIfPresent(payload, "source", change.source());
    putIfPresent(payload, "proves", change.proves());
    return payload;
  }

  static ObjectNode file(EvidenceFile file) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("name", file.name());
    node.put("sha256", file.sha256());
    node.put("size", file.size());
    node.put("type", file.type());
    return node;
  }

  static ObjectNode withdrawn(String reason) {
    ObjectNode payload = JsonNodeFactory.instance.objectNode();
    putIfPresent(payload, "reason", reason);
    return payload;
  }

  private static void putIfPresent(ObjectNode node, String name, String value) {
    if (value != null) {
      node.put(name, value);
    }
  }
}
