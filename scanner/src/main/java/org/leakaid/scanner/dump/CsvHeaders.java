package org.leakaid.scanner.dump;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.leakaid.scanner.ColumnMemo;
import org.leakaid.scanner.CopyStatement;
import org.leakaid.scanner.TextEncoding;
import org.leakaid.scanner.WordBits;

/**
 * Tells a CSV/TSV header line ({@code 姓名,手机号,身份证号}) from a data row. A header is passed to every
 * chunk's scan session (column labels give names and addresses their context), is not a record, and
 * its labels can put every record of the file into a tier ({@code 入住时间}: lodging).
 */
final class CsvHeaders {
  private static final String[] LABELS = {
    "姓名", "名字", "手机", "电话", "身份证", "证件", "地址", "住址", "邮箱", "银行", "卡号", "性别", "生日", "出生", "金额", "时间",
    "日期", "订单", "编号", "序号", "账号", "用户", "收件人", "联系", "民族", "籍贯", "name", "phone", "mobile", "tel",
    "email", "mail", "addr", "card", "id", "user", "gender", "birth"
  };

  /** Whole English column names that make a line in the middle of a file a header. */
  private static final String[] ENGLISH_FIELDS = {
    "name", "real_name", "username", "user_name", "phone", "mobile", "tel", "telephone", "email",
    "mail", "address", "addr", "id_card", "idcard", "id_no", "card_no", "cardno", "bank_card",
    "gender", "birthday"
  };

  // Labels and fields as bytes: header fields are classified without decoding them (see
  // #fieldVerdict), in whichever encoding the input has.
  private static final byte[][] UTF8_LABELS = encode(LABELS, StandardCharsets.UTF_8);
  private static final byte[][] GB_LABELS = encode(LABELS, Charset.forName("GB18030"));
  private static final byte[][] ENGLISH_FIELD_BYTES =
      encode(ENGLISH_FIELDS, StandardCharsets.US_ASCII);

  /**
   * The first two bytes of every label, letters in both cases, per encoding: most positions of a
   * field start no label, and data rows shaped like headers (short fields, no long numbers) bring a
   * stream of new fields to classify.
   */
  private static final boolean[] UTF8_STARTS = starts(UTF8_LABELS);

  private static final boolean[] GB_STARTS = starts(GB_LABELS);

  private static boolean[] starts(byte[][] labels) {
    boolean[] starts = new boolean[1 << 16];
    for (byte[] label : labels) {
      int b0 = label[0] & 0xFF;
      int b1 = label[1] & 0xFF;
      starts[b0 << 8 | b1] = true;
      if (b0 < 0x80) { // ASCII labels match letters in either case
        starts[upper(b0) << 8 | b1] = true;
        starts[b0 << 8 | upper(b1)] = true;
        starts[upper(b0) << 8 | upper(b1)] = true;
      }
    }
    return starts;
  }

  private static int upper(int c) {
    return c >= 'a' && c <= 'z' ? c - 32 : c;
  }

  private static byte[][] encode(String[] words, Charset cs) {
    byte[][] out = new byte[words.length][];
    for (int i = 0; i < words.length; i++) {
      out[i] = words[i].getBytes(cs);
    }
    return out;
  }

  /** Per field: a column label occurs in it (lower-cased). */
  private static final int HAS_LABEL = 1;

  /** Per field: it names a column well enough to make a mid-file line a header. */
  private static final int NAMES_COLUMN = 2;

  /** Field verdicts by field bytes, per encoding: dumps repeat their column names. */
  private final ColumnMemo utf8Fields = new ColumnMemo();

  private final ColumnMemo gbFields = new ColumnMemo();

  /**
   * A header: at least two delimited fields, each short and none a number or date, no digit run of
   * 5 or more, no '@', and either a known column label or nothing but ASCII (English column names).
   * For the first line of an input; a new instance each time.
   */
  static boolean looksLikeHeader(byte[] b, int from, int to, TextEncoding enc) {
    return new CsvHeaders().isHeader(b, from, to, enc, false);
  }

