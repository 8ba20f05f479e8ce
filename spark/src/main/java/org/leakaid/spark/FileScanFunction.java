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
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.leakaid.scanner.TextEncoding;
import org.leakaid.scanner.dump.DumpInput;
import org.leakaid.scanner.dump.FileKeys;
import org.leakaid.scanner.dump.RecordCategory;
import org.leakaid.scanner.dump.TextSplits;
import org.leakaid.scanner.dump.WatchList;

/**
 * On an executor: scans the tasks of a partition ({@link ScanTask}: whole files, or splits of large
 * text files) with the scanner library and turns each into key rows ({@link ClusterScan#SCHEMA}).
 * Whole files on the local file system are read in place; others (HDFS, S3-compatible) are copied
 * to a local temporary file first, since archives (.zip) and workbooks need random access. Splits
 * are read where they are, by position. The rows of one task are made lazily from its key arrays,
 * one task at a time.
 */
final class FileScanFunction implements FlatMapFunction<Iterator<ScanTask>, Row> {
  private static final long serialVersionUID = 1L;

  private final HadoopConf hadoop;
  private final TextEncoding encoding;
  private final RecordCategory category;
  private final FileKeys.Values values;
  private final List<String> watch;
  private transient WatchList watchList;

  /**
   * @param watch the watch list's entries, as the driver read them ({@code --watch}), or empty
   */
  FileScanFunction(
      HadoopConf hadoop,
      TextEncoding encoding,
      RecordCategory category,
      FileKeys.Values values,
      List<String> watch) {
    this.hadoop = hadoop;
    this.encoding = encoding;
    this.category = category;
    this.values = values;
    this.watch = List.copyOf(watch);
  }

  private WatchList watchList() {
    if (watchList == null && !watch.isEmpty()) {
      watchList = WatchList.of(watch);
    }
    return watchList;
  }

  @Override
  public Iterator<Row> call(Iterator<ScanTask> tasks) {
    return new Iterator<>() {
      private FileKeys current;
      private String path;
      private long order;
      private int next = -1; // -1: the task's totals row; then findings, then records

      @Override
      public boolean hasNext() {
        while (current == null
            || next >= current.findingCount + current.recordCount + current.watchCounts.length) {
          if (!tasks.hasNext()) {
            return false;
          }
          ScanTask task = tasks.next();
          current = scan(task);
          path = task.path();
          order = task.order();
          next = -1;
        }
        return true;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        FileKeys k = current;
        int i = next++;
        if (i < 0) {
          return row(
              ClusterScan.INPUT,
              k.files,
              k.bytes,
              k.lines,
              k.records,
              k.invalidRecords,
              k.unreadable);
        }
        if (i < k.findingCount) {
          if (k.findingValues == null) {
            return row(ClusterScan.FINDING, k.findingTypes[i], k.findingKeys[i], 0, 0, 0, 0);
          }
          return RowFactory.create(
              ClusterScan.FINDING,
              (long) k.findingTypes[i],
              k.findingKeys[i],
              k.findingOffsets[i],
              (long) k.findingLengths[i],
              0L,
              0L,
              path,
              k.findingValues[i],
              (double) k.findingConfidences[i]);
        }
        int r = i - k.findingCount;
        if (r >= k.recordCount) {
          // A watch-list entry: hits, first offset, and the task's place in the input order.
          int e = r - k.recordCount;
          return RowFactory.create(
              ClusterScan.WATCH,
              (long) e,
              k.watchCounts[e],
              k.watchFirst[e],
              order,
              0L,
              0L,
              path,
              null,
              null);
        }
        return row(ClusterScan.RECORD, k.recordKeys[r], k.recordTiers[r], k.personKeys[r], 0, 0, 0);
      }
    };
  }

  private static Row row(int kind, long a, long b, long c, long d, long e, long f) {
    return RowFactory.create(kind, a, b, c, d, e, f, null, null, null);
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
