package org.leakaid.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leakaid.spark.ClusterScanEquivalenceTest.assertSameSummary;
import static org.leakaid.spark.ClusterScanEquivalenceTest.cliSummary;
import static org.leakaid.spark.ClusterScanEquivalenceTest.id;
import static org.leakaid.spark.ClusterScanEquivalenceTest.localSpark;
import static org.leakaid.spark.ClusterScanEquivalenceTest.mobile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leakaid.scanner.Masker;
import org.leakaid.scanner.PiiType;
import org.leakaid.scanner.TextEncoding;
import org.leakaid.scanner.dump.DumpInput;
import org.leakaid.scanner.dump.DumpReport;
import org.leakaid.scanner.dump.DumpScan;
import org.leakaid.scanner.dump.FileKeys;
import org.leakaid.scanner.dump.WatchList;

/**
 * Large text files are scanned in splits at line boundaries, and the result is still the CLI's:
 * each split reads its rows with the header in force where it starts (the file's own, or one in the
 * middle of the file), in the file's encoding, and records repeated across splits and files are
 * art. 11 duplicates.
 */
class ClusterScanSplitTest {
  /** Tiny, so that each file spans dozens of partitions. */
  private static final long SPLIT = 2048;

  private static SparkSession spark;
  @TempDir static Path dir;

  @BeforeAll
  static void start() throws IOException {
    spark = localSpark("cluster-scan-split-test");
    writeCorpus(dir.resolve("corpus"));
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void aFileSplitIntoManyPartitionsWithASecondHeaderGivesTheCliSummary() throws IOException {
    Path corpus = dir.resolve("corpus");
    ClusterScan.Options options =
        new ClusterScan.Options(List.of(corpus.toString()), null, null, SPLIT);
    List<ScanTask> tasks = ClusterScan.plan(new Configuration(), options);
    assertThat(tasks.stream().filter(t -> t.path().endsWith("contacts-then-hotel.csv")).count())
        .isGreaterThan(20);
    assertThat(tasks.stream().filter(t -> t.path().endsWith("gbk.csv")).count()).isGreaterThan(5);
    assertThat(tasks.stream().filter(t -> t.path().endsWith("gbk.csv")).findFirst())
        .hasValueSatisfying(t -> assertThat(t.file().encoding()).isEqualTo(TextEncoding.GB18030));

    DumpReport cli = cliSummary(List.of(corpus.toString()));
    DumpReport cluster = ClusterScan.scan(spark, options);
    assertSameSummary(cluster, cli);

    // What the corpus is for: the hotel header in the middle puts its rows in TIER_500, the
    // contacts before it are TIER_5000, and rows repeat within the file and across files.
    assertThat(cli.records().tier500()).isEqualTo(300 + 300);
    assertThat(cli.records().tier5000()).isEqualTo(300);
    assertThat(cli.records().duplicatesExcluded()).isEqualTo(40 + 25 + 10);
  }

  @Test
  void splitOrWholeTheSummaryIsTheSame() throws IOException {
    Path file = dir.resolve("corpus").resolve("contacts-then-hotel.csv");
    DumpReport whole =
        ClusterScan.scan(spark, new ClusterScan.Options(List.of(file.toString()), null, null));
    for (long split : List.of(SPLIT, 4099L, 777L)) {
      DumpReport cluster =
          ClusterScan.scan(
              spark, new ClusterScan.Options(List.of(file.toString()), null, null, split));
      assertSameSummary(cluster, whole);
    }
  }

  @Test
  void splitSizeOption() {
    assertThat(ClusterScan.Arguments.parse(new String[] {"x"}).options().splitSize())
        .isEqualTo(128L << 20);
    assertThat(
            ClusterScan.Arguments.parse(new String[] {"--split-size", "64m", "x"})
                .options()
                .splitSize())
        .isEqualTo(64L << 20);
    assertThat(
            ClusterScan.Arguments.parse(new String[] {"--split-size", "4096", "x"})
                .options()
                .splitSize())
        .isEqualTo(4096);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ClusterScan.Arguments.parse(new String[] {"--split-size", "0", "x"}))
        .hasMessageContaining("--split-size must be");
  }

