package org.leakaid.evidence.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.leakaid.evidence.pdf.MixedFontText;

/**
 * 证据目录.pdf: the same evidence list as the DOCX, for printing and for readers without an office
 * suite. A4 landscape; the table header repeats on every page.
 *
 * <p>Chinese needs a CJK font embedded in the PDF. The module ships Droid Sans Fallback (Apache
 * License 2.0, 4 MB, see font/NOTICE.txt) and embeds only the glyphs used, so a list of a few pages
 * stays small. That font is a fallback font without Latin letters or digits, so ASCII and Latin-1
 * are set in the standard PDF font Helvetica, switching font within a line as needed. A character
 * neither font has is drawn as "?" rather than failing the export.
 */
final class EvidenceListPdf {
  static final String FONT_RESOURCE = "font/DroidSansFallbackFull.ttf";
  private static final float MARGIN = 40;
  private static final float PADDING = 4;
  private static final float[] WIDTH_SHARES = {0.05f, 0.19f, 0.15f, 0.31f, 0.17f, 0.13f};

  private EvidenceListPdf() {}

  static byte[] render(EvidenceList list) throws IOException {
    try (PDDocument doc = new PDDocument();
        InputStream fontData = EvidenceListPdf.class.getResourceAsStream(FONT_RESOURCE)) {
      if (fontData == null) {
        throw new IOException(
            "the CJK font " + FONT_RESOURCE + " is missing from the leakaid-evidence jar");
      }
      PDType0Font cjk = PDType0Font.load(doc, fontData, true);
      Layout layout = new Layout(doc, cjk);
      layout.centered(EvidenceList.TITLE, 18);
      layout.paragraph("案件编号：" + list.caseId(), 10);
      layout.paragraph("生成时间：" + list.generatedAt(), 10);
      layout.paragraph("哈希链头：" + list.chainHead(), 9);
      layout.gap(6);
      layout.table(
          EvidenceList.HEADERS, list.rows().stream().map(EvidenceList.Row::cells).toList());
      layout.gap(12);
      layout.paragraph("附：各项证据的详细情况", 12);
      for (EvidenceList.Row row : list.rows()) {
        layout.gap(4);
        layout.paragraph(row.number() + ". " + row.name(), 10.5f);
        for (String detail : row.details()) {
          layout.paragraph("    " + detail, 9.5f);
        }
      }
      layout.gap(12);
      layout.paragraph(EvidenceList.NOTE, 9);
      layout.gap(12);
      layout.paragraph("提交人（签名）：____________        日期：________年____月____日", 10.5f);
      layout.close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  /**
   * A cursor running down A4 landscape pages, starting a new page when the next block won't fit.
   */
  private static final class Layout {
    private final PDDocument doc;
    private final MixedFontText mixedText;
    private final PDRectangle pageSize =
        new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private final float width = pageSize.getWidth() - 2 * MARGIN;
    private PDPageContentStream content;
    private float y;

    Layout(PDDocument doc, PDType0Font cjk) throws IOException {
      this.doc = doc;
      this.mixedText = new MixedFontText(cjk);
      newPage();
    }

    void newPage() throws IOException {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(pageSize);
      doc.addPage(page);
      content = new PDPageContentStream(doc, page);
      content.setLineWidth(0.6f);
      y = pageSize.getHeight() - MARGIN;
    }

    void close() throws IOException {
      content.close();
    }

    void gap(float points) {
      y -= points;
    }

    void centered(String text, float size) throws IOException {
      String safe = drawableText(text);
      float w = mixedText.width(safe, size);
      ensure(size * 1.6f);
      mixedText.show(content, safe, MARGIN + (width - w) / 2, y - size, size);
      y -= size * 1.8f;
    }

    void paragraph(String text, float size) throws IOException {
      float leading = size * 1.45f;
      for (String line : mixedText.wrap(drawableText(text), size, width)) {
        ensure(leading);
        mixedText.show(content, line, MARGIN, y - size, size);
        y -= leading;
      }
    }

    void table(List<String> headers, List<List<String>> rows) throws IOException {
      float[] widths = new float[WIDTH_SHARES.length];
      for (int i = 0; i < widths.length; i++) {
        widths[i] = WIDTH_SHARES[i] * width;
      }
      row(headers, widths, 10, true);
      for (List<String> cells : rows) {
        float height = rowHeight(cells, widths, 9.5f);
        if (y - height < MARGIN) {
          newPage();
          row(headers, widths, 10, true);
        }
        row(cells, widths, 9.5f, false);
      }
    }

    private float rowHeight(List<String> cells, float[] widths, float size) {
      int lines = 1;
      for (int c = 0; c < cells.size(); c++) {
        lines =
            Math.max(
                lines,
                mixedText.wrap(drawableText(cells.get(c)), size, widths[c] - 2 * PADDING).size());
      }
      return lines * size * 1.4f + 2 * PADDING;
    }

    private void row(List<String> cells, float[] widths, float size, boolean header)
        throws IOException {
      float height = rowHeight(cells, widths, size);
      float x = MARGIN;
      for (int c = 0; c < cells.size(); c++) {
        content.addRect(x, y - height, widths[c], height);
        float lineY = y - PADDING - size;
        for (String line :
            mixedText.wrap(drawableText(cells.get(c)), size, widths[c] - 2 * PADDING)) {
          float lineX =
              header || c == 0 ? x + (widths[c] - mixedText.width(line, size)) / 2 : x + PADDING;
          mixedText.show(content, line, lineX, lineY, size);
          lineY -= size * 1.4f;
        }
        x += widths[c];
      }
      content.stroke();
      y -= height;
    }

    private void ensure(float height) throws IOException {
      if (y - height < MARGIN) {
        newPage();
      }
    }

    /** Tabs become spaces; a character no font has becomes "?" when drawn (see {@link #runs}). */
    private String drawableText(String text) {
      return text.replace("\t", "    ");
    }
  }
}
