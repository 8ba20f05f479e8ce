package org.leakaid.scanner;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * PostgreSQL's dump format: pg_dump writes each table as {@code COPY public.users (id, name, phone)
 * FROM stdin;} followed by its rows, tab-separated, up to a line {@code \.}. The COPY line names
 * the columns of those rows as a CSV header does, so the scanner takes it as one (with a tab as the
 * delimiter): a name column then gives its values their context.
 */
public final class CopyStatement {
  private static final byte[] COPY = "COPY ".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] FROM_STDIN = ") FROM stdin;".getBytes(StandardCharsets.US_ASCII);

  private CopyStatement() {}

  /** Whether {@code b[from, to)} is a COPY line with a column list, as pg_dump writes it. */
  public static boolean isCopyFromStdin(byte[] b, int from, int to) {
    return columnsStart(b, from, to) >= 0;
  }

  /** Where the column list of a COPY line starts (after its '('), or -1. */
  static int columnsStart(byte[] b, int from, int to) {
    int tail = to - FROM_STDIN.length;
    if (to - from < COPY.length + FROM_STDIN.length + 2
        || !Arrays.equals(b, from, from + COPY.length, COPY, 0, COPY.length)
        || !Arrays.equals(b, tail, to, FROM_STDIN, 0, FROM_STDIN.length)) {
      return -1;
    }
    for (int i = from + COPY.length; i < to - FROM_STDIN.length; i++) {
      if (b[i] == '(') {
        return i + 1;
      }
    }
    return -1;
  }

  /** Where the column list of a COPY line ending at {@code to} ends (its ')'). */
  static int columnsEnd(int to) {
    return to - FROM_STDIN.length;
  }
}
