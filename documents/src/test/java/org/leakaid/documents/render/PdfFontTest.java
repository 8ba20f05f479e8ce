package org.leakaid.documents.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.leakaid.documents.Block;
import org.leakaid.documents.DocumentKind;
import org.leakaid.documents.Draft;

/**
 * The characters people's names and addresses have: 堃, 喆, 昇, 𠮷 (outside the Basic Multilingual
 * Plane), a middle-dot name, a CJK Extension A character. Each is drawn with a real glyph of an
 * embedded font (never glyph 0, the empty box) and extracts back from the PDF as typed.
 */
class PdfFontTest {
  static final String NAMES = "李堃 王喆 陈昇 𠮷田花子 买买提·艾力 刘䶮 㐆";

  @Test
  void rareCharactersAreDrawnWithRealGlyphsAndExtractAsTyped() throws IOException {
    byte[] pdf = PdfRenderer.render(draft());
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
      }
      Glyphs glyphs = new Glyphs();
      String text = glyphs.getText(doc);
      for (String name : NAMES.split(" ")) {
        assertThat(text).contains(name);
      }
      assertThat(glyphs.codes).isNotEmpty().doesNotContain(0);
      assertThat(glyphs.fonts).anyMatch(f -> f.contains("LXGWWenKai"));
      // 㐆 (Extension A) is not in WenKai: Droid Sans Fallback draws it.
      assertThat(glyphs.fonts).anyMatch(f -> f.contains("DroidSansFallback"));
    }
  }

  @Test
  void theDocxKeepsTheCharactersToo() throws IOException {
    byte[] docx = DocxRenderer.render(draft());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      String text = extractor.getText();
      for (String name : NAMES.split(" ")) {
        assertThat(text).contains(name);
      }
    }
  }

  @Test
  void aCharacterNoFontHasIsAQuestionMarkNotABox() throws IOException {
    // U+2A6D0 (Extension B) is in neither font.
    String rare = new String(Character.toChars(0x2A6D0));
    assertThat(CjkFonts.has(CjkFonts.primary(), 0x2A6D0)).isFalse();
    assertThat(CjkFonts.has(CjkFonts.fallback(), 0x2A6D0)).isFalse();
    Draft draft =
        new Draft(
            DocumentKind.CONTACTS_WARNING,
            "t",
            "t",
            List.of(new Block.Paragraph("甲" + rare + "乙")),
            false);
    try (PDDocument doc = Loader.loadPDF(PdfRenderer.render(draft))) {
      Glyphs glyphs = new Glyphs();
      assertThat(glyphs.getText(doc).strip()).contains("甲?乙");
      assertThat(glyphs.codes).doesNotContain(0);
    }
  }

  @Test
  void onlyTheGlyphsUsedAreEmbedded() {
    Draft small =
        new Draft(
            DocumentKind.CONTACTS_WARNING, "t", "t", List.of(new Block.Paragraph("李堃")), false);
    // The full font is 15 MB; a subset of a few glyphs is a few kilobytes.
    assertThat(PdfRenderer.render(small).length).isLessThan(60_000);
  }

  private static Draft draft() {
    return new Draft(
        DocumentKind.POLICE_REPORT,
        "报案材料",
        "报案材料",
        List.of(
            new Block.Title("报案材料"),
            new Block.Flush("报案人：" + NAMES.split(" ")[0]),
            new Block.Paragraph(NAMES),
            new Block.Table(List.of(List.of("序号", "姓名"), List.of("1", "𠮷田花子"))),
            new Block.Signature("王喆")),
        false);
  }

  /** Collects the codes (glyph ids, with Identity-H) and fonts of every character drawn. */
  private static final class Glyphs extends PDFTextStripper {
    final List<Integer> codes = new ArrayList<>();
    final List<String> fonts = new ArrayList<>();

    Glyphs() throws IOException {}

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
      for (TextPosition p : positions) {
        for (int code : p.getCharacterCodes()) {
          codes.add(code);
        }
        fonts.add(p.getFont().getName());
      }
      super.writeString(text, positions);
    }
  }
}
