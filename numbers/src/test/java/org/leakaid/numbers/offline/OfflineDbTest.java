package org.leakaid.numbers.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leakaid.numbers.ReportTag;
import org.leakaid.numbers.Verdict;

class OfflineDbTest {

  private static final int[] CODES = {
    new Label(Verdict.FRAUD, ReportTag.FRAUD, 3, false).code(),
    new Label(Verdict.HARASSMENT, ReportTag.MARKETING, 5, false).code(),
    new Label(Verdict.HARASSMENT, ReportTag.DEBT_COLLECTION, 2, false).code(),
    new Label(Verdict.SUSPICIOUS, ReportTag.HARASSMENT, 1, false).code(),
    new Label(Verdict.SAFE, ReportTag.COURIER, 4, false).code(),
    Label.OFFICIAL.code()
  };

  /** Mobile numbers spread over real segments, some landlines and 400 numbers, labelled. */
  static TreeMap<Long, Integer> sample(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    TreeMap<Long, Integer> entries = new TreeMap<>();
    while (entries.size() < n) {
      int kind = random.nextInt(10);
      long key;
      if (kind < 8) {
        long prefix = 130 + random.nextInt(70);
        key = 86_000_000_000_00L + prefix * 100_000_000L + random.nextLong(100_000_000L);
      } else if (kind == 8) {
        key = 86_10_0000_0000L + random.nextLong(100_000_000L); // Beijing landlines
      } else {
        key = 86_400_000_0000L + random.nextLong(10_000_000L);
      }
      entries.put(key, CODES[random.nextInt(CODES.length)]);
    }
    return entries;
  }

  static OfflineDb build(long version, Map<Long, Integer> entries) throws CorruptDataException {
    long[] keys = entries.keySet().stream().mapToLong(Long::longValue).toArray();
    int[] codes = entries.values().stream().mapToInt(Integer::intValue).toArray();
    return OfflineDb.read(OfflineDbWriter.write(version, keys, codes));
  }

  @Test
  void roundTripFindsEveryNumberAndNothingElse() throws Exception {
    TreeMap<Long, Integer> entries = sample(200_000, 1);
    OfflineDb db = build(7, entries);
    assertThat(db.version()).isEqualTo(7);
    assertThat(db.size()).isEqualTo(200_000);
    int wrong = 0;
    for (Map.Entry<Long, Integer> e : entries.entrySet()) {
      wrong += db.labelCode(e.getKey()) == e.getValue() ? 0 : 1;
      for (long neighbour : new long[] {e.getKey() - 1, e.getKey() + 1}) {
        Integer expected = entries.get(neighbour);
        wrong += db.labelCode(neighbour) == (expected == null ? -1 : expected) ? 0 : 1;
      }
    }
    assertThat(wrong).isZero();
    assertThat(db.lookup(0)).isNull();
    assertThat(db.lookup(OfflineDb.MAX_KEY)).isNull();
    assertThat(db.lookup(entries.firstKey()))
        .isEqualTo(Label.ofCode(entries.firstEntry().getValue()));
    Map<Long, Integer> walked = new HashMap<>();
    db.forEach(walked::put);
    assertThat(walked).isEqualTo(entries);
  }

  @Test
  void randomProbesAgreeWithAMap() throws Exception {
    TreeMap<Long, Integer> entries = sample(50_000, 2);
    OfflineDb db = build(1, entries);
    SplittableRandom random = new SplittableRandom(3);
    long lo = entries.firstKey() - 1000;
    long span = entries.lastKey() - lo + 2000;
    int wrong = 0;
    for (int i = 0; i < 1_000_000; i++) {
      long probe = lo + random.nextLong(span);
      Integer expected = entries.get(probe);
      wrong += db.labelCode(probe) == (expected == null ? -1 : expected) ? 0 : 1;
    }
    assertThat(wrong).isZero();
  }

