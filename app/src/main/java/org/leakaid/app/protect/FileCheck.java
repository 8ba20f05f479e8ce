package org.leakaid.app.protect;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.leakaid.app.evidence.OwnIdentifierSearch;
import org.leakaid.protect.RefusedInput;
import org.leakaid.scanner.Finding;
import org.leakaid.scanner.PiiType;
import org.leakaid.scanner.ScanOptions;
import org.leakaid.scanner.dump.DumpInput;
import org.leakaid.scanner.dump.DumpMask;
import org.leakaid.scanner.dump.DumpReport;
import org.leakaid.scanner.dump.DumpScan;
import org.leakaid.scanner.dump.InputLimits;
import org.leakaid.scanner.dump.RecordCounts;
import org.leakaid.scanner.dump.Severity;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Check a file for my data": what personal information a pasted text or an uploaded file holds
 * (the scanner's summary: counts, records and severity, as {@code ./leakaid scan --format summary
 * --records}), which of the user's own identifiers occur in it and on which lines, and the file
 * masked. Everything happens in memory within the request; nothing is written to disk or kept.
 */
@Service
class FileCheck {

  /** Pasted text: more than a long chat export, less than a dump (upload those as files). */
  static final int MAX_TEXT_CHARS = 200_000;

  /** Places shown per own identifier. */
  static final int MAX_PLACES = 5;

  /** Findings hashed per look-up of the user's identifiers. */
  private static final int BATCH = 2_000;

  /** Lines of text searched for the user's names by Chinese runs, per look-up. */
  private static final int NAME_BATCH_CHARS = 32_000;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** How masked text looks. */
  enum Style {
    /** The scanner's conventions: 138****5678, ID first 6 and last 4, name first character. */
    PARTIAL,
    /** Every letter and digit of a finding starred: +** *** **** ****. */
    FULL
  }

  /** A place where an own identifier occurs: the part (sheet, file in an archive) and line. */
  record Place(String part, long line) {}

  /** One of the user's identifiers that occurs, where. */
  record OwnHit(String type, String masked, List<Place> places) {}

