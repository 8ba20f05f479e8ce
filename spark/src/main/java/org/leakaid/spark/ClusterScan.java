package org.leakaid.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.leakaid.scanner.PiiType;
import org.leakaid.scanner.TextEncoding;
import org.leakaid.scanner.dump.DumpReport;
import org.leakaid.scanner.dump.FileKeys;
import org.leakaid.scanner.dump.RecordCategory;
import org.leakaid.scanner.dump.RecordCounts;
import org.leakaid.scanner.dump.Severity;
import org.leakaid.scanner.dump.TextSplits;
import org.leakaid.scanner.dump.WatchList;

/**
 * The scanner as a Spark job: {@code spark-submit --class org.leakaid.spark.ClusterScan
 * leakaid-spark.jar [--encoding E] [--category C] PATH...} prints the summary of {@code ./leakaid
 * scan --format summary --records}, with exact distinct counts and exact art. 11 duplicate
 * exclusion at any size.
 *
 * <p>Executors scan whole files with the scanner library and emit keys, never text: one row per
 * input (totals), per finding (type, value key) and per record (identity, tier, person). Distinct
 * counts and duplicates are then counted by Spark's shuffle on those keys, so no machine holds the
 * whole key set: the one-machine scan's caps ({@code RecordTally}, HyperLogLog past 4,096 values)
 * do not apply.
 */
public final class ClusterScan {

  /** Row kinds: an input's totals, a finding, a record. */
  static final int INPUT = 0;

  static final int FINDING = 1;
  static final int RECORD = 2;
  static final int WATCH = 3;

  /** kind, then per kind: INPUT files bytes lines records invalid unreadable; FINDING type key. */
  static final StructType SCHEMA =
      new StructType()
          .add("kind", DataTypes.IntegerType, false)
          .add("a", DataTypes.LongType, false)
          .add("b", DataTypes.LongType, false)
          .add("c", DataTypes.LongType, false)
          .add("d", DataTypes.LongType, false)
          .add("e", DataTypes.LongType, false)
          .add("f", DataTypes.LongType, false)
          // A finding's file and text (masked unless asked otherwise) and confidence, only when
          // findings are written out (--findings-out); null otherwise.
          .add("path", DataTypes.StringType, true)
          .add("value", DataTypes.StringType, true)
          .add("confidence", DataTypes.DoubleType, true);

  static final String EXACT_NOTE = "本结果由 Spark 作业计算：各类信息的不重复数和第十一条所称重复记录均按全部记录精确统计，不受单台机器内存的限制。";

  /**
   * What to scan and how.
   *
   * @param encoding every input's encoding, or null to detect it per file
   * @param category what the dump is ({@code --category}), or null
   * @param splitSize plain text files larger than this many bytes are scanned in splits of it
   * @param types the types whose counts are reported ({@code --types}; empty: all); records are
   *     built from all types whatever this says, as in the CLI
   * @param findingsOut a directory to write the findings to as Parquet, or null
   * @param unmasked findings are written in clear rather than masked
   * @param watch identifiers to look for ({@code --watch}), or null
   */
  public record Options(
      List<String> paths,
      TextEncoding encoding,
      RecordCategory category,
      long splitSize,
      Set<PiiType> types,
      String findingsOut,
      boolean unmasked,
      WatchList watch) {
    /** Plain text files larger than this are split: HDFS's block size. */
    public static final long DEFAULT_SPLIT_SIZE = 128L << 20;

    public Options {
      paths = List.copyOf(paths);
      types = types.isEmpty() ? FileKeys.summaryTypes() : EnumSet.copyOf(types);
      if (splitSize < 1) {
        throw new IllegalArgumentException("the split size must be at least 1 byte");
      }
    }

    public Options(List<String> paths, TextEncoding encoding, RecordCategory category) {
      this(paths, encoding, category, DEFAULT_SPLIT_SIZE);
    }

    public Options(
        List<String> paths, TextEncoding encoding, RecordCategory category, long splitSize) {
      this(paths, encoding, category, splitSize, Set.of(), null, false, null);
    }
  }

