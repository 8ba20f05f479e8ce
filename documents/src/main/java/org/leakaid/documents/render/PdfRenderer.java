package org.leakaid.documents.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.leakaid.documents.Block;
import org.leakaid.documents.Draft;

/**
 * The document as a print-ready A4 PDF in the form of Chinese official letters: the margins of GB/T
 * 9704 (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), a centred title, the body with the first
 * line of each paragraph indented by two characters, the sender and date at the right, and the page
 * number centred under the text as "— 1 —". Lines break between any two Chinese characters but
 * never put closing punctuation at the start of a line or opening punctuation at its end. Fonts:
 * see {@link CjkFonts}; titles and headings are drawn bold by stroking the outline.
 */
public final class PdfRenderer {
  private static final float MM = 72f / 25.4f;
  private static final PDRectangle PAGE = PDRectangle.A4;
  private static final float TOP = 37 * MM;
  private static final float BOTTOM = 35 * MM;
  private static final float LEFT = 28 * MM;
  private static final float RIGHT = 26 * MM;
  private static final float BODY_NORMAL = 14;
  private static final float BODY_COMPACT = 11;
  private static final float TITLE = 20;
  private static final float SMALL = 10.5f;
  private static final float CELL_PADDING = 4;

  /** Characters that must not begin a line (避头). */
  static final String NO_START = "，。、；：？！）》」』】〉”’…—·%‰℃,.;:?!)]}";

  /** Characters that must not end a line (避尾). */
  static final String NO_END = "（《「『【〈“‘([{";

  private PdfRenderer() {}

