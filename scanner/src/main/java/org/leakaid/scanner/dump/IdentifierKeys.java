package org.leakaid.scanner.dump;

import java.nio.charset.StandardCharsets;
import org.leakaid.scanner.PiiType;
import org.leakaid.scanner.TextEncoding;
import org.leakaid.scanner.WordBits;

/**
 * 64-bit keys of identifiers in their canonical form, computed straight from the input bytes.
 *
 * <p>The same phone number is written {@code 13812345678}, {@code +86 138 1234 5678}, {@code
 * 138-1234-5678} or in full-width digits; the same ID with {@code x} or {@code X}; the same e-mail
 * in any letter case. Distinct counts, duplicate records and the watch list must all see one value,
 * so every finding is reduced to a canonical character sequence: full-width ASCII folded to ASCII
 * (in UTF-8 and GB18030 alike), separators dropped, letters folded (upper case for IDs and codes,
 * lower case for e-mail and the rest), the country code dropped from phone numbers. The sequence is
 * hashed (FNV-1a, then the MurmurHash3 finaliser so that low bits are usable as table slots). No
 * strings are made: this runs once per finding on the hot path.
 *
 * <p>Names and addresses are hashed byte for byte as written, in the input's encoding, so the same
 * name in a GBK file and a UTF-8 file gets two keys; within one dump that does not matter.
 */
final class IdentifierKeys {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long MOBILE_MODULUS = 100_000_000_000L; // keeps the last 11 digits
  private static final long OVERFLOW_GUARD = 100_000_000_000_000_000L;

  private IdentifierKeys() {}

  /** The key of a value regardless of its type (distinct counts, watch list). */
  static long valueKey(PiiType type, byte[] b, int start, int end, TextEncoding enc) {
    return switch (type) {
      case CN_MOBILE -> mobile(b, start, end, enc);
      case CN_RESIDENT_ID, CN_FOREIGN_PERMANENT_ID, BANK_CARD, CN_PASSPORT, CN_USCC ->
          folded(b, start, end, enc, true, false);
      case CN_LICENSE_PLATE -> folded(b, start, end, enc, true, true); // keeps the province
      case CN_LANDLINE -> landline(b, start, end, enc);
      case PERSON_NAME, CN_ADDRESS -> raw(b, start, end); // long Chinese text: as written
      default -> folded(b, start, end, enc, false, true);
    };
  }

  /**
   * The key of a typed value, from its {@link #valueKey} (record identity: an ID and a card with
   * the same digits differ).
   */
  static long typed(PiiType type, long valueKey) {
    return mix(valueKey + 0x9E3779B97F4A7C15L * (type.ordinal() + 1));
  }

  /** The key of a watch-list entry, as {@link #valueKey} would compute it for a finding. */
  static long valueKey(PiiType type, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return valueKey(type, bytes, 0, bytes.length, TextEncoding.UTF_8);
  }

  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  private static long mobile(byte[] b, int start, int end, TextEncoding enc) {
    long number = 0;
    for (int i = start; i < end; ) {
      int c = b[i];
      if (c >= 0) {
        i++; // ASCII: the common case, no decoding
      } else {
        c = asciiAt(b, i, end, enc);
        i += width(b, i, end, enc);
      }
      if (c >= '0' && c <= '9') {
        number = number * 10 + (c - '0');
        if (number >= OVERFLOW_GUARD) {
          number %= MOBILE_MODULUS; // rare: more than 17 digits; a division per digit is slow
        }
      }
    }
    return mix((number % MOBILE_MODULUS) ^ 0x5DEECE66DL);
  }

  private static long landline(byte[] b, int start, int end, TextEncoding enc) {
    // Canonical form: the digits without the international prefix 00, the country code 86 and
    // the trunk 0, so that 010-12345678 and +86 10 1234 5678 meet.
    byte[] digits = new byte[32];
    int n = 0;
    for (int i = start; i < end && n < digits.length; ) {
      int c = asciiAt(b, i, end, enc);
      i += width(b, i, end, enc);
      if (c >= '0' && c <= '9') {
        digits[n++] = (byte) c;
      }
    }
    int from = 0;
    if (n - from > 2 && digits[from] == '0' && digits[from + 1] == '0') {
      from += 2;
    }
    if (n - from > 2 && digits[from] == '8' && digits[from + 1] == '6') {
      from += 2;
    }
    if (n - from > 1 && digits[from] == '0') {
      from++;
    }
    long h = FNV_OFFSET;
    for (int k = from; k < n; k++) {
      h = (h ^ digits[k]) * FNV_PRIME;
    }
    return mix(h);
  }

