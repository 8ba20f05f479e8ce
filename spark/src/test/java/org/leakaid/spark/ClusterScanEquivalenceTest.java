package org.leakaid.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leakaid.scanner.PiiType;
import org.leakaid.scanner.dump.DumpInput;
import org.leakaid.scanner.dump.DumpReport;
import org.leakaid.scanner.dump.DumpScan;
import org.leakaid.scanner.dump.FileKeys;
import org.leakaid.scanner.dump.RecordCounts;

/**
 * The Spark job gives the answers of {@code ./leakaid scan --format summary --records} (its code
 * path, {@link DumpScan}, run in-process on the same files) wherever the CLI is exact, on a corpus
 * of CSV with a header, a GBK file, a .gz, JSON lines, an SQL dump and records repeated across
 * files.
 */
class ClusterScanEquivalenceTest {
  private static SparkSession spark;
  @TempDir static Path dir;

  @BeforeAll
  static void start() throws IOException {
    spark = localSpark("cluster-scan-test");
    writeCorpus(dir.resolve("corpus"));
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void summaryEqualsTheCliSummaryWhereTheCliIsExact() throws IOException {
    Path corpus = dir.resolve("corpus");
    DumpReport cli = cliSummary(List.of(corpus.toString()));
    DumpReport cluster =
        ClusterScan.scan(spark, new ClusterScan.Options(List.of(corpus.toString()), null, null));

    // The corpus is small enough for every one-machine count to be exact.
    assertThat(cli.distinctEstimated()).isEmpty();
    assertThat(cli.records().dedupLimitReached()).isFalse();

    assertThat(cluster.files()).isEqualTo(6);
    assertThat(cluster.distinctEstimated()).isEmpty();
    assertSameSummary(cluster, cli);
    assertThat(cluster.severity().basis())
        .isEqualTo(cli.severity().basis() + ClusterScan.EXACT_NOTE);

    // The corpus exercises what it is meant to: every format found something, records repeat
    // across files, one record is invalid.
    assertThat(cli.counts().get(PiiType.CN_RESIDENT_ID)).isGreaterThan(10);
    assertThat(cli.distinct().get(PiiType.CN_MOBILE))
        .isLessThan(cli.counts().get(PiiType.CN_MOBILE));
    assertThat(cli.records().duplicatesExcluded()).isGreaterThanOrEqualTo(3);
    assertThat(cli.records().invalidExcluded()).isGreaterThanOrEqualTo(1);
    assertThat(cli.records().tier500()).isPositive();
  }

  @Test
  void eachFormatAloneMatchesTheCli() throws IOException {
    Path corpus = dir.resolve("corpus");
    for (String name :
        List.of("people.csv", "gbk.csv", "more.jsonl.gz", "users.jsonl", "dump.sql")) {
      String path = corpus.resolve(name).toString();
      DumpReport cli = cliSummary(List.of(path));
      DumpReport cluster =
          ClusterScan.scan(spark, new ClusterScan.Options(List.of(path), null, null));
      assertThat(cluster.counts()).as(name).isEqualTo(cli.counts());
      assertThat(cluster.distinct()).as(name).isEqualTo(cli.distinct());
      assertThat(cluster.records().total()).as(name).isEqualTo(cli.records().total());
      assertThat(cluster.records().counted()).as(name).isEqualTo(cli.records().counted());
      assertThat(cluster.records().counted()).as(name).isPositive();
    }
  }

  @Test
  void distinctAndDuplicateCountsAreExactPastTheOneMachineLimits() throws IOException {
    // Three exports of one table with overlapping rows: 9,000 rows, 7,000 different people, more
    // distinct phone numbers than the one-machine counter keeps exactly (4,096).
    Path overlap = dir.resolve("overlap");
    Files.createDirectories(overlap);
    for (int f = 0; f < 3; f++) {
      List<String> rows = new ArrayList<>();
      rows.add("姓名,手机号,身份证号");
      for (int i = f * 2000; i < f * 2000 + 3000; i++) {
        rows.add("用户" + i + "," + mobile(i) + "," + id(i));
      }
      Files.write(overlap.resolve("export-" + f + ".csv"), rows, StandardCharsets.UTF_8);
    }
    DumpReport cluster =
        ClusterScan.scan(spark, new ClusterScan.Options(List.of(overlap.toString()), null, null));
    assertThat(cluster.counts().get(PiiType.CN_MOBILE)).isEqualTo(9000);
    assertThat(cluster.distinct().get(PiiType.CN_MOBILE)).isEqualTo(7000);
    assertThat(cluster.distinct().get(PiiType.CN_RESIDENT_ID)).isEqualTo(7000);
    assertThat(cluster.records().total()).isEqualTo(9000);
    assertThat(cluster.records().withPersonalInfo()).isEqualTo(9000);
    assertThat(cluster.records().duplicatesExcluded()).isEqualTo(2000);
    assertThat(cluster.records().counted()).isEqualTo(7000);
    assertThat(cluster.records().distinctPersons()).isEqualTo(7000);

    // The one-machine scan estimates these distinct counts; its record counts agree.
    DumpReport cli = cliSummary(List.of(overlap.toString()));
    assertThat(cli.distinctEstimated()).contains(PiiType.CN_MOBILE);
    assertThat(cli.records().duplicatesExcluded()).isEqualTo(2000);
    assertThat(cli.records().counted()).isEqualTo(7000);
  }

  @Test
  void summaryJsonHasTheCliShapeAndSaysTheCountsAreExact() throws IOException {
    String path = dir.resolve("corpus").resolve("people.csv").toString();
    DumpReport cluster =
        ClusterScan.scan(spark, new ClusterScan.Options(List.of(path), null, null));
    String json = new String(cluster.toJson(false).toArray(), StandardCharsets.UTF_8);
    assertThat(json)
        .startsWith("{\"files\":1,\"bytes\":")
        .contains("\"counts\":{", "\"distinct\":{", "\"watch_hits\":[]", "\"records\":{\"total\":")
        .contains("\"severity\":{\"level\":\"", "均按全部记录精确统计")
        .doesNotContain("distinct_estimated");
  }

  @Test
  void aMissingPathIsUnreadable() {
    String missing = dir.resolve("no-such-file.csv").toString();
    assertThatThrownBy(
            () -> ClusterScan.scan(spark, new ClusterScan.Options(List.of(missing), null, null)))
        .isInstanceOf(ClusterScan.UnreadablePathException.class)
        .hasMessageContaining("no such file or directory");
  }

  @Test
  void badUsageExitsWithTwoBeforeStartingSpark() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
    PrintStream out = new PrintStream(OutputStream.nullOutputStream());
    assertThat(ClusterScan.run(new String[] {"--bogus", "x"}, out, errors)).isEqualTo(2);
    assertThat(ClusterScan.run(new String[] {}, out, errors)).isEqualTo(2);
    assertThat(ClusterScan.run(new String[] {"--encoding", "latin1", "x"}, out, errors))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("unknown option --bogus", "no PATH given", "--encoding must be");
  }

