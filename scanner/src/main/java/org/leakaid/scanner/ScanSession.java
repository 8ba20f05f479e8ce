package org.leakaid.scanner;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Per-thread scanning state: the hot path of the scanner. Not thread-safe; cheap to create, and
 * worth keeping for a thread's whole input (it learns the input's column names).
 *
 * <h2>How a line is scanned</h2>
 *
 * <p>Dumps are bytes, so the scanner works on bytes, in one forward pass, and offsets are byte
 * offsets. Almost everything a dump holds is text around the few bytes where personal information
 * can start: an ASCII digit, an '@', or the first byte of a multi-byte character (Chinese text,
 * full-width digits). The pass reads eight bytes at a time as a long and finds the first such byte
 * with a few word-wide operations ({@link #stops}); letters, spaces and punctuation are never
 * looked at one by one.
 *
 * <ul>
 *   <li>A digit starts a <em>number</em>: digit groups (ASCII or full-width, in UTF-8 or GB18030)
 *       joined by single spaces, dashes or an area-code bracket. The groups are tried as windows,
 *       longest first, against the formats people write (phone 3-4-4, card 4-4-4-4, ID 6-8-4, area
 *       code + number, +86 ...) and one by one as bare numbers. A window may not cut a dash-joined
 *       code apart, and a number glued to a letter, a decimal point or an underscore is never a
 *       candidate: that keeps phone numbers out of order numbers, waybills and timestamps, whose
 *       digit runs are longer or touch letters. Digits go into a small int array once; the
 *       validators (MOD 11-2, Luhn, segment table, region bitset) read it in place. A digit right
 *       after letters is a word such as a passport number (E12345678) or a credit code. Runs of
 *       fewer than eight digits that nothing extends (dates, amounts, house numbers: most digit
 *       runs of a dump) are stepped over at once, and windows are only tried for ten digits or
 *       more.
 *   <li>An '@' (or a full-width ＠ right after ASCII) makes the pass read the local part backwards
 *       and the domain forwards.
 *   <li>A multi-byte character is always stepped over whole: GB18030 trail bytes can equal ASCII
 *       letters or '@', and its four-byte forms contain ASCII digits. Looking backwards never
 *       crosses {@link #asciiFrom}, the end of the last multi-byte character, for the same reason.
 *       A province character followed by a capital letter may start a licence plate. In UTF-8 a run
 *       of multi-byte characters is crossed eight bytes at a time ({@link #highUtf8}).
 * </ul>
 *
 * <p>Nothing is allocated per byte or per candidate: findings go to the sink as offsets, and the
 * caller decides whether to make a String. Keyword searches (卡号 near a Luhn failure, 护照 near a
 * passport number) only run for those doubtful candidates. Names and addresses need Chinese context
 * (labels, column headers, an address grammar): a line that holds non-ASCII bytes is then decoded
 * once to code points by {@link ContextDetector} (so is an ASCII line that writes Chinese as {@code
 * \\u5f20} escapes), and only when those types are wanted.
 */
public final class ScanSession {

  private static final byte OTHER = 0;
  private static final byte DIGIT = 1;
  private static final byte LETTER = 2;

  /** Bytes that may occur in an e-mail local part besides letters and digits: . _ % + - */
  private static final byte LOCAL = 3;

  private static final byte AT = 4;
  private static final byte HIGH = 5;
  private static final byte[] CLASS = new byte[256];

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

  private static final long HIGH_BITS = WordBits.HIGH_BITS;
  private static final long AT_SIGNS = WordBits.repeat('@');
  private static final long FULL_WIDTH_LEADS = WordBits.repeat(0xEF);

  /**
   * For eight bytes read as a little-endian long: non-zero iff one of them is an ASCII digit, '@'
   * or a byte &gt;= 0x80, and then its lowest set bit lies in the first such byte. Everything else
   * (letters, spaces, punctuation) is skipped eight bytes at a time.
   */
  static long stops(long x) {
    return (x & HIGH_BITS) | WordBits.digits(x) | WordBits.equal(x, AT_SIGNS);
  }

  private static final int MAX_GROUPS = 8;
  private static final int MAX_DIGITS = 64;

  /** How far before a candidate to look for a keyword such as 卡号 or 护照, in bytes. */
  private static final int KEYWORD_WINDOW = 48;

  /**
   * Lines longer than this (single-line JSON arrays, mysqldump INSERTs of thousands of rows) go to
   * the context pass in slices, so its decode buffers stay bounded whatever the line length.
   */
  static final int CONTEXT_SLICE = 1 << 20;

  /**
   * How far each slice of the context pass reads into its neighbours, in bytes: a slice reports the
   * names and addresses that start in it, seen with the text on both sides, so one cut across a
   * label and its value, or across an address, loses nothing and doubles nothing.
   */
  static final int CONTEXT_OVERLAP = 4 << 10;

  private final Dictionaries dict;
  private final float minConfidence;
  private final int todayYmd;
  private final boolean wantId;
  private final boolean wantMobile;
  private final boolean wantLandline;
  private final boolean wantCard;
  private final boolean wantEmail;
  private final boolean wantPassport;
  private final boolean wantPlate;
  private final boolean wantUscc;
  private final boolean wantIp;
  private final boolean wantGeo;
  private final boolean wantNumbers;
  private final boolean wantContext;
  private final boolean wantDigitWords;

  /** The types asked for, by ordinal: more may be looked for (see the constructor). */
  private final boolean[] reports;

  private final ContextDetector context;

  private Header header;

  /**
   * Column-name kinds seen so far, per encoding: reused sessions parse repeated headers fast. Made
   * when first needed: most sessions of a dump of small files never see a header or an INSERT (see
   * {@link #columns}).
   */
  private ColumnMemo utf8Columns;

  private ColumnMemo gbColumns;

  /** The current line's INSERT column list, once a candidate asked for it ({@link #columnKind}). */
  private InsertColumns insert;

  private boolean insertParsed;

  /** Set when the current line held a finding of a structured type. */
  private boolean personalRecord;

  /** Set when the current line held a phone, ID, card or e-mail of at least this confidence. */
  private boolean contactLine;

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
  private byte[] buf;
  private int lineFrom;
  private int to;

  /**
   * Start of the ASCII stretch the pass is in: every byte in [asciiFrom, i) is ASCII, and the one
   * before asciiFrom ends a multi-byte character (or the line starts there). Looking backwards
   * never goes below it, so a GB18030 trail byte that happens to equal 'E' or '7' is never read as
   * a letter or digit.
   */
  private int asciiFrom;

  private boolean gb;
  private FindingSink sink;

  // Digit groups of the number being read.
  private final int[] digits = new int[MAX_DIGITS];
  private final int[] gStart = new int[MAX_GROUPS];
  private final int[] gEnd = new int[MAX_GROUPS];
  private final int[] gFirst = new int[MAX_GROUPS];
  private final int[] gLen = new int[MAX_GROUPS];
  private final int[] gSep = new int[MAX_GROUPS];
  private final boolean[] gX = new boolean[MAX_GROUPS];
  private final int[] scratch = new int[18];
  private int groups;
  private boolean leftGlued;
  private boolean rightGlued;
  private int plusStart;

  /** Where the bracket of a bracketed area code ({@code (0755)}, {@code （0371）}) starts, or -1. */
  private int bracketStart;

  /** Where the line's last four-part version number (read as such, not as an IP) ends, or -1. */
  private int lastVersionEnd;

  /** GB18030: where the last character of the last multi-byte run {@link #high} crossed starts. */
  private int lastHighChar;

  /** Names in running text ({@link ProseNameStep}), or null without a segmenter. */
  private final ProseNameStep prose;

  /** Holds a line's names while the prose step runs, so that names still come in order. */
  private final NameHold hold;

  ScanSession(Scanner scanner) {
    ScanOptions o = scanner.options();
    this.prose = scanner.proseNameStep();
    this.hold = prose == null ? null : new NameHold();
    this.dict = scanner.dictionaries();
    this.minConfidence = o.minConfidence();
    this.todayYmd = ResidentIds.today();
    if (hold != null) {
      hold.minConfidence = minConfidence;
    }
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
    this.context =
        wantContext
            ? new ContextDetector(
                dict,
                scanner.wants(PiiType.PERSON_NAME),
                scanner.wants(PiiType.CN_ADDRESS),
                minConfidence)
            : null;
  }

  /**
   * A CSV/TSV header line: its column names (姓名, 收件人, 地址, name, address, 卡号, 护照 ...) give context
   * to the lines that follow in this session. Optional; a later call replaces it.
   */
  public void header(byte[] buf, int from, int to, TextEncoding enc) {
    Objects.checkFromToIndex(from, to, buf.length);
    Objects.requireNonNull(enc, "enc");
    this.header = Header.parse(buf, from, to, enc, dict, columns(enc == TextEncoding.GB18030));
  }

  /**
   * The column memo for one encoding, made on first use. A session is made per file, and the
   * benchmark corpus (like a directory of exported files) has many one-line files: with both memos
   * made in the constructor (and the wanted types copied into each session), making sessions took
   * about a fifth of ScanLineBenchmark's samples when it made one per file (JFR, structured types);
   * lazily, that benchmark went from 0.194 to 0.208 GB/s (thread CPU time, benchmarks/ab).
   */
  private ColumnMemo columns(boolean gb) {
    if (gb) {
      return gbColumns != null ? gbColumns : (gbColumns = new ColumnMemo());
    }
    return utf8Columns != null ? utf8Columns : (utf8Columns = new ColumnMemo());
  }

  /** The delimiter of the header in force ({@link #header}), or -1 without one. */
  public int headerDelimiter() {
    return header == null ? -1 : header.delimiter;
  }

  /** Forgets the header given earlier (the next file has none). */
  public void clearHeader() {
    this.header = null;
  }

  /**
   * Scans a piece {@code buf[from, to)} of a line too long to scan whole, as {@link #scanLine}
   * does, where {@code head} is the line's start up to {@link #headEnd}. The INSERT that starts the
   * line, if it does, reads the piece's values by its columns, as it reads the later slices of a
   * line scanned whole; a CSV header does not apply (a row's columns cannot be counted from the
   * middle of it). The piece should start at a character boundary, and its findings near either end
   * are seen without all their context: the caller lets pieces overlap and keeps what starts inside
   * each.
   */
  public void scanLinePiece(
      byte[] head, byte[] buf, int from, int to, TextEncoding enc, FindingSink sink) {
    Objects.requireNonNull(head, "head");
    Header csv = header;
    header = null;
    pieceHead = head;
    try {
      scanLine(buf, from, to, enc, sink);
    } finally {
      header = csv;
      pieceHead = null;
    }
  }

  /** The start of the line whose piece is being scanned ({@link #scanLinePiece}), or null. */
  private byte[] pieceHead;

  /**
   * Scans one line (without its terminator) and reports findings to {@code sink} with byte offsets
   * into {@code buf}. Findings of one type come in order of position; different types may
   * interleave.
   */
  public void scanLine(byte[] buf, int from, int to, TextEncoding enc, FindingSink sink) {
    Objects.checkFromToIndex(from, to, buf.length);
    Objects.requireNonNull(enc, "enc");
    Objects.requireNonNull(sink, "sink");
    this.buf = buf;
    this.lineFrom = from;
    this.to = to;
    this.gb = enc == TextEncoding.GB18030;
    if (prose != null) {
      hold.start(sink);
      sink = hold;
    }
    this.sink = sink;
    boolean sawHigh = false;
    personalRecord = false;
    contactLine = false;
    insert = null;
    insertParsed = false;
    lastVersionEnd = -1;
    asciiFrom = from;
    int i = from;
    // One word per stop, read afresh where the last detector left off. Tried and slower on the
    // dense benchmark corpus: a stop mask of 64 bytes (a bit per byte, as RunFloorBenchmark walks)
    // built at i and reused until i leaves it, 0.234 -> 0.216 GB/s; of 32 bytes, 0.222 (structured,
    // one benchmarks/ab run, 2026-12-04, load 18-25). The detectors jump past most masks (numbers,
    // Chinese runs) before their later bits are used, so the walk alone gains and the scan loses.
    while (i < to) {
      if (i + 8 <= to) {
        long stop = stops(WordBits.word(buf, i));
        if (stop == 0) {
          i += 8;
          continue;
        }
        i += Long.numberOfTrailingZeros(stop) >>> 3;
      }
      int b = buf[i] & 0xFF;
      if (b >= 0x80) {
        sawHigh = true;
        int next = high(i);
        i = next > i ? next : i + 1; // every step moves on, whatever a detector returns
      } else if (b >= '0' && b <= '9') {
        // Dates, amounts, house numbers: nothing to look up, unless letters come first (a
        // passport such as EA1234567 ends in seven digits).
        boolean afterLetter = i > asciiFrom && CLASS[buf[i - 1] & 0xFF] == LETTER;
        int next = afterLetter ? -1 : shortNumberEnd(i);
        if (next < 0) {
          next = wantDigitWords ? number(i) : i + 1;
        }
        i = next > i ? next : i + 1;
      } else if (b == '@') {
        int end = wantEmail ? email(i, 1) : -1;
        i = end > i ? end : i + 1;
      } else {
        i++;
      }
    }
    if (wantContext && (sawHigh || UnicodeEscapes.occurIn(buf, from, to))) {
      contextInSlices(from, to);
    }
    if (prose != null) {
      if (sawHigh) {
        prose.scan(
            buf, from, to, gb, hold.spans, hold.count, hold.heldSpans(), hold.held(), hold.names());
      }
      hold.finish();
    }
    this.buf = null;
    this.sink = null;
  }

  private void contextInSlices(int from, int to) {
    boolean continuation = false;
    if (pieceHead != null) {
      // A piece of a long line: every slice goes on from the line's head.
      InsertColumns insert = insertColumns();
      context.continueLine(pieceHead, gb, insert == null ? null : insert.columns());
      continuation = true;
    }
    FindingSink lineSink = sink;
    int s = from;
    while (s < to) {
      int e = sliceEnd(s, to);
      InsertColumns insert = continuation ? null : insertColumns();
      Header columns = insert == null ? null : insert.columns();
      int viewFrom = s == from ? s : viewStart(s, from);
      int viewTo = Math.min(to, e + CONTEXT_OVERLAP);
      slice.of(s, e, lineSink);
      context.scan(
          buf,
          viewFrom,
          viewTo,
          gb,
          header,
          columns,
          personalRecord,
          contactLine,
          continuation,
          slice);
      continuation = true;
      s = e;
    }
  }

  /** Passes on what starts in one slice of the context pass, whose view reaches beyond it. */
  private static final class Slice implements FindingSink {
    private int from;
    private int to;
    private FindingSink sink;

    void of(int from, int to, FindingSink sink) {
      this.from = from;
      this.to = to;
      this.sink = sink;
    }

    @Override
    public void found(PiiType type, int start, int end, float confidence) {
      if (start >= from && start < to) {
        sink.found(type, start, end, confidence);
      }
    }

    @Override
    public void rejected(PiiType type, int start, int end) {
      if (start >= from && start < to) {
        sink.rejected(type, start, end);
      }
    }
  }

  private final Slice slice = new Slice();

  /**
   * Passes findings on, except names, which it holds to the end of the line (the prose step adds
   * its names after the rules have run, and a sink gets the findings of one type in order); keeps
   * the spans of all findings, which the prose step leaves alone.
   */
  private static final class NameHold implements FindingSink {
    private FindingSink out;
    int[] spans = new int[32];
    int count;
    private int[] names = new int[24];
    private float[] confidences = new float[8];
    private int held;

    void start(FindingSink out) {
      this.out = out;
      count = 0;
      held = 0;
    }

    @Override
    public void found(PiiType type, int start, int end, float confidence) {
      if (2 * count + 2 > spans.length) {
        spans = java.util.Arrays.copyOf(spans, spans.length * 2);
      }
      spans[2 * count] = start;
      spans[2 * count + 1] = end;
      count++;
      if (type == PiiType.PERSON_NAME) {
        hold(start, end, confidence);
      } else {
        out.found(type, start, end, confidence);
      }
    }

    @Override
    public void rejected(PiiType type, int start, int end) {
      out.rejected(type, start, end);
    }

    private void hold(int start, int end, float confidence) {
      if (held == confidences.length) {
        confidences = java.util.Arrays.copyOf(confidences, held * 2);
        names = java.util.Arrays.copyOf(names, held * 4);
      }
      // Insertion in order of start: a line holds a handful of names.
      int k = held;
      while (k > 0 && names[2 * (k - 1)] > start) {
        names[2 * k] = names[2 * (k - 1)];
        names[2 * k + 1] = names[2 * (k - 1) + 1];
        confidences[k] = confidences[k - 1];
        k--;
      }
      names[2 * k] = start;
      names[2 * k + 1] = end;
      confidences[k] = confidence;
      held++;
    }

    float minConfidence;

    /** Where the prose step reports: held with the rules' names, not recorded as rule spans. */
    private final FindingSink proseSink =
        (type, start, end, confidence) -> {
          if (confidence >= minConfidence) {
            hold(start, end, confidence);
          }
        };

    FindingSink names() {
      return proseSink;
    }

    /** The rules' names on this line so far, as start and end pairs ({@link #held} of them). */
    int[] heldSpans() {
      return names;
    }

    int held() {
      return held;
    }

    void finish() {
      for (int k = 0; k < held; k++) {
        out.found(PiiType.PERSON_NAME, names[2 * k], names[2 * k + 1], confidences[k]);
      }
      held = 0;
      out = null;
    }
  }

  /**
   * Where the view of the slice starting at {@code s} starts: about {@link #CONTEXT_OVERLAP} before
   * it, after a byte below 0x30, which starts a character in UTF-8 and GB18030 alike (searched back
   * as far as {@link #sliceEnd} searches forward); without one, at {@code s} itself.
   */
  private int viewStart(int s, int lineFrom) {
    int p = Math.max(lineFrom, s - CONTEXT_OVERLAP);
    int limit = Math.max(lineFrom, p - (CONTEXT_SLICE >> 4));
    for (int q = p; q > limit; q--) {
      if (buf[q - 1] >= 0 && buf[q - 1] < 0x30) {
        return q;
      }
    }
    return p == lineFrom ? lineFrom : s;
  }

  /**
   * Where a slice starting at {@code s} ends: after "),(" between SQL tuples if one is near the
   * slice size, else after a byte below 0x30 (never inside a multi-byte character in either
   * encoding), else at a hard limit.
   */
  private int sliceEnd(int s, int to) {
    return sliceEnd(buf, s, to);
  }

  /**
   * Where the first slice of the context pass ends on a line {@code buf[from, to)}: the part of a
   * line that decides how an INSERT's values are read (its column list, or the kinds its first rows
   * show). A line too long to scan whole keeps this much of its start for its later pieces ({@link
   * #scanLinePiece}).
   */
  public static int headEnd(byte[] buf, int from, int to) {
    Objects.checkFromToIndex(from, to, buf.length);
    return sliceEnd(buf, from, to);
  }

  private static int sliceEnd(byte[] buf, int s, int to) {
    int target = s + CONTEXT_SLICE;
    if (target >= to) {
      return to;
    }
    int limit = Math.min(to, target + (CONTEXT_SLICE >> 4));
    for (int p = target; p + 2 < limit; p++) {
      if (buf[p] == ')' && buf[p + 1] == ',' && buf[p + 2] == '(') {
        return p + 2;
      }
    }
    for (int p = target; p < limit; p++) {
      if (buf[p] >= 0 && buf[p] < 0x30) {
        return p + 1;
      }
    }
    return limit;
  }

  // ---------------------------------------------------------------- characters

  /** Byte length of the (possibly multi-byte) character starting at {@code i}. */
  private int charLength(int i) {
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
  private int digitAt(int p) {
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
  private int fullWidth(int p, int c) {
    int width = p < to ? fullWidthWidth(p) : 0;
    return width > 0 && fullWidthAscii(p) == c ? width : 0;
  }

  /** The first byte of every full-width form (０, （, －): 0xEF in UTF-8, 0xA3 in GB18030. */
  private int fullWidthLead() {
    return gb ? 0xA3 : 0xEF;
  }

  /** Byte length of an opening bracket, '(' or '（', right before {@code start}, or 0. */
  private int openBracketBefore(int start) {
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

  private boolean isAsciiAlnum(int p) {
    if (p < lineFrom || p >= to) {
      return false;
    }
    byte c = CLASS[buf[p] & 0xFF];
    return c == DIGIT || c == LETTER;
  }

  private int wordEnd(int i) {
    while (i < to) {
      byte c = CLASS[buf[i] & 0xFF];
      if (c != DIGIT && c != LETTER) {
        break;
      }
      i++;
    }
    return i;
  }

  // ---------------------------------------------------------------- words starting with a letter

  /**
   * A word that starts with a letter, found at its first digit (the fast skip passes over letters):
   * passports (E12345678) and USCCs that start with a letter. Returns the word's end.
   */
  private int letterWord(int firstDigit) {
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
  private void passport(int start, int end) {
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
  private boolean uscc(int start, int end, boolean contextOnly) {
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

  /** Not glued on the left to a code: no letter/digit/underscore, no "x." or "x-" joint. */
  private boolean isLeftClean(int start) {
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

  private boolean isRightClean(int end) {
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
  private boolean slashBetweenLongNumbers(int slash) {
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

  // ---------------------------------------------------------------- high bytes

  /**
   * A run of multi-byte characters starting at {@code i}: a full-width digit starts a number, a
   * province character before an ASCII capital may start a plate, anything else is stepped over
   * whole. Returns where the pass continues.
   */
  private int high(int i) {
    if (!gb) {
      return highUtf8(i);
    }
    int first = i;
    while (i < to) {
      int b = buf[i] & 0xFF;
      if (b < 0x80) {
        break;
      }
      if (b == fullWidthLead() && wantNumbers && digitAt(i) >= 0) {
        if (i > first) {
          asciiFrom = i; // after a multi-byte character; else an ASCII byte precedes it
        }
        return number(i);
      }
      int atSign = i == first ? fullWidthAtSign(i) : -1;
      if (atSign > 0) {
        return atSign;
      }
      int next = i + charLength(i);
      int plateEnd = plateAfter(i, next);
      if (plateEnd > 0) {
        return plateEnd;
      }
      lastHighChar = i;
      i = next;
    }
    asciiFrom = i;
    return i;
  }

  /**
   * {@link #high} for UTF-8, eight bytes at a time: continuation bytes can never be ASCII or 0xEF
   * (the lead byte of full-width forms), so the run is skipped without stepping character by
   * character, and only its last character can be a plate's province (a capital letter follows). On
   * Chinese prose (64 MiB, structured types, one thread) the detector went from 1.6 to 4.1 GB/s; on
   * the dense benchmark corpus, whose Chinese runs are short, the gain is lost in the noise.
   * GB18030 cannot do this: its trail bytes include 0xA3 and ASCII letters.
   */
  private int highUtf8(int i) {
    int first = i;
    while (true) {
      while (i + 8 <= to) {
        long x = WordBits.word(buf, i);
        long stop = (~x & HIGH_BITS) | WordBits.equal(x, FULL_WIDTH_LEADS);
        if (stop != 0) {
          i += Long.numberOfTrailingZeros(stop) >>> 3;
          break;
        }
        i += 8;
      }
      while (i < to && buf[i] < 0 && buf[i] != (byte) 0xEF) {
        i++; // the last few bytes of the line
      }
      if (i >= to || buf[i] >= 0) {
        break;
      }
      if (wantNumbers && digitAt(i) >= 0) {
        if (i > first) {
          asciiFrom = i; // after a multi-byte character; else an ASCII byte precedes it
        }
        return number(i);
      }
      int atSign = i == first ? fullWidthAtSign(i) : -1;
      if (atSign > 0) {
        return atSign;
      }
      // 粤Ｂ１２３４５: a full-width city letter after the province (three bytes, like every one).
      if (wantPlate && isFullWidthLetterUtf8(i) && i - 3 >= first && (buf[i - 3] & 0xF0) == 0xE0) {
        int plateEnd = plateAfter(i - 3, i);
        if (plateEnd > 0) {
          return plateEnd;
        }
      }
      i++;
    }
    if (wantPlate && i < to && isCityLetter(buf[i])) {
      int last = i - 1;
      while (last > first && i - last < 3 && (buf[last] & 0xC0) == 0x80) {
        last--;
      }
      int plateEnd = plateAfter(last, i);
      if (plateEnd > 0) {
        return plateEnd;
      }
    }
    asciiFrom = i;
    return i;
  }

  /**
   * A plate whose province is the character at {@code [charStart, next)}: reported, and its end
   * returned; else -1.
   */
  private int plateAfter(int charStart, int next) {
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

  /** Code point of the character at {@code i} of byte length {@code len}, or -1. */
  private int decode(int i, int len) {
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

  private static boolean isCityLetter(byte b) {
    int c = b | 0x20;
    return c >= 'a' && c <= 'z' && b >= 'A';
  }

  /**
   * Ａ-Ｚ or ａ-ｚ at {@code i} in UTF-8, whose lead byte is known to be 0xEF. Asked at every
   * full-width comma and colon of Chinese text, so it reads two bytes rather than folding the
   * character ({@link #isCityLetterAt} first cost ~2-3% of a structured scan of the corpus).
   */
  private boolean isFullWidthLetterUtf8(int i) {
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
   * The ASCII character at {@code p}, full-width forms (Ａ, １, －) folded to ASCII, or -1 for any
   * other multi-byte character: plates are typed in full width too (粤Ｂ１２３４５, 京A·１２３４５).
   */
  private int foldedAt(int p) {
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
  private int foldedWidth(int p) {
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

  /**
   * A plate after its province character: city letter, optional separator (space - · • ・), then
   * five characters (at least two digits), four plus a 学/警/挂/港/澳 suffix, or six for new-energy
   * plates (D/F first or last). Returns the end, or {@code p} if it is not a plate.
   */
  private int plate(int p) {
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

  // ---------------------------------------------------------------- numbers

  /**
   * Reads the digit groups starting at {@code start} (which is not preceded by a letter or digit of
   * the same word), interprets them and returns where the main pass continues.
   */
  private int number(int start) {
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
          return dotted(start, p);
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
  private int shortNumberEnd(int start) {
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
  private boolean extension(int s, int e, int k) {
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
  private boolean window(int s, int e) {
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
  private boolean single(int off, int n, boolean x, int startByte, int endByte, boolean plus) {
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
  private boolean card(int off, int n, int startByte, int endByte, boolean grouped) {
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

  /** Dotted numbers: IPv4 addresses and coordinates; versions and decimals are skipped. */
  private int dotted(int start, int firstDot) {
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

  // ---------------------------------------------------------------- e-mail

  /**
   * An e-mail written with a full-width ＠ (zhangsan＠qq.com, as a Chinese input method in full-width
   * mode types it) at {@code i}, right after ASCII; returns its end, or -1. Only right after ASCII:
   * reading backwards over GB18030 could take a trail byte for a letter.
   */
  private int fullWidthAtSign(int i) {
    int width = wantEmail ? fullWidth(i, '@') : 0;
    if (width == 0) {
      return -1;
    }
    int end = email(i, width);
    if (end > 0) {
      asciiFrom = i + width; // the domain is ASCII; the ＠ before it is not
    }
    return end;
  }

  /**
   * The local part is read backwards from the at sign at {@code at} (within the ASCII stretch), the
   * domain forwards after its {@code atWidth} bytes.
   */
  private int email(int at, int atWidth) {
    int ls = at;
    while (ls > asciiFrom) {
      byte c = CLASS[buf[ls - 1] & 0xFF];
      if (c != LETTER && c != DIGIT && c != LOCAL) {
        break;
      }
      ls--;
    }
    while (ls < at && CLASS[buf[ls] & 0xFF] == LOCAL) {
      ls++; // a local part does not start with punctuation
    }
    if (ls >= at || at - ls > 64 || buf[at - 1] == '.') {
      return -1;
    }
    int p = at + atWidth;
    int labels = 0;
    int lastLabelStart = p;
    boolean lastAllLetters = true;
    int end = -1;
    int dashCut = -1;
    while (p < to) {
      int s = p;
      boolean letters = true;
      int firstDash = -1;
      while (p < to) {
        byte c = CLASS[buf[p] & 0xFF];
        if (c == LETTER) {
          p++;
        } else if (c == DIGIT || buf[p] == '-') {
          firstDash = firstDash < 0 && buf[p] == '-' && letters ? p : firstDash;
          letters = false;
          p++;
        } else {
          break;
        }
      }
      // A top-level domain has no dash (IDN's xn-- aside): in qq.com----password, the e-mail
      // ends at "com" if nothing after it makes a domain. Leaked account lists are written so.
      boolean idn = firstDash == s + 2 && (buf[s] | 0x20) == 'x' && (buf[s + 1] | 0x20) == 'n';
      dashCut = labels >= 1 && firstDash - s >= 2 && !idn ? firstDash : -1;
      if (p == s || buf[s] == '-' || buf[p - 1] == '-') {
        break;
      }
      labels++;
      lastLabelStart = s;
      lastAllLetters = letters;
      if (labels >= 2 && letters && p - s >= 2) {
        end = p;
      }
      if (p + 1 < to && buf[p] == '.' && isAsciiAlnum(p + 1)) {
        p++;
      } else {
        break;
      }
    }
    if (end < 0 || end != p || !lastAllLetters || lastLabelStart < 0) {
      if (dashCut < 0) {
        return -1;
      }
      end = dashCut;
    }
    if (end < to && (buf[end] == '_' || buf[end] == '@')) {
      return -1;
    }
    report(PiiType.EMAIL, ls, end, 0.95f);
    return end;
  }

  // ---------------------------------------------------------------- context

  /** True if one of the keyword byte patterns occurs within the window before {@code start}. */
  private boolean hasKeyword(Keywords keywords, int start) {
    return hasKeyword(keywords, Math.max(lineFrom, start - KEYWORD_WINDOW), start);
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

  private boolean hasKeyword(Keywords keywords, int from, int start) {
    return keywords.occurIn(buf, from, start, gb);
  }

  /**
   * The kind of the column byte {@code pos} lies in: the INSERT's own column list on an INSERT line
   * (read the first time a doubtful candidate asks), else the CSV header's.
   */
  private int columnKind(int pos) {
    InsertColumns insert = insertColumns();
    if (insert != null) {
      return insert.kindAt(buf, pos);
    }
    return header != null ? header.kindAt(buf, lineFrom, pos, gb) : Dictionaries.OTHER;
  }

  /** The current line's INSERT column list, read the first time it is asked for; or null. */
  private InsertColumns insertColumns() {
    if (!insertParsed) {
      insertParsed = true;
      TextEncoding enc = gb ? TextEncoding.GB18030 : TextEncoding.UTF_8;
      ColumnMemo memo = columns(gb);
      if (pieceHead == null) {
        insert = InsertColumns.parse(buf, lineFrom, to, enc, dict, memo);
      } else {
        InsertColumns head = InsertColumns.parse(pieceHead, 0, pieceHead.length, enc, dict, memo);
        insert = head == null ? null : head.goingOn(lineFrom);
      }
    }
    return insert;
  }

  private void report(PiiType type, int start, int end, float confidence) {
    personalRecord = true;
    contactLine |= confidence >= CONTACT_CONFIDENCE && IS_CONTACT[type.ordinal()];
    if (confidence >= minConfidence && reports[type.ordinal()]) {
      sink.found(type, start, end, confidence);
    }
  }

  private void reject(PiiType type, int start, int end) {
    if (reports[type.ordinal()]) {
      sink.rejected(type, start, end);
    }
  }
}
