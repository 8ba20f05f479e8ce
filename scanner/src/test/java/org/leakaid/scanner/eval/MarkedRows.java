package org.leakaid.scanner.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The labelled dump rows of {@code eval/dump-names.txt}: each line is a shape, a tab, and a row
 * whose names are marked ⟪so⟫. Shared with the prose-names module (the scanner's test jar), which
 * holds the same rows to the same targets with its segmenter on.
 */
public final class MarkedRows {

  /** One row: its shape, its text without marks, and the marked spans as "start:end". */
  public record Row(String shape, String text, Set<String> gold) {}

  private MarkedRows() {}

  public static List<Row> dumpNames() throws IOException {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = MarkedRows.class.getResourceAsStream("dump-names.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        rows.add(unmarked(line.substring(0, tab), line.substring(tab + 1)));
      }
    }
    return rows;
  }

  private static Row unmarked(String shape, String marked) {
    StringBuilder text = new StringBuilder();
    Set<String> gold = new HashSet<>();
    int i = 0;
    while (i < marked.length()) {
      int open = marked.indexOf('⟪', i);
      if (open < 0) {
        text.append(marked, i, marked.length());
        break;
      }
      int close = marked.indexOf('⟫', open);
      text.append(marked, i, open);
      int start = text.length();
      text.append(marked, open + 1, close);
      gold.add(start + ":" + text.length());
      i = close + 1;
    }
    return new Row(shape, text.toString(), gold);
  }
}