  @Test
  void denseSparseAndTinyDatabases() throws Exception {
    TreeMap<Long, Integer> dense = new TreeMap<>();
    for (long k = 8613800000000L; k < 8613800000000L + 10_000; k++) {
      dense.put(k, CODES[(int) (k % CODES.length)]);
    }
    TreeMap<Long, Integer> sparse = new TreeMap<>();
    sparse.put(1L, CODES[0]);
    sparse.put(8695588L, CODES[5]);
    sparse.put(8613800138000L, CODES[1]);
    sparse.put(OfflineDb.MAX_KEY, CODES[2]);
    for (TreeMap<Long, Integer> entries :
        new TreeMap[] {dense, sparse, new TreeMap<>(Map.of(8695588L, CODES[5])), new TreeMap<>()}) {
      OfflineDb db = build(3, entries);
      for (Map.Entry<Long, Integer> e : entries.entrySet()) {
        assertThat(db.labelCode(e.getKey())).isEqualTo(e.getValue());
      }
      assertThat(db.labelCode(2)).isEqualTo(-1);
      assertThat(db.labelCode(8613800010000L)).isEqualTo(-1);
    }
  }

  @Test
  void aMillionNumbersTakeLessThanFourBytesEach() throws Exception {
    OfflineDb db = build(1, sample(1_000_000, 4));
    double perNumber = db.byteSize() / 1_000_000.0;
    assertThat(perNumber).isLessThan(4.0);
  }

  @Test
  void theSameContentGivesTheSameBytes() throws Exception {
    TreeMap<Long, Integer> entries = sample(1000, 5);
    assertThat(build(2, entries).bytes()).isEqualTo(build(2, entries).bytes());
    assertThat(build(2, entries).checksum()).isNotEqualTo(build(3, entries).checksum());
  }

  @Test
  void aCorruptOrTruncatedFileIsRefused() throws Exception {
    byte[] good = build(9, sample(5000, 6)).bytes();
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 200; i++) {
      byte[] bad = good.clone();
      int at = random.nextInt(bad.length);
      bad[at] ^= (byte) (1 << random.nextInt(8));
      assertThatThrownBy(() -> OfflineDb.read(bad))
          .as("bit flipped at " + at)
          .isInstanceOf(CorruptDataException.class);
    }
    assertThatThrownBy(() -> OfflineDb.read(Arrays.copyOf(good, good.length - 1)))
        .isInstanceOf(CorruptDataException.class);
    assertThatThrownBy(() -> OfflineDb.read(Arrays.copyOf(good, 20)))
        .isInstanceOf(CorruptDataException.class)
        .hasMessageContaining("not a LeakAid offline number database");
    assertThatThrownBy(() -> OfflineDb.read("hello".getBytes()))
        .isInstanceOf(CorruptDataException.class);
  }

  @Test
  void writerRefusesKeysOutOfOrderOrRange() {
    assertThatThrownBy(() -> OfflineDbWriter.write(1, new long[] {5, 3}, new int[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> OfflineDbWriter.write(1, new long[] {OfflineDb.MAX_KEY + 1}, new int[] {0}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void selectFindsTheRightBit() {
    SplittableRandom random = new SplittableRandom(8);
    for (int i = 0; i < 10_000; i++) {
      long x = random.nextLong() & random.nextLong();
      int seen = 0;
      for (int bit = 0; bit < 64; bit++) {
        if ((x >>> bit & 1) != 0) {
          assertThat(OfflineDb.select64(x, seen++)).isEqualTo(bit);
        }
      }
    }
  }

  @Test
  void openReadsAFile(@TempDir Path dir) throws Exception {
    OfflineDb db = build(4, sample(100, 9));
    Path file = dir.resolve("numbers.lknd");
    Files.write(file, db.bytes());
    assertThat(OfflineDb.open(file).checksum()).isEqualTo(db.checksum());
  }

  @Test
  void labelCodesRoundTrip() {
    for (int code = 0; code < 1 << 10; code++) {
      Label label;
      try {
        label = Label.ofCode(code);
      } catch (IllegalArgumentException notALabel) {
        continue;
      }
      assertThat(label.code()).isEqualTo(code);
    }
    assertThat(Label.countClass(0)).isZero();
    assertThat(Label.countClass(1)).isEqualTo(1);
    assertThat(Label.countClass(4)).isEqualTo(2);
    assertThat(Label.countClass(5)).isEqualTo(3);
    assertThat(Label.countClass(999)).isEqualTo(6);
    assertThat(Label.countClass(5000)).isEqualTo(7);
  }
}
