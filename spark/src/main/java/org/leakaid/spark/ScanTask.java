package org.leakaid.spark;

import java.io.Serializable;
import org.leakaid.scanner.dump.TextSplits;

/**
 * One task of the job: a whole file ({@code file} null), or the split {@code [start, end)} of a
 * large plain text file with what the first pass found for it: the file's encoding and header, and
 * the header in force at the split's start. Made on the driver and shipped with the task.
 *
 * @param path the file's Hadoop path, as its file system lists it
 * @param size the file's size in bytes
 * @param startHeader the last header line before the split, or the file's own header, or null
 * @param order the task's place in the CLI's input order (paths as given, a directory's files by
 *     name, a file's splits by offset): which hit of a watch-list entry comes first
 */
record ScanTask(
    String path,
    long size,
    long start,
    long end,
    TextSplits.TextFile file,
    byte[] startHeader,
    long order)
    implements Serializable {

  static ScanTask whole(String path, long size, long order) {
    return new ScanTask(path, size, 0, size, null, null, order);
  }

  boolean isSplit() {
    return file != null;
  }

  ScanTask withStartHeader(byte[] header) {
    return new ScanTask(path, size, start, end, file, header, order);
  }
}