  /** Spark in this JVM with two threads, no UI and few shuffle partitions, as the tests need. */
  static SparkSession localSpark(String appName) {
    return SparkSession.builder()
        .master("local[2]")
        .appName(appName)
        .config("spark.ui.enabled", false)
        .config("spark.sql.shuffle.partitions", 4)
        .getOrCreate();
  }

  /**
   * Every field of the two summaries equal where the CLI is exact, {@code basis} without the job's
   * closing sentence (either may be the job's).
   */
  static void assertSameSummary(DumpReport cluster, DumpReport cli) {
    assertThat(cli.distinctEstimated()).isEmpty();
    assertThat(cluster.files()).isEqualTo(cli.files());
    assertThat(cluster.bytes()).isEqualTo(cli.bytes());
    assertThat(cluster.lines()).isEqualTo(cli.lines());
    assertThat(cluster.counts()).isEqualTo(cli.counts());
    assertThat(cluster.distinct()).isEqualTo(cli.distinct());
    assertThat(cluster.unreadable()).isEqualTo(cli.unreadable()).isZero();
    RecordCounts expected = cli.records();
    RecordCounts actual = cluster.records();
    assertThat(actual.total()).isEqualTo(expected.total());
    assertThat(actual.withPersonalInfo()).isEqualTo(expected.withPersonalInfo());
    assertThat(actual.distinctPersons()).isEqualTo(expected.distinctPersons());
    assertThat(actual.invalidExcluded()).isEqualTo(expected.invalidExcluded());
    assertThat(actual.duplicatesExcluded()).isEqualTo(expected.duplicatesExcluded());
    assertThat(actual.tier50()).isEqualTo(expected.tier50());
    assertThat(actual.tier500()).isEqualTo(expected.tier500());
    assertThat(actual.tier5000()).isEqualTo(expected.tier5000());
    assertThat(cluster.severity().level()).isEqualTo(cli.severity().level());
    assertThat(cluster.severity().standardRatio()).isEqualTo(cli.severity().standardRatio());
    String basis = cluster.severity().basis();
    if (basis.endsWith(ClusterScan.EXACT_NOTE)) {
      basis = basis.substring(0, basis.length() - ClusterScan.EXACT_NOTE.length());
    }
    String cliBasis = cli.severity().basis();
    if (cliBasis.endsWith(ClusterScan.EXACT_NOTE)) {
      cliBasis = cliBasis.substring(0, cliBasis.length() - ClusterScan.EXACT_NOTE.length());
    }
    assertThat(basis).isEqualTo(cliBasis);
  }

