package org.leakaid.evidence.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leakaid.evidence.chain.CaseLogTest.T0;
import static org.leakaid.evidence.chain.CaseLogTest.sms;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leakaid.evidence.EvidenceFile;
import org.leakaid.evidence.EvidenceItem;
import org.leakaid.evidence.ItemAmendment;

class ChainTailTest {

  /** Stores entries as the database does: a list in seq order. */
  final List<ChainEntry> stored = new ArrayList<>();

  ChainTail tail(String itemId) {
    ChainEntry last = stored.isEmpty() ? null : stored.get(stored.size() - 1);
    List<ChainEntry> ofItem =
        itemId == null
            ? List.of()
            : stored.stream().filter(e -> itemId.equals(e.itemId())).toList();
    return ChainTail.of("case-1", last, ofItem);
  }

  void save(ChainTail tail) {
    stored.addAll(tail.appended());
  }

  @Test
  void appendsFromTheTailMakeTheSameChainAsTheWholeLog() {
    ChainTail first = tail(null);
    String sms = first.addItem(sms("10690000123", "您的贷款已批准"), List.of(), T0).itemId();
    save(first);
    for (int i = 0; i < 50; i++) {
      ChainTail another = tail(null);
      another.addItem(sms("1069000" + i, "第 " + i + " 条"), List.of(), T0.plusSeconds(i));
      save(another);
    }
    ChainTail amend = tail(sms);
    EvidenceFile file = new EvidenceFile("截图.png", "b".repeat(64), 10, "image/png");
    amend.amendItem(sms, new ItemAmendment(null, null, null, null, null, "第二次收到", null, null), T0);
    amend.addFile(sms, file, T0.plusSeconds(1));
    save(amend);

    CaseLog whole = CaseLog.restore("case-1", stored);
    assertThat(whole.verify().intact()).isTrue();
    assertThat(whole.entries()).hasSize(53);
    EvidenceItem item = whole.item(sms);
    assertThat(item.notes()).isEqualTo("第二次收到");
    assertThat(item.files()).containsExactly(file);
    assertThat(amend.item(sms)).contains(item);
    assertThat(amend.head()).isEqualTo(whole.head());
  }

  @Test
  void aWithdrawnItemCannotChange() {
    ChainTail add = tail(null);
    String id = add.addItem(sms("10690000123", "x"), List.of(), T0).itemId();
    add.withdrawItem(id, "发错了", T0.plusSeconds(5));
    save(add);

    assertThatThrownBy(() -> tail(id).withdrawItem(id, "again", T0))
        .isInstanceOf(IllegalStateException.class);
    assertThat(tail(id).item(id).orElseThrow().withdrawn()).isTrue();
  }

  @Test
  void anEntryEditedInStorageStopsTheAppend() {
    ChainTail add = tail(null);
    String id = add.addItem(sms("10690000123", "x"), List.of(), T0).itemId();
    save(add);
    ChainEntry original = stored.get(0);
    stored.set(
        0,
        new ChainEntry(
            original.seq(),
            original.time(),
            original.caseId(),
            original.action(),
            original.itemId(),
            original.payload().replace("10690000123", "10690000999"),
            original.prevHash(),
            original.hash()));

    assertThatThrownBy(() -> tail(null))
        .isInstanceOf(DamagedLogException.class)
        .hasMessageContaining("entry #1 was edited");
    assertThatThrownBy(() -> tail(id)).isInstanceOf(DamagedLogException.class);
  }

  @Test
  void anotherCasesEntryIsRefused() {
    ChainTail other = ChainTail.of("case-2", null, List.of());
    other.addItem(sms("10690000123", "x"), List.of(), T0);

    assertThatThrownBy(() -> ChainTail.of("case-1", other.appended().get(0), List.of()))
        .isInstanceOf(DamagedLogException.class)
        .hasMessageContaining("another case");
  }

  @Test
  void anItemWhoseFirstEntryIsMissingDoesNotReplay() {
    ChainTail add = tail(null);
    String id = add.addItem(sms("10690000123", "x"), List.of(), T0).itemId();
    add.amendItem(id, new ItemAmendment(null, null, null, null, null, "n", null, null), T0);
    save(add);
    List<ChainEntry> withoutFirst = List.of(stored.get(1));

    assertThatThrownBy(() -> ChainTail.of("case-1", stored.get(1), withoutFirst))
        .isInstanceOf(DamagedLogException.class)
        .hasMessageContaining("never added");
  }
}
