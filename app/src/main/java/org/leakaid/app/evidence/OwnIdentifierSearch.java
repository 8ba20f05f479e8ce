package org.leakaid.app.evidence;

import java.util.List;
import java.util.UUID;
import org.leakaid.scanner.Finding;
import org.springframework.stereotype.Component;

/**
 * The user's own identifiers ("my identifiers") as other features look for them: which of them
 * occur among a text's findings. A thin public face of {@link OwnIdentifiers}, which keeps only
 * keyed hashes: matching happens by hashing the findings, never by reading identifiers back.
 */
@Component
public class OwnIdentifierSearch {

  /** A stored identifier that occurs: its kind (CN_MOBILE, PERSON_NAME ...) and masked form. */
  public record Hit(String type, String masked) {}

  private final OwnIdentifiers identifiers;

  OwnIdentifierSearch(OwnIdentifiers identifiers) {
    this.identifiers = identifiers;
  }

  /** Whether the user stored any identifier (if not, there is nothing to look for). */
  public boolean hasAny(UUID accountId) {
    return !identifiers.list(accountId).isEmpty();
  }

  /**
   * The stored identifiers among {@code findings}; names are also looked for in every run of 2 to 4
   * Chinese characters of {@code text} (keep it to a few tens of thousands of characters).
   */
  public List<Hit> in(UUID accountId, String text, List<Finding> findings) {
    return identifiers.in(accountId, text, findings).stream()
        .map(m -> new Hit(m.type(), m.masked()))
        .toList();
  }
}
