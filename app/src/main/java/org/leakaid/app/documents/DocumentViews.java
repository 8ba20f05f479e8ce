package org.leakaid.app.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.leakaid.documents.Documents;
import org.leakaid.documents.Readiness;

/** What the documents API answers. */
final class DocumentViews {
  private DocumentViews() {}

  /**
   * A kind of document for a case. {@code kind}, {@code ready} and {@code missing} are the contract
   * of {@code GET /api/cases/{id}/documents}; the rest says why and what next.
   *
   * @param missing field names to POST as {@code {"fields": {NAME: value}}}
   * @param blockers what else stops it (the 12300 prerequisite), in the request's language
   * @param warnings what to know before sending it (the 12315 three-year window)
   * @param sentOn when the user said they sent it, or null
   * @param replyDueOn last working day of the reply deadline of a sent PIPL request, or null
   * @param planSteps the plan steps (playbook keys) the document carries out
   */
  record KindStatus(
      String kind,
      boolean ready,
      List<String> missing,
      String title,
      List<String> blockers,
      List<String> warnings,
      LocalDate sentOn,
      LocalDate replyDueOn,
      List<String> planSteps) {

    static KindStatus of(Readiness r, Documents documents, Locale locale) {
      return new KindStatus(
          r.kind().slug(),
          r.ready(),
          r.missing(),
          documents.template(r.kind()).title().in(locale),
          r.blockers().stream().map(t -> t.in(locale)).toList(),
          r.warnings().stream().map(t -> t.in(locale)).toList(),
          r.sentOn(),
          r.replyDueOn(),
          documents.template(r.kind()).planSteps());
    }
  }

  /** {@code POST /api/cases/{id}/documents/{kind}}: the fields to keep. */
  record FieldsRequest(Map<String, String> fields) {}

  /** {@code POST /api/cases/{id}/documents/{kind}/sent}. */
  record SentRequest(LocalDate sentOn) {}

  /** The 422 answer: the usual error JSON plus what the document needs. */
  record NotReadyError(String error, String message, List<String> missing, List<String> blockers) {}
}
