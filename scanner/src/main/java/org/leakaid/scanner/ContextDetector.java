package org.leakaid.scanner;

import java.util.Arrays;

/**
 * Person names and addresses, which have no checksum: they are only reported where context says
 * what a value is. Precision comes before recall.
 *
 * <ul>
 *   <li>Columns: a CSV header given to the session ({@code 姓名}, {@code 收货地址}, {@code
 *       receiver_name}) or the column list of an SQL {@code INSERT} names each field.
 *   <li>Labels: {@code 收件人：张三}, {@code "address":"…"}, {@code 联系人张三电话…}; a value without a
 *       separator ends where the next label starts.
 *   <li>Addresses without a label must start with a known division name (GB/T 2260, or a province's
 *       short form) and follow the grammar of a Chinese address: an administrative part (省/市/区/县)
 *       then a street, village or building part (路/街/村/号/室 …).
 * </ul>
 *
 * <p>A name is 2-3 Han characters after a common single surname or 3-4 after a compound one; a
 * name-like value with an unlisted surname gets a confidence below the default threshold.
 *
 * <p>The line is decoded once into code points with their byte offsets; full-width ASCII forms are
 * folded to ASCII so that {@code ：} works like {@code :}.
 *
 * <p>Speed: this pass runs on every line holding a non-ASCII byte, and on a dense dump most of such
 * a line is ASCII (62% of its bytes: JSON keys, numbers, e-mails) that can start nothing. Decoding
 * therefore also lists the only positions the later passes act on: Han characters, and the ASCII
 * punctuation where a key, a label's separator or a CSV field ends. The column and label passes
 * step from one listed position to the next instead of testing every character, with the same
 * left-to-right rules as a character-by-character scan. When this was introduced, the findings were
 * checked against the plain version, finding for finding, on 6,000 generated lines (three manglings
 * each, UTF-8 and GB18030) and on 256 MiB of the dense corpus.
 *
 * <p>Measured gains below are name/address-only throughput on 4 MiB of the dense benchmark corpus,
 * one thread, thread CPU time, 90th-percentile pass of 100 interleaved passes of both versions in
 * one JVM (the machine was shared, so single runs were useless). Stepping through the listed
 * positions: +4.6% over walking every character (with the other changes in both).
 */
final class ContextDetector {

  private static final String ADMIN_MARKERS = "省市区县旗盟州";
  private static final String STREET_MARKERS = "路街道巷弄镇乡村屯组里";
  private static final String BUILDING_MARKERS = "号楼栋幢座层室户院苑园厦寓舍";

  private static final byte ADMIN = 1;
  private static final byte STREET = 2;
  private static final byte BUILDING = 3;

  /**
   * The marker kind of each character of the CJK block (all markers are in it), so the address
   * grammar classifies a character with one array read. It replaced three {@code String.indexOf}
   * calls per character that took 11% of the all-types profile (JFR, dense benchmark corpus); the
   * all-types throughput went from 78-83 to 83-88 MB/s single-threaded (best of 15 passes of 8 MiB,
   * thread CPU time, three interleaved A/B runs on a loaded machine).
   */
  private static final byte[] MARKER_KIND = new byte[0xA000 - 0x4E00];

  static {
    for (char c : ADMIN_MARKERS.toCharArray()) {
      MARKER_KIND[c - 0x4E00] = ADMIN;
    }
    for (char c : STREET_MARKERS.toCharArray()) {
      MARKER_KIND[c - 0x4E00] = STREET;
    }
    for (char c : BUILDING_MARKERS.toCharArray()) {
      MARKER_KIND[c - 0x4E00] = BUILDING;
    }
  }

  private static int markerKind(int cp) {
    int i = cp - 0x4E00;
    return i >= 0 && i < MARKER_KIND.length ? MARKER_KIND[i] : 0;
  }

  private final Dictionaries dict;
  private final boolean wantName;
  private final boolean wantAddress;
  private final float minConfidence;

  private int[] cps = new int[0];
  private int[] offs = new int[1];
  private int n;

  /** Indexes into cps of the Han characters, ':', '=', '"' and the CSV delimiter, in order. */
  private int[] stops = new int[0];

  private int stopCount;
  private FindingSink sink;

  /**
   * Reported spans: code point i is covered when {@code coverStamp[i] == stamp}. Bumping the stamp
   * per slice clears them all, and {@link #covered} is one load where it was a scan of the spans
   * list (+2%). Every span is remembered: the fixed list of 64 this replaced let an INSERT line of
   * more than 32 rows report each later address twice, from its column and from its grammar.
   */
  private int[] coverStamp = new int[0];

  private int stamp;

  ContextDetector(Dictionaries dict, boolean wantName, boolean wantAddress, float minConfidence) {
    this.dict = dict;
    this.wantName = wantName;
    this.wantAddress = wantAddress;
    this.minConfidence = minConfidence;
    this.rowNames = new RowNames(dict);
  }

  /** Whether {@link #sqlKinds} came from the INSERT's column list, or from its values. */
  private boolean sqlNamed;

  /** Column kinds of the INSERT the current line started, for its later slices; or null. */
  private Header sqlKinds;

  /** Whether the line being scanned holds a phone, ID, card or e-mail (a person's record). */
  private boolean personalRecord;

  /**
   * Whether the line holds a valid phone, ID, card or e-mail found with confidence of at least
   * {@link ScanSession#CONTACT_CONFIDENCE} (the row rules for names rest on it).
   */
  private boolean contactLine;

