package org.leakaid.scanner;

/**
 * Numbers written as digit groups, a layer of {@link ScanSession}: the groups of a number are read
 * once into a small int array and tried as windows against the shapes people write (phone 3-4-4,
 * card 4-4-4-4, ID 6-8-4, area code and number, +86 ...), then validated in place (MOD 11-2, Luhn,
 * mobile segments, area codes). The class comment of {@link ScanSession} tells the whole walk.
 */
abstract class DigitGroups extends DottedNumbers {

  private static final int MAX_GROUPS = 8;

  private static final int MAX_DIGITS = 64;

  private final int todayYmd;

  // Digit groups of the number being read.
  final int[] digits = new int[MAX_DIGITS];

  private final int[] gStart = new int[MAX_GROUPS];

  private final int[] gEnd = new int[MAX_GROUPS];

  private final int[] gFirst = new int[MAX_GROUPS];

  private final int[] gLen = new int[MAX_GROUPS];

  private final int[] gSep = new int[MAX_GROUPS];

  private final boolean[] gX = new boolean[MAX_GROUPS];

  private final int[] scratch = new int[18];

  private int groups;

  boolean leftGlued;

  private boolean rightGlued;

  private int plusStart;

  /** Where the bracket of a bracketed area code ({@code (0755)}, {@code （0371）}) starts, or -1. */
  private int bracketStart;

  DigitGroups(Scanner scanner) {
    super(scanner);
    this.todayYmd = ResidentIds.today();
  }

  /**
   * Reads the digit groups starting at {@code start} (which is not preceded by a letter or digit of
   * the same word), interprets them and returns where the main pass continues.
   */
  int number(int start) {
    groups = 0;
    plusStart = -1;
    bracketStart = -1;
    leftGlued = !isLeftClean(start);
    if (leftGlued && buf[start] >= 0 && CLASS[buf[start - 1] & 0xFF] == LETTER) {
      return letterWord(start); // (a full-width digit after letters is read as a glued number)
    }
    if (!wantNumbers) {
      return wordEnd(start);
    }
    if (!leftGlued && start > lineFrom && buf[start - 1] == '+') {
      plusStart = start - 1;
    }
    rightGlued = false;
    int nd = 0;
    int p = start;
    while (true) {
      int k = groups;
      gStart[k] = p;
      gFirst[k] = nd;
      gX[k] = false;
      gSep[k] = 0;
      while (p < to) {
        int b = buf[p];
        int d;
        if (b >= '0' && b <= '9') {
          d = b - '0';
          p++;
        } else if (b >= 0 || (d = digitAt(p)) < 0) {
          break;
        } else {
          p += d >>> 4;
          d &= 15;
          asciiFrom = p; // a full-width digit: multi-byte
        }
        if (nd < MAX_DIGITS) {
          digits[nd] = d;
        }
        nd++;
      }
      gEnd[k] = p;
      gLen[k] = nd - gFirst[k];
      groups = k + 1;
      if (p >= to) {
        break;
      }
      int b = buf[p] & 0xFF;
      if ((b == 'X' || b == 'x') && !isAsciiAlnum(p + 1)) {
        gX[k] = true;
        gEnd[k] = ++p;
        break;
      }
      if (b == '.' && digitAt(p + 1) >= 0) {
        if (k == 0 && nd == 11 && p == gStart[0] + 11 && buf[p + 1] == '0' && isRightClean(p + 2)) {
          break; // 13812345678.0: pandas writes a column of phones with gaps in it as floats
        }
        if (k == 0) {
          return dotted(start, p, leftGlued);
        }
        rightGlued = true;
        break;
      }
      if (CLASS[b] == LETTER || b == '_' || b == '@') {
        rightGlued = true;
        if (k == 0) {
          int end = wordEnd(p);
          if (wantUscc && !leftGlued && end - start == 18) {
            uscc(start, end, false);
          }
          return end;
        }
        break;
      }
      // Joiners and an area code's closing bracket, ASCII or full-width (电话（0371）2911－7821).
      boolean fullWidthForm = b == fullWidthLead();
      int joiner = b == ' ' || b == '-' ? 1 : fullWidthForm ? fullWidth(p, '-') : 0;
      if (joiner > 0 && k + 1 < MAX_GROUPS && digitAt(p + joiner) >= 0) {
        gSep[k] = b == ' ' ? ' ' : '-';
        p += joiner;
        continue;
      }
      // An area code in brackets after the country code: +86 (20) 8280 3159, 0086(020)82803159.
      if (k == 0 && countryCodeGroup()) {
        int q = b == ' ' && p + 1 < to ? p + 1 : p;
        if (buf[q] == '(' && q + 1 < to && buf[q + 1] >= '0' && buf[q + 1] <= '9') {
          gSep[k] = '(';
          p = q + 1;
          continue;
        }
      }
      int close = b == ')' ? 1 : fullWidthForm ? fullWidth(p, ')') : 0;
      if (close == 1 && k == 1 && gSep[0] == '(' && gLen[1] >= 2 && gLen[1] <= 4) {
        int q = p + 1;
        if (q < to && (buf[q] == ' ' || buf[q] == '-')) {
          q++;
        }
        if (q < to && buf[q] >= '0' && buf[q] <= '9') {
          gSep[k] = ')';
          p = q;
          continue;
        }
      }
      int open = close > 0 && k == 0 && digits[0] == 0 && nd <= 4 ? openBracketBefore(start) : 0;
      if (open > 0 && k + 1 < MAX_GROUPS) {
        int q = p + close;
        if (q < to && (buf[q] == ' ' || buf[q] == '-')) {
          q++;
        }
        if (digitAt(q) >= 0) {
          bracketStart = start - open;
          gSep[k] = ')';
          p = q;
          continue;
        }
      }
      if ((b == '-' || b == '.' || b == '/') && isAsciiAlnum(p + 1)) {
        rightGlued = b != '/' || !slashBetweenLongNumbers(p);
      }
      break;
    }
    if (nd >= 10) {
      // Nothing looked for has fewer digits (a mobile 11, area code and number 10 or more), and
      // most digit runs of a dump are dates, times, amounts and house numbers.
      interpret();
    }
    return p;
  }

