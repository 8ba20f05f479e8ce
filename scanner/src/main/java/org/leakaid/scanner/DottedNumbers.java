package org.leakaid.scanner;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Numbers joined by dots, a layer of {@link ScanSession}: IPv4 addresses (told from version numbers
 * by the words before them) and decimal coordinate pairs (told from SVG paths, matrices and point
 * lists by their neighbours).
 */
abstract class DottedNumbers extends LetterCodes {

  DottedNumbers(Scanner scanner) {
    super(scanner);
  }

  /** Where the line's last four-part version number (read as such, not as an IP) ends, or -1. */
  int lastVersionEnd;

  /**
   * Dotted numbers starting at {@code start}: IPv4 addresses and coordinates; versions and decimals
   * are skipped. {@code leftGlued}: a letter, digit or joint comes right before (then it is part of
   * a longer word). Returns where the pass continues.
   */
  int dotted(int start, int firstDot, boolean leftGlued) {
    int p = start;
    int parts = 0;
    boolean ipShape = true;
    int value = 0;
    int maxPart = 0;
    int partLen = 0;
    int firstIntLen = firstDot - start;
    while (p < to) {
      int b = buf[p];
      if (b >= '0' && b <= '9') {
        value = value * 10 + (b - '0');
        if (partLen >= 1 && buf[p - 1] == '0' && (p - 1 == start || buf[p - 2] == '.')) {
          ipShape = false; // leading zero
        }
        partLen++;
      } else if (b == '.' && partLen > 0 && p + 1 < to && buf[p + 1] >= '0' && buf[p + 1] <= '9') {
        ipShape &= partLen <= 3 && value <= 255;
        maxPart = Math.max(maxPart, value);
        parts++;
        value = 0;
        partLen = 0;
      } else {
        break;
      }
      p++;
    }
    ipShape &= partLen <= 3 && value <= 255;
    maxPart = Math.max(maxPart, value);
    parts++;
    if (leftGlued || isAsciiAlnum(p)) {
      return wordEnd(p);
    }
    if (parts == 4 && ipShape && wantIp) {
      if (p < to && buf[p] == '.' && isAsciiAlnum(p + 1)) {
        return p;
      }
      if (p + 1 < to && buf[p] == '-' && CLASS[buf[p + 1] & 0xFF] == LETTER) {
        return p; // a version with a suffix (1.3.0.1-motley); 10.0.0.1-254 is a range of IPs
      }
      boolean special = isReservedAddress(start, p);
      int window = numberFreeWindow(start);
      // "upgrade from 4.2.77.18 to 4.2.77.20": the second version has a number before it.
      boolean version =
          hasKeyword(dict.versionKeywords(), window, start) || joinedToLastVersion(start);
      // Four parts all below 20 (1.5.0.5, 3.6.11.1) are version numbers far more often than
      // addresses: those need an address word before them (ip=, 登录IP, from) or an IP column.
      boolean small =
          maxPart < 20
              && !hasKeyword(dict.ipKeywords(), window, start)
              && columnKind(start) != Header.IP;
      report(PiiType.IP_ADDRESS, start, p, special || version ? 0.3f : small ? 0.45f : 0.8f);
      lastVersionEnd = version ? p : -1;
      return p;
    }
    if (parts == 2 && wantGeo && firstIntLen <= 3 && p - firstDot - 1 >= 4) {
      int end = coordinatePair(start, firstDot, p);
      if (end > p) {
        return end;
      }
    }
    return p;
  }

  /**
   * Whether the four-part number at {@code start} follows the last version number of the line with
   * only "to", "-", "->", "~" or ".." (and spaces) between: the other end of an upgrade or a range
   * of versions.
   */
  private boolean joinedToLastVersion(int start) {
    if (lastVersionEnd < asciiFrom || start - lastVersionEnd > 8) {
      return false;
    }
    int from = lastVersionEnd;
    int end = start;
    while (from < end && buf[from] == ' ') {
      from++;
    }
    while (end > from && buf[end - 1] == ' ') {
      end--;
    }
    for (String joiner : VERSION_JOINERS) {
      if (end - from == joiner.length() && matches(from, joiner)) {
        return true;
      }
    }
    return false;
  }

