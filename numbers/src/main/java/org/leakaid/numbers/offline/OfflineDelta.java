package org.leakaid.numbers.offline;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The changes from one database version to another, to download instead of the whole database.
 *
 * <h2>Format 1 (integers little-endian)</h2>
 *
 * <pre>
 * offset size
 *  0     4    magic "LKDL"
 *  4     2    format = 1
 *  6     2    zero
 *  8     8    from version
 * 16     8    to version
 * 24     4    count of numbers in the resulting database
 * 28     4    entry count
 * 32     32   SHA-256 of the resulting database file (its trailer)
 * 64          entries, ascending by number: the number minus the previous entry's number (the
 *             first: minus 0) as an unsigned LEB128 varint, then the label code + 1 as a varint,
 *             0 meaning "no longer labelled"
 * end-32 32   SHA-256 of everything before it
 * </pre>
 *
 * <p>{@link #apply} checks the delta's own checksum, that it starts from the database's version,
 * and that the merged database has exactly the promised SHA-256 and count; otherwise it throws and
 * returns nothing, so a delta is applied whole or not at all.
 */
public final class OfflineDelta {

  static final byte[] MAGIC = {'L', 'K', 'D', 'L'};
  static final int HEADER = 64;

  /** One change: {@code code} is a label code, or -1 when the number loses its label. */
  public record Change(long key, int code) {}

  private OfflineDelta() {}

  /** Whether {@code bytes} start like a delta (rather than a database). */
  public static boolean isDelta(byte[] bytes) {
    return bytes.length >= 4 && Arrays.equals(bytes, 0, 4, MAGIC, 0, 4);
  }

  /**
   * Encodes a delta. {@code keys} ascending and distinct; {@code codes[i]} the new label code of
   * {@code keys[i]}, -1 for a removal. {@code result} is the database the delta must produce.
   */
  public static byte[] write(long fromVersion, OfflineDb result, long[] keys, int[] codes) {
    ByteArrayOutputStream entries = new ByteArrayOutputStream(keys.length * 5);
    long previous = 0;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] < previous || (i > 0 && keys[i] == previous)) {
        throw new IllegalArgumentException("delta keys must be ascending and distinct");
      }
      varint(entries, keys[i] - previous);
      varint(entries, codes[i] + 1L);
      previous = keys[i];
    }
    byte[] body = entries.toByteArray();
    ByteBuffer out =
        ByteBuffer.allocate(HEADER + body.length + OfflineDb.TRAILER)
            .order(ByteOrder.LITTLE_ENDIAN);
    out.put(MAGIC)
        .putShort((short) 1)
        .putShort((short) 0)
        .putLong(fromVersion)
        .putLong(result.version())
        .putInt(result.size())
        .putInt(keys.length)
        .put(result.checksum())
        .put(body);
    byte[] bytes = out.array();
    out.put(OfflineDb.sha256(bytes, out.position()));
    return bytes;
  }

  /** The delta that turns {@code from} into {@code to}. */
  public static byte[] between(OfflineDb from, OfflineDb to) {
    long[][] a = entries(from);
    long[][] b = entries(to);
    long[] keys = new long[a[0].length + b[0].length];
    int[] codes = new int[keys.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a[0].length || j < b[0].length) {
      if (j == b[0].length || (i < a[0].length && a[0][i] < b[0][j])) {
        keys[n] = a[0][i++];
        codes[n++] = -1;
      } else if (i == a[0].length || b[0][j] < a[0][i]) {
        keys[n] = b[0][j];
        codes[n++] = (int) b[1][j++];
      } else {
        if (a[1][i] != b[1][j]) {
          keys[n] = b[0][j];
          codes[n++] = (int) b[1][j];
        }
        i++;
        j++;
      }
    }
    return write(from.version(), to, Arrays.copyOf(keys, n), Arrays.copyOf(codes, n));
  }

  /** The version a delta starts from, after checking it; for choosing what to download. */
  public static long fromVersion(byte[] delta) throws CorruptDataException {
    check(delta);
    return ByteBuffer.wrap(delta).order(ByteOrder.LITTLE_ENDIAN).getLong(8);
  }

  /**
   * Applies {@code delta} to {@code db}: the updated database, or an exception and nothing changed.
   */
  public static OfflineDb apply(OfflineDb db, byte[] delta) throws CorruptDataException {
    check(delta);
    ByteBuffer in = ByteBuffer.wrap(delta).order(ByteOrder.LITTLE_ENDIAN);
    long from = in.getLong(8);
    long to = in.getLong(16);
    int resultCount = in.getInt(24);
    int entryCount = in.getInt(28);
    byte[] resultSha = Arrays.copyOfRange(delta, 32, 64);
    if (from != db.version()) {
      throw new CorruptDataException(
          "the delta is from version "
              + from
              + " but the database is version "
              + db.version()
              + ": download the whole database");
    }
    if (entryCount < 0 || entryCount > delta.length) {
      throw new CorruptDataException("the delta's header is inconsistent");
    }
    long[] keys = new long[entryCount];
    int[] codes = new int[entryCount];
    int[] at = {HEADER};
    int end = delta.length - OfflineDb.TRAILER;
    long previous = 0;
    for (int i = 0; i < entryCount; i++) {
      long key = previous + readVarint(delta, at, end);
      long code = readVarint(delta, at, end) - 1;
      if ((i > 0 && key <= previous) || key > OfflineDb.MAX_KEY || code < -1 || code >= 1 << 10) {
        throw new CorruptDataException("the delta's entries are damaged");
      }
      keys[i] = key;
      codes[i] = (int) code;
      previous = key;
    }
    if (at[0] != end) {
      throw new CorruptDataException("the delta's entries are damaged");
    }
    long[][] old = entries(db);
    long[] mergedKeys = new long[old[0].length + entryCount];
    int[] mergedCodes = new int[mergedKeys.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < old[0].length || j < entryCount) {
      if (j == entryCount || (i < old[0].length && old[0][i] < keys[j])) {
        mergedKeys[n] = old[0][i];
        mergedCodes[n++] = (int) old[1][i++];
      } else {
        if (i < old[0].length && old[0][i] == keys[j]) {
          i++;
        }
        if (codes[j] >= 0) {
          mergedKeys[n] = keys[j];
          mergedCodes[n++] = codes[j];
        }
        j++;
      }
    }
    byte[] bytes;
    try {
      bytes =
          OfflineDbWriter.write(to, Arrays.copyOf(mergedKeys, n), Arrays.copyOf(mergedCodes, n));
    } catch (IllegalArgumentException e) {
      throw new CorruptDataException("the delta's entries are damaged: " + e.getMessage());
    }
    OfflineDb result = OfflineDb.read(bytes);
    if (result.size() != resultCount || !Arrays.equals(result.checksum(), resultSha)) {
      throw new CorruptDataException(
          "the updated database would not match version "
              + to
              + " (the local database differs from the server's): download the whole database");
    }
    return result;
  }

  private static void check(byte[] delta) throws CorruptDataException {
    if (delta.length < HEADER + OfflineDb.TRAILER || !isDelta(delta)) {
      throw new CorruptDataException("not a LeakAid offline database delta (no LKDL header)");
    }
    if ((delta[4] & 0xFF | (delta[5] & 0xFF) << 8) != 1) {
      throw new CorruptDataException("delta format not supported; update the program");
    }
    int end = delta.length - OfflineDb.TRAILER;
    if (!Arrays.equals(OfflineDb.sha256(delta, end), 0, 32, delta, end, delta.length)) {
      throw new CorruptDataException(
          "the delta's checksum does not match: the file is damaged or incomplete");
    }
  }

  private static long[][] entries(OfflineDb db) {
    long[] keys = new long[db.size()];
    long[] codes = new long[db.size()];
    int[] n = {0};
    db.forEach(
        (key, code) -> {
          keys[n[0]] = key;
          codes[n[0]++] = code;
        });
    return new long[][] {keys, codes};
  }

  private static void varint(ByteArrayOutputStream out, long value) {
    while ((value & ~0x7FL) != 0) {
      out.write((int) (value & 0x7F) | 0x80);
      value >>>= 7;
    }
    out.write((int) value);
  }

  private static long readVarint(byte[] bytes, int[] at, int end) throws CorruptDataException {
    long value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (at[0] >= end) {
        throw new CorruptDataException("the delta is truncated");
      }
      int b = bytes[at[0]++] & 0xFF;
      value |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new CorruptDataException("the delta's entries are damaged");
  }
}
