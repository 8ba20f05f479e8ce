package org.leakaid.evidence.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leakaid.evidence.EvidenceItem;
import org.leakaid.evidence.EvidenceKind;
import org.leakaid.evidence.chain.CaseLog;

/** Documents number evidence exactly as the package's 证据目录 does. */
class EvidenceListOrderTest {
  static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

  @Test
  void agreesWithThePackageLayout() {
    CaseLog log = CaseLog.start("case-7");
    log.addItem(
        EvidencePackageTest.item(EvidenceKind.SMS, "2026-11-20T14:03:00+08:00", "1069", "a"),
        List.of(),
        NOW);
    log.addItem(
        EvidencePackageTest.item(EvidenceKind.CALL, "2026-11-19T09:30:00+08:00", "170", "b"),
        List.of(),
        NOW.plusSeconds(1));
    // Same moment as the call, recorded later: after it.
    log.addItem(
        EvidencePackageTest.item(EvidenceKind.CALL, "2026-11-19T01:30:00Z", "171", "c"),
        List.of(),
        NOW.plusSeconds(2));
    String withdrawn =
        log.addItem(
                EvidencePackageTest.item(
                    EvidenceKind.OTHER, "2026-11-01T10:00:00+08:00", null, "d"),
                List.of(),
                NOW.plusSeconds(3))
            .itemId();
    log.withdrawItem(withdrawn, "误录", NOW.plusSeconds(4));

    List<String> listed = PackageLayout.of(log).stream().map(l -> l.item().id()).toList();
    List<String> ordered =
        EvidenceListOrder.of(log.items()).stream().map(EvidenceItem::id).toList();
    assertThat(ordered).isEqualTo(listed).hasSize(3);
    assertThat(EvidenceListOrder.of(log.items()).get(0).counterpart()).isEqualTo("170");
    assertThat(EvidenceListOrder.of(log.items()).get(1).counterpart()).isEqualTo("171");
  }
}
