package org.leakaid.scanner;

/**
 * The quoted values of an SQL {@code INSERT}'s {@code (...), (...)} tuples, as {@link
 * ContextDetector} has decoded them, and the name columns of an INSERT without a column list.
 */
final class InsertValues {

  private InsertValues() {}

  /** Columns to read a whole INSERT line by (up to 64), else the line has too few rows to tell. */
  private static final int MAX_INFERRED_COLUMNS = 64;

  /**
   * Name columns of an INSERT without a column list, by the consistency of their values: a column
   * of at least three quoted values in this line, four in five of them a listed surname and one to
   * three more Han characters. mysqldump writes hundreds of rows to a line, so the line alone
   * decides; learning across lines would make the output depend on where chunks start.
   */
  static Header nameColumns(NameShapes shapes, int[] cps, int n, int from) {
    int[] total = new int[MAX_INFERRED_COLUMNS];
    int[] names = new int[MAX_INFERRED_COLUMNS];
    forEachValue(
        cps,
        n,
        from,
        (column, s, e) -> {
          if (column < MAX_INFERRED_COLUMNS) {
            total[column]++;
            if (shapes.confidence(cps, s, e - s) >= 0.9f) {
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

  interface ValueVisitor {
    void value(int column, int s, int e);
  }

  /** Walks the quoted values of {@code (...), (...)} tuples from {@code from}. */
  static void forEachValue(int[] cps, int n, int from, ValueVisitor visitor) {
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
}
