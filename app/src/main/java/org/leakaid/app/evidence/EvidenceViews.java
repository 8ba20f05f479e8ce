package org.leakaid.app.evidence;

import java.time.Instant;
import java.util.List;
import org.leakaid.evidence.EvidenceCategory;
import org.leakaid.evidence.EvidenceFile;
import org.leakaid.evidence.EvidenceItem;
import org.leakaid.evidence.EvidenceKind;

/** What the evidence API answers. */
final class EvidenceViews {
  private EvidenceViews() {}

  record FileView(String name, String sha256, long size, String type) {
    static FileView of(EvidenceFile f) {
      return new FileView(f.name(), f.sha256(), f.size(), f.type());
    }
  }

  /**
   * One evidence item as it stands after every amendment.
   *
   * @param category the legal category (Civil Procedure Law art. 66), {@code categoryLabel} its
   *     statutory Chinese name
   * @param source 证据来源 as listed in the export (the kind's default unless set)
   * @param proves 证明对象 as listed in the export (the kind's default unless set)
   */
  record ItemView(
      String id,
      EvidenceKind kind,
      EvidenceCategory category,
      String categoryLabel,
      String occurredAt,
      String counterpart,
      String content,
      String notes,
      String source,
      String proves,
      List<FileView> files,
      boolean withdrawn,
      Instant recordedAt,
      Instant lastChangedAt) {

    static ItemView of(EvidenceItem i) {
      return new ItemView(
          i.id(),
          i.kind(),
          i.category(),
          i.category().zh(),
          i.occurredAt().toString(),
          i.counterpart(),
          i.content(),
          i.notes(),
          i.sourceOrDefault(),
          i.provesOrDefault(),
          i.files().stream().map(FileView::of).toList(),
          i.withdrawn(),
          i.recordedAt(),
          i.lastChangedAt());
    }
  }

  /** The case log's summary: its head is what a user notes down to check an export against. */
  record LogSummary(int entries, String head, boolean intact, String message) {}

  /** The part of the account export that is evidence: items and the log head per case. */
  record CaseEvidenceExport(String caseId, String chainHead, List<ItemView> items) {}
}
