package org.leakaid.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.leakaid.scanner.TextEncoding;
import org.leakaid.scanner.dump.DumpInput;
import org.leakaid.scanner.dump.FileKeys;
import org.leakaid.scanner.dump.RecordCategory;
import scala.Tuple2;

/**
 * On an executor: scans each file of a partition whole with the scanner library and turns it into
 * key rows ({@link ClusterScan#SCHEMA}). Files on the local file system are read in place; others
 * (HDFS, S3-compatible) are copied to a local temporary file first, since archives (.zip) and
 * workbooks need random access. The rows of one file are made lazily from its key arrays, one file
 * at a time.
 */
final class FileScanFunction
    implements FlatMapFunction<Iterator<Tuple2<String, PortableDataStream>>, Row> {
  private static final long serialVersionUID = 1L;

  private final TextEncoding encoding;
  private final RecordCategory category;

  FileScanFunction(TextEncoding encoding, RecordCategory category) {
    this.encoding = encoding;
    this.category = category;
  }

  @Override
  public Iterator<Row> call(Iterator<Tuple2<String, PortableDataStream>> files) {
    return new Iterator<>() {
      private FileKeys current;
      private int next = -1; // -1: the file's totals row; then findings, then records

      @Override
      public boolean hasNext() {
        while (current == null || next >= current.findingCount + current.recordCount) {
          if (!files.hasNext()) {
            return false;
          }
          current = scan(files.next());
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
          return row(ClusterScan.FINDING, k.findingTypes[i], k.findingKeys[i], 0, 0, 0, 0);
        }
        int r = i - k.findingCount;
        return row(ClusterScan.RECORD, k.recordKeys[r], k.recordTiers[r], k.personKeys[r], 0, 0, 0);
      }
    };
  }

  private static Row row(int kind, long a, long b, long c, long d, long e, long f) {
    return RowFactory.create(kind, a, b, c, d, e, f);
  }

  private FileKeys scan(Tuple2<String, PortableDataStream> file) {
    String name = file._1();
    // Hadoop names files unescaped (spaces, Chinese): its Path makes the URI.
    URI uri = new org.apache.hadoop.fs.Path(name).toUri();
    try {
      if ("file".equals(uri.getScheme())) {
        Path path = Path.of(uri);
        return FileKeys.scan(
            new DumpInput(path.toString(), path, null), encoding, category, FileScanFunction::note);
      }
      Path dir = Files.createTempDirectory("leakaid-scan");
      Path local = dir.resolve(Path.of(uri.getPath()).getFileName().toString());
      try {
        try (InputStream in = file._2().open()) {
          Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
        }
        return FileKeys.scan(
            new DumpInput(name, local, null), encoding, category, FileScanFunction::note);
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

  /** The scanner's notes (skipped binary files, unreadable inputs) go to the executor's log. */
  private static void note(String message) {
    System.err.println("leakaid: " + message);
  }
}
