package org.leakaid.scanner.dump;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.leakaid.scanner.Masker;
import org.leakaid.scanner.PiiType;
import org.leakaid.scanner.ScanOptions;
import org.leakaid.scanner.TextEncoding;
import org.leakaid.scanner.corpus.CorpusGenerator;

/**
 * Lines too long to scan whole (a dump on one line: a JSON array, an INSERT of millions of rows)
 * are read in overlapping pieces. Whatever the piece size, scan, mask and the record counts must
 * come out as if the line had been read in one piece: no finding lost or doubled at a cut, with the
 * identifiers put exactly across the cuts. The piece size is set small here ({@link
 * InputLimits#longLineBytes}); a line of this size is scanned whole by default, which gives the
 * expected output.
 */
class LongLineTest {
  @TempDir Path dir;

  private static final int PIECE = 2048;
  private static final InputLimits PIECES = InputLimits.DEFAULT.withLongLineBytes(PIECE);

  private final List<String> notes = new ArrayList<>();

  private String scan(Path file, InputLimits limits, boolean summary) throws IOException {
    DumpScan.Options options =
        new DumpScan.Options(
            ScanOptions.defaults().types(),
            2,
            null,
            !summary,
            summary,
            summary,
            null,
            0,
            List.of(),
            null,
            limits);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DumpReport report =
        DumpScan.run(
            List.of(new DumpInput(file.toString(), file, null)),
            options,
            out,
            notes::add,
            new AtomicLong());
    if (summary) {
      // Everything but the time taken.
      String json = new String(report.toJson(false).toArray(), UTF_8);
      return json.replaceAll("\"seconds\":[0-9.]+,", "");
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private byte[] mask(Path file, InputLimits limits) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DumpMask.run(
        List.of(new DumpInput(file.toString(), file, null)),
        ScanOptions.defaults().types(),
        null,
        2,
        limits,
        out,
        notes::add);
    return out.toByteArray();
  }

  /** Where the pipeline cuts {@code file}'s long lines into pieces: input offsets of the cuts. */
  private Set<Long> cuts(Path file, InputLimits limits) throws IOException {
    Set<Long> cuts = new TreeSet<>();
    ChunkPipeline p =
        new ChunkPipeline(1, 1 << 20, null, List.of(), limits, notes::add, new AtomicLong());
    p.run(
        List.of(new DumpInput(file.toString(), file, null)),
        () -> chunk -> chunk.continues ? chunk.offset + chunk.to : -1L,
        (chunk, cut) -> {
          if (cut >= 0) {
            cuts.add(cut);
          }
        });
    return cuts;
  }

  private static final Pattern FINDING =
      Pattern.compile("\"type\":\"(\\w+)\",\"offset\":(\\d+),\"length\":(\\d+)");

  /**
   * Records glued by full-width punctuation only: no byte of the line is a separator the cut could
   * prefer, so the cuts fall where the piece size puts them, and {@code shift} characters before
   * the records move every identifier across them.
   */
  private static String gluedRecords(int shift, int records) {
    CorpusGenerator values = new CorpusGenerator(17);
    StringBuilder line = new StringBuilder("开头" + "a".repeat(shift));
    for (int i = 0; i < records; i++) {
      String id;
      do {
        id = values.validId();
      } while (id.length() != 18 || Character.isLowerCase(id.charAt(17)));
      line.append("姓名：")
          .append(values.name())
          .append("，手机")
          .append(values.phoneDigits())
          .append("，身份证号")
          .append(id)
          .append("，银行卡号")
          .append(values.card(true))
          .append("；");
    }
    return "第一行 13912345678\n" + line + "\n最后一行 13812345678\n";
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void identifiersPutAcrossTheCutsAreFoundOnceAsInTheWholeLine(TextEncoding enc)
      throws IOException {
    Charset charset = Charset.forName(enc == TextEncoding.UTF_8 ? "UTF-8" : "GB18030");
    // Where a cut falls inside a finding, by type: the offsets into the finding seen.
    java.util.Map<String, Set<Integer>> across = new java.util.TreeMap<>();
    // A record is about 100 bytes: shifting by one byte up to that moves it across every cut.
    for (int shift = 0; shift < 110; shift++) {
      Path f = dir.resolve("glued-" + enc + "-" + shift + ".txt");
      Files.write(f, gluedRecords(shift, 40).getBytes(charset));
      String whole = scan(f, InputLimits.DEFAULT, false);
      assertThat(whole.lines().filter(l -> l.contains("CN_RESIDENT_ID"))).hasSize(40);
      assertThat(whole.lines().filter(l -> l.contains("PERSON_NAME"))).hasSize(40);

      assertThat(scan(f, PIECES, false)).isEqualTo(whole);
      if (shift % 10 == 0) {
        assertThat(mask(f, PIECES)).isEqualTo(mask(f, InputLimits.DEFAULT));
        assertThat(scan(f, PIECES, true)).isEqualTo(scan(f, InputLimits.DEFAULT, true));
      }

      Set<Long> cuts = cuts(f, PIECES);
      assertThat(cuts).hasSizeGreaterThanOrEqualTo(2);
      Matcher m = FINDING.matcher(whole);
      while (m.find()) {
        long start = Long.parseLong(m.group(2));
        long end = start + Long.parseLong(m.group(3));
        for (long cut : cuts) {
          if (cut > start && cut < end) {
            across.computeIfAbsent(m.group(1), t -> new TreeSet<>()).add((int) (cut - start));
          }
        }
      }
    }
    // Every type was cut, and phones, ID numbers and cards at every digit.
    assertThat(across).containsKeys("PERSON_NAME", "CN_MOBILE", "CN_RESIDENT_ID", "BANK_CARD");
    assertThat(across.get("CN_MOBILE")).containsAll(range(1, 10));
    assertThat(across.get("CN_RESIDENT_ID")).containsAll(range(1, 17));
    assertThat(notes).isEmpty();
  }

  private static List<Integer> range(int from, int to) {
    List<Integer> r = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      r.add(i);
    }
    return r;
  }

  enum Shape {
    JSON_ARRAY(
        i ->
            (i == 0 ? "[" : ",")
                + "{\"name\":\"%NAME\",\"id\":\"%ID\",\"tel\":\"%PHONE\",\"card\":\"%CARD\","
                + "\"mail\":\"%MAIL\",\"addr\":\"%ADDR\"}",
        "]"),
    INSERT_WITH_COLUMNS(
        i ->
            (i == 0
                    ? "INSERT INTO `users` (`id`,`name`,`id_card`,`mobile`,`address`) VALUES "
                    : ",")
                + "("
                + i
                + ",'%NAME','%ID','%PHONE','%ADDR')",
        ";"),
    INSERT_WITHOUT_COLUMNS(
        i -> (i == 0 ? "INSERT INTO `users` VALUES " : ",") + "(" + i + ",'%NAME','%ID','%PHONE')",
        ";"),
    LABELLED_TEXT(i -> "收件人：%NAME，电话：+86 %PHONE，身份证：%ID，邮箱 %MAIL，地址：%ADDR。", ""),
    TAB_SEPARATED(i -> "%PHONE3\t%ID\t%CARD\t%NAME\t", "");

    final IntFunction<String> record;
    final String end;

    Shape(IntFunction<String> record, String end) {
      this.record = record;
      this.end = end;
    }

    String line(int records, long seed) {
      CorpusGenerator values = new CorpusGenerator(seed);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < records; i++) {
        String phone = values.phoneDigits();
        b.append(
            record
                .apply(i)
                .replace("%NAME", values.name())
                .replace("%ID", values.validId())
                .replace(
                    "%PHONE3",
                    phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7))
                .replace("%PHONE", phone)
                .replace("%CARD", values.card(true))
                .replace("%MAIL", values.email())
                .replace("%ADDR", values.address()));
      }
      return b.append(end).toString();
    }
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void everyShapeOfLongLineIsScannedMaskedAndCountedAsIfWhole(Shape shape) throws IOException {
    for (TextEncoding enc : TextEncoding.values()) {
      Charset charset = Charset.forName(enc == TextEncoding.UTF_8 ? "UTF-8" : "GB18030");
      Path f = dir.resolve(shape + "-" + enc + ".txt");
      String text = "序号,备注\n" + shape.line(400, shape.ordinal()) + "\n尾行 13812345678\n";
      Files.write(f, text.getBytes(charset));
      assertThat(cuts(f, PIECES)).hasSizeGreaterThan(5);
      String whole = scan(f, InputLimits.DEFAULT, false);
      assertThat(whole.lines().count()).isGreaterThan(400);
      assertThat(scan(f, PIECES, false)).as(shape + " " + enc).isEqualTo(whole);
      assertThat(mask(f, PIECES)).isEqualTo(mask(f, InputLimits.DEFAULT));
      assertThat(scan(f, PIECES, true)).isEqualTo(scan(f, InputLimits.DEFAULT, true));
    }
    assertThat(notes).isEmpty();
  }

