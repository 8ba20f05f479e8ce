package org.leakaid.scanner;

import java.nio.charset.StandardCharsets;

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
    if (to - from < COPY.length + FROM_STDIN.length + 2
        || !startsWith(b, from, COPY)
        || !startsWith(b, to - FROM_STDIN.length, FROM_STDIN)) {
      return -1;
    }
    for (int i = from + COPY.length; i < to - FROM_STDIN.length; i++) {
      if (b[i] == '(') {
        return i + 1;
      }
    }
    return -1;
  }

  /** Where the column list ends (its ')'), for a line {@link #columnsStart} accepted. */
  static int columnsEnd(byte[] b, int from, int to) {
    return to - FROM_STDIN.length;
  }

  private static boolean startsWith(byte[] b, int at, byte[] prefix) {
    for (int k = 0; k < prefix.length; k++) {
      if (b[at + k] != prefix[k]) {
        return false;
      }
    }
    return true;
  }
}
