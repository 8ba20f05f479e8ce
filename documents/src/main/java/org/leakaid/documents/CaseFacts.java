package org.leakaid.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.leakaid.evidence.EvidenceCategory;
import org.leakaid.evidence.EvidenceKind;
import org.leakaid.knowledge.plan.Leaked;
import org.leakaid.knowledge.plan.Symptom;

/**
 * Everything a document is written from: the intake, the plan's progress, the evidence items
 * numbered as in the evidence package's 证据目录, what the user typed into earlier documents, and the
 * dates documents were sent.
 *
 * @param caseId the case's id, printed nowhere but in file names of the ZIP
 * @param today the date in mainland China when the document is made
 * @param steps the plan's steps that are done, in plan order
 * @param evidence live evidence items, numbered 1, 2, ... in the package's order
 * @param fields what the user typed, by field name ({@link Field})
 * @param sentOn when a document was sent, by kind (the PIPL request)
 */
public record CaseFacts(
    String caseId,
    LocalDate today,
    LocalDate noticedOn,
    Set<Leaked> leaked,
    Set<Symptom> symptoms,
    BigDecimal moneyLostYuan,
    String suspectedSource,
    List<DoneStep> steps,
    List<EvidenceEntry> evidence,
    Map<String, String> fields,
    Map<DocumentKind, LocalDate> sentOn) {

  public CaseFacts {
    leaked = Set.copyOf(leaked);
    symptoms = Set.copyOf(symptoms);
    moneyLostYuan = moneyLostYuan == null ? BigDecimal.ZERO : moneyLostYuan;
    suspectedSource = suspectedSource == null ? "" : suspectedSource.strip();
    steps = List.copyOf(steps);
    evidence = List.copyOf(evidence);
    fields = Map.copyOf(fields);
    sentOn = Map.copyOf(sentOn);
  }

  /** A plan step marked done, with the user's note ("已报警，接警编号 …"). */
  public record DoneStep(String key, String title, String note) {}

  /**
   * One evidence item as the 证据目录 lists it.
   *
   * @param number its number in the evidence package's 证据目录
   * @param source 证据来源 (the kind's default unless the user wrote one)
   * @param proves 证明对象 (likewise)
   * @param fileNames the names of its files, in order
   */
  public record EvidenceEntry(
      int number,
      EvidenceKind kind,
      EvidenceCategory category,
      OffsetDateTime occurredAt,
      String counterpart,
      String content,
      String notes,
      String source,
      String proves,
      List<String> fileNames) {

    public EvidenceEntry {
      counterpart = counterpart == null ? "" : counterpart.strip();
      content = content == null ? "" : content.strip();
      notes = notes == null ? "" : notes.strip();
      fileNames = List.copyOf(fileNames);
    }
  }
}
