package org.leakaid.scanner;

/**
 * The bottom layer of a {@link ScanSession}: the line being scanned, how its characters are read in
 * either encoding (ASCII and full-width digits, brackets and letters, GB18030's two- and four-byte
 * forms), which types are looked for, and where findings go. The detectors above it ({@link
 * LetterCodes}, {@link DottedNumbers}, {@link DigitGroups}) read this state directly; see {@link
 * ScanSession} for why the layers are classes of one object rather than objects of their own.
 */
abstract class LineBytes {

  // Byte classes for CLASS; every byte not named below is class 0.
  static final byte DIGIT = 1;

  static final byte LETTER = 2;

  /** Bytes that may occur in an e-mail local part besides letters and digits: . _ % + - */
  static final byte LOCAL = 3;

  private static final byte AT = 4;

  private static final byte HIGH = 5;

  static final byte[] CLASS = new byte[256];

  static {
    for (int b = '0'; b <= '9'; b++) {
      CLASS[b] = DIGIT;
    }
    for (int b = 'A'; b <= 'Z'; b++) {
      CLASS[b] = LETTER;
      CLASS[b + 32] = LETTER;
    }
    for (char c : "._%+-".toCharArray()) {
      CLASS[c] = LOCAL;
    }
    CLASS['@'] = AT;
    for (int b = 0x80; b < 0x100; b++) {
      CLASS[b] = HIGH;
    }
  }

  static final long HIGH_BITS = WordBits.HIGH_BITS;

  /** How far before a candidate to look for a keyword such as 卡号 or 护照, in bytes. */
  private static final int KEYWORD_WINDOW = 48;

  final Dictionaries dict;

  final float minConfidence;

  final boolean wantId;

  final boolean wantMobile;

  final boolean wantLandline;

  final boolean wantCard;

  final boolean wantEmail;

  final boolean wantPassport;

  final boolean wantPlate;

  final boolean wantUscc;

  final boolean wantIp;

  final boolean wantGeo;

  final boolean wantNumbers;

  final boolean wantContext;

  final boolean wantDigitWords;

  /** The types asked for, by ordinal: more may be looked for (see the constructor). */
  final boolean[] reports;

  /** Set when the current line held a finding of a structured type. */
  boolean personalRecord;

  /** Set when the current line held a phone, ID, card or e-mail of at least this confidence. */
  boolean contactLine;

  static final float CONTACT_CONFIDENCE = 0.7f;

  /** The types that make a line a person's contact row for the row rules of names. */
  private static final boolean[] IS_CONTACT = new boolean[PiiType.values().length];

  static {
    for (PiiType t :
        new PiiType[] {
          PiiType.CN_RESIDENT_ID,
          PiiType.CN_FOREIGN_PERMANENT_ID,
          PiiType.CN_MOBILE,
          PiiType.BANK_CARD,
          PiiType.EMAIL
        }) {
      IS_CONTACT[t.ordinal()] = true;
    }
  }

  // The line being scanned.
  byte[] buf;

  int lineFrom;

  int to;

  /**
   * Start of the ASCII stretch the pass is in: every byte in [asciiFrom, i) is ASCII, and the one
   * before asciiFrom ends a multi-byte character (or the line starts there). Looking backwards
   * never goes below it, so a GB18030 trail byte that happens to equal 'E' or '7' is never read as
   * a letter or digit.
   */
  int asciiFrom;

  boolean gb;

  FindingSink sink;

  /**
   * GB18030: where the last character of the last multi-byte run {@link ScanSession#high} crossed
   * starts.
   */
  int lastHighChar;

  LineBytes(Scanner scanner) {
    ScanOptions o = scanner.options();
    this.dict = scanner.dictionaries();
    this.minConfidence = o.minConfidence();
    this.reports = scanner.reports(); // shared, read-only
    this.wantContext = scanner.wants(PiiType.PERSON_NAME) || scanner.wants(PiiType.CN_ADDRESS);
    // A name is weighed by what else its line holds ("name": "张伟" counts next to a phone), so
    // with names every type is looked for, and reported only if asked for: --types PERSON_NAME
    // finds the names a full scan finds.
    boolean all = wantContext;
    this.wantId =
        all
            || scanner.wants(PiiType.CN_RESIDENT_ID)
            || scanner.wants(PiiType.CN_FOREIGN_PERMANENT_ID);
    this.wantMobile = all || scanner.wants(PiiType.CN_MOBILE);
    this.wantLandline = all || scanner.wants(PiiType.CN_LANDLINE);
    this.wantCard = all || scanner.wants(PiiType.BANK_CARD);
    this.wantEmail = all || scanner.wants(PiiType.EMAIL);
    this.wantPassport = all || scanner.wants(PiiType.CN_PASSPORT);
    this.wantPlate = all || scanner.wants(PiiType.CN_LICENSE_PLATE);
    this.wantUscc = all || scanner.wants(PiiType.CN_USCC);
    this.wantIp = all || scanner.wants(PiiType.IP_ADDRESS);
    this.wantGeo = all || scanner.wants(PiiType.GEO_COORDINATE);
    this.wantNumbers =
        wantId || wantMobile || wantLandline || wantCard || wantUscc || wantIp || wantGeo;
    this.wantDigitWords = wantNumbers || wantPassport;
  }