  public static byte[] render(Draft draft) {
    synchronized (CjkFonts.LOCK) {
      try (PDDocument doc = new PDDocument()) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(draft.title());
        info.setCreator("挽回 LeakAid");
        new Layout(doc, draft.compact()).draw(draft.blocks());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException("could not write a PDF in memory", e);
      }
    }
  }

  /** A cursor running down the pages. */
  private static final class Layout {
    private final PDDocument doc;
    private final float bodySize;
    private final float top;
    private final float bottom;
    private final float left;
    private final float width;
    private final float leading;
    private final PDType0Font primary;
    private PDType0Font fallback;
    private final Map<Integer, Float> widths = new HashMap<>();
    private PDPageContentStream content;
    private int pageNumber;
    private float y;

    Layout(PDDocument doc, boolean compact) throws IOException {
      this.doc = doc;
      this.bodySize = compact ? BODY_COMPACT : BODY_NORMAL;
      // A compact document (the lawyer's brief) fits a page: 20 mm margins, tighter lines.
      this.top = compact ? 20 * MM : TOP;
      this.bottom = compact ? 20 * MM : BOTTOM;
      this.left = compact ? 20 * MM : LEFT;
      this.width = PAGE.getWidth() - this.left - (compact ? 20 * MM : RIGHT);
      this.leading = compact ? 1.45f : 1.65f;
      this.primary = PDType0Font.load(doc, CjkFonts.primary(), true);
    }

    void draw(List<Block> blocks) throws IOException {
      newPage();
      Block previous = null;
      for (Block block : blocks) {
        if (block instanceof Block.Title) {
          for (String line : wrap(block.text(), TITLE, width, width)) {
            ensure(TITLE * 1.5f);
            show(line, left + (width - width(line, TITLE)) / 2, y - TITLE, TITLE, true);
            y -= TITLE * 1.5f;
          }
          y -= TITLE * 0.6f;
        } else if (block instanceof Block.Heading) {
          // A heading keeps at least two lines of what follows on its page.
          ensure(bodySize * leading * 3 + bodySize * 0.3f);
          y -= bodySize * 0.3f;
          lines(block.text(), bodySize, 0, true, false);
        } else if (block instanceof Block.Paragraph) {
          justified(block.text(), bodySize, 2 * bodySize);
        } else if (block instanceof Block.Flush) {
          lines(block.text(), bodySize, 0, false, false);
        } else if (block instanceof Block.Signature) {
          if (!(previous instanceof Block.Signature)) {
            y -= bodySize;
          }
          lines(block.text(), bodySize, 0, false, true);
        } else if (block instanceof Block.Note) {
          if (!(previous instanceof Block.Note)) {
            y -= SMALL * 0.6f;
          }
          lines(block.text(), SMALL, 0, false, false);
        } else if (block instanceof Block.Table table) {
          table(table.rows());
        } else if (block instanceof Block.PageBreak) {
          newPage();
        }
        previous = block;
      }
      finishPage();
    }

    private void lines(String text, float size, float indent, boolean bold, boolean right)
        throws IOException {
      float lineHeight = size * leading;
      List<String> lines = wrap(text, size, width - indent, width);
      for (int i = 0; i < lines.size(); i++) {
        ensure(lineHeight);
        String line = lines.get(i);
        float x = right ? left + width - width(line, size) : left + (i == 0 ? indent : 0);
        show(line, x, y - size, size, bold);
        y -= lineHeight;
      }
    }

    /**
     * A body paragraph: every line but the last fills the width exactly, the extra space spread
     * between its characters, as Chinese text is set.
     */
    private void justified(String text, float size, float indent) throws IOException {
      float lineHeight = size * leading;
      List<String> lines = wrap(text, size, width - indent, width);
      for (int i = 0; i < lines.size(); i++) {
        ensure(lineHeight);
        String line = lines.get(i);
        float x = left + (i == 0 ? indent : 0);
        float spacing = 0;
        int gaps = line.codePointCount(0, line.length()) - 1;
        if (i < lines.size() - 1 && gaps > 0) {
          float slack = width - (i == 0 ? indent : 0) - width(line, size);
          // Only stretch what needs it: a line cut at a long Latin word stays ragged.
          if (slack > 0 && slack < 3 * size) {
            spacing = slack / gaps;
          }
        }
        content.setCharacterSpacing(spacing);
        show(line, x, y - size, size, false);
        content.setCharacterSpacing(0);
        y -= lineHeight;
      }
    }

    private void table(List<List<String>> rows) throws IOException {
      int columns = rows.stream().mapToInt(List::size).max().orElse(1);
      float[] columnWidths = columnWidths(rows, columns);
      y -= SMALL * 0.5f;
      float headerHeight = rowHeight(rows.get(0), columnWidths);
      row(rows.get(0), columnWidths, true);
      for (List<String> cells : rows.subList(1, rows.size())) {
        float height = rowHeight(cells, columnWidths);
        if (y - height < bottom) {
          newPage();
          if (y - headerHeight - height >= bottom) {
            row(rows.get(0), columnWidths, true);
          }
        }
        row(cells, columnWidths, false);
      }
      y -= SMALL * 0.8f;
    }

    /**
     * Each column gets its natural width when all fit; otherwise short columns keep theirs and the
     * long ones share what is left in proportion to their length.
     */
    private float[] columnWidths(List<List<String>> rows, int columns) {
      float[] natural = new float[columns];
      for (List<String> row : rows) {
        for (int c = 0; c < row.size(); c++) {
          natural[c] = Math.max(natural[c], width(row.get(c), SMALL) + 2 * CELL_PADDING + 1);
        }
      }
      float total = 0;
      for (float w : natural) {
        total += w;
      }
      float[] out = new float[columns];
      if (total <= width) {
        for (int c = 0; c < columns; c++) {
          out[c] = natural[c] * width / total;
        }
        return out;
      }
      // Short columns keep their natural width; each long one gets at least a fair share, and
      // what is left goes to the long ones in proportion to how much more they would need.
      float fair = width / columns;
      float fixed = 0;
      float excess = 0;
      int flexibleCount = 0;
      for (float w : natural) {
        if (w <= fair) {
          fixed += w;
        } else {
          excess += w - fair;
          flexibleCount++;
        }
      }
      float left = width - fixed - flexibleCount * fair;
      for (int c = 0; c < columns; c++) {
        out[c] = natural[c] <= fair ? natural[c] : fair + (natural[c] - fair) / excess * left;
      }
      return out;
    }

    private float rowHeight(List<String> cells, float[] columnWidths) {
      int lines = 1;
      for (int c = 0; c < cells.size(); c++) {
        float inner = columnWidths[c] - 2 * CELL_PADDING;
        lines = Math.max(lines, wrap(cells.get(c), SMALL, inner, inner).size());
      }
      return lines * SMALL * 1.4f + 2 * CELL_PADDING;
    }

    private void row(List<String> cells, float[] columnWidths, boolean header) throws IOException {
      float height = rowHeight(cells, columnWidths);
      float x = left;
      content.setLineWidth(0.6f);
      for (int c = 0; c < columnWidths.length; c++) {
        content.addRect(x, y - height, columnWidths[c], height);
        float lineY = y - CELL_PADDING - SMALL;
        float inner = columnWidths[c] - 2 * CELL_PADDING;
        String cell = c < cells.size() ? cells.get(c) : "";
        for (String line : wrap(cell, SMALL, inner, inner)) {
          float lineX =
              header || c == 0 ? x + (columnWidths[c] - width(line, SMALL)) / 2 : x + CELL_PADDING;
          show(line, lineX, lineY, SMALL, header);
          lineY -= SMALL * 1.4f;
        }
        x += columnWidths[c];
      }
      content.stroke();
      y -= height;
    }

    private void newPage() throws IOException {
      finishPage();
      PDPage page = new PDPage(PAGE);
      doc.addPage(page);
      content = new PDPageContentStream(doc, page);
      pageNumber++;
      y = PAGE.getHeight() - top;
    }

    /** Closes the page's content with its number centred under the text. */
    private void finishPage() throws IOException {
      if (content == null) {
        return;
      }
      String number = "— " + pageNumber + " —";
      show(number, left + (width - width(number, SMALL)) / 2, bottom / 2, SMALL, false);
      content.close();
      content = null;
    }

    private void ensure(float height) throws IOException {
      if (y - height < bottom) {
        newPage();
      }
    }

    private void show(String text, float x, float baseline, float size, boolean bold)
        throws IOException {
      if (text.isEmpty()) {
        return;
      }
      content.beginText();
      if (bold) {
        content.setRenderingMode(RenderingMode.FILL_STROKE);
        content.setLineWidth(size * 0.035f);
      } else {
        content.setRenderingMode(RenderingMode.FILL);
      }
      content.newLineAtOffset(x, baseline);
      for (Run run : runs(text)) {
        content.setFont(run.font(), size);
        content.showText(run.text());
      }
      content.endText();
      if (bold) {
        content.setLineWidth(0.6f);
      }
    }

    /** A stretch of text set in one font. */
    private record Run(PDType0Font font, String text) {}

    private List<Run> runs(String text) throws IOException {
      List<Run> runs = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      PDType0Font currentFont = null;
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        i += Character.charCount(cp);
        PDType0Font font = fontFor(cp);
        String glyph = font == null ? "?" : new String(Character.toChars(cp));
        font = font == null ? primary : font;
        if (font != currentFont && current.length() > 0) {
          runs.add(new Run(currentFont, current.toString()));
          current.setLength(0);
        }
        currentFont = font;
        current.append(glyph);
      }
      if (current.length() > 0) {
        runs.add(new Run(currentFont, current.toString()));
      }
      return runs;
    }

    /** WenKai when it has the character, else Droid Sans Fallback, else null (drawn as "?"). */
    private PDType0Font fontFor(int cp) throws IOException {
      if (CjkFonts.has(CjkFonts.primary(), cp)) {
        return primary;
      }
      if (CjkFonts.has(CjkFonts.fallback(), cp)) {
        if (fallback == null) {
          fallback = PDType0Font.load(doc, CjkFonts.fallback(), true);
        }
        return fallback;
      }
      return null;
    }

    private float width(String text, float size) {
      float total = 0;
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        i += Character.charCount(cp);
        total += advance(cp);
      }
      return total * size;
    }

    /** The advance of one character at size 1. */
    private float advance(int cp) {
      return widths.computeIfAbsent(
          cp,
          c -> {
            try {
              PDType0Font font = fontFor(c);
              String s = font == null ? "?" : new String(Character.toChars(c));
              return (font == null ? primary : font).getStringWidth(s) / 1000f;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }

    /**
     * Breaks a paragraph into lines no wider than {@code firstWidth} (first line) and {@code
     * restWidth}: between any two CJK characters, at spaces, and inside a Latin word or number only
     * when it is longer than a line; closing punctuation stays with the character before it and
     * opening punctuation with the one after.
     */
    List<String> wrap(String text, float size, float firstWidth, float restWidth) {
      List<String> lines = new ArrayList<>();
      int[] cps = text.replace('\t', ' ').replace('\n', ' ').codePoints().toArray();
      int start = 0;
      while (start < cps.length) {
        float max = (lines.isEmpty() ? firstWidth : restWidth) / size;
        float used = 0;
        int end = start;
        while (end < cps.length && used + advance(cps[end]) <= max) {
          used += advance(cps[end]);
          end++;
        }
        if (end < cps.length) {
          end = breakBefore(cps, start, end);
        }
        lines.add(new String(cps, start, end - start).stripTrailing());
        start = end;
        while (start < cps.length && cps[start] == ' ') {
          start++;
        }
      }
      if (lines.isEmpty()) {
        lines.add("");
      }
      return lines;
    }

    /** Where to end a line that would overflow at {@code end}: never before start + 1. */
    private static int breakBefore(int[] cps, int start, int end) {
      int cut = end;
      // Keep closing punctuation with what precedes it, opening punctuation with what follows.
      while (cut - 1 > start
          && (NO_START.indexOf(cps[cut]) >= 0 || NO_END.indexOf(cps[cut - 1]) >= 0)) {
        cut--;
      }
      // Inside a Latin word or number, go back to its start (a space or a CJK character).
      int word = cut;
      while (word > start && latin(cps[word]) && latin(cps[word - 1])) {
        word--;
      }
      if (word > start) {
        cut = word;
      }
      return Math.max(cut, start + 1);
    }

    private static boolean latin(int cp) {
      return cp < 0x2E80 && cp != ' ' && NO_START.indexOf(cp) < 0 && NO_END.indexOf(cp) < 0;
    }
  }
}
