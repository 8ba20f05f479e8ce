package org.leakaid.documents;

/** A document was asked for while a required field is empty or a prerequisite is not met. */
public final class DocumentNotReadyException extends RuntimeException {
  private final transient Readiness readiness;

  public DocumentNotReadyException(Readiness readiness) {
    super(
        readiness.kind().slug()
            + " is not ready: missing "
            + readiness.missing()
            + (readiness.blockers().isEmpty() ? "" : "; " + readiness.blockers().get(0).en()));
    this.readiness = readiness;
  }

  public Readiness readiness() {
    return readiness;
  }
}
