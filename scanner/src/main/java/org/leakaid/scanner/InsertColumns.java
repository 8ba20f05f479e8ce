package org.leakaid.scanner;

/**
 * The column list of an SQL {@code INSERT INTO t (`id`, `passport_no`, ...) VALUES (...), (...)}
 * line, and for a position in its VALUES the kind of the column it lies in: a passport number, a
 * credit code of digits only or a card failing Luhn counts in a {@code passport_no}, {@code
 * credit_code} or {@code card_no} column as it would under a CSV header.
 *
 * <p>Positions are asked for in increasing order as the scan moves along the line, so the tuple
 * walk goes on from where the last question left it and a line of thousands of rows is walked once.
 * Walking bytes is safe in GB18030 too: quotes, commas and brackets are below 0x40 and never a
 * trail byte.
 */
final class InsertColumns {
  private final Header columns;
  private final int valuesFrom;

  // Where the walk stands: the column of byte `at` (-1 between tuples), and the quote of the string
  // it is in ('\'' or '"'; 0 outside strings).
  private int at;
  private int column = -1;
  private byte quote;

  private InsertColumns(Header columns, int valuesFrom) {
    this.columns = columns;
    this.valuesFrom = valuesFrom;
    this.at = valuesFrom;
  }

  /**
   * The INSERT starting the line {@code buf[from, to)}, or null if the line is no INSERT with a
   * column list.
   */
  static InsertColumns parse(
      byte[] buf, int from, int to, TextEncoding enc, Dictionaries dict, ColumnMemo memo) {
    int p = skipBlanks(buf, from, to);
    if (!startsWithIgnoreCase(buf, p, to, "insert ")) {
      return null;
    }
    int values = indexOfIgnoreCase(buf, p, to, "values");
    int open = -1;
    for (int i = p; i < values; i++) {
      if (buf[i] == '(') {
        open = i;
        break;
      }
    }
    int close = open < 0 ? -1 : lastIndexOf(buf, open, values, ')');
    if (close < 0) {
      return null; // no INSERT, or no column list (mysqldump's default)
    }
    return new InsertColumns(
        Header.parse(buf, open + 1, close, enc, dict, memo), values + "values".length());
  }

  /**
   * The same columns for a later piece of the line, whose bytes from {@code from} on are walked for
   * columns from there (the first tuple that starts after it is read right).
   */
  InsertColumns goingOn(int from) {
    return new InsertColumns(columns, from);
  }

  /** The column list, by position. */
  Header columns() {
    return columns;
  }

  /** The kind of the column byte {@code pos} of the line lies in ({@link Dictionaries#OTHER}). */
  int kindAt(byte[] buf, int pos) {
    if (pos < at) {
      // Asked out of order (rare): walk again from the start of VALUES.
      at = valuesFrom;
      column = -1;
      quote = 0;
    }
    for (; at < pos; at++) {
      byte b = buf[at];
      if (quote != 0) {
        if (b == '\\') {
          at++; // an escaped character
        } else if (b == quote) {
          quote = 0; // '' (an escaped quote) reopens at once
        }
      } else if (b == '\'' || b == '"') {
        quote = column >= 0 ? b : 0;
      } else if (b == '(' && column < 0) {
        column = 0;
      } else if (b == ',' && column >= 0) {
        column++;
      } else if (b == ')') {
        column = -1;
      }
    }
    return column < 0 ? Dictionaries.OTHER : columns.kind(column);
  }

  /** Whether the line {@code buf[from, to)} is an SQL INSERT (blanks before it allowed). */
  static boolean isInsert(byte[] buf, int from, int to) {
    return startsWithIgnoreCase(buf, skipBlanks(buf, from, to), to, "insert ");
  }

  private static int skipBlanks(byte[] buf, int p, int to) {
    while (p < to && (buf[p] == ' ' || buf[p] == '\t')) {
      p++;
    }
    return p;
  }

  private static boolean startsWithIgnoreCase(byte[] buf, int p, int to, String word) {
    if (to - p < word.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if ((buf[p + k] | 0x20) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOfIgnoreCase(byte[] buf, int from, int to, String word) {
    for (int p = from; p + word.length() <= to; p++) {
      if (startsWithIgnoreCase(buf, p, to, word)) {
        return p;
      }
    }
    return -1;
  }

  private static int lastIndexOf(byte[] buf, int from, int to, char c) {
    for (int i = to - 1; i > from; i--) {
      if (buf[i] == c) {
        return i;
      }
    }
    return -1;
  }
}
