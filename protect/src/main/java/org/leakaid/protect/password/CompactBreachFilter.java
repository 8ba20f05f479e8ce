package org.leakaid.protect.password;

import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A breach corpus as a compact filter file (a Bloom filter over SHA-1s), built once from a
 * downloaded list of breached passwords or of their SHA-1s. About 29 bits per password at the
 * default false-match rate of one in a million: 10 million passwords take 36 MB instead of the
 * list's hundreds. A password that is in the list is always found; one that is not is reported as
 * breached with that small probability, which costs the user only a second choice.
 *
 * <p>File layout: {@code LKBLOOM1}, then the number of passwords (long), the number of hash
 * functions k (int) and of bits m (long), then m bits. The k positions come from the SHA-1 itself
 * (two 64-bit halves, double hashing), so the filter needs no hash of its own.
 */
public final class CompactBreachFilter implements BreachCorpus {

  static final byte[] MAGIC = "LKBLOOM1".getBytes(StandardCharsets.US_ASCII);
  static final int HEADER = MAGIC.length + 8 + 4 + 8;
  private static final Pattern SHA1_LINE = Pattern.compile("(?i)[0-9a-f]{40}(:\\d+)?");

  private final ByteBuffer bits;
  private final long entries;
  private final int k;
  private final long m;

  private CompactBreachFilter(ByteBuffer bits, long entries, int k, long m) {
    this.bits = bits;
    this.entries = entries;
    this.k = k;
    this.m = m;
  }

  /** Opens a filter file (memory-mapped: only the pages a look-up touches are read). */
  public static CompactBreachFilter open(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      if (size < HEADER || size > Integer.MAX_VALUE) {
        throw new IOException("not a breach filter (size " + size + "): " + file);
      }
      MappedByteBuffer map = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
      byte[] magic = new byte[MAGIC.length];
      map.get(magic);
      if (!java.util.Arrays.equals(magic, MAGIC)) {
        throw new IOException("not a breach filter (no LKBLOOM1 header): " + file);
      }
      long entries = map.getLong();
      int k = map.getInt();
      long m = map.getLong();
      if (k < 1 || k > 64 || m < 8 || HEADER + (m + 7) / 8 != size) {
        throw new IOException("breach filter header does not match its size: " + file);
      }
      return new CompactBreachFilter(map.slice(HEADER, (int) ((m + 7) / 8)), entries, k, m);
    }
  }

  /**
   * Builds a filter from {@code list}: one password per line, or one SHA-1 (40 hex digits,
   * optionally {@code :count} after it, as the range files and the full download write it).
   *
   * @param falseMatchRate e.g. 1e-6
   * @return the number of passwords in it
   */
  public static long build(Path list, Path filter, double falseMatchRate) throws IOException {
    long n = 0;
    try (BufferedReader in = Files.newBufferedReader(list, StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        if (!line.isEmpty()) {
          n++;
        }
      }
    }
    long m =
        Math.max(
            64,
            (long)
                Math.ceil(
                    -Math.max(1, n) * Math.log(falseMatchRate) / (Math.log(2) * Math.log(2))));
    if ((m + 7) / 8 + HEADER > Integer.MAX_VALUE) {
      throw new IOException(
          n + " passwords need a filter over 2 GB at this rate; raise the false-match rate");
    }
    int k = (int) Math.max(1, Math.round((double) m / Math.max(1, n) * Math.log(2)));
    byte[] bits = new byte[(int) ((m + 7) / 8)];
    try (BufferedReader in = Files.newBufferedReader(list, StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isEmpty()) {
          continue;
        }
        String sha1 =
            SHA1_LINE.matcher(line).matches()
                ? line.substring(0, 40).toUpperCase(java.util.Locale.ROOT)
                : BreachCorpus.sha1(line);
        long[] h = halves(sha1);
        for (int i = 0; i < k; i++) {
          long bit = Math.floorMod(h[0] + i * h[1], m);
          bits[(int) (bit >>> 3)] |= (byte) (1 << (bit & 7));
        }
      }
    }
    Path tmp = filter.resolveSibling(filter.getFileName() + ".tmp");
    try (OutputStream raw = Files.newOutputStream(tmp);
        DataOutputStream out = new DataOutputStream(raw)) {
      out.write(MAGIC);
      out.writeLong(n);
      out.writeInt(k);
      out.writeLong(m);
      out.write(bits);
    }
    Files.move(tmp, filter, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return n;
  }

  private static long[] halves(String sha1Hex) {
    long a = HexFormat.fromHexDigitsToLong(sha1Hex.substring(0, 16));
    long b = HexFormat.fromHexDigitsToLong(sha1Hex.substring(16, 32)) | 1;
    return new long[] {a, b};
  }

  public long entries() {
    return entries;
  }

  @Override
  public String description() {
    return "LOCAL_FILTER";
  }

  @Override
  public boolean contains(String sha1Hex) {
    long[] h = halves(sha1Hex);
    for (int i = 0; i < k; i++) {
      long bit = Math.floorMod(h[0] + i * h[1], m);
      if ((bits.get((int) (bit >>> 3)) & (1 << (bit & 7))) == 0) {
        return false;
      }
    }
    return true;
  }
}
