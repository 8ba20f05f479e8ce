package org.leakaid.app.protect;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.leakaid.scanner.dump.FormatReader;

/** A PDF's text for the file check, as PDFBox extracts it (as the CLI's scan reads PDFs). */
final class PdfText implements FormatReader {

  @Override
  public boolean reads(byte[] magic, int n) {
    return FormatReader.startsWith(magic, n, '%', 'P', 'D', 'F', '-');
  }

  @Override
  public void read(Path file, InputStream in, Parts parts) throws IOException {
    String text;
    try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBuffer(in))) {
      text = new PDFTextStripper().getText(doc);
    } catch (InvalidPasswordException e) {
      throw new IOException("an encrypted PDF: open it with its password and save a copy", e);
    } catch (IOException | RuntimeException e) {
      throw new IOException("not a readable PDF", e);
    }
    if (text.isBlank()) {
      parts.skip("PDF without text, probably scanned pages");
      return;
    }
    parts.accept(null, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }
}
