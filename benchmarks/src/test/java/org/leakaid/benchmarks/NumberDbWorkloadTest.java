package org.leakaid.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmark's workload is what it says: both structures agree, half the probes hit. */
class NumberDbWorkloadTest {

  @Test
  void theDatabaseAndTheMapAgreeOnEveryProbe() {
    NumberDbWorkload workload = NumberDbWorkload.generate(1_000_000, 1 << 16, 42);
    assertThat(workload.db.size()).isEqualTo(1_000_000);
    assertThat(workload.map).hasSize(1_000_000);
    int hits = workload.check();
    assertThat(hits).isBetween((1 << 15) - 100, (1 << 15) + 2000);
    assertThat(workload.bytesPerNumber()).isLessThan(4.0);
  }
}