  void scan(
      byte[] buf,
      int from,
      int to,
      boolean gb,
      Header header,
      Header insertColumns,
      boolean personalRecord,
      boolean contactLine,
      boolean continuation,
      FindingSink sink) {
    this.sink = sink;
    this.personalRecord = personalRecord;
    this.contactLine = contactLine;
    if (++stamp == 0) {
      Arrays.fill(coverStamp, 0);
      stamp = 1;
    }
    zoneMarkFrom = Integer.MAX_VALUE;
    // An INSERT names its own columns: a CSV header earlier in the input does not apply to it.
    boolean columns =
        !continuation
            && header != null
            && header.hasNameOrAddress
            && !InsertColumns.isInsert(buf, from, to);
    decode(buf, from, to, gb, columns ? header.delimiter : '"');
    if (continuation) {
      // A later slice of a very long line: an INSERT's column kinds carry over, CSV columns do not.
      if (sqlKinds != null) {
        tuples(0, sqlKinds);
      }
    } else {
      sqlKinds = null;
      if (columns) {
        columns(header);
      } else {
        sqlInsert(insertColumns);
      }
      vcardProperty();
    }
    labelsAndPlaces();
    if (wantName && !(sqlKinds != null && sqlNamed)) {
      // No column list says what the fields are: the row's own shape may. (Where one does, its
      // name columns were read already.) A CSV header does not stop it: the pieces of a very long
      // line are scanned without the header, and must find what the whole line finds.
      rowNames.scan(cps, n, stops, stopCount, bracketed(), contactLine, rowSpans);
    }
    this.sink = null;
  }

  private final RowNames rowNames;

  private final RowNames.Spans rowSpans =
      new RowNames.Spans() {
        @Override
        public boolean covered(int p) {
          return ContextDetector.this.covered(p);
        }

        @Override
        public void emit(int s, int e, float confidence) {
          ContextDetector.this.emit(PiiType.PERSON_NAME, s, e, confidence);
        }
      };

  /** Whether the line is an INSERT or JSON: its rows are the tuples or objects on it. */
  private boolean bracketed() {
    if (sqlKinds != null) {
      return true;
    }
    int p = 0;
    while (p < n && (cps[p] == ' ' || cps[p] == '\t')) {
      p++;
    }
    return p < n && (cps[p] == '[' || cps[p] == '{' || matchesIgnoreCase(p, "insert"));
  }

  /**
   * Readies the detector for the pieces of a long line that starts with {@code head} (up to {@link
   * ScanSession#headEnd}): the column kinds of the INSERT it starts, if it does, as the line's
   * first slice finds them, so that its pieces scanned as continuations read their values by them.
   * The head is read once per line, not per piece.
   */
  void continueLine(byte[] head, boolean gb, Header insertColumns) {
    if (head != primedHead) {
      primedHead = head;
      primedKinds = null;
      primedNamed = false;
      if (InsertColumns.isInsert(head, 0, head.length)) {
        this.sink = (type, start, end, confidence) -> {}; // only the columns are wanted
        if (++stamp == 0) {
          Arrays.fill(coverStamp, 0);
          stamp = 1;
        }
        decode(head, 0, head.length, gb, '"');
        sqlKinds = null;
        sqlInsert(insertColumns);
        primedKinds = sqlKinds;
        primedNamed = sqlNamed;
        this.sink = null;
      }
    }
    sqlKinds = primedKinds;
    sqlNamed = primedNamed;
  }

  private byte[] primedHead;
  private Header primedKinds;
  private boolean primedNamed;

  // ---------------------------------------------------------------- vCard

  /**
   * A contact card's name and address lines (vCard, as phones export contacts and as apps that
   * harvest contact lists store them): {@code FN:张三}, {@code N:张;三;;;} (family; given; ...) and
   * {@code ADR;TYPE=HOME:;;建国路88号;北京市;朝阳区;100020;中国}, whose parts stand in reverse order.
   */
  private void vcardProperty() {
    int nameEnd = 0;
    while (nameEnd < n && isAsciiLetter(cps[nameEnd]) && nameEnd < 4) {
      nameEnd++;
    }
    if (nameEnd == 0 || nameEnd >= n || (cps[nameEnd] != ':' && cps[nameEnd] != ';')) {
      return;
    }
    int v = nameEnd;
    while (v < n && cps[v] != ':') {
      v++; // parameters: ;CHARSET=UTF-8;TYPE=HOME
    }
    if (v++ >= n) {
      return;
    }
    if (matchesIgnoreCase(0, "fn") && nameEnd == 2) {
      vcardName(v, n);
    } else if (matchesIgnoreCase(0, "n") && nameEnd == 1) {
      int family = v;
      while (family < n && cps[family] != ';') {
        family++;
      }
      int given = family + 1;
      while (given < n && cps[given] != ';') {
        given++;
      }
      if (family > v && given > family + 1) {
        vcardName(v, given);
      }
    } else if (matchesIgnoreCase(0, "adr") && nameEnd == 3 && wantAddress) {
      for (int part = v; part < n; ) {
        int end = part;
        while (end < n && cps[end] != ';') {
          end++;
        }
        if (end - part >= 4 && isHan(cps[part]) && address(part, end, true, Spaces.NONE) == end) {
          emit(PiiType.CN_ADDRESS, part, end, markers >= 2 ? 0.9f : 0.7f);
        }
        part = end + 1;
      }
    }
  }

  /**
   * A contact's name at {@code [s, e)}: all of FN's value, or N's family;given. A display name may
   * be 妈妈, 王经理 or 顺丰快递 as well, so the name rules decide, as for a name in running text.
   */
  private void vcardName(int s, int e) {
    if (!wantName) {
      return;
    }
    if (dottedNameEnd(s) == e) {
      emit(PiiType.PERSON_NAME, s, e, 0.7f);
      return;
    }
    int semicolon = -1;
    for (int i = s; i < e; i++) {
      if (cps[i] == ';' && semicolon < 0) {
        semicolon = i;
      } else if (!isHan(cps[i])) {
        return; // an English name, a company with letters: not what the name rules know
      }
    }
    int han = e - s - (semicolon < 0 ? 0 : 1);
    if (han < 2 || han > 4 || ROLE_ENDINGS.indexOf(cps[e - 1]) >= 0 || dict.label(cps, s, e) != 0) {
      return;
    }
    float c;
    if (semicolon < 0) {
      c = nameConfidence(s, han);
    } else {
      boolean surname =
          (semicolon == s + 1 && dict.isSingleSurname(cps[s]))
              || (semicolon == s + 2 && dict.isCompoundSurname(cps[s], cps[s + 1]));
      c = surname ? 0.9f : UNLISTED_SURNAME;
    }
    if (c > 0) {
      emit(PiiType.PERSON_NAME, s, e, c);
    }
  }