  private static final String[] VERSION_JOINERS = {"to", "-", "->", "~", ".."};

  private boolean matches(int at, String ascii) {
    for (int k = 0; k < ascii.length(); k++) {
      if ((buf[at + k] | (ascii.charAt(k) >= 'a' ? 0x20 : 0)) != ascii.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "This network", loopback, multicast and reserved (0/8, 127/8, 224/3), and the three ranges RFC
   * 5737 keeps for documentation (192.0.2/24, 198.51.100/24, 203.0.113/24): no one's address.
   */
  private boolean isReservedAddress(int start, int end) {
    int first = 0; // the first three parts, eight bits each
    for (int q = start, value = 0; q < end; q++) {
      if (buf[q] == '.') {
        first = first << 8 | value;
        value = 0;
      } else {
        value = value * 10 + buf[q] - '0';
      }
    }
    int a = first >>> 16;
    return a == 0
        || a == 127
        || a >= 224
        || first == (192 << 16 | 0 << 8 | 2)
        || first == (198 << 16 | 51 << 8 | 100)
        || first == (203 << 16 | 0 << 8 | 113);
  }

  /**
   * A second decimal within a short gap (", ", ",\"lng\":", " ") after the first, both with four or
   * more decimals, one a latitude and the other a longitude in either order.
   */
  private int coordinatePair(int start, int firstDot, int firstEnd) {
    int q = firstEnd;
    boolean comma = false;
    boolean letters = false;
    boolean named = false; // 经度 116.407395 纬度 39.904211
    while (q < to && q - firstEnd < 16) {
      int b = buf[q];
      if ((b >= '0' && b <= '9') || b == '-') {
        break;
      }
      if (b == ',' || b == ' ' || b == ';' || b == '/' || b == '\t' || b == '&') {
        comma = true;
      } else if (b < 0) {
        int word = coordinateWordAt(q);
        if (word == 0) {
          return -1;
        }
        named = true;
        q += word;
        continue;
      } else if (b == '%') {
        return -1; // rgb(19.747925%,38.182068%): a colour
      } else if (CLASS[b] == LETTER) {
        letters = true;
      }
      q++;
    }
    // Letters in the gap only as a JSON/KV key naming the second coordinate: ,"lng": / &lon=
    if (letters && !gapNamesCoordinate(firstEnd, q)) {
      return -1;
    }
    if (!(comma || named) || q >= to) {
      return -1;
    }
    boolean neg2 = buf[q] == '-';
    int s2 = neg2 ? q + 1 : q;
    int p = s2;
    while (p < to && buf[p] >= '0' && buf[p] <= '9') {
      p++;
    }
    int int2 = p - s2;
    if (int2 < 1 || int2 > 3 || p >= to || buf[p] != '.') {
      return -1;
    }
    int dot2 = p++;
    while (p < to && buf[p] >= '0' && buf[p] <= '9') {
      p++;
    }
    int decimals2 = p - dot2 - 1;
    int decimals1 = firstEnd - firstDot - 1;
    if (decimals2 < 4 || isAsciiAlnum(p) || (p < to && (buf[p] == '.' || buf[p] == '%'))) {
      return -1;
    }
    if (inVectorData(start, p)) {
      return -1;
    }
    double v1 = parseDecimal(start, firstEnd);
    double v2 = parseDecimal(s2, p);
    boolean neg1 = start > lineFrom && buf[start - 1] == '-' && !isAsciiAlnum(start - 2);
    boolean pair = (v1 <= 90 && v2 <= 180) || (v1 <= 180 && v2 <= 90);
    // Prices and ratios have four decimals at most and stay small; a longitude east of 90°
    // (all of China) or five-plus decimals is what GPS output looks like.
    boolean gpsLike = Math.max(decimals1, decimals2) >= 5 || v1 > 90 || v2 > 90;
    // Both under 10 (0.964200 1.000000 in PostScript, 3.14159,-2.3765 in a test log) is the Gulf
    // of Guinea: fractions and constants, not the whereabouts of anyone a Chinese dump holds.
    if (!pair || !gpsLike || (v1 < 10 && v2 < 10)) {
      return -1;
    }
    report(PiiType.GEO_COORDINATE, neg1 ? start - 1 : start, p, 0.8f);
    return p;
  }

  /**
   * Whether the pair at {@code [start, end)} is one of a run of decimals (SVG paths such as "m
   * 11.714844 8.011719 c -0.96", matrices, point lists): another decimal, or a one-letter command,
   * right before or after it. A date or a plain number next to it is fine.
   */
  private boolean inVectorData(int start, int end) {
    int b = start - 1;
    while (b >= lineFrom && (buf[b] == ' ' || buf[b] == ',' || buf[b] == '-')) {
      b--;
    }
    if (b >= lineFrom && (isCommand(b) || decimalEndsAt(b))) {
      return true;
    }
    int a = end;
    while (a < to && (buf[a] == ' ' || buf[a] == ',' || buf[a] == '-')) {
      a++;
    }
    return a > end && a < to && (isCommand(a) || decimalStartsAt(a));
  }

  /** A single letter standing alone between blanks: an SVG path command (m, L, c, z). */
  private boolean isCommand(int i) {
    return CLASS[buf[i] & 0xFF] == LETTER
        && (i == lineFrom || buf[i - 1] == ' ' || buf[i - 1] == '"')
        && (i + 1 >= to || buf[i + 1] == ' ');
  }

  private boolean decimalEndsAt(int i) {
    int d = i;
    while (d >= lineFrom && buf[d] >= '0' && buf[d] <= '9') {
      d--;
    }
    return d < i && d > lineFrom && buf[d] == '.' && buf[d - 1] >= '0' && buf[d - 1] <= '9';
  }

  private boolean decimalStartsAt(int i) {
    int d = i;
    while (d < to && buf[d] >= '0' && buf[d] <= '9') {
      d++;
    }
    return d > i && d + 1 < to && buf[d] == '.' && buf[d + 1] >= '0' && buf[d + 1] <= '9';
  }

  /** Byte length of 经度 or 纬度 (longitude, latitude) at {@code p}, in either encoding, or 0. */
  private int coordinateWordAt(int p) {
    for (byte[] word : gb ? COORDINATE_WORDS_GB : COORDINATE_WORDS_UTF8) {
      if (Arrays.equals(buf, p, Math.min(p + word.length, to), word, 0, word.length)) {
        return word.length;
      }
    }
    return 0;
  }

  private static final byte[][] COORDINATE_WORDS_UTF8 =
      new byte[][] {"经度".getBytes(StandardCharsets.UTF_8), "纬度".getBytes(StandardCharsets.UTF_8)};

  private static final byte[][] COORDINATE_WORDS_GB =
      new byte[][] {"经度".getBytes(Gb18030.CHARSET), "纬度".getBytes(Gb18030.CHARSET)};

  private boolean gapNamesCoordinate(int s, int e) {
    for (int p = s; p + 3 <= e; p++) {
      int a = buf[p] | 0x20;
      int b = buf[p + 1] | 0x20;
      int c = buf[p + 2] | 0x20;
      if (a == 'l'
          && ((b == 'n' && c == 'g') || (b == 'o' && c == 'n') || (b == 'a' && c == 't'))) {
        return true;
      }
    }
    return false;
  }

  private double parseDecimal(int s, int e) {
    double v = 0;
    double scale = 0;
    for (int p = s; p < e; p++) {
      int b = buf[p];
      if (b == '.') {
        scale = 1;
      } else {
        if (scale > 0) {
          scale /= 10;
          v += (b - '0') * scale;
        } else {
          v = v * 10 + (b - '0');
        }
      }
    }
    return v;
  }

  /**
   * Where to look for a word that says what a four-part number is: the 24 bytes before it, but not
   * beyond another number (升级到 3.24.35.22 is a version; 版本 1.2 登录IP 183.12.34.56 is an address).
   */
  private int numberFreeWindow(int start) {
    int from = Math.max(lineFrom, start - 24);
    for (int p = start - 1; p > from; p--) {
      if (buf[p] >= '0' && buf[p] <= '9' && CLASS[buf[p - 1] & 0xFF] != LETTER) {
        return p + 1; // a number's last digit (the 8 of V8 belongs to a word)
      }
    }
    return from;
  }
}
