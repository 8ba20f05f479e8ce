package org.leakaid.scanner.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.leakaid.scanner.TextEncoding;

class ChunkPipelineTest {
  @TempDir Path dir;

  /** A line as the pipeline delivered it: input, absolute offset, 1-based line number, text. */
  record Line(String label, long offset, long number, String text, TextEncoding enc) {}

  private final List<String> notes = new ArrayList<>();

  private List<Line> read(List<DumpInput> inputs, int threads, int chunkBytes) throws IOException {
    List<Line> lines = new ArrayList<>();
    ChunkPipeline p = new ChunkPipeline(threads, chunkBytes, null, notes::add, new AtomicLong());
    long[] base = new long[1];
    p.run(
        inputs,
        () ->
            chunk -> {
              List<Line> local = new ArrayList<>();
              int pos = 0;
              long n = 0;
              while (pos < chunk.length) {
                int nl = chunk.nextLineEnd(pos); // listed by the header search, or searched
                int end = nl < 0 ? chunk.length : nl;
                local.add(
                    new Line(
                        chunk.source.label,
                        chunk.offset + pos,
                        n,
                        new String(chunk.buf, pos, end - pos, chunk.source.charset()),
                        chunk.source.encoding));
                if (nl < 0) {
                  break;
                }
                n++;
                pos = nl + 1;
              }
              return new Object[] {local, n};
            },
        (chunk, result) -> {
          if (chunk.first) {
            base[0] = 0;
          }
          @SuppressWarnings("unchecked")
          List<Line> local = (List<Line>) result[0];
          for (Line l : local) {
            lines.add(new Line(l.label(), l.offset(), base[0] + l.number() + 1, l.text(), l.enc()));
          }
          base[0] += (long) result[1];
        });
    return lines;
  }

