package org.leakaid.evidence;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * What a user records: kind and time are required, everything else may be null. A null category,
 * source or proves means the kind's default.
 */
public record NewEvidenceItem(
    EvidenceKind kind,
    EvidenceCategory category,
    OffsetDateTime occurredAt,
    String counterpart,
    String content,
    String notes,
    String source,
    String proves) {

  public NewEvidenceItem {
    Objects.requireNonNull(kind, "kind is required");
    Objects.requireNonNull(occurredAt, "occurredAt is required");
    TextLimits.check("counterpart", counterpart, TextLimits.SHORT);
    TextLimits.check("content", content, TextLimits.LONG);
    TextLimits.check("notes", notes, TextLimits.LONG);
    TextLimits.check("source", source, TextLimits.SHORT);
    TextLimits.check("proves", proves, TextLimits.SHORT);
  }

  public EvidenceCategory categoryOrDefault() {
    return category == null ? kind.defaultCategory() : category;
  }
}
