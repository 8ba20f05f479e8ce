package org.leakaid.evidence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The current state of one evidence item, replayed from the case log: what the latest amendment
 * says, with every file ever attached. A withdrawn item stays in the log (nothing is deleted) but
 * is left out of exports.
 *
 * @param source 证据来源; null means the kind's default
 * @param proves 证明对象; null means the kind's default
 */
public record EvidenceItem(
    String id,
    EvidenceKind kind,
    EvidenceCategory category,
    OffsetDateTime occurredAt,
    String counterpart,
    String content,
    String notes,
    String source,
    String proves,
    List<EvidenceFile> files,
    boolean withdrawn,
    Instant recordedAt,
    Instant lastChangedAt) {

  public EvidenceItem {
    files = List.copyOf(files);
  }

  /** This item with one more file, as changed at {@code at}. */
  public EvidenceItem withFile(EvidenceFile file, Instant at) {
    List<EvidenceFile> more = new ArrayList<>(files);
    more.add(file);
    return new EvidenceItem(
        id,
        kind,
        category,
        occurredAt,
        counterpart,
        content,
        notes,
        source,
        proves,
        more,
        withdrawn,
        recordedAt,
        at);
  }

  /** This item withdrawn at {@code at}: it stays in the log, out of exports. */
  public EvidenceItem asWithdrawn(Instant at) {
    return new EvidenceItem(
        id,
        kind,
        category,
        occurredAt,
        counterpart,
        content,
        notes,
        source,
        proves,
        files,
        true,
        recordedAt,
        at);
  }

  public String sourceOrDefault() {
    return source == null || source.isBlank() ? kind.defaultSource() : source;
  }

  public String provesOrDefault() {
    return proves == null || proves.isBlank() ? kind.defaultProves() : proves;
  }
}