  private ClusterScan() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the job from command-line arguments; returns the exit code (0, 2 usage, 3 input). */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Arguments parsed;
    try {
      parsed = Arguments.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("leakaid cluster-scan: " + e.getMessage());
      err.println("Run with --help for usage.");
      return 2;
    }
    if (parsed.help()) {
      out.print(Arguments.USAGE);
      return 0;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("leakaid cluster-scan");
    if (parsed.master() != null) {
      builder.master(parsed.master());
    }
    SparkSession spark = builder.getOrCreate();
    try {
      DumpReport report = scan(spark, parsed.options());
      out.write(report.toJson(true).toArray());
      out.flush();
      return report.unreadable() > 0 ? 3 : 0;
    } catch (UnreadablePathException e) {
      err.println("leakaid cluster-scan: " + e.getMessage());
      return 3;
    } catch (IOException e) {
      err.println("leakaid cluster-scan: " + e.getMessage());
      return 3;
    } catch (RuntimeException e) {
      // Spark's own failures (a lost cluster, an executor out of memory): one line, exit 1.
      String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
      err.println("leakaid cluster-scan: the Spark job failed: " + message);
      return 1;
    } finally {
      spark.stop();
    }
  }

  /** A path that does not exist or cannot be listed. */
  static final class UnreadablePathException extends IOException {
    UnreadablePathException(String message) {
      super(message);
    }
  }

  /** Scans the paths on the session's cluster and computes the summary. */
  public static DumpReport scan(SparkSession spark, Options options) throws IOException {
    long started = System.nanoTime();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = jsc.hadoopConfiguration();
    HadoopConf conf = new HadoopConf(hadoop);
    List<ScanTask> tasks = plan(hadoop, options);
    if (tasks.isEmpty()) {
      return summarise(List.of(), List.of(), null, null, options, started);
    }
    tasks = withStartHeaders(jsc, conf, tasks);
    int slices = Math.max(1, Math.min(tasks.size(), MAX_PARTITIONS));
    JavaRDD<Row> rows =
        jsc.parallelize(tasks, slices)
            .mapPartitions(
                new FileScanFunction(
                    conf,
                    options.encoding(),
                    options.category(),
                    options.findingsOut() == null
                        ? FileKeys.Values.NONE
                        : options.unmasked() ? FileKeys.Values.CLEAR : FileKeys.Values.MASKED,
                    watchEntries(options)));
    Dataset<Row> keys = spark.createDataFrame(rows, SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      List<Row> totals =
          keys.where(col("kind").equalTo(INPUT))
              .agg(sum("a"), sum("b"), sum("c"), sum("d"), sum("e"), sum("f"))
              .collectAsList();
      Dataset<Row> findings =
          keys.where(col("kind").equalTo(FINDING).and(col("a").isin(ordinals(options.types()))));
      if (options.findingsOut() != null) {
        writeFindings(findings, options.findingsOut());
      }
      List<Row> perType =
          findings.groupBy(col("a")).agg(count(lit(1)), countDistinct(col("b"))).collectAsList();
      Dataset<Row> records = keys.where(col("kind").equalTo(RECORD));
      // One row per distinct record identity: the most sensitive tier it came in (art. 11: each
      // record once, in the most sensitive tier it qualifies for) and how often it came.
      Dataset<Row> distinctRecords =
          records.groupBy(col("a")).agg(min(col("b")).as("tier"), count(lit(1)).as("n"));
      List<Row> byTier =
          distinctRecords.groupBy(col("tier")).agg(count(lit(1)), sum(col("n"))).collectAsList();
      long persons = records.select(col("c")).distinct().count();
      // Per watch entry: all hits, and the first in input order (tasks are in that order).
      List<Row> watchRows =
          options.watch() == null
              ? List.of()
              : keys.where(col("kind").equalTo(WATCH).and(col("b").gt(0)))
                  .groupBy(col("a"))
                  .agg(sum(col("b")), min(struct(col("d"), col("c"), col("path"))).as("first"))
                  .collectAsList();
      DumpReport report = summarise(totals, perType, byTier, persons, options, started);
      return withWatchHits(report, options, watchRows);
    } finally {
      keys.unpersist();
    }
  }

  private static List<String> watchEntries(Options options) {
    if (options.watch() == null) {
      return List.of();
    }
    return options.watch().entries().stream().map(WatchList.Entry::canonical).toList();
  }

