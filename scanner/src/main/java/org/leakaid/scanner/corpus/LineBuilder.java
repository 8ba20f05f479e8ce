package org.leakaid.scanner.corpus;

import java.util.ArrayList;
import java.util.List;
import org.leakaid.scanner.PiiType;
import org.leakaid.scanner.corpus.CorpusGenerator.Line;
import org.leakaid.scanner.corpus.CorpusGenerator.Span;

/** Builds a line's text while recording where the expected findings are. */
final class LineBuilder {
  private final StringBuilder sb = new StringBuilder(160);
  private final List<Span> spans = new ArrayList<>(6);

  LineBuilder text(String s) {
    sb.append(s);
    return this;
  }

  LineBuilder pii(PiiType type, String s) {
    int start = sb.length();
    sb.append(s);
    spans.add(new Span(type, start, sb.length()));
    return this;
  }

  Line line(boolean header, boolean fileStart) {
    return new Line(sb.toString(), List.copyOf(spans), header, fileStart);
  }
}