  private static String randomText(long seed, int lines) {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      int len = r.nextInt(10) == 0 ? 300 + r.nextInt(400) : r.nextInt(60);
      for (int k = 0; k < len; k++) {
        b.append(r.nextInt(4) == 0 ? '张' : (char) ('a' + r.nextInt(26)));
      }
      b.append('\n');
    }
    return b.toString();
  }

  @Test
  void smallChunksAndManyThreadsDeliverEveryLineOnceWithTheRightOffsetAndNumber()
      throws IOException {
    String text = randomText(7, 2000) + "last line without newline";
    Path f = dir.resolve("a.txt");
    Files.writeString(f, text);
    List<Line> expected = read(List.of(new DumpInput("a", f, null)), 1, 1 << 20);
    assertThat(expected).hasSize(2001);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (Line l : expected) {
      byte[] lineBytes = l.text().getBytes(StandardCharsets.UTF_8);
      assertThat(
              java.util.Arrays.copyOfRange(
                  bytes, (int) l.offset(), (int) l.offset() + lineBytes.length))
          .isEqualTo(lineBytes);
    }
    assertThat(expected.get(2000).number()).isEqualTo(2001);
    for (int threads : new int[] {ChunkPipeline.ON_CALLER, 1, 2, 4}) {
      assertThat(read(List.of(new DumpInput("a", f, null)), threads, 64)).isEqualTo(expected);
    }
  }

  @Test
  void linesTooShortToListAreStillDeliveredEveryOne() throws IOException {
    // Under 16 bytes a line on average: the header search stops listing line ends and the
    // worker searches for them itself, from the first chunk on or part-way through one.
    String text = "x\n".repeat(5000) + randomText(3, 300) + "13812345678\n".repeat(3000);
    Path f = dir.resolve("short.txt");
    Files.writeString(f, text);
    for (int chunkBytes : new int[] {1 << 20, 4096, 64}) {
      List<Line> lines = read(List.of(new DumpInput("s", f, null)), 2, chunkBytes);
      assertThat(lines).hasSize(8300);
      assertThat(lines.get(0).text()).isEqualTo("x");
      assertThat(lines.get(8299).text()).isEqualTo("13812345678");
      assertThat(lines.get(8299).offset())
          .isEqualTo(text.getBytes(StandardCharsets.UTF_8).length - 12);
    }
  }

  /** A chunk as a worker saw it: where it sits in the input, its own part and its flags. */
  record Piece(
      long offset,
      int from,
      int to,
      int length,
      boolean continued,
      boolean continues,
      byte[] view) {}

  private List<Piece> pieces(Path file, InputLimits limits) throws IOException {
    List<Piece> seen = new ArrayList<>();
    ChunkPipeline p =
        new ChunkPipeline(2, 1 << 20, null, List.of(), limits, notes::add, new AtomicLong());
    p.run(
        List.of(new DumpInput(file.toString(), file, null)),
        () ->
            chunk ->
                new Piece(
                    chunk.offset,
                    chunk.from,
                    chunk.to,
                    chunk.length,
                    chunk.continued,
                    chunk.continues,
                    java.util.Arrays.copyOf(chunk.buf, chunk.length)),
        (chunk, piece) -> seen.add(piece));
    return seen;
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void aLineLongerThanThePieceSizeComesInOverlappingPiecesWhoseOwnPartsTileIt(TextEncoding enc)
      throws IOException {
    // Words with separators, then runs of Chinese text longer than a piece's search for a
    // separator, so that some cuts fall between characters of either encoding.
    StringBuilder line = new StringBuilder();
    Random r = new Random(5);
    while (line.length() < 40_000) {
      if (r.nextInt(4) == 0) {
        line.append("中文没有分隔符的长段落".repeat(200));
      } else {
        line.append("word").append(r.nextInt(1000)).append(r.nextBoolean() ? ", " : "\t");
      }
    }
    Charset charset = Charset.forName(enc == TextEncoding.UTF_8 ? "UTF-8" : "GB18030");
    byte[] text = (line + "\nnext\n").getBytes(charset);
    Path f = dir.resolve("long-" + enc + ".txt");
    Files.write(f, text);
    java.util.BitSet starts = new java.util.BitSet(); // where characters start
    for (int i = 0; i < text.length; i += IdentifierKeys.width(text, i, text.length, enc)) {
      starts.set(i);
    }

    List<Piece> pieces = pieces(f, InputLimits.DEFAULT.withLongLineBytes(4096));

    assertThat(pieces.size()).isGreaterThan(10);
    ByteArrayOutputStream own = new ByteArrayOutputStream();
    for (int i = 0; i < pieces.size(); i++) {
      Piece p = pieces.get(i);
      own.write(p.view(), p.from(), p.to() - p.from());
      assertThat(p.continued()).isEqualTo(i > 0);
      assertThat(p.continues()).isEqualTo(i < pieces.size() - 1);
      if (p.continued()) {
        assertThat(p.from()).as("context before the cut").isGreaterThanOrEqualTo(1024);
      }
      if (p.continues()) {
        assertThat(p.length() - p.to()).as("context after the cut").isGreaterThanOrEqualTo(1024);
        assertThat(p.view()).doesNotContain((byte) '\n');
        assertThat(starts.get((int) p.offset() + p.to())).as("a cut starts a character").isTrue();
      }
      assertThat(starts.get((int) p.offset())).as("a view starts a character").isTrue();
      assertThat(p.view())
          .isEqualTo(
              java.util.Arrays.copyOfRange(text, (int) p.offset(), (int) p.offset() + p.length()));
    }
    assertThat(own.toByteArray()).isEqualTo(text);
    assertThat(notes).isEmpty();
  }

  @Test
  void readsGzipZipAndStdinTransparently() throws IOException {
    String text = "第一行\n第二行\n";
    Path gz = dir.resolve("x.txt.gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
      o.write(text.getBytes(StandardCharsets.UTF_8));
    }
    Path zip = dir.resolve("x.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      z.putNextEntry(new ZipEntry("dir/"));
      z.putNextEntry(new ZipEntry("dir/one.csv"));
      z.write("one\n".getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("two.csv"));
      z.write(text.getBytes(Charset.forName("GBK")));
    }
    ByteArrayOutputStream gzStdin = new ByteArrayOutputStream();
    try (OutputStream o = new GZIPOutputStream(gzStdin)) {
      o.write("from stdin\n".getBytes(StandardCharsets.UTF_8));
    }
    List<Line> lines =
        read(
            List.of(
                new DumpInput("x.txt.gz", gz, null),
                new DumpInput("x.zip", zip, null),
                DumpInput.ofStdin(new ByteArrayInputStream(gzStdin.toByteArray()))),
            2,
            64);
    assertThat(lines)
        .extracting(Line::label, Line::offset, Line::number, Line::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("x.txt.gz", 0L, 1L, "第一行"),
            org.assertj.core.groups.Tuple.tuple("x.txt.gz", 10L, 2L, "第二行"),
            org.assertj.core.groups.Tuple.tuple("x.zip!/dir/one.csv", 0L, 1L, "one"),
            org.assertj.core.groups.Tuple.tuple("x.zip!/two.csv", 0L, 1L, "第一行"),
            org.assertj.core.groups.Tuple.tuple("x.zip!/two.csv", 7L, 2L, "第二行"),
            org.assertj.core.groups.Tuple.tuple("-", 0L, 1L, "from stdin"));
    assertThat(lines.get(3).enc()).isEqualTo(TextEncoding.GB18030);
    assertThat(notes).isEmpty();
  }

  /**
   * A backup as people pack one: a .tar.gz (written by Commons Compress, as GNU tar and pax write
   * them) with a directory, a symbolic link, a name too long for the header in each of the two
   * long-name formats, a .sql.gz and a zip inside; each file is read as if it stood alone.
   */
  @Test
  void readsTheFilesOfATarOrTarGzOneByOneWhateverHoldsTheirNames() throws IOException {
    String longDir = "备份/" + "很长的目录名".repeat(8) + "/";
    Path tgz = dir.resolve("backup.tar.gz");
    try (TarArchiveOutputStream tar =
        new TarArchiveOutputStream(new GZIPOutputStream(Files.newOutputStream(tgz)))) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_GNU);
      tar.putArchiveEntry(new TarArchiveEntry("备份/"));
      tar.closeArchiveEntry();
      TarArchiveEntry link = new TarArchiveEntry("备份/latest", TarArchiveEntry.LF_SYMLINK);
      link.setLinkName("users.csv");
      tar.putArchiveEntry(link);
      tar.closeArchiveEntry();
      put(tar, longDir + "users.csv", "姓名,手机\n张三,13812345678\n".getBytes(StandardCharsets.UTF_8));
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      put(tar, longDir + "gbk.txt", "第一行\n".getBytes(Charset.forName("GBK")));
      ByteArrayOutputStream sql = new ByteArrayOutputStream();
      try (OutputStream o = new GZIPOutputStream(sql)) {
        o.write("INSERT INTO t VALUES (1);\n".getBytes(StandardCharsets.UTF_8));
      }
      put(tar, "db.sql.gz", sql.toByteArray());
      ByteArrayOutputStream zip = new ByteArrayOutputStream();
      try (ZipOutputStream z = new ZipOutputStream(zip)) {
        z.putNextEntry(new ZipEntry("inner.txt"));
        z.write("zipped\n".getBytes(StandardCharsets.UTF_8));
      }
      put(tar, "more.zip", zip.toByteArray());
      put(tar, "empty.txt", new byte[0]);
    }

    List<Line> lines = read(List.of(new DumpInput("backup.tar.gz", tgz, null)), 2, 64);

    assertThat(lines)
        .extracting(Line::label, Line::offset, Line::number, Line::text)
        .containsExactly(
            tuple("backup.tar.gz!/" + longDir + "users.csv", 0L, 1L, "姓名,手机"),
            tuple("backup.tar.gz!/" + longDir + "users.csv", 14L, 2L, "张三,13812345678"),
            tuple("backup.tar.gz!/" + longDir + "gbk.txt", 0L, 1L, "第一行"),
            tuple("backup.tar.gz!/db.sql.gz", 0L, 1L, "INSERT INTO t VALUES (1);"),
            tuple("backup.tar.gz!/more.zip!/inner.txt", 0L, 1L, "zipped"));
    assertThat(lines.get(2).enc()).isEqualTo(TextEncoding.GB18030);
    assertThat(notes).isEmpty();
  }

  /**
   * Leaked spreadsheets are passed around zipped: a workbook inside a zip, a tar or a zip on stdin
   * is read by rows too (a zip from a stream is copied to a temporary file, which is gone after).
   */
  @Test
  void aWorkbookInsideAnArchiveOrOnStdinIsReadByRows() throws IOException {
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      org.apache.poi.ss.usermodel.Row row = book.createSheet("客户").createRow(0);
      row.createCell(0).setCellValue("张三");
      row.createCell(1).setCellValue(13812345678d);
      book.write(xlsx);
    }
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      z.putNextEntry(new ZipEntry("名单/客户.xlsx"));
      z.write(xlsx.toByteArray());
    }
    Path zipFile = dir.resolve("outer.zip");
    Files.write(zipFile, zip.toByteArray());
    Path tarFile = dir.resolve("outer.tar");
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(Files.newOutputStream(tarFile))) {
      put(tar, "客户.xlsx", xlsx.toByteArray());
    }
    long tempsBefore = leakaidTempFiles();

    List<Line> lines =
        read(
            List.of(
                new DumpInput("outer.zip", zipFile, null),
                new DumpInput("outer.tar", tarFile, null),
                DumpInput.ofStdin(new ByteArrayInputStream(zip.toByteArray()))),
            2,
            64);

    assertThat(lines)
        .extracting(Line::label, Line::text)
        .containsExactly(
            tuple("outer.zip!/名单/客户.xlsx!/客户", "张三\t13812345678"),
            tuple("outer.tar!/客户.xlsx!/客户", "张三\t13812345678"),
            tuple("-!/名单/客户.xlsx!/客户", "张三\t13812345678"));
    assertThat(notes).isEmpty();
    assertThat(leakaidTempFiles()).isEqualTo(tempsBefore);
  }

  @Test
  void aWordDocumentIsReadAsItsParagraphsAndTableRows() throws IOException {
    Path docx = dir.resolve("名单.docx");
    try (org.apache.poi.xwpf.usermodel.XWPFDocument doc =
            new org.apache.poi.xwpf.usermodel.XWPFDocument();
        OutputStream out = Files.newOutputStream(docx)) {
      doc.createParagraph().createRun().setText("名单");
      org.apache.poi.xwpf.usermodel.XWPFTable table = doc.createTable(1, 2);
      table.getRow(0).getCell(0).setText("张三");
      table.getRow(0).getCell(1).setText("13812345678");
      doc.write(out);
    }
    assertThat(read(List.of(new DumpInput("名单.docx", docx, null)), 1, 64))
        .extracting(Line::label, Line::number, Line::text)
        .containsExactly(tuple("名单.docx", 1L, "名单"), tuple("名单.docx", 2L, "张三\t13812345678"));
  }

  private static long leakaidTempFiles() throws IOException {
    try (java.util.stream.Stream<Path> files =
        Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(f -> f.getFileName().toString().startsWith("leakaid-zip-")).count();
    }
  }

  @Test
  void aTarWithABrokenHeaderOrCutShortIsNamedAsUnreadable() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      put(tar, "a.txt", "13812345678\n".repeat(100).getBytes(StandardCharsets.UTF_8));
    }
    byte[] good = bytes.toByteArray();
    byte[] badChecksum = good.clone();
    badChecksum[0] = 'b'; // the name changes, the checksum does not
    Path bad = dir.resolve("bad.tar");
    Files.write(bad, badChecksum);
    Path cut = dir.resolve("cut.tar");
    Files.write(cut, java.util.Arrays.copyOf(good, 700));
    ChunkPipeline p = new ChunkPipeline(1, 64, null, notes::add, new AtomicLong());
    p.run(
        List.of(new DumpInput("bad.tar", bad, null), new DumpInput("cut.tar", cut, null)),
        () -> chunk -> chunk.source.label,
        (chunk, label) -> {});
    assertThat(p.unreadableInputs()).isEqualTo(2);
    assertThat(notes)
        .containsExactly(
            "cannot read bad.tar: not a readable tar archive (a header's checksum is wrong)",
            "cannot read cut.tar: not a readable tar archive (it ends inside a file)");
  }

  private static void put(TarArchiveOutputStream tar, String name, byte[] data) throws IOException {
    TarArchiveEntry e = new TarArchiveEntry(name);
    e.setSize(data.length);
    tar.putArchiveEntry(e);
    tar.write(data);
    tar.closeArchiveEntry();
  }

  @Test
  void skipsBinaryFilesWithANoteAndReadsEmptyFiles() throws IOException {
    Path bin = dir.resolve("photo.jpg");
    Files.write(bin, new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 1, 2, '\n', 'x'});
    Path empty = dir.resolve("empty.txt");
    Files.write(empty, new byte[0]);
    List<Line> lines =
        read(
            List.of(new DumpInput("photo.jpg", bin, null), new DumpInput("empty.txt", empty, null)),
            2,
            64);
    assertThat(lines).isEmpty();
    assertThat(notes).containsExactly("skipped binary file: photo.jpg");
  }

  @Test
  void archivesAndDocumentsItDoesNotOpenAreNamedWithWhatToDo() throws IOException {
    Path bz2 = dir.resolve("a.csv.bz2");
    Files.write(bz2, new byte[] {'B', 'Z', 'h', '9', 0x31, 0x41, 0x59, 0x26});
    Path rar = dir.resolve("名单.rar");
    Files.write(rar, new byte[] {'R', 'a', 'r', '!', 0x1A, 0x07, 1, 0});
    Path xls = dir.resolve("old.xls");
    Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1});
    Files.write(xls, new byte[] {(byte) 0xB1, 0x1A, (byte) 0xE1, 0}, StandardOpenOption.APPEND);
    Path encrypted = dir.resolve("pw.zip");
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      z.putNextEntry(new ZipEntry("a.csv"));
      z.write("13812345678\n".getBytes(StandardCharsets.UTF_8));
    }
    byte[] bytes = zip.toByteArray();
    for (int i = 0; i + 4 <= bytes.length; i++) {
      if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2) {
        bytes[i + 8] |= 1; // the central directory's "encrypted" flag, as zip -P sets it
      }
    }
    Files.write(encrypted, bytes);

    read(
        List.of(
            new DumpInput("a.csv.bz2", bz2, null),
            new DumpInput("名单.rar", rar, null),
            new DumpInput("old.xls", xls, null),
            new DumpInput("pw.zip", encrypted, null)),
        1,
        64);

    assertThat(notes)
        .containsExactly(
            "skipped bzip2 file (unpack it first: bunzip2 -k): a.csv.bz2",
            "skipped RAR archive (unpack it first: unrar x): 名单.rar",
            "skipped Office 97-2003 document, such as an .xls (save it as .xlsx or CSV): old.xls",
            "cannot read pw.zip: an encrypted zip archive: unpack it with its password first"
                + " (unzip -P PASSWORD)");
  }

  @Test
  void utf16IsReadAsUtf8AndAUtf8BomStaysOutOfTheHeader() throws IOException {
    // Excel's "Unicode text": UTF-16LE with a byte-order mark, tab-separated; a character outside
    // the BMP (𠀀, a surrogate pair) crosses the decoder's buffer somewhere in 5,000 lines.
    StringBuilder text = new StringBuilder("\uFEFF姓名\t手机\n");
    for (int i = 0; i < 5000; i++) {
      text.append("张𠀀").append(i).append("\t13812345678\n");
    }
    Path utf16 = dir.resolve("export.txt");
    Files.write(utf16, text.toString().getBytes(StandardCharsets.UTF_16LE));
    Path bom = dir.resolve("bom.csv");
    Files.write(bom, "\uFEFF姓名,手机\n张三,13812345678\n".getBytes(StandardCharsets.UTF_8));

    List<Line> lines =
        read(
            List.of(new DumpInput("export.txt", utf16, null), new DumpInput("bom.csv", bom, null)),
            2,
            4096);

    assertThat(notes)
        .containsExactly(
            "read UTF-16 text as UTF-8 (offsets are bytes of its UTF-8 form): export.txt");
    assertThat(lines).hasSize(5003);
    assertThat(lines.get(0).text()).isEqualTo("姓名\t手机"); // the decoder takes the BOM
    assertThat(lines.get(5000))
        .extracting(Line::text, Line::enc)
        .containsExactly("张𠀀4999\t13812345678", TextEncoding.UTF_8);
    List<byte[]> headers = new ArrayList<>();
    ChunkPipeline p = new ChunkPipeline(1, 64, null, notes::add, new AtomicLong());
    p.run(
        List.of(new DumpInput("bom.csv", bom, null)),
        () -> chunk -> chunk.source.header,
        (chunk, header) -> headers.add(header));
    assertThat(new String(headers.get(0), StandardCharsets.UTF_8)).isEqualTo("姓名,手机");
  }

  @Test
  void aCorruptArchiveIsNamedAndTheOtherInputsAreStillRead() throws IOException {
    Path bad = dir.resolve("bad.gz");
    Files.write(bad, new byte[] {0x1F, (byte) 0x8B, 1, 2, 3});
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "ok\n");
    ChunkPipeline p = new ChunkPipeline(1, 64, null, notes::add, new AtomicLong());
    List<String> seen = new ArrayList<>();
    p.run(
        List.of(new DumpInput("bad.gz", bad, null), new DumpInput("good.txt", good, null)),
        () -> chunk -> chunk.source.label,
        (chunk, label) -> seen.add(label));
    assertThat(seen).containsExactly("good.txt");
    assertThat(p.unreadableInputs()).isEqualTo(1);
    assertThat(notes).singleElement().asString().startsWith("cannot read bad.gz");
  }

  @Test
  void onTheCallersThreadNothingElseRunsAndAFailingScanEndsTheRun() throws IOException {
    Path f = dir.resolve("rows.txt");
    Files.writeString(f, randomText(11, 500));
    Thread caller = Thread.currentThread();
    List<Thread> seen = new ArrayList<>();
    new ChunkPipeline(ChunkPipeline.ON_CALLER, 64, null, notes::add, new AtomicLong())
        .run(
            List.of(new DumpInput("rows.txt", f, null)),
            () ->
                chunk -> {
                  seen.add(Thread.currentThread());
                  return chunk.length;
                },
            (chunk, length) -> seen.add(Thread.currentThread()));
    assertThat(seen).hasSizeGreaterThan(100).containsOnly(caller);
    // A scan that fails is the run's failure, not an unreadable input, as with threads.
    for (int threads : new int[] {ChunkPipeline.ON_CALLER, 2}) {
      ChunkPipeline p = new ChunkPipeline(threads, 64, null, notes::add, new AtomicLong());
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  p.run(
                      List.of(new DumpInput("rows.txt", f, null)),
                      () ->
                          chunk -> {
                            throw new IllegalStateException("worker failed");
                          },
                      (chunk, result) -> {}))
          .hasMessage("worker failed");
      assertThat(p.unreadableInputs()).isZero();
    }
    assertThat(notes).isEmpty();
  }

  @Test
  void directoriesExpandRecursivelyInNameOrderAndMissingPathsAreUnreadable() throws IOException {
    Files.createDirectories(dir.resolve("d/sub"));
    Files.writeString(dir.resolve("d/b.txt"), "b");
    Files.writeString(dir.resolve("d/sub/a.txt"), "a");
    Files.writeString(dir.resolve("d/a.txt"), "a");
    List<DumpInput> inputs = DumpInput.expand(List.of(dir.resolve("d").toString(), "-"), System.in);
    assertThat(inputs)
        .extracting(DumpInput::label)
        .containsExactly(
            dir.resolve("d/a.txt").toString(),
            dir.resolve("d/b.txt").toString(),
            dir.resolve("d/sub/a.txt").toString(),
            "-");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> DumpInput.expand(List.of(dir.resolve("nope").toString()), System.in))
        .isInstanceOf(DumpInput.UnreadableInputException.class)
        .hasMessageContaining("no such file");
  }
}