  /** The CLI's `scan --format summary --records` on the same inputs, in-process. */
  static DumpReport cliSummary(List<String> paths) throws IOException {
    DumpScan.Options options =
        new DumpScan.Options(
            FileKeys.summaryTypes(), 2, null, false, true, true, null, 0, List.of(), null, null);
    return DumpScan.run(
        DumpInput.expand(paths, null),
        options,
        OutputStream.nullOutputStream(),
        note -> {},
        new AtomicLong());
  }

  private static void writeCorpus(Path corpus) throws IOException {
    Files.createDirectories(corpus);
    List<String> people = new ArrayList<>();
    people.add("姓名,手机号,身份证号,住址");
    for (int i = 0; i < 12; i++) {
      people.add(person(i));
    }
    people.add("王五,,110101199001011234,"); // its only identifier, the ID, has a wrong check digit
    Files.write(corpus.resolve("people.csv"), people, StandardCharsets.UTF_8);

    // Another export of the same table: three rows repeat people.csv's (art. 11 duplicates).
    List<String> copy = new ArrayList<>();
    copy.add("姓名,手机号,身份证号,住址");
    for (int i = 10; i < 15; i++) {
      copy.add(person(i));
    }
    Files.write(corpus.resolve("副本 people.csv"), copy, StandardCharsets.UTF_8);

    // GBK, with a lodging column (TIER_500).
    List<String> hotel = new ArrayList<>();
    hotel.add("姓名,手机,身份证号,入住酒店,入住时间");
    for (int i = 20; i < 28; i++) {
      hotel.add(
          "旅客"
              + (char) ('甲' + i - 20)
              + ","
              + mobile(i)
              + ","
              + id(i)
              + ",如家酒店,2023-05-0"
              + (i % 9 + 1));
    }
    Files.write(corpus.resolve("gbk.csv"), hotel, Charset.forName("GBK"));

    // JSON lines; one mobile repeats the CSV's.
    List<String> users = new ArrayList<>();
    for (int i = 30; i < 36; i++) {
      users.add(
          "{\"name\":\"用户"
              + i
              + "\",\"phone\":\""
              + mobile(i)
              + "\",\"email\":\"user"
              + i
              + "@example.com\",\"id_card\":\""
              + id(i)
              + "\"}");
    }
    users.add("{\"name\":\"用户99\",\"phone\":\"" + mobile(3) + "\"}");
    Files.write(corpus.resolve("users.jsonl"), users, StandardCharsets.UTF_8);

    // The same kind of lines, gzip-compressed.
    StringBuilder more = new StringBuilder();
    for (int i = 40; i < 45; i++) {
      more.append("{\"phone\":\"").append(mobile(i)).append("\",\"idno\":\"").append(id(i));
      more.append("\"}\n");
    }
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(corpus.resolve("more.jsonl.gz")))) {
      out.write(more.toString().getBytes(StandardCharsets.UTF_8));
    }

    // An SQL dump: one INSERT with several rows, one of them a repeat of the gz file's.
    StringBuilder sql = new StringBuilder();
    sql.append(
        "CREATE TABLE members (name varchar(20), mobile varchar(11), id_card varchar(18));\n");
    sql.append("INSERT INTO `members` (`name`,`mobile`,`id_card`) VALUES ");
    for (int i = 50; i < 56; i++) {
      sql.append("('会员").append(i).append("','").append(mobile(i)).append("','");
      sql.append(id(i)).append("'),");
    }
    sql.append("('会员41','").append(mobile(41)).append("','").append(id(41)).append("');\n");
    Files.writeString(corpus.resolve("dump.sql"), sql.toString(), StandardCharsets.UTF_8);
  }

  private static String person(int i) {
    return "张" + (char) ('一' + i) + "," + mobile(i) + "," + id(i) + ",北京市东城区东直门大街" + (i + 1) + "号";
  }

  static String mobile(int i) {
    return String.format("139%08d", 1_234_500 + i * 7L);
  }

  /** A resident ID with a valid GB 11643 check digit. */
  static String id(int i) {
    String body =
        "110101"
            + java.time.LocalDate.of(1960, 1, 1)
                .plusDays(i / 800)
                .format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
            + String.format("%03d", i % 800 + 100);
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int k = 0; k < 17; k++) {
      sum += (body.charAt(k) - '0') * weights[k];
    }
    return body + "10X98765432".charAt(sum % 11);
  }
}
