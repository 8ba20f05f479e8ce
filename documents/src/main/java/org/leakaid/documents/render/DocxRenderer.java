package org.leakaid.documents.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.leakaid.documents.Block;
import org.leakaid.documents.Draft;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The document as an editable Word file (opens in Word and WPS): A4 portrait with the margins of
 * GB/T 9704 (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), the title in 宋体, headings in 黑体,
 * the body in 仿宋 with the first line indented by two characters. The fonts are not embedded: every
 * Chinese Windows and WPS installation has them, and the editor substitutes its own CJK font
 * elsewhere.
 */
public final class DocxRenderer {
  private static final String TITLE_FONT = "宋体";
  private static final String HEADING_FONT = "黑体";
  private static final String BODY_FONT = "仿宋";
  private static final String LATIN_FONT = "Times New Roman";
  private static final double NORMAL_SIZE = 14;
  private static final double COMPACT_SIZE = 12;

  private DocxRenderer() {}

  public static byte[] render(Draft draft) {
    double bodySize = draft.compact() ? COMPACT_SIZE : NORMAL_SIZE;
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      pageA4(doc);
      doc.getProperties().getCoreProperties().setTitle(draft.title());
      doc.getProperties().getCoreProperties().setCreator("挽回 LeakAid");
      for (Block block : draft.blocks()) {
        if (block instanceof Block.Table table) {
          table(doc, table.rows());
          continue;
        }
        XWPFParagraph p = doc.createParagraph();
        if (block instanceof Block.PageBreak) {
          p.setPageBreak(true);
          continue;
        }
        p.setSpacingBetween(bodySize * 1.6, LineSpacingRule.EXACT);
        if (block instanceof Block.Title) {
          p.setAlignment(ParagraphAlignment.CENTER);
          p.setSpacingAfter(240);
          run(p, block.text(), TITLE_FONT, 20, true);
          p.setSpacingBetween(30, LineSpacingRule.EXACT);
        } else if (block instanceof Block.Heading) {
          p.setSpacingBefore(120);
          run(p, block.text(), HEADING_FONT, bodySize, false);
        } else if (block instanceof Block.Paragraph) {
          p.setIndentationFirstLine((int) (2 * bodySize * 20));
          p.setAlignment(ParagraphAlignment.BOTH);
          run(p, block.text(), BODY_FONT, bodySize, false);
        } else if (block instanceof Block.Signature) {
          p.setAlignment(ParagraphAlignment.RIGHT);
          run(p, block.text(), BODY_FONT, bodySize, false);
        } else if (block instanceof Block.Note) {
          p.setSpacingBetween(10.5 * 1.5, LineSpacingRule.EXACT);
          run(p, block.text(), BODY_FONT, 10.5, false);
        } else {
          run(p, block.text(), BODY_FONT, bodySize, false);
        }
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write a DOCX in memory", e);
    }
  }

  private static void table(XWPFDocument doc, List<List<String>> rows) {
    int columns = rows.stream().mapToInt(List::size).max().orElse(1);
    XWPFTable table = doc.createTable(rows.size(), columns);
    table.setTableAlignment(TableRowAlign.CENTER);
    table.setWidth("100%");
    table.getRow(0).setRepeatHeader(true);
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns; c++) {
        XWPFTableCell cell = table.getRow(r).getCell(c);
        XWPFParagraph p = cell.getParagraphs().get(0);
        if (r == 0 || c == 0) {
          p.setAlignment(ParagraphAlignment.CENTER);
        }
        String text = c < rows.get(r).size() ? rows.get(r).get(c) : "";
        run(p, text, r == 0 ? HEADING_FONT : BODY_FONT, 10.5, false);
      }
    }
    // A paragraph after the table keeps the next block from sticking to its border.
    doc.createParagraph();
  }

  private static void run(XWPFParagraph p, String text, String font, double size, boolean bold) {
    XWPFRun run = p.createRun();
    run.setText(text);
    run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
    run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
    run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
    run.setFontSize(size);
    run.setBold(bold);
  }

  private static void pageA4(XWPFDocument doc) {
    CTSectPr section = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    CTPageMar margin = section.addNewPgMar();
    margin.setTop(twips(37));
    margin.setBottom(twips(35));
    margin.setLeft(twips(28));
    margin.setRight(twips(26));
  }

  private static BigInteger twips(double millimetres) {
    return BigInteger.valueOf(Math.round(millimetres * 1440 / 25.4));
  }
}
