package org.leakaid.scanner.corpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.leakaid.scanner.PiiType;

/**
 * Seeded generator of labelled, dump-like text: CSV/TSV files with headers, JSON lines, SQL inserts
 * (with and without column lists), application logs and Chinese prose, carrying valid personal
 * information with its expected spans, and the decoys real dumps are full of: order numbers,
 * waybills with phone-like runs, 13-digit millisecond timestamps, IDs with a wrong check character
 * or an impossible date, card numbers failing Luhn, unallocated phone prefixes, product names under
 * a "name" key, hospital and company names, version numbers and prices.
 *
 * <p>Landlines, passports, licence plates and credit codes are rarer in person dumps: a few CSV
 * files get a column of each (座机, 护照号, 车牌号, 统一社会信用代码 ...), and about one JSON, SQL, log or prose
 * line in seven is a parking, hotel-guest or company record, so the corpus stays dominated by the
 * kinds above. Their decoys: credit codes with a wrong check character, passport-shaped words glued
 * to file names or SKUs, plate-shaped codes without a province, and an area code and number inside
 * a longer digit run or glued to letters.
 *
 * <p>Span offsets are char offsets into {@link Line#text}. The same seed gives the same corpus.
 *
 * <p>The shapes live in {@link CsvFiles}, {@link RecordLines} (JSON, SQL, logs), {@link ProseLines}
 * and {@link DecoyLines}; the values in them come from {@link CorpusValues}.
 *
 * <p>Command line: {@code CorpusGenerator OUT_FILE [--bytes N] [--seed S] [--encoding
 * utf-8|gb18030] [--labels FILE]} writes about N bytes (default 10 MB) of lines, and with {@code
 * --labels} a TSV of the expected findings {@code line<TAB>type<TAB>byteStart<TAB>byteEnd} (line
 * 1-based, byte offsets within the line in the chosen encoding).
 */
public final class CorpusGenerator {

  /** An expected finding: char offsets into the line, end exclusive. */
  public record Span(PiiType type, int start, int end) {}

  /**
   * One line. {@code header} marks a CSV header line (to be given to {@code ScanSession.header});
   * {@code fileStart} marks the first line of a new file, where a previous header stops applying.
   */
  public record Line(String text, List<Span> spans, boolean header, boolean fileStart) {}

  // One Random shared by all parts: the order of their calls on it is what makes a seed's corpus.
  private final Random rnd;
  private final CorpusValues values;
  private final CsvFiles csvFiles;
  private final RecordLines records;
  private final ProseLines prose;
  private final DecoyLines decoys;

  public CorpusGenerator(long seed) {
    this.rnd = new Random(seed);
    this.values = new CorpusValues(rnd);
    this.csvFiles = new CsvFiles(rnd, values);
    this.records = new RecordLines(rnd, values);
    this.prose = new ProseLines(rnd, values);
    this.decoys = new DecoyLines(rnd, values);
  }

  /** The next block: a whole small CSV file, or one line of another format. */
  public List<Line> nextBlock() {
    int r = rnd.nextInt(100);
    if (r < 30) {
      return csvFiles.csvFile();
    }
    List<Line> out = new ArrayList<>(4);
    LineBuilder b = new LineBuilder();
    if (r < 45) {
      records.jsonLine(b);
    } else if (r < 58) {
      records.sqlLine(b);
    } else if (r < 72) {
      records.logLine(b);
    } else if (r < 90) {
      prose.proseLine(b);
    } else {
      decoys.decoyLine(b);
    }
    out.add(b.line(false, true));
    return out;
  }

  /** Lines until at least {@code minLines} have been produced. */
  public List<Line> lines(int minLines) {
    List<Line> out = new ArrayList<>(minLines + 32);
    while (out.size() < minLines) {
      out.addAll(nextBlock());
    }
    return out;
  }

  // ------------------------------------------------------------------ values

  /**
   * A valid resident ID: mostly 18 characters (lower-case x now and then), some 15-digit and
   * permits.
   */
  public String validId() {
    return values.validId();
  }

  /** An ID that fails: wrong check character, or an impossible date with a matching check. */
  public String invalidId() {
    return values.invalidId();
  }