  /**
   * The kind of the column byte {@code pos} lies in ({@link Header#CARD}, {@link Header#IP} ...),
   * from the INSERT's own column list or the CSV header in force; {@link Dictionaries#OTHER} if
   * unknown.
   */
  abstract int columnKind(int pos);

  /** Byte length of the (possibly multi-byte) character starting at {@code i}. */
  int charLength(int i) {
    int b = buf[i] & 0xFF;
    if (b < 0x80) {
      return 1;
    }
    int len;
    if (gb) {
      if (b == 0x80 || b == 0xFF || i + 1 >= to) {
        return 1;
      }
      int b2 = buf[i + 1] & 0xFF;
      len = (b2 >= 0x30 && b2 <= 0x39) ? 4 : 2;
    } else {
      len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    }
    return Math.min(len, to - i);
  }

  /**
   * The value of a digit at {@code p} (ASCII or full-width) in the low 4 bits and its byte length
   * above, or -1.
   */
  int digitAt(int p) {
    if (p >= to) {
      return -1;
    }
    int b = buf[p] & 0xFF;
    if (b >= '0' && b <= '9') {
      return (1 << 4) | (b - '0');
    }
    if (gb) {
      if (b == 0xA3 && p + 1 < to) {
        int b2 = (buf[p + 1] & 0xFF) - 0xB0;
        if (b2 >= 0 && b2 <= 9) {
          return (2 << 4) | b2;
        }
      }
    } else if (b == 0xEF && p + 2 < to && (buf[p + 1] & 0xFF) == 0xBC) {
      int b3 = (buf[p + 2] & 0xFF) - 0x90;
      if (b3 >= 0 && b3 <= 9) {
        return (3 << 4) | b3;
      }
    }
    return -1;
  }

  /**
   * Byte length of the full-width form of ASCII {@code c} at {@code p} (U+FF01..U+FF5E, such as '）'
   * and '－' in 电话（0371）2911-7821), or 0.
   */
  int fullWidth(int p, int c) {
    int width = p < to ? fullWidthWidth(p) : 0;
    return width > 0 && fullWidthAscii(p) == c ? width : 0;
  }

  /** The first byte of every full-width form (０, （, －): 0xEF in UTF-8, 0xA3 in GB18030. */
  int fullWidthLead() {
    return gb ? 0xA3 : 0xEF;
  }

  /** Byte length of an opening bracket, '(' or '（', right before {@code start}, or 0. */
  int openBracketBefore(int start) {
    if (start > lineFrom && buf[start - 1] == '(') {
      return 1;
    }
    int w = gb ? 2 : 3;
    if (start - w < lineFrom || fullWidth(start - w, '(') != w) {
      return 0;
    }
    // GB18030 cannot be read backwards: the bracket must be the character high() stepped last.
    return !gb || (asciiFrom == start && lastHighChar == start - w) ? w : 0;
  }

  boolean isAsciiAlnum(int p) {
    if (p < lineFrom || p >= to) {
      return false;
    }
    byte c = CLASS[buf[p] & 0xFF];
    return c == DIGIT || c == LETTER;
  }

  int wordEnd(int i) {
    while (i < to) {
      byte c = CLASS[buf[i] & 0xFF];
      if (c != DIGIT && c != LETTER) {
        break;
      }
      i++;
    }
    return i;
  }

  /** Not glued on the left to a code: no letter/digit/underscore, no "x." or "x-" joint. */
  boolean isLeftClean(int start) {
    if (start <= asciiFrom) {
      return true; // line start, or right after a multi-byte character
    }
    int b = buf[start - 1] & 0xFF;
    if (b == '_' || b == '@' || CLASS[b] == DIGIT || CLASS[b] == LETTER) {
      return false;
    }
    if (b == '/' && slashBetweenLongNumbers(start - 1)) {
      return true;
    }
    if (b == '.' || b == '-' || b == '/' || b == '\\') {
      return !(start - 2 >= asciiFrom && isAsciiAlnum(start - 2));
    }
    return true;
  }

