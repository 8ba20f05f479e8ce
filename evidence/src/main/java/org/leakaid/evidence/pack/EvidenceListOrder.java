package org.leakaid.evidence.pack;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.leakaid.evidence.EvidenceItem;

/**
 * The order, and so the numbers (序号), of the items in a package's 证据目录: items that are not
 * withdrawn, by when they happened, then by when they were recorded. Documents that list evidence
 * (a police report, a complaint) number it the same way, so "证据3" means the same item in the letter
 * and in the package. {@code EvidenceListOrderTest} checks that this agrees with the package's own
 * layout.
 */
public final class EvidenceListOrder {
  static final Comparator<EvidenceItem> ORDER =
      Comparator.comparing((EvidenceItem i) -> i.occurredAt().toInstant())
          .thenComparing(EvidenceItem::recordedAt);

  private EvidenceListOrder() {}

  /** The live items in 证据目录 order; item {@code i} of the result is number {@code i + 1}. */
  public static List<EvidenceItem> of(Collection<EvidenceItem> items) {
    List<EvidenceItem> live = new ArrayList<>(items.stream().filter(i -> !i.withdrawn()).toList());
    live.sort(ORDER);
    return live;
  }
}
