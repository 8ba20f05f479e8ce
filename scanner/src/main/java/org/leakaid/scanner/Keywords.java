package org.leakaid.scanner;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Words looked for just before a doubtful candidate (卡号 before a card that fails Luhn, 护照 before a
 * bare E12345678, upgrade before 3.24.35.22), in the input's encoding, ASCII letters in any case.
 * Only doubtful candidates pay for the search, so a byte loop with a first-byte filter per set is
 * enough.
 */
final class Keywords {
  private final byte[][] utf8;
  private final byte[][] gb;
  private final boolean[] utf8First;
  private final boolean[] gbFirst;

  /** The last two bytes of each word, as a set of 16-bit values (for {@link #endAt}). */
  private final long[] utf8Tails;

  private final long[] gbTails;

  Keywords(List<String> words) {
    this.utf8 = encode(words, false);
    this.gb = encode(words, true);
    this.utf8First = firstBytes(utf8);
    this.gbFirst = firstBytes(gb);
    this.utf8Tails = tails(utf8);
    this.gbTails = tails(gb);
  }

  private static long[] tails(byte[][] words) {
    long[] set = new long[1 << 10];
    for (byte[] k : words) {
      if (k.length >= 2) {
        int tail = (k[k.length - 2] & 0xFF) << 8 | (k[k.length - 1] & 0xFF);
        set[tail >>> 6] |= 1L << tail;
      }
    }
    return set;
  }

  /** Whether one of the words occurs entirely within {@code buf[from, to)}. */
  boolean occurIn(byte[] buf, int from, int to, boolean gb) {
    byte[][] words = gb ? this.gb : utf8;
    boolean[] first = gb ? gbFirst : utf8First;
    for (int p = from; p < to; p++) {
      int b0 = lower(buf[p]) & 0xFF;
      if (!first[b0]) {
        continue;
      }
      outer:
      for (byte[] k : words) {
        if ((k[0] & 0xFF) != b0 || p + k.length > to) {
          continue;
        }
        for (int j = 1; j < k.length; j++) {
          if (lower(buf[p + j]) != k[j]) {
            continue outer;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** Whether one of the words ends right before {@code end} and starts at or after {@code from}. */
  boolean endAt(byte[] buf, int from, int end, boolean gb) {
    // Asked for every phone after "key=" or "key":: the last two bytes rule out most keys at once
    // (mobile=, "phone":), where trying each word cost ~7% of a structured scan of the corpus.
    if (end - from < 2) {
      return false;
    }
    int tail = (lower(buf[end - 2]) & 0xFF) << 8 | (lower(buf[end - 1]) & 0xFF);
    long[] tails = gb ? gbTails : utf8Tails;
    if ((tails[tail >>> 6] & (1L << tail)) == 0) {
      return false;
    }
    outer:
    for (byte[] k : gb ? this.gb : utf8) {
      int start = end - k.length;
      if (start < from) {
        continue;
      }
      for (int j = 0; j < k.length; j++) {
        if (lower(buf[start + j]) != k[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static byte lower(byte b) {
    return b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
  }

  private static byte[][] encode(List<String> words, boolean gb) {
    byte[][] out = new byte[words.size()][];
    for (int i = 0; i < out.length; i++) {
      byte[] b = words.get(i).getBytes(gb ? Gb18030.CHARSET : StandardCharsets.UTF_8);
      for (int j = 0; j < b.length; j++) {
        b[j] = lower(b[j]); // the matcher folds the same way
      }
      out[i] = b;
    }
    return out;
  }

  private static boolean[] firstBytes(byte[][] words) {
    boolean[] first = new boolean[256];
    for (byte[] k : words) {
      first[k[0] & 0xFF] = true;
    }
    return first;
  }
}
