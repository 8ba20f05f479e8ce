package org.leakaid.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.leakaid.scanner.TextEncoding;
import org.leakaid.scanner.dump.DumpInput;
import org.leakaid.scanner.dump.FileKeys;
import org.leakaid.scanner.dump.RecordCategory;
import org.leakaid.scanner.dump.TextSplits;
import org.leakaid.scanner.dump.WatchList;
import scala.Tuple2;

/**
 * On an executor: scans the tasks of a partition ({@link ScanTask}: whole files, or splits of large
 * text files) with the scanner library and folds them into the partition's keys ({@link
 * PartitionKeys}) and {@link Tally}; at the end hands those on as (bucket, part) pairs for the
 * shuffle that counts keys exactly ({@link BucketCount}). With {@code --findings-out}, each task's
 * findings come out first as a {@link FindingBatch} (bucket -1: not shuffled). Whole files on the
 * local file system are read in place; others (HDFS, S3-compatible) are copied to a local temporary
 * file first, since archives (.zip) and workbooks need random access. Splits are read where they
 * are, by position.
 */
final class FileScanFunction implements PairFlatMapFunction<Iterator<ScanTask>, Integer, ScanPart> {
  private static final long serialVersionUID = 1L;

  /** The key of finding batches, which go to Parquet rather than to a bucket. */
  static final int FINDINGS = -1;

  private final HadoopConf hadoop;
  private final TextEncoding encoding;
  private final RecordCategory category;
  private final FileKeys.Values values;
  private final List<String> watch;
  private final boolean[] reported;
  private final int buckets;
  private transient WatchList watchList;

  /**
   * @param watch the watch list's entries, as the driver read them ({@code --watch}), or empty
   * @param reported per type ordinal: whether its counts (and findings) are reported
   * @param buckets how many buckets the keys are cut into
   */
  FileScanFunction(
      HadoopConf hadoop,
      TextEncoding encoding,
      RecordCategory category,
      FileKeys.Values values,
      List<String> watch,
      boolean[] reported,
      int buckets) {
    this.hadoop = hadoop;
    this.encoding = encoding;
    this.category = category;
    this.values = values;
    this.watch = List.copyOf(watch);
    this.reported = reported.clone();
    this.buckets = buckets;
  }

  private WatchList watchList() {
    if (watchList == null && !watch.isEmpty()) {
      watchList = WatchList.of(watch);
    }
    return watchList;
  }

  @Override
  public Iterator<Tuple2<Integer, ScanPart>> call(Iterator<ScanTask> tasks) {
    Tally tally = new Tally(watch.size());
    PartitionKeys keys = new PartitionKeys(reported);
    return new Iterator<>() {
      private Tuple2<Integer, ScanPart> pending;
      private Iterator<Tuple2<Integer, ScanPart>> last; // the blocks and tally, once all is scanned

      @Override
      public boolean hasNext() {
        while (pending == null) {
          if (last != null) {
            if (!last.hasNext()) {
              return false;
            }
            pending = last.next();
          } else if (tasks.hasNext()) {
            ScanTask task = tasks.next();
            FileKeys k = scan(task);
            tally.add(k, task, reported);
            keys.add(k);
            if (values != FileKeys.Values.NONE) {
              FindingBatch batch = FindingBatch.of(task.path(), k, reported);
              if (batch != null) {
                pending = new Tuple2<>(FINDINGS, batch);
              }
            }
          } else {
            List<Tuple2<Integer, ScanPart>> out = keys.blocks(buckets);
            out.add(new Tuple2<>(0, tally));
            last = out.iterator();
          }
        }
        return true;
      }

      @Override
      public Tuple2<Integer, ScanPart> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Tuple2<Integer, ScanPart> p = pending;
        pending = null;
        return p;
      }
    };
  }

  private FileKeys scan(ScanTask task) {
    String name = task.path();
    // Hadoop names files unescaped (spaces, Chinese): its Path makes the URI.
    org.apache.hadoop.fs.Path hadoopPath = new org.apache.hadoop.fs.Path(name);
    URI uri = hadoopPath.toUri();
    try {
      if (task.isSplit()) {
        return split(task, hadoopPath, uri);
      }
      if ("file".equals(uri.getScheme())) {
        Path path = Path.of(uri);
        return FileKeys.scan(
            new DumpInput(path.toString(), path, null),
            encoding,
            category,
            values,
            watchList(),
            FileScanFunction::note);
      }
      Path dir = Files.createTempDirectory("leakaid-scan");
      Path local = dir.resolve(Path.of(uri.getPath()).getFileName().toString());
      try {
        FileSystem fs = hadoopPath.getFileSystem(hadoop.get());
        try (InputStream in = fs.open(hadoopPath)) {
          Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
        }
        return FileKeys.scan(
            new DumpInput(name, local, null),
            encoding,
            category,
            values,
            watchList(),
            FileScanFunction::note);
      } finally {
        Files.deleteIfExists(local);
        Files.deleteIfExists(dir);
      }
    } catch (IOException | UncheckedIOException e) {
      // As in the CLI: name it, count it as unreadable, go on with the other files.
      note("cannot read " + name + ": " + e.getMessage());
      return FileKeys.unreadable();
    }
  }

  /** A split, read by position: from a local file in place, else through its file system. */
  private FileKeys split(ScanTask task, org.apache.hadoop.fs.Path hadoopPath, URI uri)
      throws IOException {
    String label = "file".equals(uri.getScheme()) ? Path.of(uri).toString() : task.path();
    if ("file".equals(uri.getScheme())) {
      try (FileChannel channel = FileChannel.open(Path.of(uri), StandardOpenOption.READ)) {
        return scanSplit(
            task,
            label,
            (position, b, off, len) -> channel.read(ByteBuffer.wrap(b, off, len), position));
      }
    }
    FileSystem fs = hadoopPath.getFileSystem(hadoop.get());
    try (FSDataInputStream in = fs.open(hadoopPath)) {
      return scanSplit(task, label, in::read);
    }
  }

  private FileKeys scanSplit(ScanTask task, String label, TextSplits.Reader in) throws IOException {
    return FileKeys.scanSplit(
        label,
        in,
        task.size(),
        task.start(),
        task.end(),
        task.file(),
        task.startHeader(),
        category,
        values,
        watchList(),
        FileScanFunction::note);
  }

  /** The scanner's notes (skipped binary files, unreadable inputs) go to the executor's log. */
  private static void note(String message) {
    System.err.println("leakaid: " + message);
  }
}
