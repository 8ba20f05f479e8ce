package org.leakaid.scanner;

/**
 * Names without a label or a column header, in the shapes leaked dumps come in: a field of a
 * headerless delimited row ({@code 20817,韩立军,3201…,139…}, a value of an INSERT without a column
 * list) and a name glued to a phone or ID number ({@code 韩立军13912345678江苏省…}).
 *
 * <p>A name here is 2-3 Han characters after a listed single surname, or 3-4 after a compound one
 * (or Han parts joined by a middle dot, 买买提·艾力). What the rules rest on, and their confidence:
 *
 * <ul>
 *   <li>Field rule (0.75): the whole field is the name, and the same row holds a phone, ID or card
 *       number that passes its check (segment table, MOD 11-2, Luhn), or an e-mail address. The row
 *       is the line, or the tuple or JSON object around the field on an INSERT or JSON line. Fields
 *       after a key ({@code "city":"黄山"}) are left to the key.
 *   <li>Glued rule (0.75): the Han run touches a valid mobile or ID number on one side and a field
 *       boundary, the line's end or a place name on the other.
 * </ul>
 *
 * <p>Never a name: a division name of GB/T 2260 (with or without its 省/市/区/县), a value ending in an
 * address or organisation character, a title (王经理, 李工), a listed status word or common noun
 * (not-names.txt: 已发货, 汉族, 本科, 黄金 ...), a label.
 *
 * <p>Everything is decided from the row itself, never from other lines: the output is the same
 * however a dump is cut into chunks and whatever the thread count.
 */
final class RowNames {

  /** What the rules report to: the context detector's spans. */
  interface Spans {
    boolean covered(int p);

    void emit(int s, int e, float confidence);
  }

  static final float FIELD = 0.75f;
  static final float GLUED = 0.75f;
  static final float DOTTED = 0.7f;

  /** How far around a candidate its row is looked at, in characters, when the line is long. */
  private static final int ROW_REACH = 512;

  /** Last characters of places, streets, organisations, ethnic groups and colours. */
  private static final String NOT_NAME_ENDINGS = "省市区县旗镇乡村屯路街巷道弄号楼栋室厦苑园院局厅处所站店厂司行社部队校族色馆城场";

  /** Last characters of a two-character title: 王总, 李工, 张姐. */
  private static final String SHORT_TITLES = "总工姐哥叔姨董";

  /** Two-character titles after a surname: 王经理, 李医生. */
  private static final String[] TITLES = {
    "经理", "医生", "老师", "先生", "女士", "小姐", "师傅", "主任", "总监", "科长", "处长", "局长", "院长", "校长",
    "书记", "同学", "阿姨", "老板", "护士", "律师", "会计", "店长", "组长", "班长", "部长", "社长", "所长", "站长"
  };

  /** Division names written without their 省/市/区/县 (江宁, 鼓楼, 黄山): a place, not a name. */
  private static final String DIVISION_SUFFIXES = "省市区县旗";

  private final Dictionaries dict;
  private final int todayYmd = ResidentIds.today();
  private final int[] digits = new int[24];
  private final int[] probe = new int[8];

  private int[] cps;
  private int n;
  private Spans spans;

  /** The row of the last contact check and its outcome: fields of one row ask once. */
  private int checkedFrom = -1;

  private int checkedTo = -1;
  private boolean checkedContact;

  RowNames(Dictionaries dict) {
    this.dict = dict;
  }

