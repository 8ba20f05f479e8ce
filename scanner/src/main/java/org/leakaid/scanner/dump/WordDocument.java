package org.leakaid.scanner.dump;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A Word document (.docx) read as text: one line per paragraph, and one line per table row with its
 * cells separated by tabs, so that a sign-up sheet or a list of names typed as a Word table reads
 * like a CSV (its first row a header). Read as a plain zip it would be XML, where Word splits a
 * phone number over several runs of text ({@code <w:t>138</w:t>...<w:t>5678</w:t>}) and nothing
 * would be found.
 *
 * <p>The XML is read with {@link OfficeXml}, as a workbook's; the text streams: nothing is kept but
 * the current line.
 */
final class WordDocument {
  private static final String DOCUMENT = "word/document.xml";
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private WordDocument() {}

  /** Whether a zip archive is a Word document. */
  static boolean isDocument(ZipFile zip) {
    return zip.getEntry(DOCUMENT) != null;
  }

  /** The document's text, read from the archive as the stream is read. */
  static InputStream text(ZipFile zip) throws IOException {
    ZipEntry entry = zip.getEntry(DOCUMENT);
    try {
      return new Lines(OfficeXml.reader(zip.getInputStream(entry)));
    } catch (XMLStreamException e) {
      throw malformed(e);
    }
  }

  private static IOException malformed(XMLStreamException e) {
    String message = e.getMessage() == null ? "" : e.getMessage().replace('\n', ' ');
    return new IOException("not a readable Word document: " + message, e);
  }

  /** The body's paragraphs and table rows, a line at a time. */
  private static final class Lines extends OfficeXml.Text {
    private final StringBuilder line = new StringBuilder();
    private int tableDepth; // tables in tables: a row of the outer table is one line
    private int cellsInRow;
    private boolean paragraphInCell;

    Lines(XMLStreamReader r) {
      super(r);
    }

    @Override
    protected boolean refill() throws IOException {
      try {
        while (r.hasNext()) {
          int event = r.next();
          if (event == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
            start(r.getLocalName());
          } else if (event == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI())) {
            if (end(r.getLocalName())) {
              return true;
            }
          }
        }
        if (line.length() > 0) {
          emit();
          return true;
        }
        return false;
      } catch (XMLStreamException e) {
        throw malformed(e);
      }
    }

    private void start(String element) throws XMLStreamException {
      switch (element) {
        case "t" -> line.append(r.getElementText().replace('\t', ' ').replace('\n', ' '));
        case "tab" -> line.append(tableDepth > 0 ? ' ' : '\t');
        case "br", "cr" -> line.append(' ');
        case "tbl" -> tableDepth++;
        case "tc" -> {
          if (tableDepth == 1) {
            line.append(cellsInRow++ > 0 ? "\t" : "");
            paragraphInCell = false;
          }
        }
        case "p" -> {
          if (tableDepth > 0 && paragraphInCell) {
            line.append(' '); // paragraphs of one cell stay in its field
          }
        }
        default -> {}
      }
    }

    /** True when a line is complete and handed on. */
    private boolean end(String element) {
      switch (element) {
        case "p" -> {
          if (tableDepth == 0) {
            emit();
            return true;
          }
          paragraphInCell = true;
          return false;
        }
        case "tr" -> {
          if (tableDepth == 1) {
            cellsInRow = 0;
            emit();
            return true;
          }
          return false;
        }
        case "tbl" -> {
          tableDepth--;
          return false;
        }
        default -> {
          return false;
        }
      }
    }

    private void emit() {
      line.append('\n');
      byte[] utf8 = line.toString().getBytes(StandardCharsets.UTF_8);
      line.setLength(0);
      hand(utf8, 0, utf8.length);
    }
  }
}