  /**
   * As {@link #looksLikeHeader}, remembering field verdicts in this instance (one per thread).
   *
   * @param labelRequired a known column label must appear (for header lines in the middle of a
   *     file, where an all-ASCII line without digits is more likely data than a header)
   */
  boolean isHeader(byte[] b, int from, int to, TextEncoding enc, boolean labelRequired) {
    if (CopyStatement.isCopyFromStdin(b, from, to)) {
      return true; // pg_dump's COPY t (id, name, phone) FROM stdin; heads tab-separated rows
    }
    if (to - from < 3 || to - from > 4096 || b[from] == '{' || b[from] == '[' || b[from] == '(') {
      return false;
    }
    if (b[from] == '#'
        || startsWithIgnoreCase(b, from, to, "//")
        || startsWithIgnoreCase(b, from, to, "--")) {
      return false; // a comment (shell, YAML, SQL, C) that lists words: # phone, address, ...
    }
    if (hasDigitRunOrAt(b, from, to)) {
      return false; // most data lines: decided eight bytes at a time
    }
    int delimiters = 0;
    int fieldLength = 0;
    boolean ascii = true;
    // A field with a digit and no letter or Chinese character (1.0, 2026-06) is a value: the line
    // is a data row (a package list's "xj-user 2.0.13 2026-07 用户模块"), whatever labels it holds.
    boolean digit = false;
    boolean named = false;
    for (int i = from; i <= to; i++) {
      int c = i < to ? b[i] & 0xFF : ',';
      if (c == ',' || c == '\t' || c == '|' || c == ';') {
        if (digit && !named) {
          return false;
        }
        delimiters += i < to ? 1 : 0;
        fieldLength = 0;
        digit = false;
        named = false;
      } else if (++fieldLength > 48) {
        return false;
      } else {
        ascii &= c < 0x80;
        digit |= c >= '0' && c <= '9';
        named |= c >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
      }
    }
    if (delimiters == 0 || startsWithIgnoreCase(b, from, to, "insert ")) {
      return false;
    }
    if (startsWithIgnoreCase(b, from, to, "create ")) {
      return false;
    }
    if (!labelRequired && ascii) {
      return true;
    }
    boolean gb = enc == TextEncoding.GB18030;
    int wanted = labelRequired ? NAMES_COLUMN : HAS_LABEL;
    int fieldStart = from;
    for (int i = from; ; ) {
      int c = i < to ? b[i] & 0xFF : ',';
      if (c == ',' || c == '\t' || c == '|' || c == ';') {
        if ((fieldVerdict(b, fieldStart, Math.min(i, to), gb) & wanted) != 0) {
          return true;
        }
        if (i >= to) {
          return false;
        }
        fieldStart = ++i;
      } else {
        i += gb ? IdentifierKeys.width(b, i, to, enc) : 1; // a GBK trail byte can equal '|'
      }
    }
  }

  private static final long AT_SIGNS = WordBits.repeat('@');

