package org.leakaid.scanner;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes at a time: the word-wide tests the scanner's loops use to pass over bytes they have
 * no interest in. A word is eight bytes of a {@code byte[]} read as a little-endian long ({@link
 * #word}), so its lowest set bit lies in the first byte of interest. The results have the high bit
 * of each byte set where the byte qualifies; bits above a qualifying zero byte may be set too (a
 * borrow), so only the lowest set bit, or whether any is set, is exact.
 */
public final class WordBits {
  /** The high bit of every byte. */
  public static final long HIGH_BITS = 0x8080808080808080L;

  private static final long ONES = 0x0101010101010101L;
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private WordBits() {}

  /** Bytes {@code b[i, i + 8)} as a little-endian long. */
  public static long word(byte[] b, int i) {
    return (long) LONGS.get(b, i);
  }

  /** Every byte in {@code [0, 8)}: repeated, to compare a word with one byte value. */
  public static long repeat(int b) {
    return ONES * (b & 0xFF);
  }

  /** The bytes equal to the byte that {@code pattern} repeats (see {@link #repeat}). */
  public static long equal(long x, long pattern) {
    long v = x ^ pattern;
    return (v - ONES) & ~v & HIGH_BITS;
  }

  /** The bytes that are ASCII digits '0'..'9' (exact: no borrow across bytes). */
  public static long digits(long x) {
    long ascii = x & ~HIGH_BITS; // no byte above 0x7F: the sums below cannot carry across bytes
    return (ascii + 0x5050505050505050L) & ~(ascii + 0x4646464646464646L) & ~x & HIGH_BITS;
  }
}
