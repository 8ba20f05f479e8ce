package org.leakaid.scanner.dump;

/**
 * How much of an input the scan or mask takes on.
 *
 * <p><b>Expanded bytes.</b> A compressed file or archive may expand to at most {@code
 * maxExpandedBytes}; 0 means the default: {@value #DEFAULT_RATIO} times its size on disk (of stdin:
 * of the bytes read so far), and at least {@value #DEFAULT_FLOOR} bytes (1 GiB). Deflate (zip,
 * gzip) cannot pack more than 1,032 bytes into one, and leaked dumps pack 3 to 20 times with gzip
 * and rarely beyond 100 times with xz or bzip2, so no real dump comes near the ratio; a
 * decompression bomb (archives nested in archives, zip entries that share their data, bzip2 runs)
 * goes far beyond it: an 814 KB zip that expands to 137 GB is stopped after 1 GiB instead of
 * keeping the machine busy for hours. The floor lets a small but very repetitive file (a 100 KB log
 * packed by xz) through. Counted are the bytes that come out of the decompressors and archives,
 * including archives copied to disk to be opened; a plain file is never limited.
 *
 * <p><b>Line pieces.</b> A line longer than {@code longLineBytes} is read in pieces of about that
 * size that overlap their neighbours (see {@link ChunkPipeline}); 0 means the default, 64 MiB. Only
 * tests set it, to put identifiers across the cuts with little data.
 *
 * @param maxExpandedBytes the most bytes one input may expand to, or 0 for the default rule
 * @param longLineBytes the size of a long line's pieces, or 0 for the default
 */
public record InputLimits(long maxExpandedBytes, int longLineBytes) {
  public static final long DEFAULT_RATIO = 1000;
  public static final long DEFAULT_FLOOR = 1L << 30;

  /** The smallest piece size: room for the overlaps on both sides and progress between them. */
  static final int MIN_LINE_BYTES = 1024;

  /** The most a long line's piece reads into its neighbours on either side. */
  static final int MAX_OVERLAP = 64 << 10;

  public static final InputLimits DEFAULT = new InputLimits(0, 0);

  public InputLimits {
    if (maxExpandedBytes < 0) {
      throw new IllegalArgumentException("maxExpandedBytes must not be negative");
    }
    if (longLineBytes != 0 && longLineBytes < MIN_LINE_BYTES) {
      throw new IllegalArgumentException("longLineBytes must be 0 or at least " + MIN_LINE_BYTES);
    }
  }

  /** A copy with {@code maxExpandedBytes} set (0: the default rule). */
  public InputLimits withMaxExpandedBytes(long bytes) {
    return new InputLimits(bytes, longLineBytes);
  }

  /** A copy with {@code longLineBytes} set (0: the default). */
  public InputLimits withLongLineBytes(int bytes) {
    return new InputLimits(maxExpandedBytes, bytes);
  }

  int lineBytes() {
    return longLineBytes > 0 ? longLineBytes : ChunkPipeline.MAX_LINE_BUFFER;
  }

  /**
   * How far a long line's piece reads into its neighbours: far beyond the longest identifier and
   * the label before it, a quarter of the piece at most.
   */
  int overlapBytes() {
    return Math.min(MAX_OVERLAP, lineBytes() / 4);
  }

  /** {@code n} bytes for a person: 512 bytes, 814 KiB, 1.0 GiB. */
  static String bytes(long n) {
    if (n < 1024) {
      return n + " bytes";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    double v = n;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return (v < 10
            ? String.format(java.util.Locale.ROOT, "%.1f", v)
            : String.valueOf(Math.round(v)))
        + " "
        + units[u];
  }

  /** The limit for an input of {@code packedBytes} (its size on disk, or what was read so far). */
  long expandedLimit(long packedBytes) {
    if (maxExpandedBytes > 0) {
      return maxExpandedBytes;
    }
    return Math.max(
        DEFAULT_FLOOR,
        packedBytes > Long.MAX_VALUE / DEFAULT_RATIO
            ? Long.MAX_VALUE
            : packedBytes * DEFAULT_RATIO);
  }
}
