package org.leakaid.numbers.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class OfflineDeltaTest {

  /** Version 2 of a database: some numbers removed, some relabelled, some added. */
  private static TreeMap<Long, Integer> changed(TreeMap<Long, Integer> v1) {
    TreeMap<Long, Integer> v2 = new TreeMap<>(v1);
    SplittableRandom random = new SplittableRandom(11);
    int i = 0;
    for (Long key : v1.keySet()) {
      switch (i++ % 10) {
        case 0 -> v2.remove(key);
        case 1 -> v2.put(key, Label.OFFICIAL.code());
        default -> {}
      }
    }
    for (java.util.Map.Entry<Long, Integer> e : OfflineDbTest.sample(3000, 12).entrySet()) {
      v2.put(e.getKey() + random.nextInt(3), e.getValue());
    }
    return v2;
  }

  @Test
  void aDeltaTurnsTheOldDatabaseIntoTheNewOneByteForByte() throws Exception {
    TreeMap<Long, Integer> v1 = OfflineDbTest.sample(20_000, 10);
    OfflineDb old = OfflineDbTest.build(1, v1);
    OfflineDb next = OfflineDbTest.build(2, changed(v1));
    byte[] delta = OfflineDelta.between(old, next);
    assertThat(OfflineDelta.isDelta(delta)).isTrue();
    assertThat(OfflineDelta.fromVersion(delta)).isEqualTo(1);
    assertThat(delta.length).isLessThan(next.byteSize() / 2);
    OfflineDb applied = OfflineDelta.apply(old, delta);
    assertThat(applied.bytes()).isEqualTo(next.bytes());
    assertThat(applied.version()).isEqualTo(2);
  }

  @Test
  void anEmptyDeltaOnlyMovesTheVersion() throws Exception {
    TreeMap<Long, Integer> v1 = OfflineDbTest.sample(1000, 13);
    OfflineDb old = OfflineDbTest.build(5, v1);
    OfflineDb same = OfflineDbTest.build(6, v1);
    byte[] delta = OfflineDelta.between(old, same);
    assertThat(OfflineDelta.apply(old, delta).bytes()).isEqualTo(same.bytes());
  }

  @Test
  void aDeltaForAnotherVersionIsRefused() throws Exception {
    TreeMap<Long, Integer> v1 = OfflineDbTest.sample(1000, 14);
    OfflineDb old = OfflineDbTest.build(1, v1);
    OfflineDb next = OfflineDbTest.build(2, changed(v1));
    byte[] delta = OfflineDelta.between(old, next);
    OfflineDb otherVersion = OfflineDbTest.build(3, v1);
    assertThatThrownBy(() -> OfflineDelta.apply(otherVersion, delta))
        .isInstanceOf(CorruptDataException.class)
        .hasMessageContaining("from version 1");
    // Same version number, different content: the result's checksum gives it away.
    TreeMap<Long, Integer> drifted = new TreeMap<>(v1);
    drifted.pollLastEntry();
    OfflineDb driftedDb = OfflineDbTest.build(1, drifted);
    assertThatThrownBy(() -> OfflineDelta.apply(driftedDb, delta))
        .isInstanceOf(CorruptDataException.class)
        .hasMessageContaining("download the whole database");
  }

  @Test
  void aCorruptDeltaIsRefusedAndTheDatabaseIsUnchanged() throws Exception {
    TreeMap<Long, Integer> v1 = OfflineDbTest.sample(2000, 15);
    OfflineDb old = OfflineDbTest.build(1, v1);
    byte[] before = old.bytes().clone();
    byte[] delta = OfflineDelta.between(old, OfflineDbTest.build(2, changed(v1)));
    SplittableRandom random = new SplittableRandom(16);
    for (int i = 0; i < 100; i++) {
      byte[] bad = delta.clone();
      int at = random.nextInt(bad.length);
      bad[at] ^= (byte) (1 << random.nextInt(8));
      assertThatThrownBy(() -> OfflineDelta.apply(old, bad))
          .as("bit flipped at " + at)
          .isInstanceOf(CorruptDataException.class);
    }
    assertThatThrownBy(() -> OfflineDelta.apply(old, java.util.Arrays.copyOf(delta, 70)))
        .isInstanceOf(CorruptDataException.class);
    assertThatThrownBy(() -> OfflineDelta.apply(old, old.bytes()))
        .isInstanceOf(CorruptDataException.class)
        .hasMessageContaining("not a LeakAid offline database delta");
    assertThat(old.bytes()).isEqualTo(before);
  }
}
