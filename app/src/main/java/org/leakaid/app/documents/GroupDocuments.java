package org.leakaid.app.documents;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.leakaid.app.cases.OwnedCase;
import org.leakaid.app.web.HttpProblem;
import org.leakaid.documents.Documents;
import org.leakaid.documents.Draft;
import org.springframework.stereotype.Component;

/**
 * The joint documents of a group of victims (the sources feature's group cases): a joint complaint
 * and a joint evidence list, written from the cases the caller passes. The caller decides who may
 * have them and which members agreed; this class only writes.
 */
@Component
public class GroupDocuments {

  /** The joint documents, by their name in URLs. */
  public enum Kind {
    COMPLAINT("joint-complaint"),
    EVIDENCE_LIST("joint-evidence-list");

    private final String slug;

    Kind(String slug) {
      this.slug = slug;
    }

    public String slug() {
      return slug;
    }

    public static Optional<Kind> fromSlug(String slug) {
      return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
  }

  /** A written document: its file name with extension, media type and bytes. */
  public record Written(String fileName, String mediaType, byte[] content) {
    /** Sends it as the documents feature sends a case's documents: an attachment, not cached. */
    public void sendTo(HttpServletResponse response) throws IOException {
      DocumentDownloads.send(fileName, mediaType, content, response);
    }
  }

  private final CaseDocuments caseDocuments;

  GroupDocuments(CaseDocuments caseDocuments) {
    this.caseDocuments = caseDocuments;
  }

  /**
   * Writes the document in docx, pdf or txt (400 for another format).
   *
   * @param coordinator how the small print names the coordinator, or null
   * @param members the cases of the members who agreed to the joint documents, and no others
   */
  public Written write(
      Kind kind, String format, String platform, String coordinator, List<OwnedCase> members) {
    CaseDocuments.Format f = CaseDocuments.Format.parse(format);
    Documents.JointCase group =
        new Documents.JointCase(
            platform,
            caseDocuments.today(),
            coordinator,
            members.stream().map(caseDocuments::facts).toList());
    Documents documents = caseDocuments.documents();
    Draft draft =
        kind == Kind.COMPLAINT
            ? documents.jointComplaint(group)
            : documents.jointEvidenceList(group);
    return new Written(
        draft.fileName() + "." + f.extension, f.mediaType, caseDocuments.render(draft, f));
  }

  /** A group without consenting members has nothing to write from. */
  public static HttpProblem nobodyConsented() {
    return HttpProblem.conflict(
        "NO_CONSENTING_MEMBERS", "no member has agreed to the joint documents yet");
  }
}