  /**
   * Finds names in the decoded line {@code cps[0, n)}, stepping from one Han character to the next
   * as listed in {@code stops[0, stopCount)}. {@code bracketed}: the line is an INSERT or JSON,
   * whose rows are the tuples or objects on it.
   */
  void scan(
      int[] cps,
      int n,
      int[] stops,
      int stopCount,
      boolean bracketed,
      boolean lineHasContact,
      Spans spans) {
    if (!lineHasContact && n <= ROW_REACH && !bracketed) {
      return; // one short row without a phone, ID, card or e-mail: no rule here can fire
    }
    this.cps = cps;
    this.n = n;
    this.spans = spans;
    // A line short enough to be one row: the structured pass has checked its numbers already.
    checkedFrom = n <= ROW_REACH && !bracketed ? 0 : -1;
    checkedTo = n <= ROW_REACH && !bracketed ? n : -1;
    checkedContact = lineHasContact;
    for (int k = 0; k < stopCount; k++) {
      int a = stops[k];
      if (!ContextDetector.isHan(cps[a]) || (a > 0 && isNamePart(cps[a - 1]))) {
        continue; // not the start of a Han run
      }
      int b = a;
      boolean dot = false;
      while (b < n && isNamePart(cps[b]) && b - a <= 24) {
        dot |= !ContextDetector.isHan(cps[b]);
        b++;
      }
      // Most Han runs of a dump start with no surname and touch no number: stepped over at once.
      if (dot
          || dict.isSingleSurname(cps[a])
          || (b < n && isDigit(cps[b]))
          || (b - a >= 3 && dict.isCompoundSurname(cps[a], cps[a + 1]))) {
        candidate(a, b, bracketed);
      }
    }
    this.cps = null;
    this.spans = null;
  }

  private void candidate(int a, int b, boolean bracketed) {
    boolean digitBefore = a > 0 && isDigit(cps[a - 1]);
    boolean digitAfter = b < n && isDigit(cps[b]);
    boolean fieldStart = a == 0 || isFieldEdge(cps[a - 1], true);
    boolean fieldEnd = b == n || isFieldEdge(cps[b], false);
    if (fieldStart && fieldEnd && !afterKey(a)) {
      int len = nameLength(a, b);
      if (len == b - a && notExcluded(a, b) && rowHasContact(a, b, bracketed)) {
        spans.emit(a, b, FIELD);
      } else if (len < 0 && dotted(a, b) && rowHasContact(a, b, bracketed)) {
        spans.emit(a, b, DOTTED);
      }
      return;
    }
    // Glued to a number: the name ends where the number starts, or where a place name starts
    // (13912345678韩立军江苏省南京市…).
    if (digitAfter && validNumberAt(b)) {
      if ((fieldStart || digitBefore) && nameLength(a, b) == b - a && notExcluded(a, b)) {
        spans.emit(a, b, GLUED);
        return;
      }
      // Right after a reported address: 中关村大街27号韩立军13912345678.
      for (int len = 3; len >= 2; len--) {
        int s = b - len;
        if (s > a && spans.covered(s - 1) && nameLength(s, b) == len && notExcluded(s, b)) {
          spans.emit(s, b, GLUED);
          return;
        }
      }
      return;
    }
    if (digitBefore && validNumberBefore(a)) {
      for (int len = Math.min(4, b - a); len >= 2; len--) {
        int e = a + len;
        boolean ends =
            e == b ? fieldEnd : e < b && (dict.place(cps, e, n) != 0 || dict.label(cps, e, n) != 0);
        if (ends && nameLength(a, e) == len && notExcluded(a, e)) {
          spans.emit(a, e, GLUED);
          return;
        }
      }
    }
  }

  /** Han characters and the dots between the parts of a name. */
  private static boolean isNamePart(int cp) {
    return ContextDetector.isHan(cp) || cp == 0xB7 || cp == 0x2022 || cp == 0x30FB;
  }

  private static boolean isDigit(int cp) {
    return cp >= '0' && cp <= '9';
  }

  /**
   * Characters that bound a field: delimiters, quotes, brackets and the line's own whitespace. A
   * full-width comma folds to ',' too; in running text (王伟，你好) the row's contacts still decide.
   */
  private static boolean isFieldEdge(int cp, boolean before) {
    switch (cp) {
      case ',', '\t', '|', ';', ' ', '"', '\'', '`', '/', '-', '#':
        return true;
      case '(', '[', '{':
        return before;
      case ')', ']', '}':
        return !before;
      default:
        return false;
    }
  }

