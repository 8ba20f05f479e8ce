package org.leakaid.spark;

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
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
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
 * <p>Executors scan files (or splits of large text files) with the scanner library and keep keys,
 * never text: per partition, each value key, record identity (with its most sensitive tier and
 * count) and person key once, in primitive tables, and the totals in a small {@link Tally}. The
 * keys are cut by a hash of the key into buckets ({@link KeyBlock}) and shuffled, so that every
 * copy of a key meets in one reduce task ({@link BucketCount}), which counts its bucket exactly. No
 * machine holds the whole key set, and the buckets grow in number with the input: the one-machine
 * scan's caps ({@code RecordTally}, HyperLogLog past 4,096 values) do not apply.
 */
public final class ClusterScan {

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
      return summarise(new Tally(watchEntries(options).size()), options, started);
    }
    tasks = withStartHeaders(jsc, conf, tasks);
    int slices = Math.max(1, Math.min(tasks.size(), MAX_PARTITIONS));
    int buckets = buckets(tasks, jsc.defaultParallelism());
    boolean[] reported = new boolean[PiiType.values().length];
    options.types().forEach(t -> reported[t.ordinal()] = true);
    List<String> watch = watchEntries(options);
    JavaPairRDD<Integer, ScanPart> parts =
        jsc.parallelize(tasks, slices)
            .mapPartitionsToPair(
                new FileScanFunction(
                    conf,
                    options.encoding(),
                    options.category(),
                    options.findingsOut() == null
                        ? FileKeys.Values.NONE
                        : options.unmasked() ? FileKeys.Values.CLEAR : FileKeys.Values.MASKED,
                    watch,
                    reported,
                    buckets));
    if (options.findingsOut() == null) {
      return summarise(count(parts, buckets, watch.size()), options, started);
    }
    // Two actions over one scan: the findings to Parquet, then the counts. The scan's output is
    // kept (spilled to disk as needed) so that the files are read once.
    parts.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      writeFindings(spark, parts, options.findingsOut());
      return summarise(count(parts, buckets, watch.size()), options, started);
    } finally {
      parts.unpersist(false);
    }
  }

  /**
   * The exact counts: the key blocks shuffled by bucket (each bucket to one reduce task, which
   * counts its keys in full), the partitions' tallies added in, one small tally per bucket back.
   */
  private static Tally count(JavaPairRDD<Integer, ScanPart> parts, int buckets, int watchEntries) {
    Tally total = new Tally(watchEntries);
    parts
        .filter(p -> p._1() != FileScanFunction.FINDINGS)
        .partitionBy(new HashPartitioner(buckets))
        .mapPartitions(new BucketCount(watchEntries))
        .collect()
        .forEach(total::merge);
    return total;
  }

  /** Input bytes per bucket: one bucket's keys are held by one reduce task. */
  static final long BYTES_PER_BUCKET = 128L << 20;

  /** More buckets than this cost more in shuffle blocks than they save in memory. */
  static final int MAX_BUCKETS = 1 << 16;

  /**
   * How many buckets the keys are cut into: one per {@link #BYTES_PER_BUCKET} of input, whole files
   * counted four times over (they may be compressed or archives, which hold more text than bytes),
   * and at least one per core so that counting runs on all of them.
   */
  static int buckets(List<ScanTask> tasks, int cores) {
    long weight = 0;
    for (ScanTask t : tasks) {
      weight += t.isSplit() ? t.end() - t.start() : 4 * t.size();
    }
    long byInput = (weight + BYTES_PER_BUCKET - 1) / BYTES_PER_BUCKET;
    return (int) Math.max(1, Math.min(MAX_BUCKETS, Math.max(cores, byInput)));
  }

  private static List<String> watchEntries(Options options) {
    if (options.watch() == null) {
      return List.of();
    }
    return options.watch().entries().stream().map(WatchList.Entry::canonical).toList();
  }

  private static List<DumpReport.WatchHit> watchHits(Tally total, Options options) {
    List<DumpReport.WatchHit> hits = new ArrayList<>();
    if (options.watch() == null) {
      return hits;
    }
    List<WatchList.Entry> entries = options.watch().entries();
    for (int e = 0; e < entries.size(); e++) {
      if (total.watchCounts[e] > 0) {
        WatchList.Entry entry = entries.get(e);
        hits.add(
            new DumpReport.WatchHit(
                entry.type(),
                entry.masked(),
                total.watchCounts[e],
                total.watchOffset[e],
                total.watchPath[e]));
      }
    }
    return hits;
  }

  /**
   * The findings as Parquet under {@code dir}, one directory per type ({@code type=CN_MOBILE/}):
   * file, byte offset and length, text (masked unless --unmasked) and confidence. Fails if {@code
   * dir} exists, rather than mix two scans.
   */
  private static void writeFindings(
      SparkSession spark, JavaPairRDD<Integer, ScanPart> parts, String dir) {
    JavaRDD<Row> rows =
        parts
            .filter(p -> p._1() == FileScanFunction.FINDINGS)
            .flatMap(p -> ((FindingBatch) p._2()).rows());
    spark
        .createDataFrame(rows, FindingBatch.SCHEMA)
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

  private static DumpReport summarise(Tally t, Options options, long started) {
    Map<PiiType, Long> counts = new EnumMap<>(PiiType.class);
    Map<PiiType, Long> distinct = new EnumMap<>(PiiType.class);
    for (PiiType type : options.types()) {
      counts.put(type, t.counts[type.ordinal()]);
      distinct.put(type, t.distinct[type.ordinal()]);
    }
    long withPersonalInfo = 0;
    for (long n : t.tierRecords) {
      withPersonalInfo += n;
    }
    long[] tiers = t.tierDistinct;
    long counted = tiers[FileKeys.TIER_50] + tiers[FileKeys.TIER_500] + tiers[FileKeys.TIER_5000];
    RecordCounts records =
        new RecordCounts(
            t.records,
            withPersonalInfo,
            t.persons,
            t.invalidRecords,
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
        t.files,
        t.bytes,
        t.lines,
        (System.nanoTime() - started) / 1e9,
        counts,
        distinct,
        java.util.Set.of(),
        watchHits(t, options),
        records,
        severity,
        (int) t.unreadableFiles());
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
