package org.leakaid.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leakaid.evidence.chain.CaseLog;
import org.leakaid.evidence.chain.ChainEntry;

/** The benchmark's two ways append the same entry: same place in the chain, whole log intact. */
class EvidenceAppendBenchmarkTest {

  @Test
  void bothWaysLinkTheNewEntryToTheSameHead() {
    EvidenceAppendBenchmark benchmark = new EvidenceAppendBenchmark();
    benchmark.entries = 100;
    benchmark.setUp();

    ChainEntry fromTail = benchmark.appendFromTail();
    ChainEntry afterAll = benchmark.appendAfterVerifyingAll();

    assertThat(fromTail.seq()).isEqualTo(afterAll.seq()).isEqualTo(101);
    assertThat(fromTail.prevHash()).isEqualTo(afterAll.prevHash());
    List<ChainEntry> log = new ArrayList<>(benchmark.stored);
    log.add(fromTail);
    assertThat(CaseLog.restore("case-1", log).verify().intact()).isTrue();
  }
}
