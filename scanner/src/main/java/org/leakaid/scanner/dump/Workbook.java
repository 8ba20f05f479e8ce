package org.leakaid.scanner.dump;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An Excel workbook (.xlsx, Office Open XML) read as text: every worksheet becomes one line per
 * row, its cells separated by tabs, in UTF-8. Leaked personal data travels as spreadsheets as often
 * as CSV, and read as a plain zip it would be XML: a sheet's cells in one long line, its text
 * elsewhere, in the shared-strings part. As rows, a sheet gets what a CSV gets: its first row is a
 * header that gives columns their meaning, each row is a record, and the line number of a finding
 * is its row number in Excel (rows the sheet leaves out are empty lines).
 *
 * <p>What a cell becomes: its text (shared, inline or a formula's result) or its number as Excel
 * stored it ({@code 13812345678}; an 18-digit ID typed as a number was already rounded by Excel to
 * {@code 1.10105199001011E+17} and stays unreadable). A cell missing from a row is an empty field,
 * so columns stay under their header. Tabs and line breaks inside a cell become spaces, so that a
 * row stays one line. Phonetic guides ({@code rPh}, pinyin or kana over the text) are left out:
 * they are not what the cell says.
 *
 * <p>The XML is read with {@link OfficeXml} (the JDK's reader, DTDs and external entities off). The
 * shared strings are kept in memory, packed as UTF-8; sheets are streamed.
 */
final class Workbook {
  private static final String WORKBOOK = "xl/workbook.xml";

  /** Excel's own limit: 16,384 columns. A larger cell reference is corrupt. */
  private static final int MAX_COLUMN = 1 << 14;

  /** Above this the shared strings do not fit one array: the workbook is refused, not truncated. */
  private static final int MAX_SHARED_BYTES = Integer.MAX_VALUE - 64;

  /** A worksheet: its name as the workbook shows it and the zip entry holding its cells. */
  record Sheet(String name, String entry) {}

  private final ZipFile zip;
  private final SharedStrings strings;

  private Workbook(ZipFile zip) throws IOException {
    this.zip = zip;
    ZipEntry shared = zip.getEntry("xl/sharedStrings.xml");
    this.strings = shared == null ? new SharedStrings() : SharedStrings.read(zip, shared);
  }

  /** Whether a zip archive is an Excel workbook. */
  static boolean isWorkbook(ZipFile zip) {
    return zip.getEntry(WORKBOOK) != null;
  }

  /**
   * Opens a workbook; its shared strings are read now.
   *
   * @throws IOException naming what is wrong when a part is not well-formed XML
   */
  static Workbook open(ZipFile zip) throws IOException {
    return new Workbook(zip);
  }

  /** The worksheets in the order of their tabs. */
  List<Sheet> sheets() throws IOException {
    Map<String, String> targets = new HashMap<>();
    ZipEntry rels = zip.getEntry("xl/_rels/workbook.xml.rels");
    if (rels != null) {
      parse(
          rels,
          r -> {
            if (r.isStartElement() && r.getLocalName().equals("Relationship")) {
              targets.put(r.getAttributeValue(null, "Id"), r.getAttributeValue(null, "Target"));
            }
          });
    }
    List<Sheet> sheets = new ArrayList<>();
    parse(
        zip.getEntry(WORKBOOK),
        r -> {
          if (r.isStartElement() && r.getLocalName().equals("sheet")) {
            String id = relationshipId(r);
            String target = targets.get(id);
            if (target != null) {
              String entry = target.startsWith("/") ? target.substring(1) : "xl/" + target;
              if (zip.getEntry(entry) != null) {
                sheets.add(new Sheet(r.getAttributeValue(null, "name"), entry));
              }
            }
          }
        });
    return sheets;
  }

  private static String relationshipId(XMLStreamReader r) {
    for (int a = 0; a < r.getAttributeCount(); a++) {
      if (r.getAttributeLocalName(a).equals("id")) {
        return r.getAttributeValue(a);
      }
    }
    return null;
  }

  /** A sheet's rows as UTF-8 text, read from the archive as the stream is read. */
  InputStream text(Sheet sheet) throws IOException {
    return new SheetText(reader(zip.getEntry(sheet.entry())), strings);
  }

  private interface Visitor {
    void visit(XMLStreamReader r) throws XMLStreamException;
  }

  private void parse(ZipEntry entry, Visitor visitor) throws IOException {
    XMLStreamReader r = reader(entry);
    try {
      while (r.hasNext()) {
        r.next();
        visitor.visit(r);
      }
      r.close();
    } catch (XMLStreamException e) {
      throw malformed(entry.getName(), e);
    }
  }

  private XMLStreamReader reader(ZipEntry entry) throws IOException {
    try {
      return OfficeXml.reader(zip.getInputStream(entry));
    } catch (XMLStreamException e) {
      throw malformed(entry.getName(), e);
    }
  }

  private static IOException malformed(String part, XMLStreamException e) {
    String message = e.getMessage() == null ? "" : e.getMessage().replace('\n', ' ');
    return new IOException("not a readable workbook: " + part + ": " + message, e);
  }

  /**
   * The text of an {@code si} or {@code is} element: its {@code t} runs, phonetic guides left out.
   */
  private static void readText(XMLStreamReader r, String element, StringBuilder out)
      throws XMLStreamException {
    int phonetic = 0;
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (r.getLocalName().equals("rPh")) {
          phonetic++;
        } else if (r.getLocalName().equals("t") && phonetic == 0) {
          out.append(r.getElementText());
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (r.getLocalName().equals("rPh")) {
          phonetic--;
        } else if (r.getLocalName().equals(element)) {
          return;
        }
      }
    }
  }

  /** The shared strings, packed: UTF-8 bytes of every string end to end, and where each starts. */
  private static final class SharedStrings {
    private byte[] bytes = new byte[0];
    private int[] starts = {0};
    private int count;

    static SharedStrings read(ZipFile zip, ZipEntry entry) throws IOException {
      SharedStrings s = new SharedStrings();
      s.bytes = new byte[1 << 12];
      s.starts = new int[64];
      StringBuilder text = new StringBuilder();
      try (InputStream in = zip.getInputStream(entry)) {
        XMLStreamReader r = OfficeXml.reader(in);
        while (r.hasNext()) {
          if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("si")) {
            text.setLength(0);
            readText(r, "si", text);
            s.add(text);
          }
        }
        r.close();
      } catch (XMLStreamException e) {
        throw malformed(entry.getName(), e);
      }
      return s;
    }

    private void add(CharSequence text) throws IOException {
      byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
      int end = starts[count];
      if ((long) end + utf8.length > MAX_SHARED_BYTES) {
        throw new IOException("not a readable workbook: its shared strings exceed 2 GB");
      }
      if (end + utf8.length > bytes.length) {
        int size = (int) Math.min(MAX_SHARED_BYTES, Math.max(end + utf8.length, 2L * bytes.length));
        bytes = Arrays.copyOf(bytes, size);
      }
      System.arraycopy(utf8, 0, bytes, end, utf8.length);
      if (count + 2 > starts.length) {
        starts = Arrays.copyOf(starts, starts.length * 2);
      }
      starts[++count] = end + utf8.length;
    }

    /** Writes string {@code index} as the cell in {@code column}; an index out of range as "". */
    void writeTo(SheetRows rows, int column, int index) {
      boolean known = index >= 0 && index < count;
      rows.cell(column, bytes, known ? starts[index] : 0, known ? starts[index + 1] : 0);
    }
  }

  /** A worksheet's XML turned into lines of tab-separated cells as it is read. */
  private static final class SheetText extends OfficeXml.Text {
    private final SharedStrings strings;
    private final SheetRows rows = new SheetRows();
    private final StringBuilder text = new StringBuilder();

    SheetText(XMLStreamReader r, SharedStrings strings) {
      super(r);
      this.strings = strings;
    }

    /** Hands on the next row, preceded by an empty line per row the sheet leaves out. */
    @Override
    protected boolean refill() throws IOException {
      try {
        while (r.hasNext()) {
          if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("row")) {
            rows.clear(); // the last row has been read
            rows.startRow(parseNumber(r.getAttributeValue(null, "r"), 0)); // 0: the next one
            readCells();
            rows.endRow();
            hand(rows.buffer(), 0, rows.size());
            return true;
          }
        }
        return false;
      } catch (XMLStreamException e) {
        throw malformed("worksheet", e);
      }
    }

    private void readCells() throws XMLStreamException {
      int column = 0; // the next column, 0-based
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("row")) {
          return;
        }
        if (event != XMLStreamConstants.START_ELEMENT || !r.getLocalName().equals("c")) {
          continue;
        }
        int at = columnOf(r.getAttributeValue(null, "r"), column);
        column = at + 1;
        readCell(at, r.getAttributeValue(null, "t"));
      }
    }

    /** A cell's value, from its start tag to its end tag. */
    private void readCell(int column, String type) throws XMLStreamException {
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("c")) {
          return;
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String element = r.getLocalName();
        if (element.equals("v")) {
          String v = r.getElementText().trim();
          if ("s".equals(type)) {
            strings.writeTo(rows, column, parseNumber(v, -1));
          } else if ("b".equals(type)) {
            rows.cell(column, "1".equals(v) ? "TRUE" : "FALSE");
          } else if (type == null || type.equals("n")) {
            rows.cell(column, plainNumber(v));
          } else {
            rows.cell(column, v); // a formula's text result, an error such as #N/A
          }
        } else if (element.equals("is")) {
          text.setLength(0);
          readText(r, "is", text);
          rows.cell(column, text.toString());
        } else if (element.equals("f")) {
          r.getElementText(); // the formula itself is not what the cell shows
        }
      }
    }

    /**
     * A number as Excel shows it: tools that write .xlsx through a double (Apache POI, and the
     * exporters built on it) store a phone typed as a number as {@code 1.3812345678E10}. Integers
     * of up to 15 digits, which a double holds exactly, are written out; longer ones were rounded
     * when they were typed (an ID number becomes {@code 1.10105199001011E17}) and stay as they are,
     * since their last digits are not the person's.
     */
    static String plainNumber(String v) {
      if (v.indexOf('E') < 0 && v.indexOf('e') < 0) {
        return v;
      }
      try {
        java.math.BigDecimal d = new java.math.BigDecimal(v).stripTrailingZeros();
        if (d.scale() <= 0 && d.precision() - d.scale() <= 15) {
          return d.toBigInteger().toString();
        }
      } catch (NumberFormatException e) {
        // not a number after all: as written
      }
      return v;
    }

    /** The 0-based column of a cell reference such as "C5", or {@code next} if there is none. */
    private static int columnOf(String ref, int next) {
      if (ref == null) {
        return next;
      }
      int column = 0;
      int i = 0;
      for (; i < ref.length() && i < 3; i++) {
        char c = ref.charAt(i);
        if (c < 'A' || c > 'Z') {
          break;
        }
        column = column * 26 + (c - 'A' + 1);
      }
      column--;
      return column >= next && column < MAX_COLUMN ? column : next;
    }

    private static int parseNumber(String s, int otherwise) {
      if (s == null || s.isEmpty() || s.length() > 9) {
        return otherwise;
      }
      int n = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          return otherwise;
        }
        n = n * 10 + (c - '0');
      }
      return n;
    }
  }
}