  /**
   * The end of a run of fewer than eight ASCII digits that nothing can extend (no separator,
   * letter, dot or full-width digit follows), or -1. Two thirds of the digit runs in the dense
   * benchmark corpus are shorter than five digits (dates, times, amounts, house numbers): the main
   * loop steps over those without calling {@link #number} unless a letter precedes them.
   */
  int shortNumberEnd(int start) {
    int p = start;
    if (p + 8 <= to) {
      long other = ~WordBits.digits(WordBits.word(buf, p)) & HIGH_BITS;
      if (other == 0) {
        return -1; // eight digits or more: not short
      }
      p += Long.numberOfTrailingZeros(other) >>> 3;
    } else {
      while (p < to && buf[p] >= '0' && buf[p] <= '9') {
        p++;
      }
    }
    if (p == start) {
      return -1; // a full-width digit: the slow way
    }
    if (p == to) {
      return p;
    }
    int b = buf[p] & 0xFF;
    if (b >= 0x80) {
      boolean fullWidthForm = b == fullWidthLead(); // a digit, ')' or '-' may continue it
      return fullWidthForm && (digitAt(p) >= 0 || fullWidth(p, ')') > 0 || fullWidth(p, '-') > 0)
          ? -1
          : p;
    }
    return CONTINUES_NUMBER[b] ? -1 : p;
  }

  /** ASCII bytes after a digit group that may make it part of something longer or glued. */
  private static final boolean[] CONTINUES_NUMBER = new boolean[128];

  static {
    for (int b = 0; b < 128; b++) {
      CONTINUES_NUMBER[b] = CLASS[b] == DIGIT || CLASS[b] == LETTER;
    }
    for (char c : " -.)_@(".toCharArray()) {
      CONTINUES_NUMBER[c] = true;
    }
  }