  @Test
  void typesAndFindingsAsParquetPartitionedByTypeMaskedUnlessAsked() throws IOException {
    Path file = dir.resolve("corpus").resolve("contacts-then-hotel.csv");
    Set<PiiType> types = EnumSet.of(PiiType.CN_MOBILE, PiiType.CN_RESIDENT_ID);
    Path masked = dir.resolve("findings-masked");
    DumpReport cluster =
        ClusterScan.scan(
            spark,
            new ClusterScan.Options(
                List.of(file.toString()),
                null,
                null,
                SPLIT,
                types,
                masked.toString(),
                false,
                null));

    // --types: the CLI's counts for those types only; records still come from all types.
    DumpReport cli =
        DumpScan.run(
            DumpInput.expand(List.of(file.toString()), null),
            new DumpScan.Options(types, 2, null, false, true, true, null, 0, List.of(), null, null),
            OutputStream.nullOutputStream(),
            note -> {},
            new AtomicLong());
    assertThat(cluster.counts().keySet())
        .containsExactly(PiiType.CN_RESIDENT_ID, PiiType.CN_MOBILE);
    assertThat(cluster.counts()).isEqualTo(cli.counts());
    assertThat(cluster.distinct()).isEqualTo(cli.distinct());
    assertThat(cluster.records().counted()).isEqualTo(cli.records().counted()).isEqualTo(600);

    // The Parquet, read back through Spark: one row per finding, a directory per type.
    assertThat(masked.resolve("type=CN_MOBILE")).isDirectory();
    assertThat(masked.resolve("type=CN_RESIDENT_ID")).isDirectory();
    assertThat(masked.resolve("type=PERSON_NAME")).doesNotExist();
    Dataset<Row> back = spark.read().parquet(masked.toString());
    assertThat(back.count())
        .isEqualTo(cli.counts().get(PiiType.CN_MOBILE) + cli.counts().get(PiiType.CN_RESIDENT_ID));
    assertThat(back.where("type = 'CN_MOBILE'").count())
        .isEqualTo(cli.counts().get(PiiType.CN_MOBILE));
    byte[] bytes = Files.readAllBytes(file);
    long offset = indexOf(bytes, mobile(0).getBytes(StandardCharsets.US_ASCII));
    Row first = back.where("type = 'CN_MOBILE'").orderBy("offset").first();
    assertThat(first.<Long>getAs("offset")).isEqualTo(offset);
    assertThat(first.<Long>getAs("length")).isEqualTo(11);
    assertThat(first.<String>getAs("path")).endsWith("contacts-then-hotel.csv");
    assertThat(first.<String>getAs("value"))
        .isEqualTo(Masker.mask(PiiType.CN_MOBILE, mobile(0)))
        .isNotEqualTo(mobile(0));
    // A finding in a late split: its offset is in the file, not in the split.
    Row last = back.where("type = 'CN_MOBILE'").orderBy(functions.col("offset").desc()).first();
    assertThat(last.<Long>getAs("offset")).isGreaterThan(bytes.length - 200L);
    assertThat(back.where("value like '%" + mobile(5) + "%'").count()).isZero();

    Path clear = dir.resolve("findings-clear");
    ClusterScan.scan(
        spark,
        new ClusterScan.Options(
            List.of(file.toString()), null, null, SPLIT, types, clear.toString(), true, null));
    Row unmasked =
        spark
            .read()
            .parquet(clear.toString())
            .where("type = 'CN_MOBILE'")
            .orderBy("offset")
            .first();
    assertThat(unmasked.<String>getAs("value")).isEqualTo(mobile(0));
  }

