package org.leakaid.scanner.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordDocumentTest {
  @TempDir Path dir;

  /**
   * A sign-up sheet as Word writes it (through Apache POI): a phone split over runs, a table whose
   * first row is its header, a cell of two paragraphs.
   */
  @Test
  void paragraphsAreLinesAndTableRowsAreTabSeparatedLines() throws IOException {
    Path file = dir.resolve("报名表.docx");
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream out = Files.newOutputStream(file)) {
      XWPFParagraph title = doc.createParagraph();
      title.createRun().setText("联系人：张伟，电话 138");
      title.createRun().setText("1234");
      title.createRun().setText("5678");
      XWPFTable table = doc.createTable(3, 3);
      String[][] cells = {
        {"姓名", "身份证号", "地址"},
        {"李娜", "11010519491231002X", "上海市浦东新区"},
        {"王芳", "440524188001010014", "广州市天河区"}
      };
      for (int r = 0; r < 3; r++) {
        for (int c = 0; c < 3; c++) {
          table.getRow(r).getCell(c).setText(cells[r][c]);
        }
      }
      table.getRow(2).getCell(2).addParagraph().createRun().setText("体育东路1号");
      doc.write(out);
    }

    String text;
    try (ZipFile zip = new ZipFile(file.toFile());
        InputStream in = WordDocument.text(zip)) {
      assertThat(WordDocument.isDocument(zip)).isTrue();
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(text)
        .isEqualTo(
            "联系人：张伟，电话 13812345678\n"
                + "姓名\t身份证号\t地址\n"
                + "李娜\t11010519491231002X\t上海市浦东新区\n"
                + "王芳\t440524188001010014\t广州市天河区 体育东路1号\n");
  }
}