  boolean isRightClean(int end) {
    if (end >= to) {
      return true;
    }
    int b = buf[end] & 0xFF;
    if (b == '_' || b == '@' || CLASS[b] == DIGIT || CLASS[b] == LETTER) {
      return false;
    }
    if (b == '/' && slashBetweenLongNumbers(end)) {
      return true;
    }
    if (b == '.' || b == '-' || b == '/') {
      return !isAsciiAlnum(end + 1);
    }
    return true;
  }

  /**
   * Whether the '/' at {@code slash} separates two numbers of a list (电话：13812345678/13912345678)
   * rather than the parts of a path, date or fraction: the digit runs on both sides are 7 to 19
   * digits long.
   */
  boolean slashBetweenLongNumbers(int slash) {
    int before = 0;
    for (int q = slash - 1; q >= asciiFrom && buf[q] >= '0' && buf[q] <= '9'; q--) {
      before++;
    }
    int after = 0;
    for (int q = slash + 1; q < to && buf[q] >= '0' && buf[q] <= '9'; q++) {
      after++;
    }
    return before >= 7 && before <= 19 && after >= 7 && after <= 19;
  }

  /** Code point of the character at {@code i} of byte length {@code len}, or -1. */
  int decode(int i, int len) {
    if (gb) {
      return len == 2 ? Gb18030.decode2(buf[i] & 0xFF, buf[i + 1] & 0xFF) : -1;
    }
    if (len == 3) {
      return ((buf[i] & 0x0F) << 12) | ((buf[i + 1] & 0x3F) << 6) | (buf[i + 2] & 0x3F);
    }
    if (len == 2) {
      return ((buf[i] & 0x1F) << 6) | (buf[i + 1] & 0x3F);
    }
    return -1;
  }

  /**
   * The ASCII character at {@code p}, full-width forms (Ａ, １, －) folded to ASCII, or -1 for any
   * other multi-byte character: plates are typed in full width too (粤Ｂ１２３４５, 京A·１２３４５).
   */
  int foldedAt(int p) {
    if (p >= to) {
      return -1;
    }
    int b = buf[p] & 0xFF;
    if (b < 0x80) {
      return b;
    }
    return fullWidthWidth(p) > 0 ? fullWidthAscii(p) : -1;
  }

  /** Byte length of the character at {@code p}, full-width forms and ASCII alike. */
  int foldedWidth(int p) {
    return buf[p] >= 0 ? 1 : fullWidthWidth(p);
  }

  /** Byte length of a full-width form (U+FF01..U+FF5E) at {@code p}, or 0. */
  private int fullWidthWidth(int p) {
    int b = buf[p] & 0xFF;
    if (gb) {
      return b == 0xA3 && p + 1 < to && (buf[p + 1] & 0xFF) >= 0xA1 && (buf[p + 1] & 0xFF) <= 0xFE
          ? 2
          : 0;
    }
    if (b != 0xEF || p + 2 >= to) {
      return 0;
    }
    int b1 = buf[p + 1] & 0xFF;
    int b2 = buf[p + 2] & 0xFF;
    return (b1 == 0xBC && b2 >= 0x81 && b2 <= 0xBF) || (b1 == 0xBD && b2 >= 0x80 && b2 <= 0x9E)
        ? 3
        : 0;
  }

  private int fullWidthAscii(int p) {
    if (gb) {
      return 0x21 + (buf[p + 1] & 0xFF) - 0xA1;
    }
    int b2 = buf[p + 2] & 0xFF;
    return (buf[p + 1] & 0xFF) == 0xBC ? 0x21 + b2 - 0x81 : 0x60 + b2 - 0x80;
  }

  /** True if one of the keyword byte patterns occurs within the window before {@code start}. */
  boolean hasKeyword(Keywords keywords, int start) {
    return hasKeyword(keywords, Math.max(lineFrom, start - KEYWORD_WINDOW), start);
  }

  boolean hasKeyword(Keywords keywords, int from, int start) {
    return keywords.occurIn(buf, from, start, gb);
  }

  void report(PiiType type, int start, int end, float confidence) {
    personalRecord = true;
    contactLine |= confidence >= CONTACT_CONFIDENCE && IS_CONTACT[type.ordinal()];
    if (confidence >= minConfidence && reports[type.ordinal()]) {
      sink.found(type, start, end, confidence);
    }
  }

  void reject(PiiType type, int start, int end) {
    if (reports[type.ordinal()]) {
      sink.rejected(type, start, end);
    }
  }
}
