package org.leakaid.numbers.offline;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * A read-only offline number database: E.164 numbers (as {@code long}s) with a {@link Label} each,
 * in about 2.5-3 bytes per number, looked up in place without unpacking anything.
 *
 * <h2>Format 1 (all integers little-endian)</h2>
 *
 * <pre>
 * offset size
 *  0     4    magic "LKND"
 *  4     2    format = 1
 *  6     2    chunk size C = 64
 *  8     8    version (the server's database version)
 * 16     4    count n (numbers, sorted ascending, no duplicates, each below 10^15)
 * 20     4    chunk count = ceil(n / C)
 * 24     2    label count D (distinct label codes)
 * 26     1    label bits B = bits to tell D labels apart (0 when D &lt;= 1)
 * 27     5    zero
 * 32          label dictionary: D x u16 label codes, ascending; zero-padded to 8 bytes
 *             chunk first keys: chunk count x u64
 *             chunk data offsets: chunk count x u32, from the start of the data; padded to 8
 *             chunk low-bit widths: chunk count x u8; padded to 8
 *             data: per chunk (C numbers, the last one fewer), see below
 *             8 zero bytes
 * end-32 32   SHA-256 of everything before it
 * </pre>
 *
 * <p>A chunk of m numbers k0 &lt; k1 &lt; ... stores each offset r = k - k0 as a high part r
 * &gt;&gt;&gt; L and a low part of L bits, with L the smallest width that makes every high part
 * less than m (an Elias-Fano code within the chunk). The high parts are written in unary in a
 * 128-bit map: number i sets bit (high_i + i). Then the m low parts of L bits, packed from bit 0 of
 * the first byte upwards and padded to a byte, then the m label indexes of B bits, packed the same
 * way. A lookup binary-searches the first keys (8 bytes per 64 numbers, through every 64th of them
 * first), then finds the numbers whose high part matches by counting zeros in the 128-bit map, and
 * compares one or two low parts.
 *
 * <p>The file is deterministic: the same numbers, labels and version always give the same bytes, so
 * a delta can say which SHA-256 the updated database must have.
 */
public final class OfflineDb {

  static final byte[] MAGIC = {'L', 'K', 'N', 'D'};
  static final int FORMAT = 1;
  static final int CHUNK = 64;
  static final int HEADER = 32;
  static final int TRAILER = 32;

  /** Keys are E.164 numbers: at most 15 digits. */
  public static final long MAX_KEY = 999_999_999_999_999L;

  private static final VarHandle LONG_LE =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INT_LE =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle SHORT_LE =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);

  /** SELECT_IN_BYTE[b * 8 + r]: the position of the r-th set bit of byte b. */
  private static final byte[] SELECT_IN_BYTE = new byte[256 * 8];

  static {
    for (int b = 0; b < 256; b++) {
      int r = 0;
      for (int bit = 0; bit < 8; bit++) {
        if ((b & (1 << bit)) != 0) {
          SELECT_IN_BYTE[b * 8 + r++] = (byte) bit;
        }
      }
    }
  }

  private final byte[] bytes;
  private final long version;
  private final int count;
  private final int labelBits;
  private final Label[] labels;
  private final int[] labelCodes;
  private final long[] firstKeys;

  /** Every 64th first key: a small top level that stays in the CPU's fastest cache. */
  private final long[] topKeys;

  private final int[] offsets;
  private final byte[] lowBits;
  private final int dataStart;

  private OfflineDb(
      byte[] bytes,
      long version,
      int count,
      int labelBits,
      int[] labelCodes,
      long[] firstKeys,
      int[] offsets,
      byte[] lowBits,
      int dataStart) {
    this.bytes = bytes;
    this.version = version;
    this.count = count;
    this.labelBits = labelBits;
    this.labelCodes = labelCodes;
    this.labels = Arrays.stream(labelCodes).mapToObj(Label::ofCode).toArray(Label[]::new);
    this.firstKeys = firstKeys;
    this.topKeys = new long[(firstKeys.length + 63) / 64];
    for (int t = 0; t < topKeys.length; t++) {
      topKeys[t] = firstKeys[t * 64];
    }
    this.offsets = offsets;
    this.lowBits = lowBits;
    this.dataStart = dataStart;
  }

  /** Reads and checks a database file. */
  public static OfflineDb open(Path file) throws IOException, CorruptDataException {
    return read(Files.readAllBytes(file));
  }

  /**
   * Checks {@code bytes} (checksum, then every header field and offset) and opens them; the array
   * is kept, not copied, so do not change it afterwards.
   */
  public static OfflineDb read(byte[] bytes) throws CorruptDataException {
    if (bytes.length < HEADER + TRAILER + 8 || !Arrays.equals(bytes, 0, 4, MAGIC, 0, 4)) {
      throw new CorruptDataException("not a LeakAid offline number database (no LKND header)");
    }
    if (u16(bytes, 4) != FORMAT) {
      throw new CorruptDataException(
          "database format "
              + u16(bytes, 4)
              + " is not supported (this program reads "
              + FORMAT
              + "); update the program");
    }
    if (!Arrays.equals(
        sha256(bytes, bytes.length - TRAILER),
        0,
        32,
        bytes,
        bytes.length - TRAILER,
        bytes.length)) {
      throw new CorruptDataException(
          "the database's checksum does not match: the file is damaged or incomplete");
    }
    if (u16(bytes, 6) != CHUNK) {
      throw new CorruptDataException("unsupported chunk size " + u16(bytes, 6));
    }
    long version = (long) LONG_LE.get(bytes, 8);
    int count = (int) INT_LE.get(bytes, 16);
    int chunks = (int) INT_LE.get(bytes, 20);
    int labelCount = u16(bytes, 24);
    int labelBits = bytes[26];
    if (count < 0
        || chunks != (count + CHUNK - 1) / CHUNK
        || labelBits != bitsFor(labelCount)
        || version < 0
        || (count > 0 && labelCount == 0)) {
      throw new CorruptDataException("the database's header is inconsistent");
    }
    int at = HEADER;
    int[] codes = new int[labelCount];
    try {
      for (int i = 0; i < labelCount; i++) {
        codes[i] = u16(bytes, at + 2 * i);
        Label.ofCode(codes[i]);
      }
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new CorruptDataException("the database's label table is damaged");
    }
    at = pad8(at + 2 * labelCount);
    long directoryEnd = (long) at + 8L * chunks + pad8(4 * chunks) + pad8(chunks);
    if (directoryEnd > bytes.length - TRAILER - 8) {
      throw new CorruptDataException("the database is truncated");
    }
    long[] firstKeys = new long[chunks];
    for (int c = 0; c < chunks; c++) {
      firstKeys[c] = (long) LONG_LE.get(bytes, at + 8 * c);
    }
    at += 8 * chunks;
    int[] offsets = new int[chunks];
    for (int c = 0; c < chunks; c++) {
      offsets[c] = (int) INT_LE.get(bytes, at + 4 * c);
    }
    at += pad8(4 * chunks);
    byte[] lowBits = Arrays.copyOfRange(bytes, at, at + chunks);
    at += pad8(chunks);
    int dataStart = at;
    int dataEnd = bytes.length - TRAILER - 8;
    long expected = 0;
    for (int c = 0; c < chunks; c++) {
      int m = c == chunks - 1 ? count - c * CHUNK : CHUNK;
      if (offsets[c] != expected
          || lowBits[c] < 0
          || lowBits[c] > 50
          || firstKeys[c] < 0
          || firstKeys[c] > MAX_KEY
          || (c > 0 && firstKeys[c] <= firstKeys[c - 1])) {
        throw new CorruptDataException("the database's chunk directory is damaged");
      }
      expected += chunkBytes(m, lowBits[c], labelBits);
    }
    if (dataStart + expected != dataEnd) {
      throw new CorruptDataException("the database's size does not match its directory");
    }
    return new OfflineDb(
        bytes, version, count, labelBits, codes, firstKeys, offsets, lowBits, dataStart);
  }

  /** The server's version of this database. */
  public long version() {
    return version;
  }

  /** How many numbers it labels. */
  public int size() {
    return count;
  }

  /** The file's length in bytes. */
  public int byteSize() {
    return bytes.length;
  }

  /** The file as written (not a copy: do not change it). */
  public byte[] bytes() {
    return bytes;
  }

  /** The SHA-256 of the file before its trailer, which is also the trailer itself. */
  public byte[] checksum() {
    return Arrays.copyOfRange(bytes, bytes.length - TRAILER, bytes.length);
  }

  /** The label of {@code key} (E.164 digits as a number), or null when it has none. */
  public Label lookup(long key) {
    int index = labelIndex(key);
    return index < 0 ? null : labels[index];
  }

  /** The label code of {@code key}, or -1. */
  public int labelCode(long key) {
    int index = labelIndex(key);
    return index < 0 ? -1 : labelCodes[index];
  }

  /** The index of {@code key}'s label in the label table, or -1 when the key is absent. */
  public int labelIndex(long key) {
    long[] first = firstKeys;
    if (first.length == 0 || key < first[0]) {
      return -1;
    }
    // Two levels, as in a B-tree: the last top key <= key, then among its 64 first keys.
    long[] top = topKeys;
    int lo = 0;
    int hi = top.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (top[mid] <= key) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    lo = lo * 64;
    hi = Math.min(lo + 63, first.length - 1);
    while (lo < hi) { // the last chunk whose first key is <= key
      int mid = (lo + hi + 1) >>> 1;
      if (first[mid] <= key) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    int c = lo;
    int m = c == first.length - 1 ? count - c * CHUNK : CHUNK;
    long rel = key - first[c];
    int l = lowBits[c];
    long high = rel >>> l;
    if (high >= m) {
      return -1;
    }
    int h = (int) high;
    int base = dataStart + offsets[c];
    long w0 = (long) LONG_LE.get(bytes, base);
    long w1 = (long) LONG_LE.get(bytes, base + 8);
    int start = h == 0 ? 0 : select0(w0, w1, h - 1) - (h - 1);
    int end = select0(w0, w1, h) - h;
    long low = rel & ((1L << l) - 1);
    int lowStart = base + 16;
    for (int i = start; i < end; i++) {
      long value = bits(lowStart, (long) i * l, l);
      if (value == low) {
        return labelBits == 0
            ? 0
            : (int) bits(lowStart + (m * l + 7) / 8, (long) i * labelBits, labelBits);
      }
      if (value > low) {
        return -1;
      }
    }
    return -1;
  }

  /** Every number in ascending order, with its label code: for merging a delta. */
  public void forEach(EntryConsumer consumer) {
    int chunks = firstKeys.length;
    for (int c = 0; c < chunks; c++) {
      int m = c == chunks - 1 ? count - c * CHUNK : CHUNK;
      int l = lowBits[c];
      int base = dataStart + offsets[c];
      long w0 = (long) LONG_LE.get(bytes, base);
      long w1 = (long) LONG_LE.get(bytes, base + 8);
      int lowStart = base + 16;
      int labelStart = lowStart + (m * l + 7) / 8;
      int position = 0;
      for (int i = 0; i < m; i++) {
        // the i-th set bit of the 128-bit map is at high_i + i
        int z0 = Long.bitCount(w0);
        position = i < z0 ? select64(w0, i) : 64 + select64(w1, i - z0);
        long high = position - i;
        long key = firstKeys[c] + ((high << l) | bits(lowStart, (long) i * l, l));
        int index = labelBits == 0 ? 0 : (int) bits(labelStart, (long) i * labelBits, labelBits);
        consumer.accept(key, labelCodes[index]);
      }
    }
  }

  /** Receives the entries of {@link #forEach}. */
  @FunctionalInterface
  public interface EntryConsumer {
    void accept(long key, int labelCode);
  }

  private long bits(int byteStart, long bitOffset, int width) {
    long word = (long) LONG_LE.get(bytes, byteStart + (int) (bitOffset >>> 3));
    return (word >>> (bitOffset & 7)) & ((1L << width) - 1);
  }

  /** The position of the r-th (from 0) zero in the 128-bit map w0 (bits 0-63), w1 (64-127). */
  static int select0(long w0, long w1, int r) {
    int zeros0 = 64 - Long.bitCount(w0);
    return r < zeros0 ? select64(~w0, r) : 64 + select64(~w1, r - zeros0);
  }

  /** The position of the r-th (from 0) set bit of x; r must be below bitCount(x). */
  static int select64(long x, int r) {
    long s = x - ((x >>> 1) & 0x5555555555555555L);
    s = (s & 0x3333333333333333L) + ((s >>> 2) & 0x3333333333333333L);
    s = (s + (s >>> 4)) & 0x0F0F0F0F0F0F0F0FL;
    long cumulative = s * 0x0101010101010101L; // byte k: set bits in bytes 0..k
    // High bit of byte k set where cumulative_k >= r + 1 (no borrow: every byte is <= 64).
    long reached =
        ((cumulative | 0x8080808080808080L) - (r + 1) * 0x0101010101010101L) & 0x8080808080808080L;
    int k = Long.numberOfTrailingZeros(reached) >>> 3;
    int before = k == 0 ? 0 : (int) ((cumulative >>> ((k - 1) << 3)) & 0xFF);
    int b = (int) ((x >>> (k << 3)) & 0xFF);
    return (k << 3) + SELECT_IN_BYTE[(b << 3) | (r - before)];
  }

  static int chunkBytes(int m, int lowBits, int labelBits) {
    return 16 + (m * lowBits + 7) / 8 + (m * labelBits + 7) / 8;
  }

  static int bitsFor(int distinct) {
    return distinct <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(distinct - 1);
  }

  static int pad8(int n) {
    return (n + 7) & ~7;
  }

  private static int u16(byte[] b, int at) {
    return Short.toUnsignedInt((short) SHORT_LE.get(b, at));
  }

  static byte[] sha256(byte[] bytes, int length) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(bytes, 0, length);
      return digest.digest();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