  // ---------------------------------------------------------------- decoding

  /**
   * Decodes the slice into {@link #cps} and {@link #offs} (an escape such as {@code \\u5f20} is one
   * character, see {@link UnicodeEscapes}), and lists where the later passes must stop in {@link
   * #stops}: Han characters; ':', '=', '"' and the CSV delimiter (after full-width folding).
   * Everything else is ASCII the passes only step over.
   */
  private void decode(byte[] buf, int from, int to, boolean gb, int delimiter) {
    if (cps.length < to - from) {
      // Allocated on first use and grown by doubling: a session is made per file of a dump, many
      // are a few lines long, and four arrays of 256 per session showed up in the JMH profile.
      int size = Math.max(to - from, 2 * cps.length);
      cps = new int[size];
      offs = new int[size + 1];
      coverStamp = new int[size];
      stops = new int[size];
    }
    int[] cps = this.cps;
    int[] offs = this.offs;
    int[] stops = this.stops;
    long delimiters = WordBits.repeat(delimiter);
    int n = 0;
    int stopCount = 0;
    zoneMarks = false;
    int i = from;
    while (i < to) {
      // Eight ASCII bytes at a time: 62% of the bytes of lines with Chinese text are ASCII.
      while (i + 8 <= to) {
        long w = WordBits.word(buf, i);
        if ((w & WordBits.HIGH_BITS) != 0 || hasByte(w, BACKSLASHES)) {
          break; // a character to decode, or maybe an escape of one (\\u5f20)
        }
        for (int k = 0; k < 8; k++) {
          cps[n + k] = buf[i + k];
          offs[n + k] = i + k;
        }
        if (hasByte(w, COLONS)
            || hasByte(w, EQUALS)
            || hasByte(w, QUOTES)
            || hasByte(w, delimiters)) {
          for (int k = 0; k < 8; k++) {
            int c = buf[i + k];
            if (c == ':' || c == '=' || c == '"' || c == delimiter) {
              stops[stopCount++] = n + k;
            }
          }
        }
        n += 8;
        i += 8;
      }
      if (i >= to) {
        break;
      }
      int b = buf[i] & 0xFF;
      int cp;
      int len;
      if (b == '\\' && (cp = UnicodeEscapes.codePointAt(buf, i, to)) >= 0) {
        len = UnicodeEscapes.length(cp);
      } else if (b < 0x80) {
        cp = b;
        len = 1;
      } else if (gb) {
        if (b == 0x80 || b == 0xFF || i + 1 >= to) {
          cp = 0xFFFD;
          len = 1;
        } else {
          int b2 = buf[i + 1] & 0xFF;
          if (b2 >= 0x30 && b2 <= 0x39) {
            // Four bytes: Extension A and later (rare name characters), as UTF-8 decodes them.
            cp = i + 3 < to ? Gb18030.decode4(buf, i) : -1;
            len = Math.min(4, to - i);
            if (cp < 0) {
              cp = 0xFFFD;
            }
          } else {
            cp = Gb18030.decode2(b, b2);
            len = 2;
            if (cp < 0) {
              cp = 0xFFFD;
            }
          }
        }
      } else if (b >= 0xE0
          && b < 0xF0
          && i + 2 < to
          && (buf[i + 1] & 0xC0) == 0x80
          && (buf[i + 2] & 0xC0) == 0x80) {
        // The common case: a three-byte character (all of CJK).
        cp = ((b & 0x0F) << 12) | ((buf[i + 1] & 0x3F) << 6) | (buf[i + 2] & 0x3F);
        len = 3;
      } else {
        len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        if (len == 1 || i + len > to) {
          cp = 0xFFFD;
          len = 1;
        } else {
          cp = len == 2 ? b & 0x1F : len == 3 ? b & 0x0F : b & 0x07;
          for (int k = 1; k < len; k++) {
            int c = buf[i + k] & 0xFF;
            if ((c & 0xC0) != 0x80) {
              cp = 0xFFFD;
              len = 1;
              break;
            }
            cp = (cp << 6) | (c & 0x3F);
          }
        }
      }
      if (cp >= 0xFF01 && cp <= 0xFF5E) {
        cp -= 0xFEE0; // full-width ASCII forms
      } else if (cp == 0x3000) {
        cp = ' ';
      }
      zoneMarks |= cp == '区';
      // A full-width comma folds to ',' but never delimits a CSV field: 送到门口，谢谢 is one value.
      if (isHan(cp) || cp == ':' || cp == '=' || cp == '"' || (cp == delimiter && len == 1)) {
        stops[stopCount++] = n;
      }
      cps[n] = cp;
      offs[n] = i;
      n++;
      i += len;
    }
    offs[n] = to;
    this.n = n;
    this.stopCount = stopCount;
  }

  private static final long COLONS = WordBits.repeat(':');
  private static final long EQUALS = WordBits.repeat('=');
  private static final long QUOTES = WordBits.repeat('"');
  private static final long BACKSLASHES = WordBits.repeat('\\');

  /** Whether a byte of {@code w} equals the byte repeated in {@code pattern}. */
  private static boolean hasByte(long w, long pattern) {
    return WordBits.equal(w, pattern) != 0;
  }

  // ---------------------------------------------------------------- character classes