  private static DumpReport withWatchHits(DumpReport r, Options options, List<Row> rows) {
    if (rows.isEmpty()) {
      return r;
    }
    List<DumpReport.WatchHit> hits = new ArrayList<>();
    List<WatchList.Entry> entries = options.watch().entries();
    rows.stream()
        .sorted(java.util.Comparator.comparingLong(row -> row.getLong(0)))
        .forEach(
            row -> {
              WatchList.Entry entry = entries.get((int) row.getLong(0));
              Row first = row.getStruct(2);
              hits.add(
                  new DumpReport.WatchHit(
                      entry.type(),
                      entry.masked(),
                      row.getLong(1),
                      first.getLong(1),
                      first.getString(2)));
            });
    return new DumpReport(
        r.files(),
        r.bytes(),
        r.lines(),
        r.seconds(),
        r.counts(),
        r.distinct(),
        r.distinctEstimated(),
        hits,
        r.records(),
        r.severity(),
        r.unreadable());
  }

  private static Object[] ordinals(Set<PiiType> types) {
    return types.stream().map(t -> (long) t.ordinal()).toArray();
  }

  /**
   * The findings as Parquet under {@code dir}, one directory per type ({@code type=CN_MOBILE/}):
   * file, byte offset and length, text (masked unless --unmasked) and confidence. Fails if {@code
   * dir} exists, rather than mix two scans.
   */
  private static void writeFindings(Dataset<Row> findings, String dir) {
    PiiType[] all = PiiType.values();
    org.apache.spark.sql.Column[] names = new org.apache.spark.sql.Column[all.length];
    for (int i = 0; i < all.length; i++) {
      names[i] = lit(all[i].name());
    }
    findings
        .select(
            element_at(array(names), col("a").cast(DataTypes.IntegerType).plus(1)).as("type"),
            col("path"),
            col("c").as("offset"),
            col("d").as("length"),
            col("value"),
            col("confidence"))
        .write()
        .mode(SaveMode.ErrorIfExists)
        .partitionBy("type")
        .parquet(dir);
  }

  /** More tasks than this share partitions (many small files): Spark's bookkeeping per task. */
  private static final int MAX_PARTITIONS = 20_000;

  /**
   * The files under the paths, each a whole-file task or, if it is plain text larger than the split
   * size, one task per split. A file's encoding and header are decided here from its first bytes.
   */
  static List<ScanTask> plan(Configuration hadoop, Options options) throws IOException {
    List<ScanTask> tasks = new ArrayList<>();
    for (String p : options.paths()) {
      Path path = new Path(p);
      FileSystem fs = path.getFileSystem(hadoop);
      if (!fs.exists(path)) {
        throw new UnreadablePathException("no such file or directory: " + p);
      }
      List<LocatedFileStatus> files = new ArrayList<>();
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
      while (it.hasNext()) {
        files.add(it.next());
      }
      // In name order, as the CLI walks a directory.
      files.sort(java.util.Comparator.comparing(f -> f.getPath().toString()));
      for (LocatedFileStatus f : files) {
        String name = f.getPath().toString();
        long size = f.getLen();
        TextSplits.TextFile text =
            size > options.splitSize() ? probe(fs, f.getPath(), options) : null;
        if (text == null) {
          tasks.add(ScanTask.whole(name, size, tasks.size()));
          continue;
        }
        for (long start = 0; start < size; start += options.splitSize()) {
          long end = Math.min(size, start + options.splitSize());
          tasks.add(new ScanTask(name, size, start, end, text, text.header(), tasks.size()));
        }
      }
    }
    return tasks;
  }

  private static TextSplits.TextFile probe(FileSystem fs, Path path, Options options)
      throws IOException {
    byte[] head = new byte[TextSplits.PROBE_BYTES];
    int n;
    try (FSDataInputStream in = fs.open(path)) {
      n = in.readNBytes(head, 0, head.length);
    }
    return TextSplits.probe(head, n, options.encoding());
  }