  @Test
  void watchHitsAcrossSplitsAndFilesAreTheClis() throws IOException {
    Path corpus = dir.resolve("corpus");
    // A phone in the UTF-8 file only, after the second header; an ID in both files (the GBK file
    // repeats rows 1100 to 1109; the UTF-8 file comes first by name); one that is nowhere.
    Path watchFile = dir.resolve("mine.txt");
    Files.write(watchFile, List.of(mobile(1200), id(1105), "13900000000"), StandardCharsets.UTF_8);
    WatchList watch = WatchList.read(watchFile);
    DumpReport cluster =
        ClusterScan.scan(
            spark,
            new ClusterScan.Options(
                List.of(corpus.toString()), null, null, SPLIT, Set.of(), null, false, watch));
    DumpReport cli =
        DumpScan.run(
            DumpInput.expand(List.of(corpus.toString()), null),
            new DumpScan.Options(
                FileKeys.summaryTypes(),
                2,
                null,
                false,
                true,
                true,
                watch,
                0,
                List.of(),
                null,
                null),
            OutputStream.nullOutputStream(),
            note -> {},
            new AtomicLong());
    assertThat(cli.watchHits()).hasSize(2);
    assertThat(cluster.watchHits()).hasSize(2);
    for (int i = 0; i < 2; i++) {
      DumpReport.WatchHit expected = cli.watchHits().get(i);
      DumpReport.WatchHit actual = cluster.watchHits().get(i);
      assertThat(actual.type()).isEqualTo(expected.type());
      assertThat(actual.masked()).isEqualTo(expected.masked());
      assertThat(actual.count()).isEqualTo(expected.count());
      assertThat(actual.firstOffset()).isEqualTo(expected.firstOffset());
      assertThat(actual.firstPath())
          .endsWith(Path.of(expected.firstPath()).getFileName().toString());
    }
    assertThat(cli.watchHits().get(1).count()).isEqualTo(2);
    assertThat(cli.watchHits().get(1).firstPath()).endsWith("contacts-then-hotel.csv");
    assertThat(cli.watchHits().get(1).firstOffset()).isGreaterThan(SPLIT * 10);
  }

  private static long indexOf(byte[] b, byte[] what) {
    outer:
    for (int i = 0; i + what.length <= b.length; i++) {
      for (int k = 0; k < what.length; k++) {
        if (b[i + k] != what[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static void writeCorpus(Path corpus) throws IOException {
    Files.createDirectories(corpus);
    // Contacts (TIER_5000), then a hotel register appended under its own header: only its header
    // says the rows are lodging records (TIER_500); read with the first header, they would not be.
    List<String> rows = new ArrayList<>();
    rows.add("姓名,手机号,身份证号,住址");
    for (int i = 0; i < 300; i++) {
      rows.add(
          "张" + (char) ('一' + i % 500) + "," + mobile(i) + "," + id(i) + ",北京市东城区东直门大街" + i + "号");
    }
    // 40 of them again, far from the first: art. 11 duplicates in other splits.
    for (int i = 100; i < 140; i++) {
      rows.add(
          "张" + (char) ('一' + i % 500) + "," + mobile(i) + "," + id(i) + ",北京市东城区东直门大街" + i + "号");
    }
    rows.add("姓名,手机,身份证号,入住时间,房号");
    for (int i = 1000; i < 1300; i++) {
      rows.add(hotelRow(i));
    }
    for (int i = 1000; i < 1025; i++) {
      rows.add(hotelRow(i));
    }
    Files.write(corpus.resolve("contacts-then-hotel.csv"), rows, StandardCharsets.UTF_8);

    // GBK, split too: every split must read it as GB18030, as the first bytes tell.
    List<String> gbk = new ArrayList<>();
    gbk.add("姓名,手机,身份证号,入住时间,房号");
    for (int i = 2000; i < 2300; i++) {
      gbk.add(hotelRow(i));
    }
    // Ten rows of the UTF-8 file again: duplicates across files and encodings.
    for (int i = 1100; i < 1110; i++) {
      gbk.add(hotelRow(i));
    }
    Files.write(corpus.resolve("gbk.csv"), gbk, Charset.forName("GBK"));
  }

  /** A lodging row whose cells name no lodging: its tier comes from the header alone. */
  private static String hotelRow(int i) {
    return "旅客"
        + (char) ('甲' + i % 300)
        + ","
        + mobile(i)
        + ","
        + id(i)
        + ",2023-05-0"
        + (i % 9 + 1)
        + ","
        + (8000 + i % 400);
  }
}
