package org.leakaid.scanner;

/** Per-thread scanning state. Not thread-safe; cheap to create. */
public final class ScanSession {

  private final Scanner scanner;

  ScanSession(Scanner scanner) {
    this.scanner = scanner;
  }

  /** A CSV/TSV header line: its column names give context to the lines that follow. Optional. */
  public void header(byte[] buf, int from, int to, TextEncoding enc) {}

  /** Scans one line (without its terminator) and reports findings with byte offsets into buf. */
  public void scanLine(byte[] buf, int from, int to, TextEncoding enc, FindingSink sink) {}
}