  /** Tries windows of whole groups, longest first, left to right. */
  private void interpret() {
    if (foreign()) {
      return;
    }
    int s = 0;
    int k = groups;
    while (s < k) {
      boolean matched = false;
      boolean startOk = s == 0 ? !leftGlued : gSep[s - 1] != '-';
      if (startOk) {
        for (int e = Math.min(k, s + 6); e > s; e--) {
          if ((e < k ? gSep[e - 1] == '-' : rightGlued) && !extension(s, e, k)) {
            continue;
          }
          if (gX[e - 1] && e != k) {
            continue;
          }
          if (window(s, e)) {
            matched = true;
            s = e;
            break;
          }
        }
      }
      if (!matched) {
        s++;
      }
    }
  }

  /** Whether the first group read is the country code: +86 or 0086. */
  private boolean countryCodeGroup() {
    int first = gFirst[0];
    return (gLen[0] == 2 && plusStart >= 0 && digits[first] == 8 && digits[first + 1] == 6)
        || (gLen[0] == 4
            && digits[first] == 0
            && digits[first + 1] == 0
            && digits[first + 2] == 8
            && digits[first + 3] == 6);
  }

  /**
   * Whether the number starts with another country's calling code: '+' and digits that are not 86
   * (+49 176 12345678, +44 7456 934723), or an international prefix 00 and a code other than 86 as
   * a group of its own (0044 07456934723). No window of it is a Chinese number: +49 176 ... is a
   * German mobile, not 176 1234 5678.
   */
  private boolean foreign() {
    int first = gFirst[0];
    if (plusStart >= 0) {
      return gLen[0] < 2 || digits[first] != 8 || digits[first + 1] != 6;
    }
    return groups > 1
        && gLen[0] >= 3
        && gLen[0] <= 5
        && digits[first] == 0
        && digits[first + 1] == 0
        && !(gLen[0] == 4 && digits[first + 2] == 8 && digits[first + 3] == 6);
  }

  /**
   * Whether groups [s, e) may be cut from a dash-joined number because what follows is a landline's
   * extension (010-62345678-801, +86-755-62345678-801): one group of up to four digits that no dash
   * continues (a space may join the next number to it, as in "-801 0571 8888 6666"), after a number
   * that starts with the trunk 0 or with the country code and an area code (10, 2x, 3xx-9xx).
   * Nothing else starts that way, so the window can only be a landline.
   */
  boolean extension(int s, int e, int k) {
    if (e >= k || gSep[e - 1] != '-' || gLen[e] > 4) {
      return false;
    }
    if (e + 1 == k ? rightGlued : gSep[e] == '-') {
      return false; // the "extension" goes on: a longer code
    }
    int first = gFirst[s];
    boolean countryCode =
        (gLen[s] == 2 && s == 0 && plusStart >= 0 && digits[first] == 8 && digits[first + 1] == 6)
            || (gLen[s] == 4 && digits[first] == 0 && digits[first + 1] == 0);
    if (!countryCode) {
      return digits[first] == 0;
    }
    int area = s + 1;
    return e - area >= 2 && (gLen[area] == 2 || (gLen[area] == 3 && digits[gFirst[area]] >= 3));
  }