  /**
   * Folds letter case ({@code upper}: to upper case, else to lower case) and full-width forms.
   * Without {@code keepOther} only letters and digits count (ID numbers, cards, codes); with it,
   * everything but white space does (e-mail, where '-' and '.' matter; names; addresses), other
   * characters as their raw bytes (0x80-0xFF, never equal to a folded ASCII character).
   *
   * <p>The canonical characters are packed eight to a long and each long is mixed in once: a
   * multiply per character (FNV) made this a tenth of the whole scan on dense dumps.
   */
  private static long folded(
      byte[] b, int start, int end, TextEncoding enc, boolean upper, boolean keepOther) {
    long h = FNV_OFFSET;
    long block = 0;
    int shift = 0;
    int n = 0;
    int i = start;
    // Eight bytes that fold to themselves go in whole: the usual ID, card or lower-case e-mail is
    // hashed a word at a time: 39 -> 32 ns a key over the findings of the dense benchmark corpus.
    for (; i + 8 <= end; i += 8, n += 8) {
      long x = WordBits.word(b, i);
      if (!foldsToItself(x, upper, keepOther)) {
        break;
      }
      h = step(h, x);
    }
    while (i < end) {
      int c = b[i];
      if (c < 0) {
        int w = width(b, i, end, enc);
        c = asciiAt(b, i, end, enc);
        if (c < 0) {
          if (keepOther) {
            for (int k = i; k < i + w; k++) {
              block |= (long) (b[k] & 0xFF) << shift;
              n++;
              if ((shift += 8) == 64) {
                h = step(h, block);
                block = 0;
                shift = 0;
              }
            }
          }
          i += w;
          continue;
        }
        i += w;
      } else {
        i++;
      }
      if (c >= 'a' && c <= 'z') {
        c = upper ? c - 32 : c;
      } else if (c >= 'A' && c <= 'Z') {
        c = upper ? c : c + 32;
      } else if (c <= ' ' || (!keepOther && (c < '0' || c > '9'))) {
        continue;
      }
      block |= (long) c << shift;
      n++;
      if ((shift += 8) == 64) {
        h = step(h, block);
        block = 0;
        shift = 0;
      }
    }
    return mix(step(h, block) + n);
  }

  /**
   * Whether eight bytes are each kept unchanged by {@link #folded}: ASCII digits only for IDs and
   * codes ({@code upper} without {@code keepOther}: an 'x' or a separator goes the slow way), or
   * for e-mail and the rest printable ASCII other than space and upper-case letters.
   */
  private static boolean foldsToItself(long x, boolean upper, boolean keepOther) {
    if (!keepOther) {
      return WordBits.digits(x) == HIGH_BITS;
    }
    if ((x & HIGH_BITS) != 0) {
      return false;
    }
    long printable = (x + 0x5F5F5F5F5F5F5F5FL) & HIGH_BITS; // > ' '
    long capital = (x + 0x3F3F3F3F3F3F3F3FL) & ~(x + 0x2525252525252525L) & HIGH_BITS; // A-Z
    long lower = (x + 0x1F1F1F1F1F1F1F1FL) & ~(x + 0x0505050505050505L) & HIGH_BITS; // a-z
    return printable == HIGH_BITS && (upper ? lower : capital) == 0;
  }

  private static final long HIGH_BITS = WordBits.HIGH_BITS;

  /** The bytes as they are, eight at a time: names and addresses have no other written forms. */
  private static long raw(byte[] b, int start, int end) {
    long h = FNV_OFFSET;
    int i = start;
    for (; i + 8 <= end; i += 8) {
      h = step(h, WordBits.word(b, i));
    }
    long block = 0;
    for (int shift = 0; i < end; i++, shift += 8) {
      block |= (long) (b[i] & 0xFF) << shift;
    }
    return mix(step(h, block) + (end - start));
  }

  private static long step(long h, long block) {
    return Long.rotateLeft((h ^ block) * 0x9E3779B97F4A7C15L, 29);
  }

  /**
   * The ASCII character at {@code i}, folding full-width forms (U+FF01..U+FF5E, the ideographic
   * space): -1 for any other non-ASCII character.
   */
  static int asciiAt(byte[] b, int i, int end, TextEncoding enc) {
    int c = b[i] & 0xFF;
    if (c < 0x80) {
      return c;
    }
    if (enc == TextEncoding.UTF_8) {
      if (i + 2 < end) {
        int c1 = b[i + 1] & 0xFF;
        int c2 = b[i + 2] & 0xFF;
        if (c == 0xEF && c1 == 0xBC && c2 >= 0x81 && c2 <= 0xBF) {
          return 0x21 + (c2 - 0x81); // U+FF01..U+FF3F
        }
        if (c == 0xEF && c1 == 0xBD && c2 >= 0x80 && c2 <= 0x9E) {
          return 0x60 + (c2 - 0x80); // U+FF40..U+FF5E
        }
        if (c == 0xE3 && c1 == 0x80 && c2 == 0x80) {
          return ' ';
        }
      }
      return -1;
    }
    if (i + 1 < end) {
      int c1 = b[i + 1] & 0xFF;
      if (c == 0xA3 && c1 >= 0xA1 && c1 <= 0xFE) {
        return 0x21 + (c1 - 0xA1); // GB2312 row 3: full-width ASCII
      }
      if (c == 0xA1 && c1 == 0xA1) {
        return ' ';
      }
    }
    return -1;
  }

  /** The byte length of the character at {@code i} (1 for invalid bytes, never past end). */
  static int width(byte[] b, int i, int end, TextEncoding enc) {
    int c = b[i] & 0xFF;
    int w;
    if (c < 0x80) {
      return 1;
    }
    if (enc == TextEncoding.UTF_8) {
      w = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    } else if (c >= 0x81 && c <= 0xFE && i + 1 < end) {
      int c1 = b[i + 1] & 0xFF;
      w = (c1 >= 0x30 && c1 <= 0x39) ? 4 : 2;
    } else {
      w = 1;
    }
    return Math.min(w, end - i);
  }
}
