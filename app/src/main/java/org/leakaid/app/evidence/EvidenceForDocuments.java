package org.leakaid.app.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.leakaid.app.cases.OwnedCase;
import org.leakaid.evidence.EvidenceItem;
import org.leakaid.evidence.pack.EvidenceListOrder;
import org.springframework.stereotype.Component;

/**
 * What the documents feature needs of a case's evidence: the live items numbered as the evidence
 * package's 证据目录 numbers them, and the package itself for the all-in-one ZIP. The case log is
 * verified on every read, as everywhere else (a damaged log is a 409, never a document).
 */
@Component
public class EvidenceForDocuments {
  private final EvidenceLocker locker;

  EvidenceForDocuments(EvidenceLocker locker) {
    this.locker = locker;
  }

  /** Items not withdrawn, in 证据目录 order: element {@code i} is 证据 {@code i + 1}. */
  public List<EvidenceItem> numbered(OwnedCase owned) {
    return EvidenceListOrder.of(locker.liveItems(owned));
  }

  /** Writes the case's evidence package (the same ZIP as the evidence export) to {@code out}. */
  public void writePackage(OwnedCase owned, OutputStream out) throws IOException {
    locker.export(owned, out);
  }
}
