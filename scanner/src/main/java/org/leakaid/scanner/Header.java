package org.leakaid.scanner;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The column names of a CSV/TSV header, reduced to what they tell the scanner: which column holds
 * names, addresses, card or passport numbers. The delimiter is the most frequent of tab, comma, '|'
 * and ';' in the header line.
 */
final class Header {

  static final int NAME = Dictionaries.NAME;
  static final int ADDRESS = Dictionaries.ADDRESS;
  static final int CARD = Dictionaries.CARD;
  static final int PASSPORT = Dictionaries.PASSPORT;
  static final int USCC = Dictionaries.USCC;
  static final int IP = Dictionaries.IP;

  final int delimiter;
  private final int[] kinds;
  final boolean hasNameOrAddress;

  /** No columns: every column's kind is {@link Dictionaries#OTHER}. */
  static final Header NONE = of(new int[0]);

  /** Columns of the given kinds, read by position (an INSERT's inferred name columns). */
  static Header of(int[] kinds) {
    return new Header(',', kinds);
  }

  private Header(int delimiter, int[] kinds) {
    this.delimiter = delimiter;
    this.kinds = kinds;
    boolean any = false;
    for (int k : kinds) {
      any |= k == NAME || k == ADDRESS;
    }
    this.hasNameOrAddress = any;
  }

  /**
   * Parses a header line on its bytes; each column name is decoded and classified once per {@code
   * memo} (one per thread and encoding), since dumps repeat their column names in every order.
   */
  static Header parse(
      byte[] buf, int from, int to, TextEncoding enc, Dictionaries dict, ColumnMemo memo) {
    boolean gb = enc == TextEncoding.GB18030;
    int copy = CopyStatement.columnsStart(buf, from, to);
    if (copy >= 0) {
      // COPY t (id, name, "phone") FROM stdin; heads tab-separated rows.
      int end = CopyStatement.columnsEnd(to);
      return new Header('\t', columnKinds(buf, copy, end, ',', gb, dict, memo));
    }
    int tabs = 0;
    int commas = 0;
    int bars = 0;
    int semicolons = 0;
    for (int i = from; i < to; ) {
      int b = buf[i] & 0xFF;
      if (b >= 0x80) {
        i += width(buf, i, to, gb); // a GBK trail byte can equal '|'
        continue;
      }
      switch (b) {
        case '\t' -> tabs++;
        case ',' -> commas++;
        case '|' -> bars++;
        case ';' -> semicolons++;
        default -> {}
      }
      i++;
    }
    int delimiter = ',';
    int best = 0;
    if (tabs > best) {
      best = tabs;
      delimiter = '\t';
    }
    if (commas > best) {
      best = commas;
      delimiter = ',';
    }
    if (bars > best) {
      best = bars;
      delimiter = '|';
    }
    if (semicolons > best) {
      delimiter = ';';
    }
    return new Header(delimiter, columnKinds(buf, from, to, delimiter, gb, dict, memo));
  }

  /** The kinds of the columns {@code b[from, to)} names, split at the delimiter outside quotes. */
  private static int[] columnKinds(
      byte[] buf, int from, int to, int delimiter, boolean gb, Dictionaries dict, ColumnMemo memo) {
    int[] kinds = new int[8];
    int columns = 0;
    boolean quoted = false;
    int fieldStart = from;
    for (int i = from; ; ) {
      if (i >= to || (buf[i] == delimiter && !quoted)) {
        if (columns == kinds.length) {
          kinds = Arrays.copyOf(kinds, columns * 2);
        }
        kinds[columns++] = columnKind(buf, fieldStart, Math.min(i, to), gb, dict, memo);
        if (i >= to) {
          break;
        }
        fieldStart = ++i;
        continue;
      }
      int b = buf[i] & 0xFF;
      if (b >= 0x80) {
        i += width(buf, i, to, gb);
        continue;
      }
      if (b == '"') {
        quoted = !quoted;
      }
      i++;
    }
    return Arrays.copyOf(kinds, columns);
  }

  /** The kind of one column name as written (quotes included), decoded only the first time. */
  private static int columnKind(
      byte[] buf, int from, int to, boolean gb, Dictionaries dict, ColumnMemo memo) {
    int kind = memo.get(buf, from, to);
    if (kind == ColumnMemo.ABSENT) {
      byte[] name = new byte[to - from];
      int n = 0;
      for (int i = from; i < to; i++) {
        if (buf[i] != '"') {
          name[n++] = buf[i];
        }
      }
      kind = dict.columnKind(new String(name, 0, n, gb ? Gb18030.CHARSET : StandardCharsets.UTF_8));
      memo.put(buf, from, to, kind);
    }
    return kind;
  }

  /**
   * Byte length of the character at {@code i}: in GB18030 a lead byte takes a valid trail byte (or
   * three more bytes after a digit); UTF-8 needs no stepping, its delimiters are never inside a
   * character.
   */
  private static int width(byte[] buf, int i, int to, boolean gb) {
    if (!gb || i + 1 >= to) {
      return 1;
    }
    int b = buf[i] & 0xFF;
    int b2 = buf[i + 1] & 0xFF;
    if (b == 0x80 || b == 0xFF) {
      return 1;
    }
    if (b2 >= 0x30 && b2 <= 0x39) {
      return Math.min(4, to - i);
    }
    return b2 >= 0x40 && b2 != 0x7F && b2 != 0xFF ? 2 : 1;
  }

  int kind(int column) {
    return column >= 0 && column < kinds.length ? kinds[column] : Dictionaries.OTHER;
  }

  /** Kind of the column that byte {@code pos} of a data line lies in. */
  int kindAt(byte[] buf, int lineFrom, int pos, boolean gb) {
    int column = 0;
    boolean quoted = false;
    int i = lineFrom;
    while (i < pos) {
      int b = buf[i] & 0xFF;
      if (b >= 0x80) {
        i += width(buf, i, pos, gb); // a GBK trail byte can equal '|'
        continue;
      }
      if (b == '"') {
        quoted = !quoted;
      } else if (b == delimiter && !quoted) {
        column++;
      }
      i++;
    }
    return kind(column);
  }
}
