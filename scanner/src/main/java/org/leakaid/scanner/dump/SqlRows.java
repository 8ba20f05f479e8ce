package org.leakaid.scanner.dump;

/**
 * Finds the rows of an SQL {@code INSERT ... VALUES (...), (...);} line: each top-level
 * parenthesised group after VALUES, skipping parentheses inside quoted strings ('...' with
 * backslash or doubled-quote escapes, as mysqldump and pg_dump write them). Safe on GBK and GB18030
 * bytes: their trail bytes never fall on ASCII quotes or parentheses.
 */
final class SqlRows {
  private SqlRows() {}

  /** Where the row list starts (just after VALUES), or -1 when the line is not an INSERT. */
  static int valuesStart(byte[] b, int from, int to) {
    int i = from;
    while (i < to && (b[i] == ' ' || b[i] == '\t')) {
      i++;
    }
    if (!matchesIgnoreCase(b, i, to, "INSERT")) {
      return -1;
    }
    boolean quoted = false;
    for (int k = i + 6; k < to; k++) {
      byte c = b[k];
      if (c == '\'' || c == '"' || c == '`') {
        quoted = !quoted; // table and column names: no escapes needed here
      } else if (!quoted && (c == 'V' || c == 'v') && matchesIgnoreCase(b, k, to, "VALUES")) {
        return k + 6;
      }
    }
    return -1;
  }

  /** The next '(' at top level from {@code pos}, or -1. */
  static int nextRowStart(byte[] b, int pos, int to) {
    for (int k = pos; k < to; k++) {
      if (b[k] == '(') {
        return k;
      }
      if (b[k] == ';') {
        return -1;
      }
    }
    return -1;
  }

  /** The end (exclusive, after ')') of the row opening at {@code open}; {@code to} if unclosed. */
  static int rowEnd(byte[] b, int open, int to) {
    int depth = 0;
    boolean quoted = false;
    for (int k = open; k < to; k++) {
      byte c = b[k];
      if (quoted) {
        if (c == '\\') {
          k++;
        } else if (c == '\'') {
          if (k + 1 < to && b[k + 1] == '\'') {
            k++;
          } else {
            quoted = false;
          }
        }
      } else if (c == '\'') {
        quoted = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return k + 1;
      }
    }
    return to;
  }

  private static boolean matchesIgnoreCase(byte[] b, int at, int to, String word) {
    if (at + word.length() > to) {
      return false;
    }
    for (int j = 0; j < word.length(); j++) {
      if ((b[at + j] & 0xDF) != word.charAt(j)) {
        return false;
      }
    }
    return true;
  }
}
