package org.leakaid.scanner.dump;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountingTablesTest {

  @Test
  void longTableStoresValuesAndAnswersFullAtItsLimit() {
    LongTable t = new LongTable(4, 1000);
    for (long k = 0; k < 1000; k++) {
      assertThat(t.putIfAbsent(IdentifierKeys.mix(k), (byte) (k % 3)))
          .isEqualTo(LongTable.INSERTED);
    }
    assertThat(t.size()).isEqualTo(1000);
    assertThat(t.putIfAbsent(IdentifierKeys.mix(7), (byte) 9)).isEqualTo(1);
    assertThat(t.putIfAbsent(IdentifierKeys.mix(5000), (byte) 0)).isEqualTo(LongTable.FULL);
    t.update(IdentifierKeys.mix(7), (byte) 2);
    assertThat(t.putIfAbsent(IdentifierKeys.mix(7), (byte) 0)).isEqualTo(2);
  }

  @Test
  void zeroIsAUsableKey() {
    LongTable t = new LongTable(4, 10);
    assertThat(t.putIfAbsent(0, (byte) 1)).isEqualTo(LongTable.INSERTED);
    assertThat(t.putIfAbsent(0, (byte) 2)).isEqualTo(1);
  }

  @Test
  void distinctCounterIsExactForSmallSetsAndMergesAcrossThreads() {
    DistinctCounter a = new DistinctCounter();
    DistinctCounter b = new DistinctCounter();
    for (long k = 0; k < 5000; k++) {
      a.add(IdentifierKeys.mix(k));
      b.add(IdentifierKeys.mix(k + 2500));
    }
    a.merge(b);
    assertThat(a.exact()).isTrue();
    assertThat(a.count()).isEqualTo(7500);
  }

  @Test
  void distinctCounterEstimatesWithinTwoPercentBeyondTheExactLimit() {
    DistinctCounter c = new DistinctCounter();
    int n = DistinctCounter.EXACT_LIMIT * 3;
    for (long k = 0; k < n; k++) {
      c.add(IdentifierKeys.mix(k));
      c.add(IdentifierKeys.mix(k)); // repeats do not count
    }
    assertThat(c.exact()).isFalse();
    assertThat((double) c.count()).isCloseTo(n, org.assertj.core.data.Percentage.withPercentage(2));
  }
}
