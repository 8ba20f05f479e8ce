package org.leakaid.scanner.dump;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
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

  /**
   * Compiled once: {@code String.split} with this class compiled it for every header-shaped line,
   * and the dense benchmark corpus has one such line every ~1.6 KB (column lists in random order,
   * so they cannot be memoized by line).
   */
  private static final Pattern FIELD_DELIMITER = Pattern.compile("[,\t|;]");

  private static final Charset GB18030 = Charset.forName("GB18030");

  private CsvHeaders() {}

  /** A plain loop: this runs for every header-shaped line of a dump. */
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
   * either a known column label or nothing but ASCII (English column names).
   */
  static boolean looksLikeHeader(byte[] b, int from, int to, TextEncoding enc) {
    return looksLikeHeader(b, from, to, enc, false);
  }

  /**
   * @param labelRequired a known column label must appear (for header lines in the middle of a
   *     file, where an all-ASCII line without digits is more likely data than a header)
   */
  static boolean looksLikeHeader(
      byte[] b, int from, int to, TextEncoding enc, boolean labelRequired) {
    if (to - from < 3 || to - from > 4096 || b[from] == '{' || b[from] == '[' || b[from] == '(') {
      return false;
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
    if (delimiters == 0) {
      return false;
    }
    Charset cs = enc == TextEncoding.UTF_8 ? StandardCharsets.UTF_8 : GB18030;
    String line = new String(b, from, to - from, cs).toLowerCase(Locale.ROOT);
    if (line.startsWith("insert ") || line.startsWith("create ")) {
      return false;
    }
    if (!labelRequired) {
      return ascii || containsLabel(line);
    }
    for (String field : FIELD_DELIMITER.split(line)) {
      String f = field.strip().replace("\"", "").replace("`", "");
      if (ENGLISH_FIELDS.contains(f) || (!f.isEmpty() && f.charAt(0) > 0x7F && containsLabel(f))) {
        return true;
      }
    }
    return false;
  }
}
