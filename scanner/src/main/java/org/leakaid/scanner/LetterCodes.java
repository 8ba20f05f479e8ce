package org.leakaid.scanner;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Codes that start with a letter or a Chinese character, a layer of {@link ScanSession}: licence
 * plates (a province character, the city letter, five or six characters), passport numbers and
 * unified social credit codes (GB 32100).
 */
abstract class LetterCodes extends LineBytes {

  LetterCodes(Scanner scanner) {
    super(scanner);
  }

  /**
   * A word that starts with a letter, found at its first digit (the fast skip passes over letters):
   * passports (E12345678) and USCCs that start with a letter. Returns the word's end.
   */
  int letterWord(int firstDigit) {
    int start = firstDigit;
    while (start > asciiFrom && CLASS[buf[start - 1] & 0xFF] == LETTER) {
      start--;
    }
    if (start > asciiFrom && CLASS[buf[start - 1] & 0xFF] == DIGIT) {
      return wordEnd(firstDigit); // digits before the letters: the start was handled already
    }
    int end = wordEnd(firstDigit);
    int len = end - start;
    if ((len == 8 || len == 9) && wantPassport) {
      passport(start, end);
    } else if (len == 18 && wantUscc && isLeftClean(start)) {
      uscc(start, end, false);
    }
    return end;
  }

  /**
   * Passport numbers. Alone: E + 8 digits, G + 8 digits (older booklets), E + letter (not I/O) + 7
   * digits. After a passport keyword or in a passport column also the other current series, whose
   * shapes are too common elsewhere to stand alone: diplomatic D, service S, official P (one letter
   * and 7 or 8 digits, or DE/SE/PE and 7 digits), the Hong Kong SAR passport K (and the older H)
   * and the Macao SAR passport MA/MB and 7 digits.
   */
  void passport(int start, int end) {
    int len = end - start;
    int b0 = buf[start];
    int b1 = buf[start + 1];
    boolean digit1 = b1 >= '0' && b1 <= '9';
    boolean letter1 = b1 >= 'A' && b1 <= 'Z' && b1 != 'I' && b1 != 'O';
    boolean ordinary = len == 9 && (((b0 == 'E' || b0 == 'G') && digit1) || (b0 == 'E' && letter1));
    boolean labelledShape =
        ordinary
            || ("EGKSPDH".indexOf(b0) >= 0 && digit1)
            || (len == 9 && "DSP".indexOf(b0) >= 0 && b1 == 'E')
            || (len == 9 && b0 == 'M' && (b1 == 'A' || b1 == 'B'));
    if (!labelledShape || !isLeftClean(start) || !isRightClean(end)) {
      return;
    }
    for (int p = start + 2; p < end; p++) {
      if (buf[p] < '0' || buf[p] > '9') {
        return;
      }
    }
    boolean context =
        hasKeyword(dict.passportKeywords(), start) || columnKind(start) == Header.PASSPORT;
    if (context) {
      report(PiiType.CN_PASSPORT, start, end, 0.9f);
    } else if (ordinary) {
      report(PiiType.CN_PASSPORT, start, end, 0.45f);
    }
  }

  /**
   * A unified social credit code (GB 32100) at {@code [start, end)}, 18 characters. Codes with a
   * letter cannot be anything else; codes of digits only (the older organisation codes carried
   * over) or ending in X look like ID or order numbers, so they count only with a keyword
   * (统一社会信用代码, 税号 ...) before them or in a credit-code column. Returns whether it was reported or
   * rejected; with {@code contextOnly}, a code without context is left alone.
   */
  boolean uscc(int start, int end, boolean contextOnly) {
    int sum = 0;
    if (Uscc.value(upper(buf[start])) < 0 || buf[start] == '0' || buf[start + 1] == '0') {
      return false;
    }
    boolean letter = false;
    boolean lowerCase = false;
    for (int p = start; p < end; p++) {
      int v = Uscc.value(upper(buf[p]));
      if (v < 0 && p < end - 1) {
        return false;
      }
      letter |= v > 9 && p < end - 1;
      lowerCase |= buf[p] >= 'a';
    }
    int region = 0;
    for (int p = start + 2; p < start + 8; p++) {
      if (buf[p] < '0' || buf[p] > '9') {
        return false;
      }
      region = region * 10 + buf[p] - '0';
    }
    if (!RegionCodes.isKnown(region) && region != 100000) {
      return false; // the 3rd-8th characters are the registering authority's division code
    }
    for (int p = start, k = 0; k < 17; p++, k++) {
      sum += Uscc.value(upper(buf[p])) * USCC_WEIGHTS[k];
    }
    int check = Uscc.ALPHABET.charAt((31 - sum % 31) % 31);
    if (upper(buf[end - 1]) == check) {
      // Typed in lower case (91350100m000100y43), a code needs its keyword like one of digits.
      boolean sure = !lowerCase && (letter || (check > '9' && check != 'X'));
      boolean context =
          sure || hasKeyword(dict.usccKeywords(), start) || columnKind(start) == Header.USCC;
      if (contextOnly && !context) {
        return false;
      }
      report(PiiType.CN_USCC, start, end, context ? 0.9f : 0.45f);
      return true;
    }
    if (letter && !lowerCase) {
      reject(PiiType.CN_USCC, start, end);
      return true;
    }
    return false;
  }

  private static int upper(byte b) {
    return b >= 'a' && b <= 'z' ? b - 32 : b;
  }