  /**
   * The first pass over the splits: each finds the last header line among its lines; a split is
   * then scanned with the last one found before it (or its file's own header) in force, as the
   * one-machine scan carries headers from chunk to chunk. One line per split reaches the driver.
   */
  private static List<ScanTask> withStartHeaders(
      JavaSparkContext jsc, HadoopConf conf, List<ScanTask> tasks) {
    List<Integer> splits = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
      if (tasks.get(i).isSplit()) {
        splits.add(i);
      }
    }
    if (splits.isEmpty()) {
      return tasks;
    }
    List<ScanTask> splitTasks = new ArrayList<>();
    splits.forEach(i -> splitTasks.add(tasks.get(i)));
    List<TextSplits.HeaderLine> found =
        jsc.parallelize(splitTasks, Math.min(splitTasks.size(), MAX_PARTITIONS))
            .map(task -> lastHeader(conf, task))
            .collect();
    List<ScanTask> out = new ArrayList<>(tasks);
    String file = null;
    byte[] inForce = null;
    for (int k = 0; k < splits.size(); k++) {
      ScanTask task = splitTasks.get(k);
      if (!task.path().equals(file) || task.start() == 0) {
        file = task.path();
        inForce = task.file().header();
      }
      out.set(splits.get(k), task.withStartHeader(inForce));
      if (found.get(k) != null && found.get(k).line() != null) {
        inForce = found.get(k).line();
      }
    }
    return out;
  }

  private static TextSplits.HeaderLine lastHeader(HadoopConf conf, ScanTask task)
      throws IOException {
    Path path = new Path(task.path());
    try (FSDataInputStream in = path.getFileSystem(conf.get()).open(path)) {
      TextSplits.HeaderLine h =
          TextSplits.lastHeader(in::read, task.size(), task.start(), task.end(), task.file());
      // Spark's collect needs a value per split: an empty line says none was found.
      return h != null ? h : new TextSplits.HeaderLine(-1, null);
    }
  }

  private static DumpReport summarise(
      List<Row> totals,
      List<Row> perType,
      List<Row> byTier,
      Long persons,
      Options options,
      long started) {
    long[] t = new long[6];
    if (!totals.isEmpty() && !totals.get(0).isNullAt(0)) {
      for (int i = 0; i < 6; i++) {
        t[i] = totals.get(0).getLong(i);
      }
    }
    Map<PiiType, Long> counts = new EnumMap<>(PiiType.class);
    Map<PiiType, Long> distinct = new EnumMap<>(PiiType.class);
    for (PiiType type : options.types()) {
      counts.put(type, 0L);
      distinct.put(type, 0L);
    }
    PiiType[] types = PiiType.values();
    for (Row r : perType) {
      PiiType type = types[(int) r.getLong(0)];
      counts.put(type, r.getLong(1));
      distinct.put(type, r.getLong(2));
    }
    long withPersonalInfo = 0;
    long[] tiers = new long[4];
    if (byTier != null) {
      for (Row r : byTier) {
        tiers[(int) r.getLong(0)] = r.getLong(1);
        withPersonalInfo += r.getLong(2);
      }
    }
    long counted = tiers[FileKeys.TIER_50] + tiers[FileKeys.TIER_500] + tiers[FileKeys.TIER_5000];
    RecordCounts records =
        new RecordCounts(
            t[3],
            withPersonalInfo,
            persons == null ? 0 : persons,
            t[4],
            withPersonalInfo - counted,
            tiers[FileKeys.TIER_50],
            tiers[FileKeys.TIER_500],
            tiers[FileKeys.TIER_5000],
            Long.MAX_VALUE,
            false);
    Severity reading = FileKeys.severity(records, options.category());
    Severity severity =
        new Severity(reading.level(), reading.standardRatio(), reading.basis() + EXACT_NOTE);
    return new DumpReport(
        t[0],
        t[1],
        t[2],
        (System.nanoTime() - started) / 1e9,
        counts,
        distinct,
        java.util.Set.of(),
        List.of(),
        records,
        severity,
        (int) t[5]);
  }

  /** The command line: {@code [--master URL] [--encoding E] [--category C] PATH...}. */
  record Arguments(boolean help, String master, Options options) {
    static final String USAGE =
        String.join(
            "\n",
            "Usage: cluster-scan [--master URL] [--encoding auto|utf-8|gb18030] [--category C]",
            "                    [--types T,T] [--watch FILE] [--findings-out DIR [--unmasked]]",
            "                    [--split-size N]",
            "                    PATH...",
            "Scans files and directories (local, HDFS, S3-compatible: any Hadoop file system) on Spark",
            "and prints the summary of `scan --format summary --records`, with exact distinct counts",
            "and exact art. 11 duplicate exclusion.",
            "  --master URL     Spark master (spark-submit sets it; e.g. 'local[*]' on one machine)",
            "  --encoding E     every input's encoding: auto (default, per file), utf-8, gb18030",
            "  --category C     what the dump is, as for scan --category (" + categories() + ")",
            "  --types T,T      report only these types' counts, as for scan --types (records",
            "                   still come from all types)",
            "  --findings-out D write the findings as Parquet under directory D, one directory per",
            "                   type (type=CN_MOBILE/): file, offset, length, masked text, confidence",
            "  --watch FILE     your own identifiers, one per line, as for scan --watch: the",
            "                   summary's watch_hits lists those found (first hit: file URI, offset)",
            "  --unmasked       with --findings-out: the findings' text in clear, not masked",
            "  --split-size N   split plain text files larger than N bytes (k, m, g: KiB, MiB, GiB;",
            "                   default 128m); compressed files and archives are read whole",
            "Example: cluster-scan --master 'local[*]' dumps/",
            "");

    static Arguments parse(String[] args) {
      String master = null;
      TextEncoding encoding = null;
      RecordCategory category = null;
      long splitSize = Options.DEFAULT_SPLIT_SIZE;
      Set<PiiType> types = EnumSet.noneOf(PiiType.class);
      String findingsOut = null;
      boolean unmasked = false;
      WatchList watch = null;
      List<String> paths = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "-h", "--help" -> {
            return new Arguments(true, null, null);
          }
          case "--master" -> master = value(args, ++i, a);
          case "--encoding" -> encoding = encoding(value(args, ++i, a));
          case "--category" -> category = category(value(args, ++i, a));
          case "--split-size" -> splitSize = size(value(args, ++i, a));
          case "--types" -> types.addAll(types(value(args, ++i, a)));
          case "--findings-out" -> findingsOut = value(args, ++i, a);
          case "--unmasked" -> unmasked = true;
          case "--watch" -> watch = watch(value(args, ++i, a));
          default -> {
            if (a.startsWith("--") && !a.equals("--")) {
              throw new IllegalArgumentException("unknown option " + a);
            }
            paths.add(a);
          }
        }
      }
      if (paths.isEmpty()) {
        throw new IllegalArgumentException("no PATH given");
      }
      if (paths.contains("-")) {
        throw new IllegalArgumentException("stdin (-) cannot be scanned on a cluster: name files");
      }
      return new Arguments(
          false,
          master,
          new Options(paths, encoding, category, splitSize, types, findingsOut, unmasked, watch));
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }

    private static WatchList watch(String file) {
      try {
        return WatchList.read(java.nio.file.Path.of(file));
      } catch (IOException | RuntimeException e) {
        throw new IllegalArgumentException("cannot read watch file: " + file);
      }
    }

    private static List<PiiType> types(String s) {
      List<PiiType> types = new ArrayList<>();
      for (String name : s.split(",")) {
        try {
          types.add(PiiType.valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "--types takes names among "
                  + java.util.Arrays.toString(PiiType.values())
                  + ", not "
                  + name);
        }
      }
      return types;
    }

    private static long size(String s) {
      String t = s.toLowerCase(Locale.ROOT);
      int shift =
          switch (t.isEmpty() ? ' ' : t.charAt(t.length() - 1)) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> 0;
          };
      try {
        long n = Long.parseLong(shift == 0 ? t : t.substring(0, t.length() - 1));
        if (n >= 1 && n <= (Long.MAX_VALUE >> shift)) {
          return n << shift;
        }
      } catch (NumberFormatException e) {
        // worded below
      }
      throw new IllegalArgumentException(
          "--split-size must be a positive number of bytes (e.g. 134217728 or 128m), not " + s);
    }

    private static TextEncoding encoding(String s) {
      return switch (s.toLowerCase(Locale.ROOT)) {
        case "auto" -> null;
        case "utf-8", "utf8" -> TextEncoding.UTF_8;
        case "gb18030", "gbk", "gb2312" -> TextEncoding.GB18030;
        default ->
            throw new IllegalArgumentException(
                "--encoding must be auto, utf-8 or gb18030, not " + s);
      };
    }

    private static RecordCategory category(String s) {
      for (RecordCategory c : RecordCategory.values()) {
        if (c.option().equals(s)) {
          return c;
        }
      }
      throw new IllegalArgumentException(
          "--category must be one of " + categories() + ", not " + s);
    }

    private static String categories() {
      List<String> names = new ArrayList<>();
      for (RecordCategory c : RecordCategory.values()) {
        names.add(c.option());
      }
      return String.join(", ", names);
    }
  }
}
