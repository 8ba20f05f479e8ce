package org.leakaid.scanner.dump;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A spreadsheet written as the scanner reads one: a line per row, its cells separated by tabs, in
 * UTF-8. Row N of the sheet is line N (rows the sheet leaves out are empty lines) and a cell left
 * out is an empty field, so columns stay under their header; tabs and line breaks inside a cell
 * become spaces, so that a row stays one line. For .xlsx ({@link Workbook}) and for the readers of
 * other sheet formats a caller brings ({@link FormatReader}).
 */
public final class SheetRows {
  /** Excel's own limit: 1,048,576 rows. A larger row number is corrupt. */
  private static final int MAX_ROW = 1 << 20;

  private final Bytes out = new Bytes();
  private int lastRow; // 1-based number of the last row started
  private int nextColumn; // 0-based column of the next cell to be written

  /**
   * Starts row {@code number} (1-based), after an empty line for each row left out since the last
   * one; a number out of order or beyond Excel's limit counts as the next row.
   */
  public void startRow(int number) {
    if (number <= lastRow || number > MAX_ROW) {
      number = lastRow + 1;
    }
    for (int k = lastRow + 1; k < number; k++) {
      out.write('\n');
    }
    lastRow = number;
    nextColumn = 0;
  }

  /** The cell in {@code column} (0-based; one before the last written counts as the next). */
  public void cell(int column, String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    cell(column, utf8, 0, utf8.length);
  }

  void cell(int column, byte[] utf8, int from, int to) {
    int at = Math.max(column, nextColumn);
    // Cell k follows k tabs: one per cell before it, written or left out of the sheet.
    for (int tabs = nextColumn == 0 ? at : at - nextColumn + 1; tabs > 0; tabs--) {
      out.write('\t');
    }
    nextColumn = at + 1;
    for (int i = from; i < to; i++) {
      byte c = utf8[i];
      out.write(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
    }
  }

  /** Ends the row started last. */
  public void endRow() {
    out.write('\n');
  }

  /** The text written so far. */
  public byte[] toByteArray() {
    return out.toByteArray();
  }

  /** The text written since the last {@link #clear}, not copied: {@code buffer()[0, size())}. */
  byte[] buffer() {
    return out.buffer();
  }

  int size() {
    return out.size();
  }

  /** Forgets the text written so far (it has been read); row numbers go on. */
  void clear() {
    out.reset();
  }

  private static final class Bytes extends ByteArrayOutputStream {
    byte[] buffer() {
      return buf;
    }
  }
}