  /**
   * Whether the bytes hold five ASCII digits in a row or an '@', either of which rules out a
   * header: a pre-pass over eight bytes at a time, windows overlapping by four so that every run of
   * five lies inside one. Checking byte by byte was ~7% of a structured scan's samples on a dense
   * dump, whose data lines are the ones with long digit runs.
   */
  static boolean hasDigitRunOrAt(byte[] b, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 4) {
      long x = WordBits.word(b, i);
      long digit = WordBits.digits(x);
      if ((digit & (digit << 8) & (digit << 16) & (digit << 24) & (digit << 32)) != 0
          || WordBits.equal(x, AT_SIGNS) != 0) {
        return true;
      }
    }
    int run = 0;
    for (i = Math.max(from, i - 4); i < to; i++) {
      if (b[i] == '@') {
        return true;
      }
      run = b[i] >= '0' && b[i] <= '9' ? run + 1 : 0;
      if (run == 5) {
        return true;
      }
    }
    return false;
  }

  private int fieldVerdict(byte[] b, int from, int to, boolean gb) {
    ColumnMemo memo = gb ? gbFields : utf8Fields;
    int verdict = memo.get(b, from, to);
    if (verdict == ColumnMemo.ABSENT) {
      verdict = classify(b, from, to, gb);
      memo.put(b, from, to, verdict);
    }
    return verdict;
  }

  /**
   * {@link #HAS_LABEL} if a label occurs in the field (ASCII letters in any case); {@link
   * #NAMES_COLUMN} if, white space around it and quotes dropped, it is one of the English column
   * names or is Chinese holding a Chinese label (小节名称通常包括 NAME, a sentence of a manual, is no
   * column name). On bytes: decoding and lower-casing strings here made the JIT compile the whole
   * of String's machinery into the header check (~0.5 s of compiler time per run).
   */
  private static int classify(byte[] b, int from, int to, boolean gb) {
    byte[][] labels = gb ? GB_LABELS : UTF8_LABELS;
    int verdict = containsLabel(b, from, to, labels, gb, false) ? HAS_LABEL : 0;
    int s = from;
    int e = to;
    while (s < e && isSpace(b, s, e)) {
      s += b[s] < 0 ? (gb ? 2 : 3) : 1;
    }
    while (e > s) {
      if (b[e - 1] == ' ' || (b[e - 1] >= '\t' && b[e - 1] <= '\r')) {
        e--;
      } else if (e - (gb ? 2 : 3) >= s && isSpace(b, e - (gb ? 2 : 3), e)) {
        e -= gb ? 2 : 3;
      } else {
        break;
      }
    }
    byte[] name = new byte[e - s];
    int n = 0;
    for (int i = s; i < e; i++) {
      if (b[i] != '"' && b[i] != '`') {
        name[n++] = b[i];
      }
    }
    if (isEnglishField(name, n)
        || (n > 0 && name[0] < 0 && containsLabel(name, 0, n, labels, gb, true))) {
      verdict |= NAMES_COLUMN;
    }
    return verdict;
  }

  /** ASCII white space, or the ideographic space U+3000 (as String.strip drops it). */
  private static boolean isSpace(byte[] b, int i, int to) {
    int c = b[i] & 0xFF;
    if (c == ' ' || (c >= '\t' && c <= '\r')) {
      return true;
    }
    return (c == 0xE3 && i + 2 < to && (b[i + 1] & 0xFF) == 0x80 && (b[i + 2] & 0xFF) == 0x80)
        || (c == 0xA1 && i + 1 < to && (b[i + 1] & 0xFF) == 0xA1);
  }

  /**
   * Whether a label starts at a character start of {@code b[from, to)}: ASCII labels match letters
   * in any case, Chinese ones byte for byte (GB18030 trail bytes are never case-folded).
   */
  private static boolean containsLabel(
      byte[] b, int from, int to, byte[][] labels, boolean gb, boolean chineseOnly) {
    boolean[] starts = gb ? GB_STARTS : UTF8_STARTS;
    for (int i = from; i < to; ) {
      if (i + 1 < to && starts[(b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF)]) {
        for (byte[] label : labels) {
          if (chineseOnly && label[0] >= 0) {
            continue;
          }
          if (label.length <= to - i && matches(b, i, label)) {
            return true;
          }
        }
      }
      i += gb ? IdentifierKeys.width(b, i, to, TextEncoding.GB18030) : 1;
    }
    return false;
  }

  private static boolean matches(byte[] b, int at, byte[] label) {
    boolean ascii = label[0] >= 0;
    for (int k = 0; k < label.length; k++) {
      int c = b[at + k];
      if (ascii && c >= 'A' && c <= 'Z') {
        c += 32;
      }
      if (c != label[k]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isEnglishField(byte[] name, int n) {
    for (byte[] field : ENGLISH_FIELD_BYTES) {
      if (field.length == n && matches(name, 0, field)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code b[from, to)} starts with {@code prefix} (lower case), letters in any case. */
  static boolean startsWithIgnoreCase(byte[] b, int from, int to, String prefix) {
    if (to - from < prefix.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      int c = b[from + k];
      if (c >= 'A' && c <= 'Z') {
        c += 32;
      }
      if (c != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The input's first line (without a UTF-8 byte order mark) if it looks like a header, else null:
   * the header of a whole input, from its first bytes {@code buf[0, filled)}.
   */
  static byte[] headerOf(byte[] buf, int filled, TextEncoding enc) {
    int end = Lines.indexOfNewline(buf, 0, Math.min(filled, 4096));
    if (end < 0) {
      return null;
    }
    int to = Lines.contentEnd(buf, 0, end);
    int from = TextSniffer.hasUtf8Bom(buf, to) ? 3 : 0;
    return CsvHeaders.looksLikeHeader(buf, from, to, enc)
        ? java.util.Arrays.copyOfRange(buf, from, to)
        : null;
  }
}
