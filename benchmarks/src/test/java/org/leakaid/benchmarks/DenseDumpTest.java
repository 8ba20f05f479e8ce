package org.leakaid.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leakaid.scanner.FindingSink;
import org.leakaid.scanner.PiiType;
import org.leakaid.scanner.ScanOptions;
import org.leakaid.scanner.Scanner;

/**
 * Checks that the benchmark measures real work: the workload is dense, and the scan the benchmark
 * runs finds the labelled identifiers in it (so a broken or short-circuited scan cannot post a fast
 * time).
 */
class DenseDumpTest {
  private static final PiiType[] CHECKED = {
    PiiType.CN_RESIDENT_ID, PiiType.CN_MOBILE, PiiType.BANK_CARD, PiiType.EMAIL
  };

  record Found(PiiType type, int start, int end) {}

  @Test
  void theWorkloadIsDenseAndTheBenchmarkedScanFindsWhatIsLabelled() {
    DenseDump dump = DenseDump.generate(42, 1 << 20);
    assertThat(dump.size()).isBetween(1 << 20, (1 << 20) + (1 << 16));
    assertThat(dump.lines()).isGreaterThan(5000);
    // Dense: at least one labelled finding per 100 bytes.
    assertThat(dump.labels().size()).isGreaterThan(dump.size() / 100);

    for (DenseDump.TypeSet set : DenseDump.TypeSet.values()) {
      List<Found> found = new ArrayList<>();
      FindingSink sink = (type, start, end, confidence) -> found.add(new Found(type, start, end));
      assertThat(dump.scan(Scanner.create(ScanOptions.of(set.types())), sink))
          .isEqualTo(dump.lines());
      for (PiiType type : CHECKED) {
        boolean[] labelled = new boolean[dump.size()];
        boolean[] reported = new boolean[dump.size()];
        List<DenseDump.Label> expected =
            dump.labels().stream().filter(l -> l.type() == type).toList();
        List<Found> actual = found.stream().filter(f -> f.type() == type).toList();
        expected.forEach(l -> java.util.Arrays.fill(labelled, l.start(), l.end(), true));
        actual.forEach(f -> java.util.Arrays.fill(reported, f.start(), f.end(), true));
        long hit = expected.stream().filter(l -> any(reported, l.start(), l.end())).count();
        long right = actual.stream().filter(f -> any(labelled, f.start(), f.end())).count();
        assertThat(expected).as("%s labels", type).isNotEmpty();
        assertThat((double) hit / expected.size())
            .as("%s recall in %s", type, set)
            .isGreaterThan(0.95);
        assertThat((double) right / actual.size())
            .as("%s precision in %s", type, set)
            .isGreaterThan(0.95);
      }
      Map<PiiType, Long> names = new EnumMap<>(PiiType.class);
      found.forEach(f -> names.merge(f.type(), 1L, Long::sum));
      assertThat(names.containsKey(PiiType.PERSON_NAME)).isEqualTo(set == DenseDump.TypeSet.ALL);
    }
  }

  /** One session per thread (as the CLI scans) finds exactly what a new session per file finds. */
  @Test
  void oneSessionForAllFilesFindsWhatASessionPerFileFinds() {
    DenseDump dump = DenseDump.generate(7, 1 << 20);
    for (DenseDump.TypeSet set : DenseDump.TypeSet.values()) {
      Scanner scanner = Scanner.create(ScanOptions.of(set.types()));
      List<String> shared = new ArrayList<>();
      List<String> perFile = new ArrayList<>();
      dump.scan(
          scanner,
          (type, start, end, confidence) ->
              shared.add(type + " " + start + " " + end + " " + confidence));
      dump.scanWithSessionPerFile(
          scanner,
          (type, start, end, confidence) ->
              perFile.add(type + " " + start + " " + end + " " + confidence));
      assertThat(shared).as("%s", set).hasSizeGreaterThan(10_000).isEqualTo(perFile);
    }
  }

  private static boolean any(boolean[] covered, int from, int to) {
    for (int i = from; i < to; i++) {
      if (covered[i]) {
        return true;
      }
    }
    return false;
  }

  @TempDir Path dir;

  @Test
  void theCorpusFileHoldsWholeLinesAndIsReproducible() throws Exception {
    Path a = dir.resolve("a.txt");
    Path b = dir.resolve("b.txt");
    GenerateCorpus.write(a, 3_000_000, 7);
    GenerateCorpus.write(b, 3_000_000, 7);
    byte[] bytes = Files.readAllBytes(a);
    assertThat(bytes.length).isBetween(3_000_000, 3_010_000);
    assertThat(bytes[bytes.length - 1]).isEqualTo((byte) '\n');
    assertThat(Files.mismatch(a, b)).isEqualTo(-1L);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("\uFFFD");
  }

  @Test
  void bothWalksOfTheRunFloorCountTheSameRuns() {
    RunFloorBenchmark floor = new RunFloorBenchmark();
    floor.bytes = DenseDump.generate(7, 1 << 20).bytes;
    long counts = floor.classifyRuns();
    assertThat(counts >>> 32).isGreaterThan(floor.bytes.length / 20); // runs
    assertThat(counts & 0xFFFFFFFFL).isGreaterThan(floor.bytes.length / 200); // long digit runs
    assertThat(floor.classifyRunsByBitMasks()).isEqualTo(counts);
    assertThat(floor.classifyRunsInOrderByBitMasks()).isEqualTo(counts);
    // Runs across the end of a 64-byte block, and a tail shorter than a block.
    String digits = "1".repeat(150);
    for (String text : new String[] {"ab12张c34", "x".repeat(60) + "123456789张张" + digits + "ab"}) {
      floor.bytes = text.getBytes(StandardCharsets.UTF_8);
      assertThat(floor.classifyRunsByBitMasks()).as(text).isEqualTo(floor.classifyRuns());
      assertThat(floor.classifyRunsInOrderByBitMasks()).as(text).isEqualTo(floor.classifyRuns());
    }
  }
}
