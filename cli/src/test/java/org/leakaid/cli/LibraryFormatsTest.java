package org.leakaid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Formats scan opens through libraries, each written by the library that real tools use: .xls
 * (Apache POI, as Java exporters write it), .tar.bz2, .xz and .7z (Commons Compress), PDF (PDFBox),
 * SQLite (the SQLite library itself, through its JDBC driver).
 */
class LibraryFormatsTest {
  @TempDir Path dir;

  private static final String TEXT = "姓名,手机\n张三,13812345678\n";

  @Test
  void aSqliteDatabaseIsReadTableByTableAndLeftAsItWas() throws Exception {
    Path db = dir.resolve("app.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement()) {
      st.execute("CREATE TABLE \"user info\" (id INTEGER, name TEXT, avatar BLOB, mobile INTEGER)");
      st.execute("INSERT INTO \"user info\" VALUES (1, '仉亮', x'89504e47', 13812345678)");
      st.execute("INSERT INTO \"user info\" VALUES (2, '张三', NULL, 13912345678)");
      st.execute("CREATE TABLE log (at TEXT, ip TEXT)");
    }
    byte[] before = Files.readAllBytes(db);

    CommandRun run = CommandRun.run("scan", "--types", "PERSON_NAME,CN_MOBILE", db.toString());

    assertThat(run.exit()).isZero();
    // Line 1 is the header row of column names; 仉 is too rare a surname without its column.
    assertThat(run.jsonLines())
        .extracting(n -> n.get("path").asString() + ":" + n.get("line") + ":" + n.get("text"))
        .containsExactly(
            db + "!/user info:2:\"仉亮\"",
            db + "!/user info:2:\"13812345678\"",
            db + "!/user info:3:\"张三\"",
            db + "!/user info:3:\"13912345678\"");
    assertThat(Files.readAllBytes(db)).isEqualTo(before);
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(db); // no journal, no WAL
    }

    Path zip = dir.resolve("backup.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("app.db"));
      out.write(before);
    }
    assertThat(CommandRun.run("scan", zip.toString()).err())
        .contains("SQLite database inside another archive or on stdin (unpack it first)");
  }

  @Test
  void anXlsWorkbookIsReadByRowsLikeAnXlsx() throws IOException {
    Path xls = dir.resolve("会员.xls");
    try (HSSFWorkbook book = new HSSFWorkbook();
        OutputStream out = Files.newOutputStream(xls)) {
      Sheet sheet = book.createSheet("名单");
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("姓名");
      header.createCell(2).setCellValue("手机");
      Row row = sheet.createRow(2); // row 2 left empty
      row.createCell(0).setCellValue("张三");
      row.createCell(2).setCellValue(13812345678d); // typed as a number
      book.write(out);
    }

    CommandRun run = CommandRun.run("scan", "--types", "PERSON_NAME,CN_MOBILE", xls.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.jsonLines())
        .extracting(n -> n.get("path").asString() + ":" + n.get("line") + ":" + n.get("text"))
        .containsExactly(xls + "!/名单:3:\"张三\"", xls + "!/名单:3:\"13812345678\"");
  }

  /** A PDF's text is scanned; one without text (scanned pages) is named for OCR. */
  @Test
  void aPdfsTextIsScannedAndAPdfOfImagesIsNamed() throws IOException {
    Path pdf = dir.resolve("list.pdf");
    Path blank = dir.resolve("scan.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        text.newLineAtOffset(50, 700);
        text.showText("Zhang Wei, mobile 138 1234 5678, ID 11010519491231002X");
        text.endText();
      }
      doc.save(pdf.toFile());
    }
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      doc.save(blank.toFile());
    }

    CommandRun run =
        CommandRun.run(
            "scan", "--types", "CN_MOBILE,CN_RESIDENT_ID", pdf.toString(), blank.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.jsonLines())
        .extracting(n -> n.get("path").asString() + ":" + n.get("text").asString())
        .containsExactly(pdf + ":138 1234 5678", pdf + ":11010519491231002X");
    assertThat(run.err())
        .contains(
            "skipped PDF without text, probably scanned pages (run OCR on it first): " + blank);
  }

  @Test
  void otherOfficeDocumentsAreSkippedWithANote() throws IOException {
    Path doc = dir.resolve("报告.doc");
    try (POIFSFileSystem fs = new POIFSFileSystem();
        OutputStream out = Files.newOutputStream(doc)) {
      fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
      fs.writeFilesystem(out);
    }
    CommandRun run = CommandRun.run("scan", "--format", "summary", doc.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.err())
        .contains("skipped Office 97-2003 document that is no workbook (save it as text first): ");
  }

  @Test
  void bzip2XzAnd7zAreUnpackedAndATarInsideIsReadFileByFile() throws IOException {
    ByteArrayOutputStream tar = new ByteArrayOutputStream();
    try (TarArchiveOutputStream t = new TarArchiveOutputStream(tar)) {
      byte[] data = TEXT.getBytes(StandardCharsets.UTF_8);
      TarArchiveEntry e = new TarArchiveEntry("db/users.csv");
      e.setSize(data.length);
      t.putArchiveEntry(e);
      t.write(data);
      t.closeArchiveEntry();
    }
    Path bz2 = dir.resolve("backup.tar.bz2");
    try (OutputStream o = new BZip2CompressorOutputStream(Files.newOutputStream(bz2))) {
      o.write(tar.toByteArray());
    }
    Path xz = dir.resolve("users.csv.xz");
    try (OutputStream o = new XZCompressorOutputStream(Files.newOutputStream(xz))) {
      o.write(TEXT.getBytes(StandardCharsets.UTF_8));
    }
    Path sevenZ = dir.resolve("leak.7z");
    try (SevenZOutputFile z = new SevenZOutputFile(sevenZ.toFile())) {
      SevenZArchiveEntry e = z.createArchiveEntry(xz.toFile(), "inner/users.csv.xz");
      z.putArchiveEntry(e);
      z.write(Files.readAllBytes(xz));
      z.closeArchiveEntry();
    }

    CommandRun run =
        CommandRun.run(
            "scan", "--types", "CN_MOBILE", bz2.toString(), xz.toString(), sevenZ.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.jsonLines())
        .extracting(n -> n.get("path").asString() + "@" + n.get("offset") + ":" + n.get("line"))
        .containsExactly(
            bz2 + "!/db/users.csv@21:2", xz + "@21:2", sevenZ + "!/inner/users.csv.xz@21:2");
  }
}
