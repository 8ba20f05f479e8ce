package org.leakaid.app.documents;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.leakaid.app.cases.OwnedCase;
import org.leakaid.documents.DocumentKind;
import org.leakaid.documents.Documents;
import org.leakaid.documents.Readiness;
import org.springframework.stereotype.Component;

/**
 * What the plan may show of the documents: which documents carry out a step (each template names
 * its plan steps), with the page that fills, previews and downloads it; and for a sent PIPL
 * request, the date it was sent and the last day of its reply deadline, after which the refusal
 * route (a suit under PIPL art. 50, a complaint under art. 65) is open.
 */
@Component
public class DocumentsForPlan {

  /** A document that carries out a plan step, and the page where the user gets it. */
  public record StepDocument(String kind, String title, String path) {}

  /** A sent request and its deadline. */
  public record SentRequest(LocalDate sentOn, LocalDate replyDueOn) {}

  private final Documents documents;
  private final CaseDocuments caseDocuments;

  DocumentsForPlan(Documents documents, CaseDocuments caseDocuments) {
    this.documents = documents;
    this.caseDocuments = caseDocuments;
  }

  /** The documents for a playbook step ({@code report-police}), in the order of the kinds. */
  public List<StepDocument> forStep(String caseId, String stepKey, Locale locale) {
    return Arrays.stream(DocumentKind.values())
        .filter(k -> documents.template(k).planSteps().contains(stepKey))
        .map(
            k ->
                new StepDocument(
                    k.slug(),
                    documents.template(k).title().in(locale),
                    "/cases/" + caseId + "/documents/" + k.slug()))
        .toList();
  }

  /** The PIPL request's sent date and reply deadline, once the user recorded that it was sent. */
  public Optional<SentRequest> piplRequest(OwnedCase owned) {
    Readiness r = caseDocuments.readiness(owned, DocumentKind.PIPL_REQUEST);
    return r.sentOn() == null
        ? Optional.empty()
        : Optional.of(new SentRequest(r.sentOn(), r.replyDueOn()));
  }
}
