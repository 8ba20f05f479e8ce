package org.leakaid.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.leakaid.scanner.dump.FormatReader;
import org.leakaid.scanner.dump.SheetRows;

/**
 * The formats {@code scan} opens with libraries the scanner core goes without: Excel 97-2003
 * workbooks (Apache POI), bzip2 and xz files and 7z archives (Commons Compress, with XZ for Java
 * for LZMA), PDFs (PDFBox) and SQLite databases ({@link SqliteDatabase}). Leaked lists travel in
 * all of them. RAR stays out: no library here reads RAR 5.
 */
final class LibraryFormats {
  private LibraryFormats() {}

  static List<FormatReader> all() {
    return List.of(
        new LegacyExcel(), new Bzip2(), new Xz(), new SevenZip(), new Pdf(), new SqliteDatabase());
  }

  /**
   * An .xls workbook: each sheet as rows of tab-separated cells, as for .xlsx; cells as Excel shows
   * them (a phone stored as a number comes out as its digits). Other Office 97-2003 documents share
   * the container format and are skipped with a note.
   */
  static final class LegacyExcel implements FormatReader {
    @Override
    public boolean reads(byte[] magic, int n) {
      return FormatReader.startsWith(magic, n, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
    }

    @Override
    public void read(Path file, InputStream in, Parts parts) throws IOException {
      POIFSFileSystem container;
      try {
        container = new POIFSFileSystem(in);
      } catch (IOException | RuntimeException e) {
        throw new IOException("not a readable Office 97-2003 file (" + e.getMessage() + ")", e);
      }
      try (container) {
        if (!container.getRoot().hasEntryCaseInsensitive("Workbook")
            && !container.getRoot().hasEntryCaseInsensitive("Book")) {
          parts.skip("Office 97-2003 document that is no workbook (save it as text first)");
          return;
        }
        try (HSSFWorkbook book = new HSSFWorkbook(container.getRoot(), true)) {
          DataFormatter cells = new DataFormatter(Locale.ROOT);
          for (Sheet sheet : book) {
            parts.accept(sheet.getSheetName(), new ByteArrayInputStream(text(sheet, cells)));
          }
        } catch (EncryptedDocumentException e) {
          throw new IOException(
              "an encrypted workbook: open it in Excel with its password and save it without", e);
        } catch (RuntimeException e) {
          throw new IOException("not a readable .xls workbook (" + e.getMessage() + ")", e);
        }
      }
    }

    /** The sheet as the scanner reads a spreadsheet ({@link SheetRows}). */
    private static byte[] text(Sheet sheet, DataFormatter cells) {
      SheetRows rows = new SheetRows();
      for (Row row : sheet) {
        rows.startRow(row.getRowNum() + 1);
        for (Cell cell : row) {
          rows.cell(cell.getColumnIndex(), cells.formatCellValue(cell));
        }
        rows.endRow();
      }
      return rows.toByteArray();
    }
  }

  /** A .bz2 file: its content, which may be a tar. */
  static final class Bzip2 implements FormatReader {
    @Override
    public boolean reads(byte[] magic, int n) {
      return FormatReader.startsWith(magic, n, 'B', 'Z', 'h')
          && n > 3
          && magic[3] >= '1'
          && magic[3] <= '9';
    }

    @Override
    public void read(Path file, InputStream in, Parts parts) throws IOException {
      parts.accept(null, new BZip2CompressorInputStream(in, true));
    }
  }

  /** An .xz file: its content, which may be a tar. */
  static final class Xz implements FormatReader {
    @Override
    public boolean reads(byte[] magic, int n) {
      return FormatReader.startsWith(magic, n, 0xFD, '7', 'z', 'X', 'Z', 0);
    }

    @Override
    public void read(Path file, InputStream in, Parts parts) throws IOException {
      parts.accept(null, new XZCompressorInputStream(in, true));
    }
  }

  /**
   * A PDF's text, page after page, as PDFBox extracts it (offsets are bytes of that text). A PDF of
   * scanned pages has no text: it is skipped with a note, since only OCR would read it.
   */
  static final class Pdf implements FormatReader {
    @Override
    public boolean reads(byte[] magic, int n) {
      return FormatReader.startsWith(magic, n, '%', 'P', 'D', 'F', '-');
    }

    @Override
    public void read(Path file, InputStream in, Parts parts) throws IOException {
      String text;
      try (PDDocument doc =
          file != null
              ? Loader.loadPDF(file.toFile())
              : Loader.loadPDF(new RandomAccessReadBuffer(in))) {
        text = new PDFTextStripper().getText(doc);
      } catch (InvalidPasswordException e) {
        throw new IOException("an encrypted PDF: open it with its password and save a copy", e);
      } catch (IOException | RuntimeException e) {
        throw new IOException("not a readable PDF (" + e.getMessage() + ")", e);
      }
      if (text.isBlank()) {
        parts.skip("PDF without text, probably scanned pages (run OCR on it first)");
        return;
      }
      parts.accept(null, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
  }

  /** A .7z archive: each file in it. 7z needs to seek, so only a file on disk is read. */
  static final class SevenZip implements FormatReader {
    @Override
    public boolean reads(byte[] magic, int n) {
      return FormatReader.startsWith(magic, n, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C);
    }

    @Override
    public void read(Path file, InputStream in, Parts parts) throws IOException {
      if (file == null) {
        parts.skip("7z archive inside another archive or on stdin (unpack it first: 7z x)");
        return;
      }
      try (SevenZFile archive = SevenZFile.builder().setPath(file).get()) {
        for (SevenZArchiveEntry e : archive.getEntries()) {
          if (!e.isDirectory() && e.hasStream()) {
            try (InputStream data = archive.getInputStream(e)) {
              parts.accept(e.getName(), data);
            }
          }
        }
      } catch (org.apache.commons.compress.PasswordRequiredException e) {
        throw new IOException(
            "an encrypted 7z archive: unpack it with its password first (7z x)", e);
      }
    }
  }
}
