package org.leakaid.scanner.dump;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.leakaid.scanner.ColumnMemo;
import org.leakaid.scanner.TextEncoding;

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
  private static final java.util.Set<String> ENGLISH_FIELDS =
      java.util.Set.of(
          "name",
          "real_name",
          "username",
          "user_name",
          "phone",
          "mobile",
          "tel",
          "telephone",
          "email",
          "mail",
          "address",
          "addr",
          "id_card",
          "idcard",
          "id_no",
          "card_no",
          "cardno",
          "bank_card",
          "gender",
          "birthday");

  private static final Charset GB18030 = Charset.forName("GB18030");

  /** Per field: a column label occurs in it (lower-cased). */
  private static final int HAS_LABEL = 1;

  /** Per field: it names a column well enough to make a mid-file line a header. */
  private static final int NAMES_COLUMN = 2;

  /** Field verdicts by field bytes, per encoding: dumps repeat their column names. */
  private final ColumnMemo utf8Fields = new ColumnMemo();

  private final ColumnMemo gbFields = new ColumnMemo();

  /** A plain loop: this runs for every new header field of a dump. */
  private static boolean containsLabel(String text) {
    for (String label : LABELS) {
      if (text.contains(label)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A header: at least two delimited fields, each short, no digit run of 5 or more, no '@', and
   * either a known column label or nothing but ASCII (English column names). For the first line of
   * an input; a new instance each time.
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
    if (to - from < 3 || to - from > 4096 || b[from] == '{' || b[from] == '[' || b[from] == '(') {
      return false;
    }
    if (hasDigitRunOrAt(b, from, to)) {
      return false; // most data lines: decided eight bytes at a time
    }
    int delimiters = 0;
    int digitRun = 0;
    int fieldLength = 0;
    boolean ascii = true;
    for (int i = from; i < to; i++) {
      int c = b[i] & 0xFF;
      if (c == ',' || c == '\t' || c == '|' || c == ';') {
        delimiters++;
        fieldLength = 0;
        digitRun = 0;
        continue;
      }
      if (++fieldLength > 48 || c == '@') {
        return false;
      }
      if (c >= '0' && c <= '9') {
        if (++digitRun >= 5) {
          return false;
        }
      } else {
        digitRun = 0;
      }
      ascii &= c < 0x80;
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
      } else if (c >= 0x80 && gb && i + 1 < to) {
        // Step over the whole character: a GBK trail byte can equal '|'.
        int c2 = b[i + 1] & 0xFF;
        i += c2 >= 0x30 && c2 <= 0x39 ? 4 : 2;
      } else {
        i++;
      }
    }
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long ONES = 0x0101010101010101L;

  /**
   * Whether the bytes hold five ASCII digits in a row or an '@', either of which rules out a
   * header: a pre-pass over eight bytes at a time, windows overlapping by four so that every run of
   * five lies inside one. Checking byte by byte was ~6% of a structured scan of a dense dump, whose
   * data lines are the ones with long digit runs.
   */
  private static boolean hasDigitRunOrAt(byte[] b, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 4) {
      long x = (long) LONGS.get(b, i);
      long ascii = x & ~HIGH_BITS;
      long digit = (ascii + 0x5050505050505050L) & ~(ascii + 0x4646464646464646L) & ~x & HIGH_BITS;
      long at = x ^ 0x4040404040404040L;
      if ((digit & (digit << 8) & (digit << 16) & (digit << 24) & (digit << 32)) != 0
          || ((at - ONES) & ~at & HIGH_BITS) != 0) {
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
      String field =
          new String(b, from, to - from, gb ? GB18030 : StandardCharsets.UTF_8)
              .toLowerCase(Locale.ROOT);
      String f = field.strip().replace("\"", "").replace("`", "");
      verdict =
          (containsLabel(field) ? HAS_LABEL : 0)
              | (ENGLISH_FIELDS.contains(f)
                      || (!f.isEmpty() && f.charAt(0) > 0x7F && containsLabel(f))
                  ? NAMES_COLUMN
                  : 0);
      memo.put(b, from, to, verdict);
    }
    return verdict;
  }

  private static boolean startsWithIgnoreCase(byte[] b, int from, int to, String prefix) {
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
}
