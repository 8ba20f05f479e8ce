package org.leakaid.documents.render;

import org.leakaid.documents.Block;
import org.leakaid.documents.Draft;

/**
 * The document as an HTML fragment for the preview page: an {@code <article class="doc-sheet">}
 * whose classes the app's stylesheet lays out like the printed page. Everything is escaped.
 */
public final class HtmlRenderer {
  private HtmlRenderer() {}

  public static String render(Draft draft) {
    StringBuilder out = new StringBuilder("<article class=\"doc-sheet\" lang=\"zh-CN\">\n");
    for (Block block : draft.blocks()) {
      if (block instanceof Block.Table table) {
        out.append("<div class=\"doc-table-wrap\"><table class=\"doc-table\">\n");
        for (int r = 0; r < table.rows().size(); r++) {
          out.append("<tr>");
          for (String cell : table.rows().get(r)) {
            String cellTag = r == 0 ? "th" : "td";
            out.append('<').append(cellTag).append('>');
            out.append(escape(cell));
            out.append("</").append(cellTag).append('>');
          }
          out.append("</tr>\n");
        }
        out.append("</table></div>\n");
      } else if (block instanceof Block.PageBreak) {
        out.append("<hr class=\"doc-page-break\">\n");
      } else {
        String[] tagAndClass = tagOf(block);
        tag(out, tagAndClass[0], tagAndClass[1], block.text());
      }
    }
    return out.append("</article>\n").toString();
  }

  private static String[] tagOf(Block block) {
    if (block instanceof Block.Title) {
      return new String[] {"h2", "doc-title"};
    } else if (block instanceof Block.Heading) {
      return new String[] {"h3", "doc-heading"};
    } else if (block instanceof Block.Flush) {
      return new String[] {"p", "doc-flush"};
    } else if (block instanceof Block.Signature) {
      return new String[] {"p", "doc-sign"};
    } else if (block instanceof Block.Note) {
      return new String[] {"p", "doc-note"};
    }
    return new String[] {"p", "doc-para"};
  }

  private static void tag(StringBuilder out, String tag, String cssClass, String text) {
    out.append('<')
        .append(tag)
        .append(" class=\"")
        .append(cssClass)
        .append("\">")
        .append(escape(text))
        .append("</")
        .append(tag)
        .append(">\n");
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
