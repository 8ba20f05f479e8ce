package org.leakaid.numbers.offline;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/** Writes the {@link OfflineDb} format from sorted numbers and their label codes. */
public final class OfflineDbWriter {

  private OfflineDbWriter() {}

  /**
   * The database file for {@code keys} (ascending, distinct, 0 to {@link OfflineDb#MAX_KEY}) with
   * the label {@code codes[i]} for {@code keys[i]}.
   */
  public static byte[] write(long version, long[] keys, int[] codes) {
    int n = keys.length;
    if (codes.length != n) {
      throw new IllegalArgumentException("one label code per key");
    }
    if (version < 0) {
      throw new IllegalArgumentException("version must not be negative");
    }
    for (int i = 0; i < n; i++) {
      if (keys[i] < 0 || keys[i] > OfflineDb.MAX_KEY) {
        throw new IllegalArgumentException("not an E.164 number: " + keys[i]);
      }
      if (i > 0 && keys[i] <= keys[i - 1]) {
        throw new IllegalArgumentException("keys must be ascending and distinct at " + i);
      }
      Label.ofCode(codes[i]); // throws for a code that is not a label
    }
    int[] dictionary = Arrays.stream(codes).distinct().sorted().toArray();
    int labelBits = OfflineDb.bitsFor(dictionary.length);
    int chunks = (n + OfflineDb.CHUNK - 1) / OfflineDb.CHUNK;
    byte[] lows = new byte[chunks];
    long dataSize = 0;
    for (int c = 0; c < chunks; c++) {
      int from = c * OfflineDb.CHUNK;
      int m = Math.min(OfflineDb.CHUNK, n - from);
      long span = keys[from + m - 1] - keys[from];
      int l = 0;
      while ((span >>> l) >= m) {
        l++;
      }
      lows[c] = (byte) l;
      dataSize += OfflineDb.chunkBytes(m, l, labelBits);
    }
    long size =
        OfflineDb.HEADER
            + OfflineDb.pad8(2 * dictionary.length)
            + 8L * chunks
            + OfflineDb.pad8(4 * chunks)
            + OfflineDb.pad8(chunks)
            + dataSize
            + 8
            + OfflineDb.TRAILER;
    if (size > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("too many numbers for one database file");
    }
    ByteBuffer out = ByteBuffer.allocate((int) size).order(ByteOrder.LITTLE_ENDIAN);
    out.put(OfflineDb.MAGIC)
        .putShort((short) OfflineDb.FORMAT)
        .putShort((short) OfflineDb.CHUNK)
        .putLong(version)
        .putInt(n)
        .putInt(chunks)
        .putShort((short) dictionary.length)
        .put((byte) labelBits)
        .put(new byte[5]);
    for (int code : dictionary) {
      out.putShort((short) code);
    }
    out.position(OfflineDb.pad8(out.position()));
    for (int c = 0; c < chunks; c++) {
      out.putLong(keys[c * OfflineDb.CHUNK]);
    }
    long offset = 0;
    for (int c = 0; c < chunks; c++) {
      out.putInt((int) offset);
      int m = Math.min(OfflineDb.CHUNK, n - c * OfflineDb.CHUNK);
      offset += OfflineDb.chunkBytes(m, lows[c], labelBits);
    }
    out.position(OfflineDb.pad8(out.position()));
    out.put(lows);
    out.position(OfflineDb.pad8(out.position()));
    for (int c = 0; c < chunks; c++) {
      int from = c * OfflineDb.CHUNK;
      int m = Math.min(OfflineDb.CHUNK, n - from);
      int l = lows[c];
      long w0 = 0;
      long w1 = 0;
      BitWriter low = new BitWriter(m * l);
      BitWriter label = new BitWriter(m * labelBits);
      for (int i = 0; i < m; i++) {
        long rel = keys[from + i] - keys[from];
        int position = (int) (rel >>> l) + i;
        if (position < 64) {
          w0 |= 1L << position;
        } else {
          w1 |= 1L << (position - 64);
        }
        low.write(rel & ((1L << l) - 1), l);
        label.write(Arrays.binarySearch(dictionary, codes[from + i]), labelBits);
      }
      out.putLong(w0).putLong(w1).put(low.bytes()).put(label.bytes());
    }
    out.put(new byte[8]);
    byte[] bytes = out.array();
    out.put(OfflineDb.sha256(bytes, out.position()));
    return bytes;
  }

  /** Packs values of a fixed width from bit 0 of the first byte upwards. */
  private static final class BitWriter {
    private final byte[] bytes;
    private long bit;

    BitWriter(int bits) {
      bytes = new byte[(bits + 7) / 8];
    }

    void write(long value, int width) {
      for (int i = 0; i < width; i++, bit++) {
        if ((value >>> i & 1) != 0) {
          bytes[(int) (bit >>> 3)] |= (byte) (1 << (bit & 7));
        }
      }
    }

    byte[] bytes() {
      return bytes;
    }
  }
}
