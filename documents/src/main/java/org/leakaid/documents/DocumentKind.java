package org.leakaid.documents;

import java.util.Arrays;
import java.util.Optional;

/**
 * The documents LeakAid writes. The slug is the kind's name in URLs and the API ({@code
 * police-report}); each kind has its template in {@code templates/<slug>.yaml}.
 */
public enum DocumentKind {
  POLICE_REPORT("police-report"),
  COMPLAINT_12321("complaint-12321"),
  COMPLAINT_12377("complaint-12377"),
  COMPLAINT_12300("complaint-12300"),
  COMPLAINT_12315("complaint-12315"),
  COMPLAINT_CONSUMER_ASSOCIATION("complaint-consumer-association"),
  PIPL_REQUEST("pipl-request"),
  LAWYER_BRIEF("lawyer-brief"),
  CIVIL_COMPLAINT("civil-complaint"),
  CONTACTS_WARNING("contacts-warning");

  private final String slug;

  DocumentKind(String slug) {
    this.slug = slug;
  }

  public String slug() {
    return slug;
  }

  /** The kind with this slug, exactly as written ({@code pipl-request}). */
  public static Optional<DocumentKind> fromSlug(String slug) {
    return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
  }
}