  /** Interprets groups [s, e) as one number; true if it was reported (found or rejected). */
  boolean window(int s, int e) {
    int off = gFirst[s];
    if (gFirst[e - 1] + gLen[e - 1] > MAX_DIGITS) {
      return false; // digits beyond the buffer: a run far too long to be anything we look for
    }
    int n = gFirst[e - 1] + gLen[e - 1] - off;
    boolean x = gX[e - 1];
    int startByte = gStart[s];
    int endByte = gEnd[e - 1];
    if (e - s == 1) {
      return single(off, n, x, startByte, endByte, s == 0 && plusStart >= 0);
    }
    int m = e - s;
    // Resident ID written 6-8-4 or 6-4-4-4.
    if (n + (x ? 1 : 0) == 18
        && gLen[s] == 6
        && ((m == 3 && gLen[s + 1] == 8) || (m == 4 && gLen[s + 1] == 4 && gLen[s + 2] == 4))) {
      return wantId && id18(off, x, startByte, endByte, 0.95f);
    }
    if (x) {
      return false;
    }
    // Mobile with an optional 86 / 0086 group: 3-4-4, 3-8, or 11 after the country code.
    int c = 0;
    if ((gLen[s] == 2 && digits[off] == 8 && digits[off + 1] == 6)
        || (gLen[s] == 4
            && digits[off] == 0
            && digits[off + 1] == 0
            && digits[off + 2] == 8
            && digits[off + 3] == 6)) {
      c = 1;
    }
    int nat = n - (c == 1 ? gLen[s] : 0);
    if (nat == 11 && digits[gFirst[s + c]] == 1) {
      int g = s + c;
      int mm = e - g;
      boolean shape =
          (mm == 1 && c == 1)
              || (mm == 3 && gLen[g] == 3 && gLen[g + 1] == 4)
              || (mm == 2 && gLen[g] == 3);
      if (shape) {
        int from = c == 1 && s == 0 && plusStart >= 0 ? plusStart : startByte;
        return wantMobile && mobile(gFirst[g], from, endByte, 0.95f);
      }
    }
    // Landline: area code group then 7-8 digits, whole or split 3-4 / 4-4.
    if (digits[off] == 0 && (gLen[s] == 3 || gLen[s] == 4)) {
      int sub = n - gLen[s];
      boolean shape =
          (m == 2 && (sub == 7 || sub == 8))
              || (m == 3 && gLen[s + 2] == 4 && (gLen[s + 1] == 3 || gLen[s + 1] == 4));
      if (shape) {
        int from = bracketStart >= 0 && s == 0 ? bracketStart : startByte;
        return wantLandline && landline(off + 1, gLen[s] - 1, sub, from, endByte, 0.85f);
      }
    }
    // Landline after the country code (+86 10 6234 5678, 0086-755-62345678): the area code
    // without its trunk 0, or with it, as many write it (+86-020-82803159, +86 (020) 8280 3159).
    int trunk = c == 1 && m >= 3 && digits[gFirst[s + 1]] == 0 ? 1 : 0;
    int areaLen = c == 1 && m >= 3 ? gLen[s + 1] - trunk : 0;
    if (c == 1 && m >= 3 && (areaLen == 2 || areaLen == 3)) {
      int g = s + 1;
      int sub = nat - gLen[g];
      boolean shape =
          (m == 3 && (sub == 7 || sub == 8))
              || (m == 4 && gLen[g + 2] == 4 && (gLen[g + 1] == 3 || gLen[g + 1] == 4));
      if (shape) {
        int from = s == 0 && plusStart >= 0 ? plusStart : startByte;
        return wantLandline && landline(gFirst[g] + trunk, areaLen, sub, from, endByte, 0.85f);
      }
    }
    // Card: 4-4-4-4[-1..3], 6-(7..13), Amex 4-6-5.
    if (n >= 13 && n <= 19) {
      boolean fours = true;
      for (int g = s; g < e - 1; g++) {
        fours &= gLen[g] == 4;
      }
      boolean shape =
          (fours && m >= 4 && gLen[e - 1] >= 1 && gLen[e - 1] <= 4 && n >= 16)
              || (m == 2 && gLen[s] == 6)
              || (m == 3 && gLen[s] == 4 && gLen[s + 1] == 6 && gLen[s + 2] == 5);
      // A card is never carved out of a longer grouped number (1234 6222 0212 3456 7890 is not
      // the card 6222 0212 3456 7890): a short group joined by a space on either side belongs to
      // it.
      boolean carved =
          (s > 0 && gSep[s - 1] == ' ' && gLen[s - 1] <= 6)
              || (e < groups && gSep[e - 1] == ' ' && gLen[e] <= 4);
      if (shape && !carved) {
        return wantCard && card(off, n, startByte, endByte, true);
      }
    }
    return false;
  }

