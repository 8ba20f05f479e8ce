package org.leakaid.scanner;

import java.util.Arrays;
import org.leakaid.scanner.AddressGrammar.Spaces;

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
 * <p>The parts: {@link SliceDecoder} decodes, {@link AddressGrammar} and {@link NameShapes} say
 * what an address and a name look like, {@link InsertValues} walks INSERT tuples, {@link
 * AsciiKeyKinds} and {@link HtmlTags} read keys and tags; this class runs the passes (columns,
 * INSERTs, vCards, labels and free text) and reports.
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

  private final SliceDecoder decoder = new SliceDecoder();
  private final AddressGrammar addresses;
  private final NameShapes names;
  private final AsciiKeyKinds keyKinds;

  ContextDetector(Dictionaries dict, boolean wantName, boolean wantAddress, float minConfidence) {
    this.dict = dict;
    this.wantName = wantName;
    this.wantAddress = wantAddress;
    this.minConfidence = minConfidence;
    this.rowNames = new RowNames(dict);
    this.addresses = new AddressGrammar(dict);
    this.names = new NameShapes(dict, rowNames);
    this.keyKinds = new AsciiKeyKinds(dict);
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
    return p < n && (cps[p] == '[' || cps[p] == '{' || matchesIgnoreCase(cps, n, p, "insert"));
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
    if (matchesIgnoreCase(cps, n, 0, "fn") && nameEnd == 2) {
      vcardName(v, n);
    } else if (matchesIgnoreCase(cps, n, 0, "n") && nameEnd == 1) {
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
    } else if (matchesIgnoreCase(cps, n, 0, "adr") && nameEnd == 3 && wantAddress) {
      for (int part = v; part < n; ) {
        int end = part;
        while (end < n && cps[end] != ';') {
          end++;
        }
        if (end - part >= 4
            && isHan(cps[part])
            && addresses.end(cps, n, part, end, true, Spaces.NONE) == end) {
          emit(PiiType.CN_ADDRESS, part, end, addresses.markers >= 2 ? 0.9f : 0.7f);
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
    if (names.dottedEnd(cps, n, s) == e) {
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
    if (han < 2
        || han > 4
        || NameShapes.ROLE_ENDINGS.indexOf(cps[e - 1]) >= 0
        || dict.label(cps, s, e) != 0) {
      return;
    }
    float c;
    if (semicolon < 0) {
      c = names.confidence(cps, s, han);
    } else {
      boolean surname =
          (semicolon == s + 1 && dict.isSingleSurname(cps[s]))
              || (semicolon == s + 2 && dict.isCompoundSurname(cps[s], cps[s + 1]));
      c = surname ? 0.9f : NameShapes.UNLISTED_SURNAME;
    }
    if (c > 0) {
      emit(PiiType.PERSON_NAME, s, e, c);
    }
  }

  // ---------------------------------------------------------------- decoding

  /**
   * Decodes the slice into {@link #cps} and {@link #offs}, and lists where the later passes must
   * stop in {@link #stops} (see {@link SliceDecoder#decode}).
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
    n = decoder.decode(buf, from, to, gb, delimiter, cps, offs, stops);
    stopCount = decoder.stopCount;
    zoneMarks = decoder.zoneMarks;
  }

  // ---------------------------------------------------------------- character classes

  static boolean isHan(int cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF);
  }

  static boolean isAsciiAlnum(int cp) {
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
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
      if (names.dottedEnd(cps, n, s) == e) {
        emit(PiiType.PERSON_NAME, s, e, personalRecord ? 0.7f : 0.45f);
        return;
      }
      float c =
          personalRecord
              ? NameShapes.vouched(names.confidence(cps, s, e - s))
              : names.confidence(cps, s, e - s);
      if (c > 0) {
        emit(PiiType.PERSON_NAME, s, e, c);
      }
    } else if (kind == Dictionaries.ADDRESS && wantAddress) {
      int end = addresses.end(cps, n, s, e, true, Spaces.WHOLE_VALUE);
      if (end > 0) {
        emit(PiiType.CN_ADDRESS, s, end, addresses.markers >= 2 ? 0.9f : 0.7f);
      }
    }
  }

  /** A whole value that is a street address by grammar alone ({@link AddressGrammar#isStreet}). */
  private void streetField(int s, int e) {
    if (addresses.isStreet(cps, n, s, e)) {
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
    if (!matchesIgnoreCase(cps, n, p, "insert")) {
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
      // (see InsertValues#nameColumns), and a whole value that is a street address by its grammar
      // (建设路12号3栋201) is one in any column.
      sqlNamed = false;
      sqlKinds = wantName ? InsertValues.nameColumns(names, cps, n, values + 6) : Header.NONE;
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
    InsertValues.forEachValue(
        cps,
        n,
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

  static boolean matchesIgnoreCase(int[] cps, int n, int p, String word) {
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
      if (matchesIgnoreCase(cps, n, p, word)) {
        return p;
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------- labels and free text

  /**
   * Labels, keys and free-text addresses, left to right. Only two kinds of position can start
   * something: a Han character (a label or a place name) and an ASCII key just before ':' or '='.
   * So the pass steps through the positions {@link SliceDecoder#decode} listed instead of over
   * every character; {@code p} is where a character-by-character scan would be, and positions
   * before it are skipped as that scan would have skipped them.
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
        int end = addresses.end(cps, n, p, n, false, Spaces.NONE);
        if (end > 0 && addresses.freeAddressOk(cps, n, p, end, place)) {
          emit(PiiType.CN_ADDRESS, p, end, addresses.markers >= 3 ? 0.85f : 0.8f);
          return end;
        }
      } else if (zoneMarkWithin(p, 13) && AddressParts.zoneEnd(cps, p, n, 4) > 0) {
        // A development zone without a city before it (空港经济开发区蓝天路249号): an address if a
        // street and a house number follow.
        int end = addresses.end(cps, n, p, n, false, Spaces.NONE);
        if (end > 0 && addresses.street >= 1 && addresses.numbered && addresses.markers >= 3) {
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
    int end = labelled(keyKinds.kind(cps, r, q), q, true, true, false);
    return end > 0 ? end : c + 1;
  }

  /**
   * What may stand between a key or label and its value besides the separator: quotes, spaces, and
   * the backslashes of JSON logged as an escaped string ({@code {\"name\":\"张伟\"}} in a log line).
   */
  private static boolean isKeyQuote(int cp) {
    return cp == '"' || cp == '\'' || cp == ' ' || cp == '\\';
  }

  static boolean isAsciiLetter(int cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  }

  private static boolean isKeyChar(int cp) {
    return isAsciiAlnum(cp) || cp == '_';
  }

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
      int tagEnd = c == '<' && tagChars < HtmlTags.MAX_TAG_CHARS ? HtmlTags.end(cps, n, s) : -1;
      if (tagEnd > 0) {
        separator |= headerCellClosed && HtmlTags.is(cps, n, s, "td");
        headerCellClosed = HtmlTags.is(cps, n, s, "/th");
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
      int dotted = separator || quoted || personalRecord ? names.dottedEnd(cps, n, s) : -1;
      if (dotted > 0) {
        emit(PiiType.PERSON_NAME, s, dotted, unvouched ? 0.45f : 0.7f); // 姓名：买买提·艾力
        return dotted;
      }
      int len = names.length(cps, n, s, quoted);
      if (len > 0
          && !separator
          && !quoted
          && NameShapes.ROLE_ENDINGS.indexOf(cps[s + len - 1]) >= 0) {
        return -1; // 通知管理员, 联系原作者: a role, not a name
      }
      if (len > 0
          && introduced
          && !separator
          && (names.confidence(cps, s, len) < 0.9f || dict.isNotName(cps, s, s + len))) {
        return -1;
      }
      if (len > 0) {
        float c = names.confidence(cps, s, len);
        if (separator && vouches) {
          c = NameShapes.vouched(c); // 姓名：仉亮 (not 通知：接收)
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
    int end = addresses.end(cps, n, s, n, true, Spaces.BETWEEN_PARTS);
    if (end > 0) {
      emit(PiiType.CN_ADDRESS, s, end, addresses.markers >= 2 ? 0.9f : 0.7f);
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

  /** Whether the decoded slice holds a 区 at all (set by {@link SliceDecoder#decode}). */
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
      if (dict.place(cps, s + len, n) != 0 && names.confidence(cps, s, len) >= 0.9f) {
        if (wantName) {
          emit(PiiType.PERSON_NAME, s, s + len, 0.7f);
        }
        return s + len;
      }
    }
    return s;
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
