package org.leakaid.evidence.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** 证据目录.docx: an editable evidence list, A4 landscape, SimSun (宋体) as a court expects. */
final class EvidenceListDocx {
  private static final String FONT = "宋体";
  // Column widths in twentieths of a point; they add up to the A4 landscape text width.
  private static final int[] WIDTHS = {700, 2600, 2000, 4100, 2000, 1300};

  private EvidenceListDocx() {}

  static byte[] render(EvidenceList list) throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      landscapeA4(doc);
      XWPFParagraph title = doc.createParagraph();
      title.setAlignment(ParagraphAlignment.CENTER);
      run(title, EvidenceList.TITLE, 18, true);
      paragraph(doc, "案件编号：" + list.caseId(), 10.5);
      paragraph(doc, "生成时间：" + list.generatedAt(), 10.5);
      paragraph(doc, "哈希链头：" + list.chainHead(), 9);

      XWPFTable table = doc.createTable(list.rows().size() + 1, EvidenceList.HEADERS.size());
      table.setTableAlignment(TableRowAlign.CENTER);
      fillRow(table.getRow(0), EvidenceList.HEADERS, true);
      table.getRow(0).setRepeatHeader(true);
      for (int i = 0; i < list.rows().size(); i++) {
        fillRow(table.getRow(i + 1), list.rows().get(i).cells(), false);
      }

      paragraph(doc, "", 10.5);
      run(doc.createParagraph(), "附：各项证据的详细情况", 12, true);
      for (EvidenceList.Row row : list.rows()) {
        run(doc.createParagraph(), row.number() + ". " + row.name(), 10.5, true);
        for (String detail : row.details()) {
          paragraph(doc, detail, 10.5);
        }
      }
      paragraph(doc, "", 10.5);
      paragraph(doc, EvidenceList.NOTE, 9);
      paragraph(doc, "", 10.5);
      paragraph(doc, "提交人（签名）：____________        日期：________年____月____日", 10.5);
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static void fillRow(XWPFTableRow row, List<String> cells, boolean header) {
    for (int c = 0; c < cells.size(); c++) {
      XWPFTableCell cell = row.getCell(c);
      cell.setWidth(String.valueOf(WIDTHS[c]));
      XWPFParagraph p = cell.getParagraphs().get(0);
      if (header || c == 0) {
        p.setAlignment(ParagraphAlignment.CENTER);
      }
      run(p, cells.get(c), 10.5, header);
    }
  }

  private static void paragraph(XWPFDocument doc, String text, double size) {
    run(doc.createParagraph(), text, size, false);
  }

  private static void run(XWPFParagraph p, String text, double size, boolean bold) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      XWPFRun run = p.createRun();
      run.setText(lines[i]);
      run.setFontFamily(FONT);
      run.setFontFamily(FONT, XWPFRun.FontCharRange.eastAsia);
      run.setFontSize(size);
      run.setBold(bold);
      if (i < lines.length - 1) {
        run.addBreak();
      }
    }
  }

  private static void landscapeA4(XWPFDocument doc) {
    CTSectPr section = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setOrient(STPageOrientation.LANDSCAPE);
    size.setW(BigInteger.valueOf(16838));
    size.setH(BigInteger.valueOf(11906));
    CTPageMar margin = section.addNewPgMar();
    margin.setTop(BigInteger.valueOf(1134));
    margin.setBottom(BigInteger.valueOf(1134));
    margin.setLeft(BigInteger.valueOf(1134));
    margin.setRight(BigInteger.valueOf(1134));
  }
}