  /**
   * Whether the field at {@code a} is a key's value ({@code "city":"黄山"}, {@code 城市=黄山}): its key
   * says what it is, and a key for a name was read as one already.
   */
  private boolean afterKey(int a) {
    int q = a - 1;
    while (q >= 0 && (cps[q] == '"' || cps[q] == '\'' || cps[q] == ' ' || cps[q] == '\\')) {
      q--;
    }
    return q >= 0 && (cps[q] == ':' || cps[q] == '=');
  }

  /**
   * The length of a name at {@code [a, b)} by its surname: 2-3 characters after a listed single
   * surname, 3-4 after a compound one; -1 if not a name's shape.
   */
  private int nameLength(int a, int b) {
    int len = b - a;
    if (len < 2 || len > 4) {
      return -1;
    }
    for (int i = a; i < b; i++) {
      if (!ContextDetector.isHan(cps[i])) {
        return -1;
      }
    }
    if (dict.isCompoundSurname(cps[a], cps[a + 1])) {
      return len >= 3 ? len : -1;
    }
    return dict.isSingleSurname(cps[a]) && len <= 3 ? len : -1;
  }

  /** Places, titles, status words, common nouns and labels are never names. */
  private boolean notExcluded(int a, int b) {
    int len = b - a;
    int last = cps[b - 1];
    if (NOT_NAME_ENDINGS.indexOf(last) >= 0 || (len == 2 && SHORT_TITLES.indexOf(last) >= 0)) {
      return false;
    }
    if (len == 3) {
      for (String t : TITLES) {
        if (cps[a + 1] == t.charAt(0) && cps[a + 2] == t.charAt(1)) {
          return false;
        }
      }
    }
    if (dict.isNotName(cps, a, b) || dict.label(cps, a, b) != 0) {
      return false;
    }
    int given = dict.isCompoundSurname(cps[a], cps[a + 1]) ? a + 2 : a + 1;
    for (int i = given; i < b; i++) {
      if (dict.isNotGivenName(cps[i])) {
        return false; // 金龙鱼, 周黑鸭, 陈皮: a product, not a person
      }
    }
    for (int i = a + 1; i < b; i++) {
      if (dict.label(cps, i, b) >>> 8 >= 2) {
        return false; // 王先生, 张女士 …: a title or field word inside
      }
    }
    return !isPlace(a, b);
  }

  private boolean isPlace(int a, int b) {
    int len = b - a;
    if (dict.place(cps, a, b) >>> 8 == len) {
      return true;
    }
    if (len >= probe.length) {
      return false;
    }
    System.arraycopy(cps, a, probe, 0, len);
    for (int k = 0; k < DIVISION_SUFFIXES.length(); k++) {
      probe[len] = DIVISION_SUFFIXES.charAt(k);
      if (dict.place(probe, 0, len + 1) >>> 8 == len + 1) {
        return true;
      }
    }
    return false;
  }

  /** A name in Han parts joined by a middle dot: 2-3 parts, at most 20 characters. */
  private boolean dotted(int a, int b) {
    if (b - a > 20 || !ContextDetector.isHan(cps[a]) || !ContextDetector.isHan(cps[b - 1])) {
      return false;
    }
    int parts = 1;
    for (int i = a + 1; i < b - 1; i++) {
      if (!ContextDetector.isHan(cps[i])) {
        if (!ContextDetector.isHan(cps[i - 1]) || !ContextDetector.isHan(cps[i + 1])) {
          return false;
        }
        parts++;
      }
    }
    return parts >= 2 && parts <= 3;
  }

  // ---------------------------------------------------------------- the row's contacts

  /** Whether the row around {@code [a, b)} holds a valid phone, ID, card or an e-mail address. */
  private boolean rowHasContact(int a, int b, boolean bracketed) {
    int from = Math.max(0, a - ROW_REACH);
    int to = Math.min(n, b + ROW_REACH);
    if (bracketed) {
      for (int q = a - 1; q >= from; q--) {
        if (cps[q] == '(' || cps[q] == '{') {
          from = q;
          break;
        }
      }
      for (int q = b; q < to; q++) {
        if (cps[q] == ')' || cps[q] == '}') {
          to = q;
          break;
        }
      }
    }
    if (from == checkedFrom && to == checkedTo) {
      return checkedContact;
    }
    checkedFrom = from;
    checkedTo = to;
    checkedContact = contactIn(from, to);
    return checkedContact;
  }