  /** One bare group of {@code n} digits. */
  boolean single(int off, int n, boolean x, int startByte, int endByte, boolean plus) {
    if (x) {
      return n == 17
          && ((wantId && id18(off, true, startByte, endByte, 0.95f))
              || (wantUscc && endByte - startByte == 18 && uscc(startByte, endByte, false)));
    }
    int d0 = digits[off];
    switch (n) {
      case 18:
        if (wantId && id18(off, false, startByte, endByte, 0.95f)) {
          return true;
        }
        if (wantCard && card(off, n, startByte, endByte, false)) {
          return true;
        }
        if (wantUscc) {
          uscc(startByte, endByte, false);
        }
        return false;
      case 15:
        if (d0 == 0 && digits[off + 1] == 0 && digits[off + 2] == 8 && digits[off + 3] == 6) {
          return wantMobile && mobile(off + 4, startByte, endByte, 0.9f);
        }
        if (wantId && id15(off, startByte, endByte)) {
          return true;
        }
        return wantCard && card(off, n, startByte, endByte, false);
      case 11:
        if (d0 == 1) {
          return wantMobile
              && !afterQuantityKey(startByte)
              && mobile(off, startByte, endByte, 0.9f);
        }
        if (d0 == 0) {
          int area = digits[off + 1] <= 2 ? 2 : 3;
          return wantLandline && landline(off + 1, area, 10 - area, startByte, endByte, 0.6f);
        }
        return false;
      case 12:
        return d0 == 0 && wantLandline && landline(off + 1, 3, 8, startByte, endByte, 0.6f);
      case 13:
        if (d0 == 8 && digits[off + 1] == 6 && digits[off + 2] == 1) {
          return wantMobile && mobile(off + 2, plus ? startByte - 1 : startByte, endByte, 0.9f);
        }
        return wantCard && card(off, n, startByte, endByte, false);
      case 14, 16, 17, 19:
        return wantCard && card(off, n, startByte, endByte, false);
      default:
        return false;
    }
  }

  /**
   * Whether {@code KEY=} or {@code KEY:} (or a Java properties file's {@code KEY\:}, or JSON's
   * {@code "KEY": "}, escaped or not) stands right before {@code start}, with a key that names an
   * amount: maxMemory\:16769056768 in a test log is a byte count, not a virtual-operator phone
   * number.
   */
  private boolean afterQuantityKey(int start) {
    int q = start - 1;
    if (q > lineFrom && buf[q] == '"') {
      q--; // JSON: "total_memory": "17179869184"
      if (q > lineFrom && buf[q] == '\\') {
        q--; // JSON logged as a string: {\"total_memory\": \"17179869184\"}
      }
    }
    while (q > lineFrom && buf[q] == ' ') {
      q--;
    }
    if (q <= lineFrom || (buf[q] != '=' && buf[q] != ':')) {
      return false;
    }
    if (buf[q] == ':' && buf[q - 1] == '\\') {
      q--;
    }
    while (q > lineFrom && buf[q - 1] == ' ') {
      q--;
    }
    if (q > lineFrom && buf[q - 1] == '"') {
      q--;
      if (q > lineFrom && buf[q - 1] == '\\') {
        q--;
      }
    }
    return dict.quantityKeys().endAt(buf, lineFrom, q, gb);
  }

  private boolean id18(int off, boolean x, int startByte, int endByte, float confidence) {
    System.arraycopy(digits, off, scratch, 0, x ? 17 : 18);
    if (x) {
      scratch[17] = 10;
    }
    if (scratch[0] == 9 && !x && ResidentIds.checkForeignPermanent(scratch, todayYmd)) {
      report(
          PiiType.CN_FOREIGN_PERMANENT_ID, startByte, endByte, confidence >= 0.95f ? 0.9f : 0.85f);
      return true;
    }
    ResidentIds.Validity v = ResidentIds.check18(scratch, todayYmd);
    if (v == ResidentIds.Validity.VALID) {
      report(PiiType.CN_RESIDENT_ID, startByte, endByte, confidence);
      return true;
    }
    if (v == ResidentIds.Validity.VALID_UNKNOWN_REGION) {
      report(PiiType.CN_RESIDENT_ID, startByte, endByte, 0.7f);
      return true;
    }
    if (wantUscc && endByte - startByte == 18 && uscc(startByte, endByte, true)) {
      return true; // a credit code written after its keyword that happens to look like an ID
    }
    // Shaped like an ID (a real division code, a plausible birth year and month) but failing the
    // check character or the date: an invalid ID, never a card number.
    int region = 0;
    for (int i = 0; i < 6; i++) {
      region = region * 10 + scratch[i];
    }
    int year = scratch[6] * 1000 + scratch[7] * 100 + scratch[8] * 10 + scratch[9];
    int month = scratch[10] * 10 + scratch[11];
    if (RegionCodes.isProvince(region / 10000)
        && (RegionCodes.isKnown(region) || !wantCard || BankCards.issuerOf(digits, off, 18) == null)
        && year >= ResidentIds.MIN_BIRTH / 10000
        && year <= todayYmd / 10000
        && month >= 1
        && month <= 12) {
      reject(PiiType.CN_RESIDENT_ID, startByte, endByte);
      return true;
    }
    return false;
  }