  @Test
  void aDumpOnOneLineKeepsEveryIdAndItsOneName() throws IOException {
    // The probe's 2 GB line, small: the same person's name in every record, a new ID in each.
    CorpusGenerator values = new CorpusGenerator(3);
    StringBuilder line = new StringBuilder("[");
    int records = 3000;
    for (int i = 0; i < records; i++) {
      String id;
      do {
        id = values.validId();
      } while (id.length() != 18);
      line.append(i == 0 ? "" : ",").append("{\"姓名\":\"欧阳娜娜\",\"身份证\":\"").append(id).append("\"}");
    }
    Path f = Files.writeString(dir.resolve("one-line.json"), line.append("]\n"));
    String summary = scan(f, PIECES, true);
    assertThat(cuts(f, PIECES)).hasSizeGreaterThan(20);
    assertThat(summary)
        .contains("\"CN_RESIDENT_ID\":" + records + ",")
        .contains("\"PERSON_NAME\":" + records + ",")
        .containsPattern("\"distinct\":\\{[^}]*\"PERSON_NAME\":1,")
        .contains("\"total\":" + records + ",");
  }

  /**
   * Issue 17's long line: 500,000 phones and as many names on one 19 MB line, scanned and masked in
   * full. The names come from a later pass than the phones, so their findings arrive out of order;
   * sorting them by insertion took about an hour. The timeout only keeps a regression from hanging
   * the build (this takes seconds); speed is measured in benchmarks/.
   */
  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void aTwentyMegabyteLineWithHalfAMillionPhonesIsScannedAndMaskedInFull() throws IOException {
    int records = 500_000;
    CorpusGenerator values = new CorpusGenerator(20);
    String[] phones = new String[records];
    Path f = dir.resolve("twenty.json");
    Path expected = dir.resolve("twenty-masked.json");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(f));
        OutputStream masked = new BufferedOutputStream(Files.newOutputStream(expected))) {
      for (int i = 0; i < records; i++) {
        phones[i] = values.phoneDigits();
        String before = (i == 0 ? "[" : ",") + "{\"name\":\"";
        out.write((before + "张伟\",\"tel\":\"" + phones[i] + "\"}").getBytes(UTF_8));
        String maskedPhone = Masker.mask(PiiType.CN_MOBILE, phones[i]);
        masked.write((before + "张*\",\"tel\":\"" + maskedPhone + "\"}").getBytes(UTF_8));
      }
      out.write("]\n".getBytes(UTF_8));
      masked.write("]\n".getBytes(UTF_8));
    }
    assertThat(Files.size(f)).isGreaterThan(18_000_000);

    Path jsonl = dir.resolve("twenty.jsonl");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(jsonl))) {
      DumpScan.run(
          List.of(new DumpInput("twenty.json", f, null)),
          new DumpScan.Options(
              ScanOptions.defaults().types(),
              2,
              null,
              true,
              false,
              false,
              null,
              0,
              List.of(),
              null,
              InputLimits.DEFAULT),
          out,
          notes::add,
          new AtomicLong());
    }
    int phone = 0;
    int names = 0;
    long last = -1;
    try (java.io.BufferedReader in = Files.newBufferedReader(jsonl)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        Matcher m = FINDING.matcher(line);
        assertThat(m.find()).isTrue();
        long offset = Long.parseLong(m.group(2));
        assertThat(offset).isGreaterThan(last); // in the order they appear
        last = offset;
        if (m.group(1).equals("CN_MOBILE")) {
          assertThat(line).contains("\"text\":\"" + phones[phone++] + "\"");
        } else {
          assertThat(line).contains("\"type\":\"PERSON_NAME\"", "\"text\":\"张伟\"");
          names++;
        }
      }
    }
    assertThat(phone).isEqualTo(records);
    assertThat(names).isEqualTo(records);

    Path masked = dir.resolve("masked.json");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(masked))) {
      DumpMask.run(
          List.of(new DumpInput("twenty.json", f, null)),
          ScanOptions.defaults().types(),
          null,
          2,
          InputLimits.DEFAULT,
          out,
          notes::add);
    }
    assertThat(Files.mismatch(masked, expected)).isEqualTo(-1);
    assertThat(notes).isEmpty();
  }
}
