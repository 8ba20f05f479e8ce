package org.leakaid.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The line-based markup the templates produce, read into {@link Block}s. Each line is one block:
 *
 * <pre>
 * # 标题                 title
 * ## 一、事实经过          heading
 * @ 北京市公安局……派出所：   flush left (addressee, 此致, the court)
 * | 序号 | 证据名称 |        a table row; consecutive rows are one table, the first is its header
 * >> 报案人：张伟          right-aligned (sender, date)
 * ~ 说明……               small print
 * ---                    the next block starts on a new page
 * anything else           a paragraph, first line indented
 * </pre>
 *
 * Blank lines are ignored, so templates may space their sections freely. Values from the user never
 * start a line (a test checks the templates) and cannot contain a line break or a table bar (the
 * template's escaper replaces them), so what a user types cannot become markup.
 */
final class Markup {
  private Markup() {}

  static List<Block> parse(String rendered) {
    List<Block> blocks = new ArrayList<>();
    List<List<String>> table = new ArrayList<>();
    for (String raw : rendered.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("|")) {
        table.add(cells(line));
        continue;
      }
      if (!table.isEmpty()) {
        blocks.add(new Block.Table(table));
        table = new ArrayList<>();
      }
      blocks.add(block(line));
    }
    if (!table.isEmpty()) {
      blocks.add(new Block.Table(table));
    }
    return blocks;
  }

  private static Block block(String line) {
    if (line.equals("---")) {
      return new Block.PageBreak();
    }
    if (line.startsWith("## ")) {
      return new Block.Heading(line.substring(3).strip());
    }
    if (line.startsWith("# ")) {
      return new Block.Title(line.substring(2).strip());
    }
    if (line.startsWith("@ ")) {
      return new Block.Flush(line.substring(2).strip());
    }
    if (line.startsWith(">> ")) {
      return new Block.Signature(line.substring(3).strip());
    }
    if (line.startsWith("~ ")) {
      return new Block.Note(line.substring(2).strip());
    }
    return new Block.Paragraph(line);
  }

  private static List<String> cells(String line) {
    String inner = line.substring(1);
    if (inner.endsWith("|")) {
      inner = inner.substring(0, inner.length() - 1);
    }
    return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
  }
}
