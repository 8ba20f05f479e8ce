package org.leakaid.scanner.dump;

import org.leakaid.scanner.TextEncoding;

/**
 * Whether a CSV line ends inside a quoted field, so that the record goes on in the next line.
 * Spreadsheets write a cell with line breaks in it (an address typed on two lines, a remark) as one
 * quoted field over several lines; read line by line, such a row would be two records, each with
 * part of one person's data.
 *
 * <p>A quote opens a field only at the field's start and closes it when followed by the delimiter
 * or the end of the line; a doubled quote inside is a quote character (RFC 4180). A quote anywhere
 * else is text, so a chunk that starts in the middle of a quoted field resynchronises at its first
 * line instead of pairing every later line wrongly. GB18030 is stepped a character at a time: '|'
 * can be a trail byte.
 */
final class CsvQuotes {
  /**
   * How far a quoted field may go on: a quote left open by mistake (a remark typed as "好评) must not
   * join the rest of the file into one record. Cells of more lines are rare in exports.
   */
  private static final int MAX_LINES = 16;

  private static final int MAX_BYTES = 16 << 10;

  private CsvQuotes() {}

  /**
   * Where the record goes on to when a line leaves a quoted field open: the content end of the line
   * in {@code b[from, end)} that closes it, or -1 if none does within {@value #MAX_LINES} lines and
   * {@value #MAX_BYTES} bytes (the quote was a stray one, and the line is a record of its own).
   */
  static int closingLineEnd(byte[] b, int from, int end, int delimiter, TextEncoding enc) {
    int limit = Math.min(end, from + MAX_BYTES);
    int lineStart = from;
    for (int lines = 0; lines < MAX_LINES && lineStart < limit; lines++) {
      int nl = Lines.indexOfNewline(b, lineStart, end);
      int lineEnd = nl < 0 ? end : nl;
      int contentEnd = Lines.contentEnd(b, lineStart, lineEnd);
      if (!openAtEnd(b, lineStart, contentEnd, delimiter, true, enc)) {
        return contentEnd;
      }
      if (nl < 0) {
        break;
      }
      lineStart = nl + 1;
    }
    return -1;
  }

  /**
   * The state at the end of line {@code b[from, to)}: true if a quoted field is still open.
   *
   * @param open whether the line starts inside a quoted field (the previous line left one open)
   */
  static boolean openAtEnd(
      byte[] b, int from, int to, int delimiter, boolean open, TextEncoding enc) {
    boolean gb = enc == TextEncoding.GB18030;
    boolean fieldStart = !open;
    for (int i = from; i < to; i++) {
      int c = b[i] & 0xFF;
      if (open) {
        if (c == '"') {
          if (i + 1 < to && b[i + 1] == '"') {
            i++; // "" inside a quoted field
          } else {
            open = false;
          }
        } else if (gb && c >= 0x80) {
          i += IdentifierKeys.width(b, i, to, enc) - 1;
        }
        continue;
      }
      if (c == delimiter) {
        fieldStart = true;
        continue;
      }
      if (c == '"' && fieldStart) {
        open = true;
      } else if (gb && c >= 0x80) {
        i += IdentifierKeys.width(b, i, to, enc) - 1;
      }
      fieldStart = false;
    }
    return open;
  }
}
