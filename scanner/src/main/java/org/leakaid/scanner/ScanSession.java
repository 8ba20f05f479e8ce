package org.leakaid.scanner;

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
 *
 * <h2>Layers</h2>
 *
 * <p>The detectors are layers of one class, each a file of its own: {@link LineBytes} (the line and
 * how its characters are read), {@link LetterCodes} (plates, passports, credit codes), {@link
 * DottedNumbers} (IPv4 addresses, coordinates), {@link DigitGroups} (phones, IDs, cards) and this
 * class (the walk, e-mail, the context pass). They share the line's state as fields of one object,
 * as they did when they were one class of 2,200 lines: detectors read and move {@code asciiFrom}
 * and report to one sink, and a field read costs what it cost before (objects of their own would
 * add a load per access on the hot path). Only this class is concrete, so the few calls down the
 * layers ({@code columnKind}) compile to direct calls.
 */
public final class ScanSession extends DigitGroups {

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

  final ContextDetector context;

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

  /** Names in running text ({@link ProseNameStep}), or null without a segmenter. */
  final ProseNameStep prose;

  /** Holds a line's names while the prose step runs, so that names still come in order. */
  final NameHold hold;

  ScanSession(Scanner scanner) {
    super(scanner);
    this.prose = scanner.proseNameStep();
    this.hold = prose == null ? null : new NameHold(minConfidence);
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
  static final class Slice implements FindingSink {
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

  /**
   * A run of multi-byte characters starting at {@code i}: a full-width digit starts a number, a
   * province character before an ASCII capital may start a plate, anything else is stepped over
   * whole. Returns where the pass continues.
   */
  int high(int i) {
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

  /**
   * The kind of the column byte {@code pos} lies in: the INSERT's own column list on an INSERT line
   * (read the first time a doubtful candidate asks), else the CSV header's.
   */
  @Override
  int columnKind(int pos) {
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
}
