package org.leakaid.scanner.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookTest {
  @TempDir Path dir;

  @Test
  void aSheetWrittenByPoiComesBackAsRowsOfTabSeparatedCellsInTabOrder() throws IOException {
    Path file = dir.resolve("客户.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet customers = book.createSheet("客户名单");
      Row header = customers.createRow(0);
      String[] names = {"姓名", "手机号", "身份证号", "地址"};
      for (int c = 0; c < names.length; c++) {
        header.createCell(c).setCellValue(names[c]);
      }
      Row first = customers.createRow(1);
      first.createCell(0).setCellValue("张伟");
      first.createCell(1).setCellValue(13812345678d); // a number: POI stores 1.3812345678E10
      first.createCell(2).setCellValue("11010519491231002X");
      first.createCell(3).setCellValue("北京市朝阳区\n建国路88号"); // a line break inside a cell
      Row third = customers.createRow(3); // row 3 left empty
      third.createCell(0).setCellValue("李娜");
      third.createCell(3).setCellValue("上海市浦东新区\t世纪大道1号"); // columns B and C missing
      book.createSheet("Sheet2").createRow(0).createCell(1).setCellValue(true);
      book.setSheetOrder("Sheet2", 0);
      book.write(out);
    }

    Map<String, String> sheets = read(file);

    assertThat(sheets.keySet()).containsExactly("Sheet2", "客户名单");
    assertThat(sheets.get("Sheet2")).isEqualTo("\tTRUE\n");
    assertThat(sheets.get("客户名单"))
        .isEqualTo(
            "姓名\t手机号\t身份证号\t地址\n"
                + "张伟\t13812345678\t11010519491231002X\t北京市朝阳区 建国路88号\n"
                + "\n"
                + "李娜\t\t\t上海市浦东新区 世纪大道1号\n");
  }

  @Test
  void inlineStringsRichTextAndFormulaResultsAreReadAndPhoneticGuidesLeftOut() throws IOException {
    Path file =
        workbook(
            "<sst><si><r><t>王</t></r><r><t>芳</t></r><rPh sb=\"0\" eb=\"1\"><t>wang</t></rPh></si>"
                + "<si><t>地址</t></si></sst>",
            "<worksheet><sheetData>"
                + "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>0</v></c><c r=\"C2\" t=\"inlineStr\">"
                + "<is><t>广州市天河区</t></is></c><c r=\"D2\" t=\"str\"><f>A1&amp;B1</f>"
                + "<v>公式结果</v></c><c r=\"E2\" t=\"s\"><v>99</v></c><c r=\"F2\" t=\"e\">"
                + "<v>#N/A</v></c></row><row r=\"3\"><c r=\"A3\"><v>1.10105199001011E17</v></c>"
                + "<c r=\"B3\" t=\"n\"><v>1.3912345678E10</v></c><c r=\"C3\"><v>12.5</v></c>"
                + "</row></sheetData></worksheet>");

    assertThat(read(file).get("Sheet1"))
        .isEqualTo(
            "\n\t王芳\t广州市天河区\t公式结果\t\t#N/A\n"
                + "1.10105199001011E17\t13912345678\t12.5\n"); // a rounded ID stays unreadable
  }

  @Test
  void externalEntitiesAreNeverResolved() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "13812345678");
    Path file =
        workbook(
            "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY x SYSTEM \""
                + secret.toUri()
                + "\">]><sst><si><t>&x;</t></si></sst>",
            "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                + "</sheetData></worksheet>");

    try (ZipFile zip = new ZipFile(file.toFile())) {
      assertThatThrownBy(() -> Workbook.open(zip))
          .isInstanceOf(IOException.class)
          .hasMessageStartingWith("not a readable workbook: xl/sharedStrings.xml:");
    }
  }

  @Test
  void aMalformedSheetIsNamedAsUnreadable() throws IOException {
    Path file = workbook(null, "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c>");

    assertThatThrownBy(() -> read(file))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("not a readable workbook: worksheet:");
  }

  /** The text of every sheet, by name, in tab order. */
  private static Map<String, String> read(Path file) throws IOException {
    Map<String, String> sheets = new java.util.LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      assertThat(Workbook.isWorkbook(zip)).isTrue();
      Workbook book = Workbook.open(zip);
      for (Workbook.Sheet sheet : book.sheets()) {
        try (InputStream in = book.text(sheet)) {
          sheets.put(sheet.name(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return sheets;
  }

  /** A minimal workbook with one sheet, "Sheet1", written part by part. */
  private Path workbook(String sharedStrings, String sheet) throws IOException {
    Path file = dir.resolve("hand.xlsx");
    List<String[]> parts = new ArrayList<>();
    parts.add(
        new String[] {
          "xl/workbook.xml",
          "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
              + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
        });
    parts.add(
        new String[] {
          "xl/_rels/workbook.xml.rels",
          "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>"
              + "</Relationships>"
        });
    parts.add(new String[] {"xl/worksheets/sheet1.xml", sheet});
    if (sharedStrings != null) {
      parts.add(new String[] {"xl/sharedStrings.xml", sharedStrings});
    }
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
      for (String[] part : parts) {
        z.putNextEntry(new ZipEntry(part[0]));
        z.write(part[1].getBytes(StandardCharsets.UTF_8));
      }
    }
    return file;
  }
}
