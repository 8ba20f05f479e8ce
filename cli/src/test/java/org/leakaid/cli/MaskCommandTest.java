package org.leakaid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leakaid.scanner.corpus.CorpusGenerator;
import tools.jackson.databind.JsonNode;

class MaskCommandTest {
  private static final Charset GBK = Charset.forName("GBK");

  @TempDir Path dir;

  @Test
  void masksAUtf8FileAndKeepsEverythingElse() throws IOException {
    String id = TestDumps.id(1);
    String text = "手机：13812345678\r\n身份证 " + id + "\n无个人信息的一行\n";
    Path f = dir.resolve("a.txt");
    Files.writeString(f, text);
    CommandRun run = CommandRun.run("mask", f.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .isEqualTo(
            "手机：138****5678\r\n身份证 "
                + id.substring(0, 6)
                + "********"
                + id.substring(14)
                + "\n无个人信息的一行\n");
  }

  /** cat a.csv b.csv > all.csv: names in the second file's name column are masked too. */
  @Test
  void masksByTheHeaderInForceInTheMiddleOfAFile() throws IOException {
    Path f = dir.resolve("all.csv");
    Files.writeString(f, "姓名,备注\n张三,无\n备注,姓名\n无,李四\n");
    assertThat(CommandRun.run("mask", "--types", "PERSON_NAME", f.toString()).out())
        .isEqualTo("姓名,备注\n张*,无\n备注,姓名\n无,李*\n");
  }

  /**
   * What scan reports, mask hides: on a generated dump of every shape (CSV with headers, JSON
   * lines, SQL inserts, logs, prose, decoys) no line of the masked output still holds a finding's
   * text. Mask keeps the line ends, so line N of the output is line N of the input.
   */
  @Test
  void leavesNothingThatScanReports() throws IOException {
    StringBuilder dump = new StringBuilder();
    for (CorpusGenerator.Line line : new CorpusGenerator(7).lines(3_000)) {
      dump.append(line.text()).append('\n');
    }
    Path f = dir.resolve("dump.txt");
    Files.writeString(f, dump);
    List<JsonNode> findings = CommandRun.run("scan", f.toString()).jsonLines();
    assertThat(findings).hasSizeGreaterThan(3_000);
    assertThat(findings).extracting(n -> n.get("type").asString()).contains("PERSON_NAME");
    List<String> masked = CommandRun.run("mask", f.toString()).out().lines().toList();
    for (JsonNode finding : findings) {
      String text = finding.get("text").asString();
      assertThat(masked.get(finding.get("line").asInt() - 1))
          .as("%s %s", finding.get("type").asString(), text)
          .doesNotContain(text);
    }
  }

  @Test
  void masksNumbersThatFailValidationToo() throws IOException {
    // 11010519491231002X with its check character mistyped: still someone's ID number.
    Path f = dir.resolve("typo.txt");
    Files.writeString(f, "身份证 110105194912310021 卡号 6222020000000000001\n");
    assertThat(CommandRun.run("mask", f.toString()).out())
        .doesNotContain("110105194912310021")
        .contains("110105********0021")
        .doesNotContain("6222020000000000001");
  }

  @Test
  void keepsAGbkFileInGbk() throws IOException {
    Path f = dir.resolve("gbk.txt");
    Files.write(f, "联系电话：13812345678\n".getBytes(GBK));
    CommandRun run = CommandRun.run("mask", "--types", "CN_MOBILE", f.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.outBytes()).isEqualTo("联系电话：138****5678\n".getBytes(GBK));
  }

  @Test
  void readsStdinAndGzipAndKeepsInvalidBytes() throws IOException {
    byte[] in = {'1', '3', '8', '1', '2', '3', '4', '5', '6', '7', '8', ' ', (byte) 0xFF, '\n'};
    CommandRun stdin = CommandRun.run(in, "mask", "--types", "CN_MOBILE");
    assertThat(stdin.outBytes())
        .isEqualTo(
            new byte[] {
              '1', '3', '8', '*', '*', '*', '*', '5', '6', '7', '8', ' ', (byte) 0xFF, '\n'
            });

    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream o = new GZIPOutputStream(gz)) {
      o.write("电话 13812345678".getBytes(StandardCharsets.UTF_8));
    }
    Path f = dir.resolve("x.txt.gz");
    Files.write(f, gz.toByteArray());
    assertThat(CommandRun.run("mask", f.toString()).out()).isEqualTo("电话 138****5678");
  }

  @Test
  void refusesWhatItCannotMask() throws IOException {
    assertThat(CommandRun.run("mask", dir.toString()).exit()).isEqualTo(2);
    assertThat(CommandRun.run("mask", dir.resolve("missing.txt").toString()).exit()).isEqualTo(3);
    Path bin = dir.resolve("b.bin");
    Files.write(bin, new byte[] {0, 1, 2, 3});
    CommandRun binary = CommandRun.run("mask", bin.toString());
    assertThat(binary.exit()).isEqualTo(3);
    assertThat(binary.err()).contains("skipped binary file");
    Path tar = dir.resolve("backup.tar.gz");
    Files.write(tar, new byte[] {0x1F, (byte) 0x8B});
    CommandRun archive = CommandRun.run("mask", tar.toString());
    assertThat(archive.exit()).isEqualTo(2);
    assertThat(archive.err()).contains("unpack the .tar.gz first");
    Path workbook = dir.resolve("名单.xlsx");
    Files.write(workbook, new byte[] {'P', 'K', 3, 4});
    CommandRun sheet = CommandRun.run("mask", workbook.toString());
    assertThat(sheet.exit()).isEqualTo(2);
    assertThat(sheet.err()).contains("save the sheet as CSV");
    Path pdf = dir.resolve("名单.pdf");
    Files.write(pdf, new byte[] {'%', 'P', 'D', 'F', '-'});
    CommandRun document = CommandRun.run("mask", pdf.toString());
    assertThat(document.exit()).isEqualTo(2);
    assertThat(document.err()).contains("save the .pdf as text first");
    Path db = dir.resolve("app.db");
    Files.write(db, "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII));
    CommandRun database = CommandRun.run("mask", db.toString());
    assertThat(database.exit()).isEqualTo(2);
    assertThat(database.err()).contains("export the tables as CSV first");
  }
}
