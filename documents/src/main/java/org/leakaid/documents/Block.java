package org.leakaid.documents;

import java.util.List;

/**
 * One block of a finished document, as every renderer (text, HTML, DOCX, PDF) draws it. A letter in
 * the form of Chinese official letters is a title, an addressee, the body, the sender and the date:
 * {@link Title}, {@link Flush} (the addressee, 此致 and the court), {@link Heading} and {@link
 * Paragraph} (first line indented by two characters), {@link Table}, {@link Signature}
 * (right-aligned), {@link Note} (small print) and {@link PageBreak}.
 */
public sealed interface Block {

  /** The text of the block, one line per table row, cells separated by tabs. */
  String text();

  record Title(String text) implements Block {}

  record Heading(String text) implements Block {}

  /** A paragraph of the body; its first line is indented by two characters. */
  record Paragraph(String text) implements Block {}

  /** A line that starts at the left margin: the addressee, 此致, the court's name. */
  record Flush(String text) implements Block {}

  /** The sender's name or the date, at the right. */
  record Signature(String text) implements Block {}

  /** The next block starts on a new page. */
  record PageBreak() implements Block {
    @Override
    public String text() {
      return "";
    }
  }

  /** Small print under the body. */
  record Note(String text) implements Block {}

  /** A table; the first row is the header. */
  record Table(List<List<String>> rows) implements Block {
    public Table {
      rows = rows.stream().map(List::copyOf).toList();
    }

    @Override
    public String text() {
      return String.join("\n", rows.stream().map(r -> String.join("\t", r)).toList());
    }
  }
}
