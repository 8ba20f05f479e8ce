package org.leakaid.documents.render;

import org.leakaid.documents.Block;
import org.leakaid.documents.Draft;

/**
 * The document as plain text (UTF-8, LF line ends): for pasting into a web form such as 12321's or
 * 12315's, and for the chat message to friends. Paragraphs are indented by two full-width spaces as
 * in print; table rows become one line each, cells separated by a tab.
 */
public final class TextRenderer {
  private TextRenderer() {}

  public static String render(Draft draft) {
    StringBuilder out = new StringBuilder();
    Block previous = null;
    for (Block block : draft.blocks()) {
      if (block instanceof Block.Heading
          || block instanceof Block.Table
          || (block instanceof Block.Signature && !(previous instanceof Block.Signature))
          || (block instanceof Block.Note && !(previous instanceof Block.Note))) {
        out.append('\n');
      }
      if (block instanceof Block.PageBreak) {
        out.append('\n');
      } else if (block instanceof Block.Title) {
        out.append(block.text()).append("\n\n");
      } else if (block instanceof Block.Paragraph) {
        out.append("\u3000\u3000").append(block.text()).append('\n');
      } else {
        out.append(block.text()).append('\n');
      }
      if (block instanceof Block.Table) {
        out.append('\n');
      }
      previous = block;
    }
    return out.toString();
  }
}