  private boolean id15(int off, int startByte, int endByte) {
    System.arraycopy(digits, off, scratch, 0, 15);
    ResidentIds.Validity v = ResidentIds.check15(scratch, todayYmd);
    if (v == ResidentIds.Validity.VALID) {
      report(PiiType.CN_RESIDENT_ID, startByte, endByte, 0.75f);
      return true;
    }
    if (v == ResidentIds.Validity.VALID_UNKNOWN_REGION
        && !(wantCard && BankCards.issuerOf(digits, off, 15) != null)) {
      report(PiiType.CN_RESIDENT_ID, startByte, endByte, 0.4f);
      return true;
    }
    return false;
  }

  private boolean mobile(int off, int startByte, int endByte, float confidence) {
    int p4 = digits[off] * 1000 + digits[off + 1] * 100 + digits[off + 2] * 10 + digits[off + 3];
    MobileSegments.Segment seg = MobileSegments.byPrefix4(p4);
    if (seg == null) {
      if (digits[off + 1] >= 3) {
        reject(PiiType.CN_MOBILE, startByte, endByte);
        return true;
      }
      return false;
    }
    float c =
        switch (seg.kind()) {
          case MOBILE -> confidence;
          case VIRTUAL -> confidence >= 0.95f ? 0.9f : 0.85f;
          case IOT, SATELLITE -> confidence >= 0.95f ? 0.8f : 0.75f;
        };
    report(PiiType.CN_MOBILE, startByte, endByte, c);
    return true;
  }

  /**
   * A landline whose area code, without its trunk 0, is {@code areaLen} digits at {@code areaOff}:
   * 10 and 2x take eight-digit numbers, 3xx-9xx seven or eight; subscriber numbers do not start
   * with 0 or 1.
   */
  private boolean landline(
      int areaOff, int areaLen, int subLen, int startByte, int endByte, float confidence) {
    int a1 = digits[areaOff];
    boolean area =
        areaLen == 2 ? (a1 == 1 && digits[areaOff + 1] == 0) || a1 == 2 : a1 >= 3 && a1 <= 9;
    if (!area || (areaLen == 2 && subLen != 8) || subLen < 7 || subLen > 8) {
      return false;
    }
    if (digits[areaOff + areaLen] <= 1) {
      return false;
    }
    report(PiiType.CN_LANDLINE, startByte, endByte, confidence);
    return true;
  }

  /**
   * Bank cards: issuer range, length and Luhn. Without context (a card keyword near, or a card
   * column) only the lengths banks in China commonly issue count: UnionPay 16-19, the international
   * schemes at their standard lengths. Other lengths of a range are reported below the default
   * threshold: random 17-19 digit order numbers fall into them one time in ten.
   */
  boolean card(int off, int n, int startByte, int endByte, boolean grouped) {
    BankCards.Issuer issuer = n < 13 || n > 19 ? null : BankCards.issuerOf(digits, off, n);
    if (issuer == null) {
      return false;
    }
    boolean luhn = BankCards.luhn(digits, off, n);
    boolean common = issuer == BankCards.Issuer.UNIONPAY || BankCards.isStandardLength(issuer, n);
    if (luhn && common) {
      report(PiiType.BANK_CARD, startByte, endByte, grouped ? 0.9f : 0.85f);
      return true;
    }
    // Only the doubtful cases pay for the keyword search.
    boolean keyword =
        hasKeyword(dict.cardKeywords(), startByte) || columnKind(startByte) == Header.CARD;
    if (luhn) {
      report(PiiType.BANK_CARD, startByte, endByte, keyword ? 0.9f : 0.45f);
    } else if (keyword) {
      report(PiiType.BANK_CARD, startByte, endByte, 0.6f);
    } else {
      reject(PiiType.BANK_CARD, startByte, endByte);
    }
    return true;
  }
}