  /** The answer. */
  record Report(
      String name,
      long bytes,
      long lines,
      Map<PiiType, Long> counts,
      Map<PiiType, Long> distinct,
      RecordCounts records,
      Severity severity,
      boolean ownIdentifiersStored,
      List<OwnHit> own,
      boolean maskable,
      List<String> notes) {

    public long total() {
      return counts.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** A masked copy. */
  record Masked(String fileName, byte[] bytes, long findings) {}

  private final OwnIdentifierSearch own;

  FileCheck(OwnIdentifierSearch own) {
    this.own = own;
  }

  /** The text as pasted, checked as a UTF-8 file. */
  static byte[] pasted(String text) {
    if (text.length() > MAX_TEXT_CHARS) {
      throw new RefusedInput(
          RefusedInput.Reason.TOO_LARGE,
          "pasted text: at most " + MAX_TEXT_CHARS + " characters; upload longer text as a file");
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  Report check(UUID accountId, String name, byte[] bytes) {
    refuseWhatIsNotText(bytes);
    boolean stored = own.hasAny(accountId);
    List<String> notes = new ArrayList<>();
    OwnCollector collector = new OwnCollector(accountId, stored);
    DumpReport report;
    try (FindingLines sink = new FindingLines(collector)) {
      DumpScan.Options options =
          new DumpScan.Options(
              ScanOptions.defaults().types(),
              1,
              null,
              true,
              true,
              true,
              null,
              0,
              List.of(new PdfText()),
              null,
              InputLimits.DEFAULT);
      report =
          DumpScan.run(List.of(input(name, bytes)), options, sink, notes::add, new AtomicLong());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (report.files() == 0 || (report.unreadable() > 0 && report.bytes() == 0)) {
      throw new RefusedInput(
          RefusedInput.Reason.UNSUPPORTED_TYPE,
          "nothing in the file could be read as text"
              + (notes.isEmpty() ? "" : ": " + notes.get(0)));
    }
    boolean maskable = maskable(bytes);
    if (stored && maskable && bytes.length <= 4 * 1024 * 1024) {
      collector.searchNamesInText(decode(bytes));
    }
    Map<PiiType, Long> counts = new EnumMap<>(PiiType.class);
    report
        .counts()
        .forEach(
            (t, n) -> {
              if (n > 0) {
                counts.put(t, n);
              }
            });
    Map<PiiType, Long> distinct = new EnumMap<>(PiiType.class);
    report
        .distinct()
        .forEach(
            (t, n) -> {
              if (n > 0) {
                distinct.put(t, n);
              }
            });
    return new Report(
        name,
        report.bytes(),
        report.lines(),
        counts,
        distinct,
        report.records(),
        report.severity(),
        stored,
        collector.hits(),
        maskable,
        List.copyOf(notes));
  }

  /**
   * The file with every finding of {@code types} masked, in its own encoding.
   *
   * @throws RefusedInput for what cannot be masked in place (workbooks, archives, PDFs, UTF-16)
   */
  Masked mask(String name, byte[] bytes, Set<PiiType> types, Style style) {
    refuseWhatIsNotText(bytes);
    if (!maskable(bytes)) {
      throw new RefusedInput(
          RefusedInput.Reason.UNSUPPORTED_TYPE,
          "only text files (txt, csv, json, sql, log ...) in UTF-8 or GBK can be downloaded masked;"
              + " save a workbook or document as text (CSV) first");
    }
    if (types.isEmpty()) {
      throw new RefusedInput(RefusedInput.Reason.BAD_AREAS, "choose at least one type to mask");
    }
    byte[] source = bytes;
    long starred = 0;
    if (style == Style.FULL) {
      SpanCollector spans = new SpanCollector();
      try (FindingLines sink = new FindingLines(spans)) {
        DumpScan.run(
            List.of(input(name, bytes)),
            new DumpScan.Options(
                types, 1, null, true, false, false, null, 0, List.of(), null, InputLimits.DEFAULT),
            sink,
            note -> {},
            new AtomicLong());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      source = spans.starred(bytes, charsetOf(bytes));
      starred = spans.count;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(source.length + 64);
    DumpMask.Result result;
    try {
      // After FULL starring, this also masks the near misses (an ID with a wrong check character)
      // that the scan does not report but a careful person hides anyway.
      result =
          DumpMask.run(
              List.of(input(name, source)), types, null, 1, InputLimits.DEFAULT, out, note -> {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Masked(maskedName(name), out.toByteArray(), starred + result.masked());
  }

  private static DumpInput input(String name, byte[] bytes) {
    return new DumpInput(name == null ? "text" : name, null, new ByteArrayInputStream(bytes));
  }

  static String maskedName(String name) {
    String base = name == null || name.isBlank() ? "text.txt" : name;
    int dot = base.lastIndexOf('.');
    return dot > 0
        ? base.substring(0, dot) + "-masked" + base.substring(dot)
        : base + "-masked.txt";
  }

  /** Pictures, programs and other binary files have no text to check: say so at once. */
  static void refuseWhatIsNotText(byte[] b) {
    if (b.length == 0) {
      throw new RefusedInput(RefusedInput.Reason.UNSUPPORTED_TYPE, "the file is empty");
    }
    if (starts(b, 0xFF, 0xD8, 0xFF)
        || starts(b, 0x89, 'P', 'N', 'G')
        || starts(b, 'G', 'I', 'F', '8')
        || (b.length > 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p')) {
      throw new RefusedInput(
          RefusedInput.Reason.UNSUPPORTED_TYPE,
          "a picture has no text to check; to hide parts of a photo, use the waybill tool");
    }
    if (starts(b, 'M', 'Z')
        || starts(b, 0x7F, 'E', 'L', 'F')
        || starts(b, 0xCA, 0xFE, 0xBA, 0xBE)) {
      throw new RefusedInput(RefusedInput.Reason.UNSUPPORTED_TYPE, "a program, not a document");
    }
    boolean container =
        starts(b, 'P', 'K') || starts(b, 0x1F, 0x8B) || starts(b, '%', 'P', 'D', 'F');
    if (!container && !utf16(b)) {
      int n = Math.min(b.length, 8192);
      for (int i = 0; i < n; i++) {
        if (b[i] == 0) {
          throw new RefusedInput(
              RefusedInput.Reason.UNSUPPORTED_TYPE,
              "not text, a table or a document that can be read (txt, csv, xlsx, docx, pdf, zip)");
        }
      }
    }
  }

  /** Plain text in UTF-8 or GBK: masked in place. */
  static boolean maskable(byte[] b) {
    boolean container =
        starts(b, 'P', 'K') || starts(b, 0x1F, 0x8B) || starts(b, '%', 'P', 'D', 'F');
    return !container && !utf16(b) && !starts(b, 0xD0, 0xCF, 0x11, 0xE0);
  }

  private static boolean utf16(byte[] b) {
    return starts(b, 0xFF, 0xFE) || starts(b, 0xFE, 0xFF);
  }

  private static boolean starts(byte[] b, int... sig) {
    if (b.length < sig.length) {
      return false;
    }
    for (int i = 0; i < sig.length; i++) {
      if ((b[i] & 0xFF) != sig[i]) {
        return false;
      }
    }
    return true;
  }

  /** UTF-8 when the bytes are valid UTF-8, else GB18030 (which GBK files are). */
  static Charset charsetOf(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return StandardCharsets.UTF_8;
    } catch (CharacterCodingException e) {
      return Charset.forName("GB18030");
    }
  }

  static String decode(byte[] bytes) {
    return new String(bytes, charsetOf(bytes));
  }

  /** A finding as a JSON line of the scan names it. */
  private record Line(
      String path, PiiType type, long offset, long length, long line, String text) {}

  /** Splits the scan's JSON-lines output into findings as it is written: nothing accumulates. */
  private static final class FindingLines extends OutputStream {
    private final java.util.function.Consumer<Line> consumer;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);

    FindingLines(java.util.function.Consumer<Line> consumer) {
      this.consumer = consumer;
    }

    @Override
    public void write(int b) {
      if (b == '\n') {
        flushLine();
      } else {
        line.write(b);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) {
      for (int i = off; i < off + len; i++) {
        write(b[i]);
      }
    }

    private void flushLine() {
      if (line.size() == 0) {
        return;
      }
      JsonNode node = JSON.readTree(line.toByteArray());
      line.reset();
      consumer.accept(
          new Line(
              node.get("path").asString(),
              PiiType.valueOf(node.get("type").asString()),
              node.get("offset").asLong(),
              node.get("length").asLong(),
              node.get("line").asLong(),
              node.get("text").asString()));
    }

    @Override
    public void close() {
      flushLine();
      if (consumer instanceof OwnCollector c) {
        c.flush();
      }
    }
  }

  /** Byte spans of findings, to star them in place. */
  private static final class SpanCollector implements java.util.function.Consumer<Line> {
    private final List<long[]> spans = new ArrayList<>();
    long count;

    @Override
    public void accept(Line l) {
      spans.add(new long[] {l.offset(), l.length()});
    }

    byte[] starred(byte[] bytes, Charset charset) {
      spans.sort((a, b) -> Long.compare(a[0], b[0]));
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
      int copied = 0;
      for (long[] span : spans) {
        int start = (int) span[0];
        int end = (int) (span[0] + span[1]);
        if (start < copied || end > bytes.length) {
          continue;
        }
        out.write(bytes, copied, start - copied);
        String text = new String(bytes, start, end - start, charset);
        StringBuilder stars = new StringBuilder(text.length());
        text.codePoints()
            .forEach(cp -> stars.appendCodePoint(Character.isLetterOrDigit(cp) ? '*' : cp));
        out.writeBytes(stars.toString().getBytes(charset));
        copied = end;
        count++;
      }
      out.write(bytes, copied, bytes.length - copied);
      return out.toByteArray();
    }
  }

  /** Looks the findings up among the user's identifiers, in batches, and notes where they are. */
  private final class OwnCollector implements java.util.function.Consumer<Line> {
    private final UUID accountId;
    private final boolean active;
    private final List<Line> batch = new ArrayList<>();
    private final Map<String, OwnHit> hits = new LinkedHashMap<>();
    private int confirmations;

    OwnCollector(UUID accountId, boolean active) {
      this.accountId = accountId;
      this.active = active;
    }

    @Override
    public void accept(Line l) {
      if (!active) {
        return;
      }
      batch.add(l);
      if (batch.size() >= BATCH) {
        flush();
      }
    }

    void flush() {
      if (batch.isEmpty()) {
        return;
      }
      List<Finding> findings = batch.stream().map(FileCheck::finding).toList();
      StringBuilder names = new StringBuilder();
      batch.stream()
          .filter(l -> l.type() == PiiType.PERSON_NAME)
          .forEach(l -> names.append(l.text()).append('\n'));
      List<OwnIdentifierSearch.Hit> found = own.in(accountId, names.toString(), findings);
      for (OwnIdentifierSearch.Hit hit : found) {
        OwnHit entry = entry(hit);
        for (Line l : batch) {
          if (entry.places().size() >= MAX_PLACES || confirmations > 500) {
            break;
          }
          if (l.type().name().equals(hit.type())
              || (hit.type().equals("PERSON_NAME") && l.type() == PiiType.PERSON_NAME)) {
            confirmations++;
            String text = l.type() == PiiType.PERSON_NAME ? l.text() : "";
            if (own.in(accountId, text, List.of(finding(l))).contains(hit)) {
              entry.places().add(new Place(part(l.path()), l.line()));
            }
          }
        }
      }
      batch.clear();
    }

    /** Names that the scanner did not tag (张伟您好): every Chinese run, as quick capture does. */
    void searchNamesInText(String text) {
      String[] lines = text.split("\r?\n|\r", -1);
      int from = 0;
      while (from < lines.length) {
        int to = from;
        int chars = 0;
        StringBuilder block = new StringBuilder();
        while (to < lines.length && chars < NAME_BATCH_CHARS) {
          block.append(lines[to]).append('\n');
          chars += lines[to].length() + 1;
          to++;
        }
        for (OwnIdentifierSearch.Hit hit : own.in(accountId, block.toString(), List.of())) {
          if (!hit.type().equals("PERSON_NAME")) {
            continue;
          }
          OwnHit entry = entry(hit);
          char first = hit.masked().charAt(0);
          for (int i = from;
              i < to && entry.places().size() < MAX_PLACES && confirmations < 500;
              i++) {
            Place place = new Place(null, i + 1L);
            if (lines[i].indexOf(first) >= 0 && !entry.places().contains(place)) {
              confirmations++;
              if (own.in(accountId, lines[i], List.of()).contains(hit)) {
                entry.places().add(place);
              }
            }
          }
        }
        from = to;
      }
    }

    private OwnHit entry(OwnIdentifierSearch.Hit hit) {
      return hits.computeIfAbsent(
          hit.type() + "\u0000" + hit.masked(),
          k -> new OwnHit(hit.type(), hit.masked(), new ArrayList<>()));
    }

    List<OwnHit> hits() {
      return hits.values().stream()
          .map(
              h ->
                  new OwnHit(
                      h.type(),
                      h.masked(),
                      h.places().stream()
                          .sorted((a, b) -> Long.compare(a.line(), b.line()))
                          .toList()))
          .toList();
    }
  }

  private static Finding finding(Line l) {
    return new Finding(l.type(), 0, l.text().length(), l.text(), 1f);
  }

  /** The part of a file a finding is in ("members.xlsx!/会员" -> "会员"), null for the file itself. */
  private static String part(String path) {
    int bang = path.indexOf("!/");
    return bang < 0 ? null : path.substring(bang + 2);
  }

  static Set<PiiType> allTypes() {
    return EnumSet.allOf(PiiType.class);
  }
}