  private boolean contactIn(int from, int to) {
    int p = from;
    while (p < to) {
      int c = cps[p];
      if (c == '@' && p > from && p + 1 < to && isWordChar(cps[p - 1]) && isWordChar(cps[p + 1])) {
        return true;
      }
      if (!isDigit(c) || (p > from && isAsciiLetter(cps[p - 1]))) {
        p++;
        continue;
      }
      // A digit run, with single spaces or dashes between digit groups (139-1234-5678).
      int nd = 0;
      int q = p;
      while (q < to) {
        if (isDigit(cps[q])) {
          if (nd < digits.length) {
            digits[nd] = cps[q] - '0';
          }
          nd++;
          q++;
        } else if ((cps[q] == ' ' || cps[q] == '-') && q + 1 < to && isDigit(cps[q + 1])) {
          q++;
        } else {
          break;
        }
      }
      boolean x = q < to && (cps[q] == 'X' || cps[q] == 'x') && nd == 17;
      if (x) {
        digits[17] = 10;
      }
      if (!(q < to && isAsciiLetter(cps[q]) && !x) && validNumber(nd + (x ? 1 : 0))) {
        return true;
      }
      p = q + 1;
    }
    return false;
  }

  private static boolean isWordChar(int cp) {
    return isDigit(cp) || isAsciiLetter(cp) || cp == '.' || cp == '_' || cp == '-';
  }

  private static boolean isAsciiLetter(int cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  }

  /** Whether {@code digits[0, len)} is a mobile, an ID (18 with X as 10) or a card number. */
  private boolean validNumber(int len) {
    if (len == 11 && digits[0] == 1) {
      return MobileSegments.byPrefix4(
              digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3])
          != null;
    }
    if (len == 18) {
      return ResidentIds.check18(digits, todayYmd) != ResidentIds.Validity.INVALID
          || ResidentIds.checkForeignPermanent(digits, todayYmd);
    }
    return len >= 16
        && len <= 19
        && digits[0] >= 3
        && BankCards.issuerOf(digits, 0, len) != null
        && BankCards.luhn(digits, 0, len);
  }

  /**
   * Whether a valid mobile or ID number starts at {@code p} of the line {@code cps[0, n)}: for a
   * labelled name glued to it. Called before {@link #scan} reads the line, which resets both.
   */
  boolean validNumberAt(int[] cps, int n, int p) {
    this.cps = cps;
    this.n = n;
    return validNumberAt(p);
  }

  /** Whether a valid mobile or ID number starts at {@code p} and is not glued to more digits. */
  private boolean validNumberAt(int p) {
    int q = p;
    while (q < n && isDigit(cps[q]) && q - p < 19) {
      digits[q - p] = cps[q] - '0';
      q++;
    }
    int len = q - p;
    if (len == 17 && q < n && (cps[q] == 'X' || cps[q] == 'x')) {
      digits[17] = 10;
      len = 18;
      q++;
    }
    return (q == n || !isDigit(cps[q])) && (len == 11 || len == 18) && validNumber(len);
  }

  /** Whether a valid mobile or ID number ends right before {@code a}. */
  private boolean validNumberBefore(int a) {
    int q = a;
    if (q > 0 && (cps[q - 1] == 'X' || cps[q - 1] == 'x')) {
      q--;
    }
    int s = q;
    while (s > 0 && isDigit(cps[s - 1]) && q - s < 19) {
      s--;
    }
    if (s > 0 && (isDigit(cps[s - 1]) || isAsciiLetter(cps[s - 1]))) {
      return false;
    }
    return validNumberAt(s) && (a - s == 11 || a - s == 18);
  }
}