  static boolean isHan(int cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF);
  }

  private static boolean isAsciiAlnum(int cp) {
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  }

  private static boolean isAddressChar(int cp, boolean allowSpace) {
    return isHan(cp)
        || isAsciiAlnum(cp)
        || cp == '-'
        || cp == '#'
        || cp == '('
        || cp == ')'
        || cp == 0xB7
        || (allowSpace && cp == ' ');
  }

  // ---------------------------------------------------------------- columns

  /**
   * Splits the line at the delimiters outside quotes, stepping from one listed stop to the next.
   */
  private void columns(Header header) {
    int delimiter = header.delimiter;
    int column = 0;
    int next = 0; // into stops
    int p = 0;
    while (p <= n) {
      int fieldStart = p;
      boolean quoted = false;
      p = n;
      while (next < stopCount) {
        int at = stops[next++];
        int c = cps[at];
        if (c == '"') {
          quoted = !quoted;
        } else if (c == delimiter && !quoted) {
          p = at;
          break;
        }
      }
      int kind = header.kind(column);
      if ((kind == Dictionaries.NAME && wantName)
          || (kind == Dictionaries.ADDRESS && wantAddress)) {
        field(kind, fieldStart, p);
      }
      column++;
      p++;
    }
  }

  /** A field whose column says what it is; the whole trimmed field must be the value. */
  private void field(int kind, int s, int e) {
    while (s < e && (cps[s] == ' ' || cps[s] == '"' || cps[s] == '\'' || cps[s] == '\t')) {
      s++;
    }
    while (e > s
        && (cps[e - 1] == ' ' || cps[e - 1] == '"' || cps[e - 1] == '\'' || cps[e - 1] == '\t')) {
      e--;
    }
    if (e - s < 2) {
      return;
    }
    if (kind == Dictionaries.NAME && wantName) {
      if (dict.label(cps, s, e) != 0) {
        return; // 门卫, 本人, 暂无: a role or a placeholder in the name column
      }
      // A "name" column also names packages and products: it vouches for a rare surname only in a
      // row with a phone, ID or card in it.
      if (dottedNameEnd(s) == e) {
        emit(PiiType.PERSON_NAME, s, e, personalRecord ? 0.7f : 0.45f);
        return;
      }
      float c = personalRecord ? vouched(nameConfidence(s, e - s)) : nameConfidence(s, e - s);
      if (c > 0) {
        emit(PiiType.PERSON_NAME, s, e, c);
      }
    } else if (kind == Dictionaries.ADDRESS && wantAddress) {
      int end = address(s, e, true, Spaces.WHOLE_VALUE);
      if (end > 0) {
        emit(PiiType.CN_ADDRESS, s, end, markers >= 2 ? 0.9f : 0.7f);
      }
    }
  }

  /**
   * A whole value that is a street address by grammar alone: Han street name, 路/街/道/巷/弄, a house
   * number with 号, then optionally building and flat; nothing else in the value.
   */
  private void streetField(int s, int e) {
    int p = s;
    while (p < e && isHan(cps[p]) && markerKind(cps[p]) != STREET) {
      p++;
    }
    if (p - s < 2 || p >= e || "路街道巷弄".indexOf(cps[p]) < 0) {
      return;
    }
    p++;
    int digitsStart = p;
    while (p < e && cps[p] >= '0' && cps[p] <= '9') {
      p++;
    }
    if (p == digitsStart || p >= e || cps[p] != '号') {
      return;
    }
    if (address(s, e, true, Spaces.NONE) == e) {
      emit(PiiType.CN_ADDRESS, s, e, 0.7f);
    }
  }

  /**
   * {@code INSERT INTO t (name, phone, address) VALUES ('张三', ...), (...);} with {@code columns}
   * the INSERT's own column list (read by {@link InsertColumns}), or null if it has none.
   */
  private void sqlInsert(Header columns) {
    int p = 0;
    while (p < n && cps[p] == ' ') {
      p++;
    }
    if (!matchesIgnoreCase(p, "insert")) {
      return;
    }
    int values = indexOfIgnoreCase(p, "values");
    if (values < 0) {
      return;
    }
    int open = -1;
    for (int i = p; i < values; i++) {
      if (cps[i] == '(') {
        open = i;
        break;
      }
    }
    if (open < 0) {
      // No column list (mysqldump's default): a column whose values are names is a name column
      // (see #nameColumns), and a whole value that is a street address by its grammar
      // (建设路12号3栋201) is one in any column.
      sqlNamed = false;
      sqlKinds = wantName ? nameColumns(values + 6) : Header.NONE;
      tuples(values + 6, sqlKinds);
      return;
    }
    if (columns == null || !columns.hasNameOrAddress) {
      return;
    }
    sqlNamed = true;
    sqlKinds = columns;
    tuples(values + 6, columns);
  }

  /** The quoted values of {@code (...), (...)} tuples, each with its column's kind. */
  private void tuples(int from, Header kinds) {
    forEachValue(
        from,
        (column, s, e) -> {
          int kind = kinds.kind(column);
          if (kind != Dictionaries.OTHER) {
            field(kind, s, e);
          } else if (!sqlNamed && wantAddress) {
            streetField(s, e);
          }
        });
  }

  /** Columns to read a whole INSERT line by (up to 64), else the line has too few rows to tell. */
  private static final int MAX_INFERRED_COLUMNS = 64;

  /**
   * Name columns of an INSERT without a column list, by the consistency of their values: a column
   * of at least three quoted values in this line, four in five of them a listed surname and one to
   * three more Han characters. mysqldump writes hundreds of rows to a line, so the line alone
   * decides; learning across lines would make the output depend on where chunks start.
   */
  private Header nameColumns(int from) {
    int[] total = new int[MAX_INFERRED_COLUMNS];
    int[] names = new int[MAX_INFERRED_COLUMNS];
    forEachValue(
        from,
        (column, s, e) -> {
          if (column < MAX_INFERRED_COLUMNS) {
            total[column]++;
            if (nameConfidence(s, e - s) >= 0.9f) {
              names[column]++;
            }
          }
        });
    int[] kinds = new int[MAX_INFERRED_COLUMNS];
    for (int c = 0; c < MAX_INFERRED_COLUMNS; c++) {
      boolean name = total[c] >= 3 && names[c] * 5 >= total[c] * 4;
      kinds[c] = name ? Dictionaries.NAME : Dictionaries.OTHER;
    }
    return Header.of(kinds);
  }

  private interface ValueVisitor {
    void value(int column, int s, int e);
  }

  /** Walks the quoted values of {@code (...), (...)} tuples from {@code from}. */
  private void forEachValue(int from, ValueVisitor visitor) {
    int i = from;
    int column = -1;
    while (i < n) {
      int c = cps[i];
      if (c == '(' && column < 0) {
        column = 0;
        i++;
      } else if (column >= 0 && c == '\'') {
        int s = ++i;
        while (i < n) {
          if (cps[i] == '\\') {
            i += 2;
          } else if (cps[i] == '\'' && i + 1 < n && cps[i + 1] == '\'') {
            i += 2;
          } else if (cps[i] == '\'') {
            break;
          } else {
            i++;
          }
        }
        int e = Math.min(i, n);
        visitor.value(column, s, e);
        i = e + 1;
      } else if (column >= 0 && c == ',') {
        column++;
        i++;
      } else if (c == ')') {
        column = -1;
        i++;
      } else {
        i++;
      }
    }
  }

  private boolean matchesIgnoreCase(int p, String word) {
    if (p + word.length() > n) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      int c = cps[p + k];
      if (c >= 'A' && c <= 'Z') {
        c += 32;
      }
      if (c != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private int indexOfIgnoreCase(int from, String word) {
    for (int p = from; p + word.length() <= n; p++) {
      if (matchesIgnoreCase(p, word)) {
        return p;
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------- labels and free text

  /**
   * Labels, keys and free-text addresses, left to right. Only two kinds of position can start
   * something: a Han character (a label or a place name) and an ASCII key just before ':' or '='.
   * So the pass steps through the positions {@link #decode} listed instead of over every character;
   * {@code p} is where a character-by-character scan would be, and positions before it are skipped
   * as that scan would have skipped them.
   */
  private void labelsAndPlaces() {
    int p = 0;
    for (int next = 0; next < stopCount; next++) {
      int at = stops[next];
      if (at < p) {
        continue; // inside a value already read
      }
      int c = cps[at];
      if (isHan(c)) {
        p = afterHan(at);
      } else if (c == ':' || c == '=') {
        p = afterKey(p, at);
      }
    }
  }

  /** A label, or an address starting with a place name, at Han character p; where to go on. */
  private int afterHan(int p) {
    int m = dict.label(cps, p, n);
    if (m != 0 && wantAddress && (m >>> 8) == 1 && placeOverLabel(p, m)) {
      m = 0; // 无锡市 is a city, not the placeholder 无 before 锡市
    }
    if (m != 0) {
      int len = m >>> 8;
      boolean role = (m & Dictionaries.ROLE) != 0;
      int kind = Dictionaries.kind(m);
      if (kind == Dictionaries.ADDRESS && p > 0 && isAsciiLetter(cps[p - 1])) {
        return p + len; // MAC地址, IP地址: no one's home
      }
      introduced = (m & Dictionaries.INTRO) != 0;
      int end =
          labelled(kind, p + len, role, false, (m & (Dictionaries.CUE | Dictionaries.INTRO)) == 0);
      introduced = false;
      return end > 0 ? end : p + len;
    }
    if (wantAddress && !covered(p)) {
      int place = dict.place(cps, p, n);
      if (place != 0) {
        int end = address(p, n, false, Spaces.NONE);
        if (end > 0 && freeAddressOk(p, end, place)) {
          emit(PiiType.CN_ADDRESS, p, end, markers >= 3 ? 0.85f : 0.8f);
          return end;
        }
      } else if (zoneMarkWithin(p, 13) && AddressParts.zoneEnd(cps, p, n, 4) > 0) {
        // A development zone without a city before it (空港经济开发区蓝天路249号): an address if a
        // street and a house number follow.
        int end = address(p, n, false, Spaces.NONE);
        if (end > 0 && street >= 1 && numbered && markers >= 3) {
          emit(PiiType.CN_ADDRESS, p, end, 0.8f);
          return end;
        }
      }
    }
    return p + 1;
  }

  /**
   * The key ending just before the separator at {@code c} ({@code "receiverName": "张三"}), if a
   * left-to-right scan now at {@code p} would read it as one: it starts with a letter at or after
   * {@code p}, after a character that is no key character, is 2-32 characters long and ends at most
   * three quotes, spaces or backslashes before {@code c}. Returns where to go on.
   */
  private int afterKey(int p, int c) {
    int q = c;
    while (q > p && c - q <= 3 && isKeyQuote(cps[q - 1])) {
      q--;
    }
    if (c - q > 3 || q <= p || !isKeyChar(cps[q - 1])) {
      return c + 1;
    }
    int r = q - 1;
    while (r > p && isKeyChar(cps[r - 1])) {
      r--;
    }
    if ((r > 0 && isKeyChar(cps[r - 1])) || !isAsciiLetter(cps[r]) || q - r < 2 || q - r > 32) {
      return c + 1;
    }
    int end = labelled(asciiKeyKind(r, q), q, true, true, false);
    return end > 0 ? end : c + 1;
  }

  /**
   * What may stand between a key or label and its value besides the separator: quotes, spaces, and
   * the backslashes of JSON logged as an escaped string ({@code {\"name\":\"张伟\"}} in a log line).
   */
  private static boolean isKeyQuote(int cp) {
    return cp == '"' || cp == '\'' || cp == ' ' || cp == '\\';
  }

  private static boolean isAsciiLetter(int cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  }

  // Kinds of recent ASCII keys: a dump repeats the same few keys on every line, and classifying one
  // takes a String, lower-casing, a map lookup and a dozen endsWith (+3%).
  private static final int KEY_CACHE = 256;
  private final String[] keyCacheKeys = new String[KEY_CACHE];
  private final int[] keyCacheKinds = new int[KEY_CACHE];

  private int asciiKeyKind(int p, int q) {
    int h = 0;
    for (int i = p; i < q; i++) {
      h = 31 * h + cps[i];
    }
    int slot = (h ^ (h >>> 8)) & (KEY_CACHE - 1);
    String cached = keyCacheKeys[slot];
    if (cached != null && cached.length() == q - p) {
      int i = 0;
      while (i < q - p && cached.charAt(i) == cps[p + i]) {
        i++;
      }
      if (i == q - p) {
        return keyCacheKinds[slot];
      }
    }
    String key = new String(cps, p, q - p);
    int kind = dict.asciiKeyKind(key);
    keyCacheKeys[slot] = key;
    keyCacheKinds[slot] = kind;
    return kind;
  }

  private static boolean isKeyChar(int cp) {
    return isAsciiAlnum(cp) || cp == '_';
  }

  /** Last characters of roles and titles (管理员, 作者, 财务部, 王经理, 李医生): never a name's here. */
  private static final String ROLE_ENDINGS = "人者员方部处局院所司长师总理生士姐哥叔姨董工";

  /** Conjunctions and prepositions that continue a sentence after a label used as a noun. */
  private static final String SENTENCE_GOES_ON = "和与及或等的之在对并以由将把被从";

  /**
   * The value after a label ending at {@code v}. Returns the end of a reported value, else -1.
   * ASCII keys need a ':' or '='; Chinese labels may run straight into the value. {@code vouches}:
   * the label, written with a separator, vouches for a name whose surname is not on the list.
   *
   * <p>In a saved web page the label and its value sit in cells ({@code <th>姓名</th><td>赵磊</td>}). A
   * header cell before a data cell is a separator; other tags between them (two {@code <td>}s, or
   * {@code <b>}) may be a table's header row, so a name after them needs the line's contacts, as
   * after an ASCII key.
   */
  private int labelled(int kind, int v, boolean needSeparator, boolean asciiKey, boolean vouches) {
    if (kind != Dictionaries.NAME && kind != Dictionaries.ADDRESS) {
      return -1;
    }
    if ((kind == Dictionaries.NAME && !wantName)
        || (kind == Dictionaries.ADDRESS && !wantAddress)) {
      return -1;
    }
    int s = v;
    boolean separator = false;
    boolean quoted = false;
    boolean tagged = false;
    boolean headerCellClosed = false;
    int tagChars = 0;
    while (s < n && s - v - tagChars < 8) { // "key" : "value", escaped: \" : \"
      int c = cps[s];
      int tagEnd = c == '<' && tagChars < MAX_TAG_CHARS ? tagEnd(s) : -1;
      if (tagEnd > 0) {
        separator |= headerCellClosed && isTag(s, "td");
        headerCellClosed = isTag(s, "/th");
        tagged = true;
        tagChars += tagEnd - s;
        s = tagEnd;
        continue;
      }
      if (c == ':' || c == '=') {
        separator = true;
      } else if (c == '"' || c == '\'' || c == 0x201C || c == 0x201D) {
        quoted = true;
      } else if (c != ' ' && c != '\\') {
        break; // a tab or comma ends the field: a header cell, not a label and its value
      }
      s++;
    }
    if (needSeparator && !separator && !tagged) {
      return -1;
    }
    if (s < n && (cps[s] == '是' || cps[s] == '为') && s + 1 < n && isHan(cps[s + 1])) {
      s++;
    }
    int next = s < n ? dict.label(cps, s, n) : 0;
    if (s >= n
        || covered(s)
        || (next != 0 && !(kind == Dictionaries.ADDRESS && placeOverLabel(s, next)))) {
      return -1; // a label followed by another label: a header line or an empty field
    }
    if (kind == Dictionaries.NAME) {
      if (introduced && !separator && !personalRecord) {
        return -1; // 客户管理, 本人承诺: a word in a sentence, not a record's person
      }
      if (!separator && !quoted && SENTENCE_GOES_ON.indexOf(cps[s]) >= 0) {
        return -1; // 证人姓名和住所: the sentence goes on (和 is a surname too rare to weigh)
      }
      boolean unvouched = (asciiKey || (tagged && !separator)) && !personalRecord;
      // 收件人买买提·艾力，电话…: without a separator the line's contacts vouch for the parts.
      int dotted = separator || quoted || personalRecord ? dottedNameEnd(s) : -1;
      if (dotted > 0) {
        emit(PiiType.PERSON_NAME, s, dotted, unvouched ? 0.45f : 0.7f); // 姓名：买买提·艾力
        return dotted;
      }
      int len = nameLength(s, quoted);
      if (len > 0 && !separator && !quoted && ROLE_ENDINGS.indexOf(cps[s + len - 1]) >= 0) {
        return -1; // 通知管理员, 联系原作者: a role, not a name
      }
      if (len > 0
          && introduced
          && !separator
          && (nameConfidence(s, len) < 0.9f || dict.isNotName(cps, s, s + len))) {
        return -1;
      }
      if (len > 0) {
        float c = nameConfidence(s, len);
        if (separator && vouches) {
          c = vouched(c); // 姓名：仉亮 (not 通知：接收)
        }
        if (unvouched) {
          // "name" keys name products and shops too; a person's name comes with their contacts.
          c = Math.min(c, 0.45f);
        }
        if (c > 0) {
          emit(PiiType.PERSON_NAME, s, s + len, c);
          return s + len;
        }
      }
      return -1;
    }
    if (!isHan(cps[s])) {
      return -1; // an address starts with a place or street name, not (借助客户端)
    }
    s = nameBeforePlace(s);
    int end = address(s, n, true, Spaces.BETWEEN_PARTS);
    if (end > 0) {
      emit(PiiType.CN_ADDRESS, s, end, markers >= 2 ? 0.9f : 0.7f);
      return end;
    }
    return -1;
  }

  /**
   * Set while the value after an INTRO word (客户, 法人, 本人) is read: without a separator it must have
   * a listed surname, not be a listed common word, and the line must hold contacts.
   */
  private boolean introduced;

  /**
   * The next 区 at or after {@link #zoneMarkFrom}, or n: found once per stretch, not per character.
   */
  private int zoneMark = -1;

  private int zoneMarkFrom = Integer.MAX_VALUE;

  /** Whether the decoded slice holds a 区 at all (set by {@link #decode}). */
  private boolean zoneMarks;

  /** Whether a 区 (the last character of every zone word) stands in {@code [p, p + reach)}. */
  private boolean zoneMarkWithin(int p, int reach) {
    if (!zoneMarks) {
      return false;
    }
    if (p < zoneMarkFrom || zoneMark < p) {
      int q = p;
      while (q < n && cps[q] != '区') {
        q++;
      }
      zoneMark = q;
      zoneMarkFrom = p;
    }
    return zoneMark < n && zoneMark - p < reach;
  }

  /**
   * Whether a place or a zone that starts at {@code p} is longer than the label {@code m} there:
   * 无锡市 and 空港经济开发区 start with the placeholders 无 and 空.
   */
  private boolean placeOverLabel(int p, int m) {
    int len = m >>> 8;
    return (dict.place(cps, p, n) >>> 8) > len
        || (len == 1 && zoneMarkWithin(p, 13) && AddressParts.zoneEnd(cps, p, n, 4) > 0);
  }

  /**
   * Where the address after a label starts when a name is written first (地址：韩立军江苏省南京市…): the name
   * is reported as one (if names are wanted) and never sits inside the address span.
   */
  private int nameBeforePlace(int s) {
    if (dict.place(cps, s, n) != 0) {
      return s;
    }
    for (int len = 2; len <= 4 && s + len < n; len++) {
      if (dict.place(cps, s + len, n) != 0 && nameConfidence(s, len) >= 0.9f) {
        if (wantName) {
          emit(PiiType.PERSON_NAME, s, s + len, 0.7f);
        }
        return s + len;
      }
    }
    return s;
  }

  /** How many characters of HTML tags may stand between a label and its value. */
  private static final int MAX_TAG_CHARS = 160;

  /**
   * The end of the HTML tag at {@code p} ({@code <td>}, {@code </th>}, {@code <td class="v">}), or
   * -1: '<', an optional '/', a letter, then anything up to '>' on the same line.
   */
  private int tagEnd(int p) {
    int q = p + 1;
    if (q < n && cps[q] == '/') {
      q++;
    }
    if (q >= n || !isAsciiLetter(cps[q])) {
      return -1;
    }
    for (int limit = Math.min(n, p + 80); q < limit; q++) {
      if (cps[q] == '>') {
        return q + 1;
      }
      if (cps[q] == '<') {
        return -1;
      }
    }
    return -1;
  }

  /** Whether the tag at {@code p} is {@code <name>} or {@code <name ...>}, in any case. */
  private boolean isTag(int p, String name) {
    int q = p + 1;
    if (!matchesIgnoreCase(q, name)) {
      return false;
    }
    q += name.length();
    return q < n && (cps[q] == '>' || cps[q] == ' ');
  }

  /**
   * End of a name written in parts joined by a middle dot at {@code s}, or -1: 买买提·艾力, 阿卜杜热合曼·艾海提
   * (Uyghur, Kazakh and other names, and foreign names, in Chinese characters). Two or three parts
   * of Han characters, at most 20 characters in all, not glued to more Han characters, letters or
   * digits other than a valid phone or ID. They have no surname to check, so only a label or a name
   * column vouches for them.
   */
  private int dottedNameEnd(int s) {
    int p = s;
    int parts = 0;
    while (true) {
      int r = p;
      while (r < n && isHan(cps[r]) && r - p < 12) {
        r++;
      }
      if (r == p) {
        return -1;
      }
      parts++;
      p = r;
      if (parts < 3 && p + 1 < n && isNameDot(cps[p]) && isHan(cps[p + 1])) {
        p++;
        continue;
      }
      break;
    }
    boolean glued =
        p < n && (isHan(cps[p]) || (isAsciiAlnum(cps[p]) && !rowNames.validNumberAt(cps, n, p)));
    return parts >= 2 && p - s <= 20 && !glued ? p : -1;
  }

  /** · • ・ and '.' (a full-width ． folds to it), as typed between the parts of a name. */
  private static boolean isNameDot(int cp) {
    return cp == 0xB7 || cp == 0x2022 || cp == 0x30FB || cp == '.';
  }

  /**
   * Length of the name starting at {@code s}: the Han run if it is 2-4 long, else cut where the
   * next label (电话, 先生, 地址 ...) starts; 0 if neither.
   */
  private int nameLength(int s, boolean quoted) {
    int len = nameRun(s, quoted);
    if (len > 0 && s + len < n && isAsciiAlnum(cps[s + len])) {
      // 华为Mate60: names are not glued to Latin letters or digits, but shipping labels glue the
      // phone or ID to the name (收件人：韩立军13912345678).
      return rowNames.validNumberAt(cps, n, s + len) ? len : 0;
    }
    return len;
  }

  private int nameRun(int s, boolean quoted) {
    int r = s;
    while (r < n && isHan(cps[r]) && r - s < 12) {
      r++;
    }
    if (quoted) {
      int len = r - s;
      return len >= 2 && len <= 4 && r < n && !isHan(cps[r]) ? len : 0;
    }
    for (int cut = s + 1; cut <= s + 4 && cut < r; cut++) {
      if (dict.label(cps, cut, n) != 0) {
        return cut - s >= 2 ? cut - s : 0; // 张先生 is a title, not a name
      }
    }
    if (r < n && isHan(cps[r])) {
      return 0; // more than 12 Han characters: prose, not a name
    }
    int len = r - s;
    return len >= 2 && len <= 4 ? len : 0;
  }

  /** Confidence that {@code len} characters at {@code s} are a name, or 0 if they are not. */
  private float nameConfidence(int s, int len) {
    if (len < 2 || len > 4) {
      return 0;
    }
    for (int i = s; i < s + len; i++) {
      if (!isHan(cps[i])) {
        return 0;
      }
    }
    if (dict.isCompoundSurname(cps[s], cps[s + 1])) {
      return len >= 3 ? 0.9f : 0;
    }
    if (dict.isSingleSurname(cps[s])) {
      return len <= 3 ? 0.9f : 0;
    }
    return len <= 3 ? UNLISTED_SURNAME : 0;
  }

  /**
   * The confidence of a name-shaped value whose surname is not on the list (0.45, below the default
   * threshold) where a name column or a label with a separator says it is a name: 0.7. Rare
   * surnames (笪, 逄, 仉) were most of the names missed; placeholders and roles are labels (暂无, 门卫)
   * and never get here.
   */
  private static float vouched(float c) {
    return c == UNLISTED_SURNAME ? 0.7f : c;
  }

  private static final float UNLISTED_SURNAME = 0.45f;

  /** Number of address markers in the span found by the last {@link #address} call. */
  private int markers;

  private int admin;
  private int detail;
  private int street;
  private boolean numbered;

  /** Where an address may hold spaces. */
  private enum Spaces {
    /** Nowhere: in running text a space ends it. */
    NONE,
    /**
     * After a part that ends in a marker or is a place name: shops' order exports write 广东省 深圳市 南山区
     * 科技园路1号 and 浙江 杭州 西湖区 文三路478号 after their label.
     */
    BETWEEN_PARTS,
    /** Anywhere: a column's value is one address, to its end. */
    WHOLE_VALUE
  }

  /**
   * End of an address starting at {@code s} (not beyond {@code limit}): address characters up to
   * the next label, trimmed after the last marker (plus a trailing number like 3-2-501). Returns -1
   * if it holds no marker or is too short.
   */
  private int address(int s, int limit, boolean labelled, Spaces spaces) {
    int r = s;
    int part = s; // where the part since the last space starts
    while (r < limit && r - s < 120) {
      if (cps[r] == ' ' && spaces == Spaces.BETWEEN_PARTS) {
        boolean afterPart =
            r > part
                && (markerKind(cps[r - 1]) != 0 || (dict.place(cps, part, n) >>> 8) == r - part);
        if (!afterPart) {
          break;
        }
        part = r + 1;
      } else if (!isAddressChar(cps[r], spaces == Spaces.WHOLE_VALUE)) {
        break;
      }
      if (r > s + 2 && isHan(cps[r])) {
        int m = dict.label(cps, r, n);
        int kind = Dictionaries.kind(m);
        if (m != 0
            && (m >>> 8) >= 2
            && kind != Dictionaries.ADDRESS
            && kind != Dictionaries.CARD
            && !AddressParts.isStreetAt(cps, r + (m >>> 8), limit)) {
          break; // (民族路 is a street, 民族 a field)
        }
      }
      if (r > s && isHan(cps[r]) && AddressParts.stopsAddress(cps, r, limit)) {
        break; // 江苏省文联党组, 上海市规划局公布55号: an authority or a sentence
      }
      r++;
    }
    markers = 0;
    admin = 0;
    detail = 0;
    street = 0;
    numbered = false;
    int last = -1;
    for (int i = s; i < r; i++) {
      int c = cps[i];
      int kind = markerKind(c);
      if (kind == ADMIN) {
        admin++;
      } else if (kind == STREET) {
        detail++;
        street++;
      } else if (kind == BUILDING) {
        detail++;
        numbered |= i > s && cps[i - 1] >= '0' && cps[i - 1] <= '9';
      } else if (c == '元' && i > s && cps[i - 1] == '单') {
        detail++;
      } else {
        continue;
      }
      markers++;
      last = i;
    }
    if (last < 0) {
      return -1;
    }
    int end = last + 1;
    while (end < r && (isAsciiAlnum(cps[end]) || cps[end] == '-' || cps[end] == '#')) {
      end++;
    }
    if (numbered || street > 0) {
      end = AddressParts.roomTail(cps, end, r); // 298号江湾商业中心3303
    }
    if (spaces == Spaces.WHOLE_VALUE && end < r) {
      end = r; // a whole column value
      while (end > s && cps[end - 1] == ' ') {
        end--;
      }
    }
    return end - s >= (labelled ? 4 : 6) ? end : -1;
  }

  /** A free-text address needs an administrative part and a street/village/building part. */
  private boolean freeAddressOk(int s, int end, int place) {
    boolean shortForm = (place & 0xFF) == Dictionaries.PLACE_SHORT;
    int placeLen = place >>> 8;
    if (shortForm
        && dict.place(cps, s + placeLen, n) == 0
        && AddressParts.zoneEnd(cps, s + placeLen, n, 0) < 0) {
      return false; // 广东 alone is not an address start, 广东深圳市 and 成都高新区 are
    }
    // 上海市第一人民医院 names a place but no one's address: it needs a street or village, or a
    // numbered building (88号, 3栋).
    return (admin >= 1 || shortForm) && (street >= 1 || numbered) && markers >= 2;
  }

  // ---------------------------------------------------------------- reporting

  private boolean covered(int p) {
    return coverStamp[p] == stamp;
  }

  private void emit(PiiType type, int s, int e, float confidence) {
    for (int i = s; i < e; i++) {
      if (coverStamp[i] == stamp) {
        return; // already reported from a column
      }
    }
    for (int i = s; i < e; i++) {
      coverStamp[i] = stamp;
    }
    if (confidence >= minConfidence) {
      sink.found(type, offs[s], offs[e], confidence);
    }
  }
}