  private static final int[] USCC_WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  /**
   * A plate whose province is the character at {@code [charStart, next)}: reported, and its end
   * returned; else -1.
   */
  int plateAfter(int charStart, int next) {
    if (!wantPlate || next >= to || !isCityLetterAt(next)) {
      return -1;
    }
    if (!dict.isPlateProvince(decode(charStart, next - charStart))) {
      return -1;
    }
    int end = plate(next);
    if (end <= next) {
      return -1;
    }
    report(PiiType.CN_LICENSE_PLATE, charStart, end, foldedAt(next) >= 'a' ? 0.7f : 0.85f);
    asciiFrom = end; // conservative: the plate may end in a multi-byte suffix
    return end;
  }

  static boolean isCityLetter(byte b) {
    int c = b | 0x20;
    return c >= 'a' && c <= 'z' && b >= 'A';
  }

  /**
   * Ａ-Ｚ or ａ-ｚ at {@code i} in UTF-8, whose lead byte is known to be 0xEF. Asked at every
   * full-width comma and colon of Chinese text, so it reads two bytes rather than folding the
   * character ({@link #isCityLetterAt} first cost ~2-3% of a structured scan of the corpus).
   */
  boolean isFullWidthLetterUtf8(int i) {
    if (i + 2 >= to) {
      return false;
    }
    int b1 = buf[i + 1] & 0xFF;
    int b2 = buf[i + 2] & 0xFF;
    return (b1 == 0xBC && b2 >= 0xA1 && b2 <= 0xBA) || (b1 == 0xBD && b2 >= 0x81 && b2 <= 0x9A);
  }

  private boolean isCityLetterAt(int p) {
    int c = foldedAt(p);
    return c > 0 && isCityLetter((byte) c);
  }

  /**
   * A plate after its province character: city letter, optional separator (space - · • ・), then
   * five characters (at least two digits), four plus a 学/警/挂/港/澳 suffix, or six for new-energy
   * plates (D/F first or last). Returns the end, or {@code p} if it is not a plate.
   */
  int plate(int p) {
    int q = p + foldedWidth(p);
    int separator = foldedAt(q);
    if (separator == ' ' || separator == '-') {
      q += foldedWidth(q);
    } else if (q < to && buf[q] < 0) {
      for (byte[] dot : gb ? PLATE_DOTS_GB : PLATE_DOTS_UTF8) {
        if (Arrays.equals(buf, q, Math.min(q + dot.length, to), dot, 0, dot.length)) {
          q += dot.length;
          break;
        }
      }
    }
    int n = 0; // characters of the number
    int first = 0;
    int last = 0;
    int digitsSeen = 0;
    int lower = foldedAt(p) >= 'a' ? 0x20 : 0; // 粤b12345: typed in lower case, then all of it
    boolean asciiNumber = q < to && buf[q] >= 0; // its characters are all ASCII or all full-width
    while (n < 7 && q < to && (buf[q] >= 0) == asciiNumber) {
      int c = foldedAt(q);
      if (c >= '0' && c <= '9') {
        digitsSeen++;
      } else if (c < 0
          || (c & 0x20) != lower
          || !isCityLetter((byte) c)
          || (c | 0x20) == 'i'
          || (c | 0x20) == 'o') {
        break;
      }
      first = n == 0 ? c : first;
      last = c;
      n++;
      q += foldedWidth(q);
    }
    // Glued to a letter or digit of the same width: a longer code. A full-width phone number
    // right after an ASCII plate (粤D 0JGP4１３８...) is typed apart, in another mode.
    int next = foldedAt(q);
    boolean alnum = (next >= '0' && next <= '9') || isCityLetter((byte) Math.max(next, 0));
    if (alnum && (buf[q] >= 0) == asciiNumber) {
      return p;
    }
    int suffix = q < to ? charLength(q) : 0;
    boolean suffixed = suffix > 1 && dict.isPlateSuffix(decode(q, suffix));
    if (n == 5 && digitsSeen >= 2) {
      return suffixed ? q + suffix : q;
    }
    if (n == 4 && digitsSeen >= 3 && suffixed) {
      return q + suffix; // 苏E1234学, 粤B1234港
    }
    if (n == 6) {
      // GA 36-2018: a small new-energy vehicle's number starts with the energy letter, a letter or
      // digit, then four digits; a large one's is five digits and the letter. The letter was D
      // (pure electric) or F (other); the 2022 extension added A B C E (pure electric) and G H J K.
      boolean small = isEnergyLetter(first) && digitsSeen >= 4 && lastFourDigits(q, asciiNumber);
      boolean large = isEnergyLetter(last) && digitsSeen == 5;
      return small || large ? q : p;
    }
    return p;
  }

  private static boolean isEnergyLetter(int c) {
    return c > 0 && "ABCDEFGHJK".indexOf(c & ~0x20) >= 0;
  }

  /** Whether the four characters before {@code end} (all ASCII or all full-width) are digits. */
  private boolean lastFourDigits(int end, boolean ascii) {
    int width = ascii ? 1 : gb ? 2 : 3;
    for (int k = 1; k <= 4; k++) {
      int c = foldedAt(end - k * width);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The dots written between a plate's city letter and its number: · • ・ */
  private static final byte[][] PLATE_DOTS_UTF8 = encode("·•・", StandardCharsets.UTF_8);

  private static final byte[][] PLATE_DOTS_GB = encode("·•・", Gb18030.CHARSET);

  private static byte[][] encode(String characters, Charset charset) {
    return characters
        .codePoints()
        .mapToObj(c -> Character.toString(c).getBytes(charset))
        .toArray(byte[][]::new);
  }
}
