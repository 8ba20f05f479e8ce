package org.leakaid.scanner;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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

  final int delimiter;
  private final int[] kinds;
  final boolean hasNameOrAddress;

  private Header(int delimiter, int[] kinds) {
    this.delimiter = delimiter;
    this.kinds = kinds;
    boolean any = false;
    for (int k : kinds) {
      any |= k == NAME || k == ADDRESS;
    }
    this.hasNameOrAddress = any;
  }

  static Header parse(byte[] buf, int from, int to, TextEncoding enc, Dictionaries dict) {
    String line =
        new String(
            buf,
            from,
            to - from,
            enc == TextEncoding.GB18030 ? Gb18030.CHARSET : StandardCharsets.UTF_8);
    // One counting pass instead of a stream per delimiter: a header is parsed for every file of a
    // dump (the dense benchmark corpus has one every ~550 bytes), and the four streams were most of
    // the 15% that Header.parse took in the structured-types JFR profile.
    int tabs = 0;
    int commas = 0;
    int bars = 0;
    int semicolons = 0;
    for (int i = 0; i < line.length(); i++) {
      switch (line.charAt(i)) {
        case '\t' -> tabs++;
        case ',' -> commas++;
        case '|' -> bars++;
        case ';' -> semicolons++;
        default -> {}
      }
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
    List<String> columns = split(line, delimiter);
    int[] kinds = new int[columns.size()];
    for (int i = 0; i < kinds.length; i++) {
      kinds[i] = dict.columnKind(columns.get(i));
    }
    return new Header(delimiter, kinds);
  }

  private static List<String> split(String line, int delimiter) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == delimiter && !quoted) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
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
        // Step over whole characters: a GBK trail byte can equal '|'.
        i +=
            gb
                ? (i + 1 < pos && (buf[i + 1] & 0xFF) >= 0x30 && (buf[i + 1] & 0xFF) <= 0x39
                    ? 4
                    : 2)
                : 1;
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