  /** A mobile number in one of the ways people write it. */
  public String phone() {
    return values.phone();
  }

  public String phoneDigits() {
    return values.phoneDigits();
  }

  /**
   * A landline in one of the ways people write it: 010-12345678, 075512345678, (0755)12345678, 0571
   * 8888 6666, 0571 88886666, 010-1234-5678, +86 10 1234 5678, +86-755-12345678.
   */
  public String landline() {
    return values.landline();
  }

  /** An ordinary passport number: E + 8 digits, E + series letter + 7 digits, or G + 8 digits. */
  public String passport() {
    return values.passport();
  }

  /**
   * A licence plate: province, city letter, an optional separator (· or space), then five
   * characters, a new-energy number (D/F and five more, or five digits and D/F), or four digits and
   * 学/挂/港/澳.
   */
  public String plate() {
    return values.plate();
  }

  /**
   * A unified social credit code (GB 32100): kind, the registering authority's division code, an
   * organisation code (GB 11714: new ones start with MA, older ones are digits, each with its own
   * MOD 11 check character) and the MOD 31 check character.
   */
  public String uscc() {
    return values.uscc();
  }

  /** A credit code whose last character is not its check character. */
  public String invalidUscc() {
    return values.invalidUscc();
  }

  /** A card number in a known issuer range; Luhn-valid or not. */
  public String card(boolean luhnValid) {
    return values.card(luhnValid);
  }

  public String email() {
    return values.email();
  }

  public String name() {
    return values.name();
  }

  /** Province + city + county from the GB/T 2260 codes, then street and building, or village. */
  public String address() {
    return values.address();
  }

  /** Order numbers: date-led digit runs (16-20 digits), sometimes with a letter prefix. */
  public String orderNo() {
    return values.orderNo();
  }

  /** Waybills: letter-prefixed, digit-only 12-15 digits, and ones embedding a phone number. */
  public String waybill() {
    return values.waybill();
  }

  // ------------------------------------------------------------------ command line

  /** Writes about {@code targetBytes} of corpus; with {@code labels}, the expected findings. */
  public void write(Path out, long targetBytes, Charset charset, Path labels) throws IOException {
    try (OutputStream os = Files.newOutputStream(out);
        BufferedWriter lw =
            labels == null ? null : Files.newBufferedWriter(labels, StandardCharsets.UTF_8)) {
      long written = 0;
      long lineNo = 0;
      byte[] nl = {'\n'};
      while (written < targetBytes) {
        for (Line line : nextBlock()) {
          byte[] bytes = line.text().getBytes(charset);
          os.write(bytes);
          os.write(nl);
          written += bytes.length + 1;
          lineNo++;
          if (lw != null) {
            for (Span s : line.spans()) {
              int bs = line.text().substring(0, s.start()).getBytes(charset).length;
              int be = bs + line.text().substring(s.start(), s.end()).getBytes(charset).length;
              lw.write(lineNo + "\t" + s.type() + "\t" + bs + "\t" + be + "\n");
            }
          }
        }
      }
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args[0].startsWith("-")) {
      System.err.println(
          "usage: CorpusGenerator OUT_FILE [--bytes N] [--seed S] [--encoding utf-8|gb18030] [--labels FILE]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    long bytes = 10_000_000L;
    long seed = 42;
    Charset charset = StandardCharsets.UTF_8;
    Path labels = null;
    for (int i = 1; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--bytes" -> bytes = Long.parseLong(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--encoding" -> charset = Charset.forName(args[i + 1]);
        case "--labels" -> labels = Path.of(args[i + 1]);
        default -> {
          System.err.println("unknown option " + args[i]);
          System.exit(2);
        }
      }
    }
    new CorpusGenerator(seed).write(out, bytes, charset, labels);
  }

  /** Writes to a stream without labels (for tools that pipe the corpus). */
  public void write(OutputStream os, long targetBytes, Charset charset) throws IOException {
    BufferedWriter w = new BufferedWriter(new OutputStreamWriter(os, charset), 1 << 16);
    long written = 0;
    while (written < targetBytes) {
      for (Line line : nextBlock()) {
        w.write(line.text());
        w.write('\n');
        written += line.text().length() + 1; // chars; close enough for sizing
      }
    }
    w.flush();
  }
}
