package org.leakaid.app.cases;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.leakaid.evidence.pdf.MixedFontText;

/**
 * The printable plan as an A4 PDF: the same checklist as the print page ({@link PlanChecklist}),
 * one box per step, for people who print at a copy shop or keep it on paper beside the phone.
 *
 * <p>Chinese needs a CJK font in the file. As the evidence list does ({@code EvidenceListPdf} in
 * the evidence module), it embeds the subset it uses of Droid Sans Fallback, which the evidence jar
 * ships, and sets ASCII in Helvetica (the fallback font has no Latin letters or digits); a
 * character neither font has is drawn as "?" rather than failing the download.
 */
final class PlanPdf {

  static final String FONT_RESOURCE = "/org/leakaid/evidence/pack/font/DroidSansFallbackFull.ttf";
  private static final float MARGIN = 36;
  private static final float TITLE = 10.5f;
  private static final float LINE = 9f;
  private static final float LEADING = 1.38f;
  private static final float BOX = 10;
  private static final float INDENT = BOX + 8;

  private PlanPdf() {}

  static byte[] render(PlanChecklist.Sheet sheet) throws IOException {
    try (PDDocument doc = new PDDocument();
        InputStream fontData = PlanPdf.class.getResourceAsStream(FONT_RESOURCE)) {
      if (fontData == null) {
        throw new IOException("the CJK font " + FONT_RESOURCE + " is missing from the classpath");
      }
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(sheet.heading());
      Layout page = new Layout(doc, PDType0Font.load(doc, fontData, true));
      page.paragraph(sheet.heading(), 16, 0);
      page.paragraph(sheet.riskLine() + "    " + sheet.progressLine(), LINE, 0);
      page.gap(6);
      page.paragraph(sheet.pinnedHeading(), 11.5f, 0);
      for (String rule : sheet.pinned()) {
        page.paragraph("• " + rule, TITLE, 8);
      }
      page.gap(8);
      int number = 1;
      for (PlanChecklist.Item item : sheet.items()) {
        List<String> lines = new ArrayList<>();
        String state =
            item.done()
                ? "（" + sheet.doneLabel() + "）"
                : item.skipped() ? "（" + sheet.skippedLabel() + "）" : "";
        page.keepTogether(item, sheet);
        page.checkbox(item.done());
        page.paragraph(
            number++ + ". " + item.title() + "  [" + item.urgency() + "]" + state, TITLE, INDENT);
        lines.add(item.summary());
        if (!item.phones().isEmpty()) {
          lines.add(sheet.phonesLabel() + String.join("、", item.phones()));
        }
        for (String site : item.sites()) {
          lines.add(sheet.sitesLabel() + site);
        }
        for (String line : lines) {
          page.paragraph(line, LINE, INDENT);
        }
        page.gap(3.5f);
      }
      page.gap(6);
      page.paragraph(sheet.footer(), 8.5f, 0);
      page.close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** A cursor running down A4 portrait pages. */
  private static final class Layout {
    private final PDDocument doc;
    private final MixedFontText mixedText;
    private final PDRectangle size = PDRectangle.A4;
    private final float width = size.getWidth() - 2 * MARGIN;
    private PDPageContentStream content;
    private float y;

    Layout(PDDocument doc, PDType0Font cjk) throws IOException {
      this.doc = doc;
      this.mixedText = new MixedFontText(cjk);
      newPage();
    }

    private void newPage() throws IOException {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(size);
      doc.addPage(page);
      content = new PDPageContentStream(doc, page);
      content.setLineWidth(0.8f);
      y = size.getHeight() - MARGIN;
    }

    void close() throws IOException {
      content.close();
    }

    void gap(float points) {
      y -= points;
    }

    /** A step and its lines start on a new page rather than break across two. */
    void keepTogether(PlanChecklist.Item item, PlanChecklist.Sheet sheet) throws IOException {
      float needed = TITLE * LEADING;
      List<String> lines = new ArrayList<>(List.of(item.summary()));
      if (!item.phones().isEmpty()) {
        lines.add(sheet.phonesLabel() + String.join("、", item.phones()));
      }
      item.sites().forEach(site -> lines.add(sheet.sitesLabel() + site));
      for (String line : lines) {
        needed += mixedText.wrap(line, LINE, width - INDENT).size() * LINE * LEADING;
      }
      if (y - needed < MARGIN) {
        newPage();
      }
    }

    /** An empty box to tick with a pen, or a ticked one for a step already done. */
    void checkbox(boolean ticked) throws IOException {
      float top = y - 1.5f;
      content.addRect(MARGIN, top - BOX, BOX, BOX);
      content.stroke();
      if (ticked) {
        content.moveTo(MARGIN + 2, top - BOX / 2);
        content.lineTo(MARGIN + BOX / 2.5f, top - BOX + 2);
        content.lineTo(MARGIN + BOX - 1.5f, top - 1.5f);
        content.stroke();
      }
    }

    void paragraph(String text, float fontSize, float indent) throws IOException {
      float leading = fontSize * LEADING;
      for (String line : mixedText.wrap(text, fontSize, width - indent)) {
        if (y - leading < MARGIN) {
          newPage();
        }
        mixedText.show(content, line, MARGIN + indent, y - fontSize, fontSize);
        y -= leading;
      }
    }
  }
}
