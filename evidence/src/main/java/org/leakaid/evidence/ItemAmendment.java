package org.leakaid.evidence;

import java.time.OffsetDateTime;

/**
 * A correction to an evidence item. Null leaves a field as it is; an empty string clears a text
 * field. The amendment is appended to the case log: the earlier version stays visible there.
 */
public record ItemAmendment(
    EvidenceKind kind,
    EvidenceCategory category,
    OffsetDateTime occurredAt,
    String counterpart,
    String content,
    String notes,
    String source,
    String proves) {

  public ItemAmendment {
    TextLimits.check("counterpart", counterpart, TextLimits.SHORT);
    TextLimits.check("content", content, TextLimits.LONG);
    TextLimits.check("notes", notes, TextLimits.LONG);
    TextLimits.check("source", source, TextLimits.SHORT);
    TextLimits.check("proves", proves, TextLimits.SHORT);
    if (kind == null
        && category == null
        && occurredAt == null
        && counterpart == null
        && content == null
        && notes == null
        && source == null
        && proves == null) {
      throw new IllegalArgumentException("an amendment must change at least one field");
    }
  }
}
