package org.leakaid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ScanCommandTest {
  private static final Charset GBK = Charset.forName("GBK");

  @TempDir Path dir;

  private Path write(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, content);
    return p;
  }

  private Path write(String name, String content, Charset cs) throws IOException {
    return write(name, content.getBytes(cs));
  }

  private static JsonNode onlyFinding(CommandRun run, String type) {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode n : run.jsonLines()) {
      if (n.get("type").asString().equals(type)) {
        found.add(n);
      }
    }
    assertThat(found).as("%s findings in %s", type, run.out()).hasSize(1);
    return found.get(0);
  }

  @Test
  void jsonLinesGiveByteOffsetsInTheFilesOwnEncoding() throws IOException {
    String text = "备注\n联系电话：13812345678\n";
    Path utf8 = write("utf8.txt", text, StandardCharsets.UTF_8);
    Path gbk = write("gbk.txt", text, GBK);

    CommandRun u = CommandRun.run("scan", "--types", "CN_MOBILE", utf8.toString());
    assertThat(u.exit()).isZero();
    JsonNode f = onlyFinding(u, "CN_MOBILE");
    assertThat(f.get("path").asString()).isEqualTo(utf8.toString());
    assertThat(f.get("offset").asLong()).isEqualTo(7 + 15); // 备注\n = 7 bytes, 联系电话： = 15
    assertThat(f.get("length").asLong()).isEqualTo(11);
    assertThat(f.get("line").asLong()).isEqualTo(2);
    assertThat(f.get("text").asString()).isEqualTo("13812345678");
    assertThat(f.get("masked").asString()).isEqualTo("138****5678");
    assertThat(f.get("confidence").asDouble()).isBetween(0.5, 1.0);
    assertThat(f.propertyNames())
        .containsExactly(
            "path", "type", "offset", "length", "line", "text", "masked", "confidence");

    JsonNode g =
        onlyFinding(CommandRun.run("scan", "--types", "CN_MOBILE", gbk.toString()), "CN_MOBILE");
    assertThat(g.get("offset").asLong()).isEqualTo(5 + 10); // GBK: two bytes a character
    assertThat(g.get("text").asString()).isEqualTo("13812345678");
    assertThat(g.get("line").asLong()).isEqualTo(2);

    JsonNode forced =
        onlyFinding(
            CommandRun.run("scan", "--types", "CN_MOBILE", "--encoding", "gbk", gbk.toString()),
            "CN_MOBILE");
    assertThat(forced.get("offset").asLong()).isEqualTo(15);
  }

  @Test
  void jsonLinesFollowTheTextsOrderWithinALine() throws IOException {
    // The name is found by a later detection pass than the phone, but stands before it.
    Path f =
        write("order.txt", "收件人：张伟，电话：13812345678，邮箱 zw@example.com\n", StandardCharsets.UTF_8);
    List<String> types = new ArrayList<>();
    long previous = -1;
    for (JsonNode finding : CommandRun.run("scan", "--format", "jsonl", f.toString()).jsonLines()) {
      assertThat(finding.get("offset").asLong()).isGreaterThan(previous);
      previous = finding.get("offset").asLong();
      types.add(finding.get("type").asString());
    }
    assertThat(types).containsExactly("PERSON_NAME", "CN_MOBILE", "EMAIL");
  }

  @Test
  void readsGzipZipDirectoriesAndStdin() throws IOException {
    String text = "手机 13812345678\n";
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream o = new GZIPOutputStream(gz)) {
      o.write(("x\n" + text).getBytes(StandardCharsets.UTF_8));
    }
    write("d/a.txt.gz", gz.toByteArray());
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      z.putNextEntry(new ZipEntry("inner/b.csv"));
      z.write(text.getBytes(GBK));
    }
    write("d/sub/b.zip", zip.toByteArray());

    CommandRun run =
        CommandRun.run(
            text.getBytes(StandardCharsets.UTF_8),
            "scan",
            "--types",
            "CN_MOBILE",
            dir.resolve("d").toString(),
            "-");
    assertThat(run.exit()).isZero();
    assertThat(run.jsonLines())
        .extracting(n -> n.get("path").asString() + "@" + n.get("offset") + ":" + n.get("line"))
        .containsExactly(
            dir.resolve("d/a.txt.gz") + "@9:2",
            dir.resolve("d/sub/b.zip") + "!/inner/b.csv@5:1",
            "-@7:1");
  }

  @Test
  void summaryCountsFilesBytesLinesAndDistinctValues() throws IOException {
    String a = "13812345678 138-1234-5678\n13900001111\n";
    write("s/a.txt", a, StandardCharsets.UTF_8);
    write("s/empty.txt", new byte[0]);
    write("s/image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    CommandRun run =
        CommandRun.run(
            "scan", "--format", "summary", "--types", "CN_MOBILE", dir.resolve("s").toString());
    assertThat(run.exit()).isZero();
    assertThat(run.err()).contains("skipped binary file: " + dir.resolve("s/image.png"));
    JsonNode s = run.json();
    assertThat(s.get("files").asLong()).isEqualTo(2);
    assertThat(s.get("bytes").asLong()).isEqualTo(a.length());
    assertThat(s.get("lines").asLong()).isEqualTo(2);
    assertThat(s.get("counts").get("CN_MOBILE").asLong()).isEqualTo(3);
    assertThat(s.get("distinct").get("CN_MOBILE").asLong()).isEqualTo(2);
    assertThat(s.get("counts").propertyNames()).containsExactly("CN_MOBILE");
    assertThat(s.get("watch_hits").isEmpty()).isTrue();
    assertThat(s.get("records").isNull()).isTrue();
    assertThat(s.get("seconds").isNumber()).isTrue();
  }

  @Test
  void lineNumbersAndOffsetsAreTheSameForOneThreadAndFour() throws IOException {
    Random r = new Random(42);
    StringBuilder b = new StringBuilder("姓名,手机,身份证号,邮箱\n");
    for (int i = 0; i < 3000; i++) {
      b.append("张").append((char) ('伟' + r.nextInt(20))).append(',');
      b.append(TestDumps.mobile(i)).append(',');
      b.append(i % 7 == 0 ? TestDumps.invalidId(i) : TestDumps.id(i)).append(',');
      b.append("user").append(i).append("@example.com");
      b.append(i % 50 == 0 ? "，备注" + "很长的备注".repeat(300) : "").append('\n');
    }
    byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
    Path f = write("big.csv", bytes);
    CommandRun one = CommandRun.run("scan", "--threads", "1", f.toString());
    CommandRun four =
        CommandRun.run("scan", "--threads", "4", "--chunk-size", "4096", f.toString());
    assertThat(one.exit()).isZero();
    assertThat(four.out()).isEqualTo(one.out());
    List<JsonNode> findings = one.jsonLines();
    assertThat(findings).hasSizeGreaterThan(3000 * 2);
    int[] newlinesBefore = new int[bytes.length + 1];
    for (int i = 0; i < bytes.length; i++) {
      newlinesBefore[i + 1] = newlinesBefore[i] + (bytes[i] == '\n' ? 1 : 0);
    }
    for (JsonNode n : findings) {
      int offset = n.get("offset").asInt();
      int length = n.get("length").asInt();
      String atOffset = new String(bytes, offset, length, StandardCharsets.UTF_8);
      assertThat(n.get("text").asString()).isEqualTo(atOffset);
      assertThat(n.get("line").asLong()).isEqualTo(newlinesBefore[offset] + 1);
    }
    assertThat(findings.stream().filter(n -> n.get("type").asString().equals("CN_RESIDENT_ID")))
        .hasSize(3000 - 3000 / 7 - 1);
  }

  /**
   * 60 records with a valid bank card (property information: TIER_50), 5 exact repeats of earlier
   * records, 3 records whose only identifier is an ID number with a wrong check character, and 2
   * records without personal information. By hand: total 70, with personal information 65,
   * duplicates 5, invalid 3, TIER_50 = 60, ratio 60/50 = 1.2: SERIOUS under art. 5(1)(3).
   */
  @Test
  void recordsAndSeverityOfACraftedBankDump() throws IOException {
    StringBuilder b = new StringBuilder("姓名,手机,银行卡号,身份证号\n");
    for (int i = 0; i < 60; i++) {
      b.append("客户").append(i).append(',').append(TestDumps.mobile(i)).append(',');
      b.append(TestDumps.card(i)).append(",\n");
    }
    for (int i = 0; i < 5; i++) {
      b.append("客户").append(i).append(',').append(TestDumps.mobile(i)).append(',');
      b.append(TestDumps.card(i)).append(",\n");
    }
    for (int i = 0; i < 3; i++) {
      b.append("无效").append(i).append(",,,").append(TestDumps.invalidId(i)).append('\n');
    }
    b.append("备注,,,\n");
    b.append("合计,,,\n");
    Path f = write("bank.csv", b.toString(), GBK);

    CommandRun run = CommandRun.run("scan", "--format", "summary", "--records", f.toString());
    assertThat(run.exit()).isZero();
    JsonNode s = run.json();
    JsonNode records = s.get("records");
    assertThat(records.get("total").asLong()).isEqualTo(70);
    assertThat(records.get("with_personal_info").asLong()).isEqualTo(65);
    assertThat(records.get("duplicates_excluded").asLong()).isEqualTo(5);
    assertThat(records.get("invalid_excluded").asLong()).isEqualTo(3);
    assertThat(records.get("distinct_persons").asLong()).isEqualTo(60);
    assertThat(records.get("by_tier").get("TIER_50").asLong()).isEqualTo(60);
    assertThat(records.get("by_tier").get("TIER_500").asLong()).isZero();
    assertThat(records.get("by_tier").get("TIER_5000").asLong()).isZero();
    JsonNode severity = s.get("severity");
    assertThat(severity.get("level").asString()).isEqualTo("SERIOUS");
    assertThat(severity.get("standard_ratio").asDouble()).isEqualTo(1.2);
    assertThat(severity.get("basis").asString())
        .contains("法释〔2017〕10号", "第五条第一款", "第（三）项", "60条", "第十一条", "重复的5条", "无效、不真实的3条");
  }

  /**
   * An Excel workbook as business software exports it (Apache POI, phones stored as numbers): each
   * row is a record, the header row gives the name column its meaning, and a finding's line is its
   * row number in the sheet.
   */
  @Test
  void aWorkbooksRowsAreRecordsAndItsLinesAreRowNumbers() throws IOException {
    Path f = dir.resolve("客户名单.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(f)) {
      Sheet sheet = book.createSheet("会员");
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("客户");
      header.createCell(1).setCellValue("联系方式");
      header.createCell(2).setCellValue("银行卡号");
      for (int i = 0; i < 60; i++) {
        Row row = sheet.createRow(i + 1);
        row.createCell(0).setCellValue("赵钱孙李周吴郑王".charAt(i % 8) + "明");
        row.createCell(1).setCellValue(Double.parseDouble(TestDumps.mobile(i)));
        row.createCell(2).setCellValue(TestDumps.card(i));
      }
      book.write(out);
    }

    JsonNode s = CommandRun.run("scan", "--format", "summary", "--records", f.toString()).json();
    assertThat(s.get("counts").get("CN_MOBILE").asLong()).isEqualTo(60);
    assertThat(s.get("counts").get("BANK_CARD").asLong()).isEqualTo(60);
    assertThat(s.get("records").get("distinct_persons").asLong()).isEqualTo(60);
    assertThat(s.get("severity").get("level").asString()).isEqualTo("SERIOUS");

    List<JsonNode> lines = CommandRun.run("scan", "--types", "CN_MOBILE", f.toString()).jsonLines();
    assertThat(lines.get(0).get("path").asString()).isEqualTo(f + "!/会员");
    assertThat(lines.get(0).get("line").asLong()).isEqualTo(2); // the first row after the header
    assertThat(lines.get(0).get("text").asString()).isEqualTo(TestDumps.mobile(0));
  }

  /**
   * JSON exports: a pretty-printed API response (a wrapper around the list, a nested contact
   * object), a single-line array and JSON lines. Each list item is one person's record, however the
   * file is laid out and wherever the chunks are cut; read line by line, the pretty file would
   * count a record per field, and the single-line array one record for everybody.
   */
  @Test
  void eachItemOfAJsonListIsOneRecordOverLinesOrOnOne() throws IOException {
    StringBuilder pretty = new StringBuilder("{\n  \"code\": 0,\n  \"data\": [\n");
    StringBuilder oneLine = new StringBuilder("[");
    for (int i = 0; i < 300; i++) {
      pretty
          .append("    {\n      \"name\": \"客户\",\n      \"idCard\": \"")
          .append(TestDumps.id(i))
          .append("\",\n      \"contact\": {\n        \"mobile\": \"")
          .append(TestDumps.mobile(i))
          .append("\"\n      }\n    }")
          .append(i < 299 ? ",\n" : "\n");
      oneLine.append(i > 0 ? "," : "").append("{\"mobile\":\"").append(TestDumps.mobile(i));
      oneLine.append("\",\"card\":\"").append(TestDumps.card(i)).append("\"}");
    }
    pretty.append("  ]\n}\n");
    Path prettyFile = write("pretty.json", pretty.toString(), StandardCharsets.UTF_8);
    Path oneLineFile = write("array.json", oneLine.append("]\n").toString(), GBK);

    for (String threads : new String[] {"1", "4"}) {
      JsonNode records =
          CommandRun.run(
                  "scan",
                  "--format",
                  "summary",
                  "--records",
                  "--threads",
                  threads,
                  "--chunk-size",
                  "4096",
                  prettyFile.toString())
              .json()
              .get("records");
      assertThat(records.get("total").asLong()).isEqualTo(300);
      assertThat(records.get("distinct_persons").asLong()).isEqualTo(300);
    }
    JsonNode array =
        CommandRun.run("scan", "--format", "summary", "--records", oneLineFile.toString()).json();
    assertThat(array.get("records").get("total").asLong()).isEqualTo(300);
    assertThat(array.get("records").get("distinct_persons").asLong()).isEqualTo(300);
    assertThat(array.get("records").get("by_tier").get("TIER_50").asLong()).isEqualTo(300);
    assertThat(array.get("severity").get("level").asString()).isEqualTo("SERIOUS");
  }

  /**
   * A spreadsheet saved as CSV: a cell with line breaks is one quoted field over several lines, and
   * its row one record (not one per line). A quote left open by mistake does not join the rest of
   * the file, and GBK's trail bytes never pass for the '|' delimiter.
   */
  @Test
  void aQuotedCellOverSeveralLinesKeepsItsRowOneRecord() throws IOException {
    StringBuilder b = new StringBuilder("姓名,收货地址,手机,备注\n");
    for (int i = 0; i < 60; i++) {
      b.append("客户").append(i).append(",\"北京市海淀区\n中关村大街").append(i).append("号\n");
      b.append("3号楼\",").append(TestDumps.mobile(i)).append(",\"说\"\"好\"\"的\"\n");
    }
    for (int i = 61; i < 65; i++) {
      // 亅 ends in 0x7C, '|', in GBK: as a delimiter, it would open a quote the next row closes.
      String address = i == 61 ? "北京亅\"附近" : "\"北京\"";
      b.append("客户").append(i).append(',').append(address).append(',');
      b.append(TestDumps.mobile(i)).append(",\n");
    }
    b.append("客户甲,\"没有结尾的引号,").append(TestDumps.mobile(60)).append(",\n");
    for (int i = 65; i < 85; i++) {
      b.append("客户").append(i).append(",北京,").append(TestDumps.mobile(i)).append(",\n");
    }
    Path f = write("excel.csv", b.toString(), StandardCharsets.UTF_8);
    Path gbk = write("excel-gbk.csv", b.toString().replace(',', '|'), GBK);
    for (Path p : new Path[] {f, gbk}) {
      JsonNode records =
          CommandRun.run("scan", "--format", "summary", "--records", p.toString())
              .json()
              .get("records");
      assertThat(records.get("total").asLong()).as(p.toString()).isEqualTo(85);
      assertThat(records.get("distinct_persons").asLong()).as(p.toString()).isEqualTo(85);
    }
  }

  /**
   * A lodging file (header 入住时间) of 300 records and a plain contact list of 3000: TIER_500 300 and
   * TIER_5000 3000, ratio 300/500 + 3000/5000 = 1.2, reached only by adding up: art. 5(1)(6). The
   * contact list repeats 1000 of the lodging guests' phones, which are other records (their
   * identifiers differ: the lodging rows also hold ID numbers), so nothing is a duplicate.
   */
  @Test
  void tiersFromHeaderKeywordsAddUpUnderItemSix() throws IOException {
    StringBuilder hotel = new StringBuilder("姓名,身份证号,手机,入住时间,酒店\n");
    for (int i = 0; i < 300; i++) {
      hotel.append("住客,").append(TestDumps.id(i)).append(',').append(TestDumps.mobile(i));
      hotel.append(",2024-05-01 14:00,如家\n");
    }
    write("dump/hotel.csv", hotel.toString(), StandardCharsets.UTF_8);
    StringBuilder contacts = new StringBuilder("手机\n");
    for (int i = 0; i < 3000; i++) {
      contacts.append(TestDumps.mobile(i)).append('\n');
    }
    write("dump/contacts.csv", contacts.toString(), StandardCharsets.UTF_8);

    CommandRun run =
        CommandRun.run(
            "scan",
            "--format",
            "summary",
            "--records",
            "--threads",
            "2",
            dir.resolve("dump").toString());
    JsonNode records = run.json().get("records");
    assertThat(records.get("by_tier").get("TIER_500").asLong()).isEqualTo(300);
    assertThat(records.get("by_tier").get("TIER_5000").asLong()).isEqualTo(3000);
    assertThat(records.get("duplicates_excluded").asLong()).isZero();
    // Persons: 300 by ID number; the contact rows are keyed by phone, so 3000 more (upper bound).
    assertThat(records.get("distinct_persons").asLong()).isEqualTo(3300);
    JsonNode severity = run.json().get("severity");
    assertThat(severity.get("standard_ratio").asDouble()).isEqualTo(1.2);
    assertThat(severity.get("level").asString()).isEqualTo("SERIOUS");
    assertThat(severity.get("basis").asString()).contains("第（六）项按相应比例合计达到有关数量标准");
  }

  /**
   * mysqldump puts many rows on one INSERT line: each row is a record. Three lines, six rows, one
   * an exact repeat; the table name says hotel check-ins (TIER_500); one row's remark holds "),("
   * inside quotes, which must not split it.
   */
  @Test
  void eachRowOfAMultiRowInsertIsARecord() throws IOException {
    String head = "INSERT INTO `t_hotel_checkin` (`name`,`id_card`,`mobile`,`remark`) VALUES ";
    String sql =
        "-- MySQL dump\n"
            + head
            + row(0, "无")
            + ","
            + row(1, "a),(b")
            + ";\n"
            + head
            + row(2, "无")
            + ","
            + row(3, "无")
            + ";\n"
            + head
            + row(4, "无")
            + ","
            + row(0, "无")
            + ";\n";
    Path f = write("dump.sql", sql, StandardCharsets.UTF_8);
    JsonNode records =
        CommandRun.run("scan", "--format", "summary", "--records", f.toString())
            .json()
            .get("records");
    assertThat(records.get("total").asLong()).isEqualTo(7); // six rows and the comment line
    assertThat(records.get("with_personal_info").asLong()).isEqualTo(6);
    assertThat(records.get("duplicates_excluded").asLong()).isEqualTo(1);
    assertThat(records.get("distinct_persons").asLong()).isEqualTo(5);
    assertThat(records.get("by_tier").get("TIER_500").asLong()).isEqualTo(5);
  }

  /**
   * A company register: credit code, switchboard, registered address, and in one row the legal
   * representative's ID number. Only that row is a person's record; a landline next to a credit
   * code is the company's.
   */
  @Test
  void companyRecordsAreNoPersonsRecordsUnlessAPersonIsInThem() throws IOException {
    String sql =
        "INSERT INTO `t_enterprise` (`name`,`credit_code`,`landline`,`legal_person_id`) VALUES "
            + "('北京京华文化传媒有限公司','91350100M000100Y43','010-62345678',''),"
            + "('上海浦江物流有限公司','933707041576458868','021-52345678','"
            + TestDumps.id(7)
            + "');\n"
            + "张三的家里电话 0571-88886666\n";
    Path f = write("companies.sql", sql, StandardCharsets.UTF_8);
    JsonNode s = CommandRun.run("scan", "--format", "summary", "--records", f.toString()).json();
    assertThat(s.get("counts").get("CN_USCC").asLong()).isEqualTo(2);
    assertThat(s.get("counts").get("CN_LANDLINE").asLong()).isEqualTo(3);
    JsonNode records = s.get("records");
    assertThat(records.get("total").asLong()).isEqualTo(3);
    assertThat(records.get("with_personal_info").asLong()).isEqualTo(2); // the ID; the home phone
    assertThat(records.get("distinct_persons").asLong()).isEqualTo(2);
  }

  private static String row(int i, String remark) {
    return "('住客"
        + i
        + "','"
        + TestDumps.id(i)
        + "','"
        + TestDumps.mobile(i)
        + "','"
        + remark
        + "')";
  }

  /** cat a.csv b.csv > all.csv: the second header is not a record and names the second tier. */
  @Test
  void aHeaderInTheMiddleOfAFileAppliesToTheLinesAfterIt() throws IOException {
    String text =
        "姓名,手机\n甲,"
            + TestDumps.mobile(0)
            + "\n乙,"
            + TestDumps.mobile(1)
            + "\n姓名,手机,入住时间\n丙,"
            + TestDumps.mobile(2)
            + ",2024-01-01 12:00\n丁,"
            + TestDumps.mobile(3)
            + ",2024-01-02 12:00\n";
    Path f = write("all.csv", text, StandardCharsets.UTF_8);
    JsonNode records =
        CommandRun.run("scan", "--format", "summary", "--records", f.toString())
            .json()
            .get("records");
    assertThat(records.get("total").asLong()).isEqualTo(4);
    assertThat(records.get("by_tier").get("TIER_5000").asLong()).isEqualTo(2);
    assertThat(records.get("by_tier").get("TIER_500").asLong()).isEqualTo(2);
  }

  /**
   * The second header of a concatenated file holds for every line after it, not only up to the end
   * of the scanning task it falls in: 200 rows in chunks of 256 bytes, names in its second column.
   */
  @Test
  void aHeaderInTheMiddleHoldsAcrossChunks() throws IOException {
    String[] names = {"张伟", "王芳", "李娜", "刘洋", "陈静"};
    StringBuilder text = new StringBuilder("姓名,手机\n张三," + TestDumps.mobile(0) + "\n手机,姓名\n");
    for (int i = 1; i <= 200; i++) {
      text.append(TestDumps.mobile(i)).append(',').append(names[i % names.length]).append('\n');
    }
    Path f = write("all.csv", text.toString(), StandardCharsets.UTF_8);
    for (String threads : new String[] {"1", "3"}) {
      List<JsonNode> found =
          CommandRun.run(
                  "scan",
                  "--threads",
                  threads,
                  "--chunk-size",
                  "256",
                  "--types",
                  "PERSON_NAME",
                  f.toString())
              .jsonLines();
      assertThat(found).hasSize(201);
      assertThat(found.get(200).get("line").asLong()).isEqualTo(203);
    }
  }

  @Test
  void watchHitsFindOwnIdentifiersInEveryWrittenForm() throws IOException {
    String id = TestDumps.id(3);
    String text =
        "订单 A1,联系人 张三,电话 +86 138 1234 5678\n"
            + "张三 138-1234-5678 邮箱 ZHANG.SAN@EXAMPLE.COM\n"
            + "收件人：李四 电话：１３８１２３４５６７８ 身份证 "
            + id.substring(0, 17).toLowerCase()
            + (id.charAt(17) == 'X' ? "x" : String.valueOf(id.charAt(17)))
            + "\n";
    Path f = write("orders.txt", text, StandardCharsets.UTF_8);
    Path watch =
        write(
            "mine.txt",
            "13812345678\n" + id + "\nzhang.san@example.com\n张三\n13900000000\n",
            StandardCharsets.UTF_8);
    CommandRun run =
        CommandRun.run("scan", "--format", "summary", "--watch", watch.toString(), f.toString());
    assertThat(run.exit()).isZero();
    JsonNode hits = run.json().get("watch_hits");
    assertThat(hits).hasSize(4);
    JsonNode mobile = hits.get(0);
    assertThat(mobile.get("type").asString()).isEqualTo("CN_MOBILE");
    assertThat(mobile.get("masked").asString()).isEqualTo("138****5678");
    assertThat(mobile.get("count").asLong()).isEqualTo(3);
    assertThat(mobile.get("first_offset").asLong())
        .isEqualTo(text.substring(0, text.indexOf("+86")).getBytes(StandardCharsets.UTF_8).length);
    assertThat(hits.get(1).get("type").asString()).isEqualTo("CN_RESIDENT_ID");
    assertThat(hits.get(1).get("count").asLong()).isEqualTo(1);
    assertThat(hits.get(2).get("type").asString()).isEqualTo("EMAIL");
    assertThat(hits.get(2).get("count").asLong()).isEqualTo(1);
    assertThat(hits.get(3).get("type").asString()).isEqualTo("PERSON_NAME");
    assertThat(hits.get(3).get("count").asLong()).isEqualTo(2);
    assertThat(run.out()).doesNotContain("13812345678", id, "zhang.san@");
  }

  @Test
  void watchedNamesMatchWholeCharactersInGbk() throws IOException {
    // In GBK, 张三 is D5 C5 C8 FD. The line B0 D5 | C5 C8 | FD A1 holds three other characters
    // whose bytes contain D5 C5 C8 FD out of step: not a match.
    byte[] name = "张三".getBytes(GBK);
    byte[] decoy = {(byte) 0xB0, name[0], name[1], name[2], name[3], (byte) 0xA1, '\n'};
    Path f = dir.resolve("gbk-names.txt");
    byte[] real = "联系人张三\n".getBytes(GBK);
    byte[] both = new byte[decoy.length + real.length];
    System.arraycopy(decoy, 0, both, 0, decoy.length);
    System.arraycopy(real, 0, both, decoy.length, real.length);
    Files.write(f, both);
    Path watch = write("names.txt", "张三\n", StandardCharsets.UTF_8);
    JsonNode hits =
        CommandRun.run(
                "scan",
                "--format",
                "summary",
                "--encoding",
                "gbk",
                "--watch",
                watch.toString(),
                f.toString())
            .json()
            .get("watch_hits");
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).get("count").asLong()).isEqualTo(1);
    assertThat(hits.get(0).get("first_offset").asLong()).isEqualTo(decoy.length + 6);
  }

  @Test
  void watchedNamesAreFoundInJsonThatWritesChineseAsEscapes() throws IOException {
    // What Python's json.dump writes by default for {"name": "张三", ...}.
    Path f =
        write(
            "py.json",
            "[{\"name\": \"\\u5f20\\u4e09\", \"phone\": \"13812345678\"}]\n",
            StandardCharsets.UTF_8);
    Path watch = write("names.txt", "张三\n", StandardCharsets.UTF_8);
    JsonNode hits =
        CommandRun.run("scan", "--format", "summary", "--watch", watch.toString(), f.toString())
            .json()
            .get("watch_hits");
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).get("count").asLong()).isEqualTo(1);
    assertThat(hits.get(0).get("first_offset").asLong()).isEqualTo(11);
  }

  @Test
  void aCategoryTheUserKnowsPutsEveryRecordInItsTier() throws IOException {
    // The hotel leak's header names no hotel: read alone, its rows are "other" information.
    Path f =
        write(
            "hotel.csv",
            "Name,CtfTp,CtfId,Gender,Address,Mobile,Version\n"
                + "王建国,ID,110101199003074514,M,北京市朝阳区建国路88号,13812345678,2012-05-01\n"
                + "欧阳娜娜,ID,11010519491231002X,F,浙江省杭州市西湖区文三路478号,13912345678,2012-05-01\n"
                + "李四,ID,,M,,,2012-05-01\n"
                + "张三,卡号,6222021234567890128,M,,,2012-05-01\n",
            StandardCharsets.UTF_8);
    JsonNode guessed =
        CommandRun.run("scan", "--format", "summary", "--records", f.toString()).json();
    assertThat(guessed.at("/records/by_tier/TIER_5000").asLong()).isEqualTo(2);
    assertThat(guessed.at("/records/by_tier/TIER_50").asLong()).isEqualTo(1);
    assertThat(guessed.at("/severity/basis").asString()).doesNotContain("使用者说明");

    JsonNode told =
        CommandRun.run("scan", "--format", "summary", "--category", "lodging", f.toString()).json();
    assertThat(told.at("/records/by_tier/TIER_500").asLong()).isEqualTo(2);
    assertThat(told.at("/records/by_tier/TIER_50").asLong()).isEqualTo(1); // the bank card stays
    assertThat(told.at("/records/by_tier/TIER_5000").asLong()).isZero();
    assertThat(told.at("/records/with_personal_info").asLong()).isEqualTo(3); // 李四 alone: none
    assertThat(told.at("/severity/basis").asString())
        .contains("按使用者说明，数据属于住宿信息，含有公民个人信息的记录均至少按第（四）项计数");

    CommandRun wrong = CommandRun.run("scan", "--category", "hotel", f.toString());
    assertThat(wrong.exit()).isEqualTo(2);
    assertThat(wrong.err()).contains("unknown category 'hotel'", "lodging", "call-records");
  }

  @Test
  void aPgDumpCopyLineNamesTheColumnsOfTheRowsAfterIt() throws IOException {
    Path f =
        write(
            "pg.sql",
            "--\n-- PostgreSQL database dump\n--\nSET client_encoding = 'UTF8';\n"
                + "COPY public.users (id, real_name, phone, remark) FROM stdin;\n"
                + "1\t仉亮\t13812345678\t\\N\n"
                + "2\t赵磊\t13912345678\t老客户\n"
                + "\\.\n",
            StandardCharsets.UTF_8);
    CommandRun run = CommandRun.run("scan", "--types", "PERSON_NAME", f.toString());
    assertThat(run.exit()).isZero();
    // 仉 is too rare a surname to be a name without its column.
    assertThat(run.out()).contains("\"text\":\"仉亮\"", "\"text\":\"赵磊\"").doesNotContain("老客户");
  }

  @Test
  void aContactCardIsOneRecord() throws IOException {
    String card =
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:张;三;;;\r\nFN:张三\r\nTEL;TYPE=CELL:13812345678\r\n"
            + "EMAIL:zs@example.com\r\nEND:VCARD\r\n";
    Path f =
        write(
            "contacts.vcf",
            card + card.replace("13812345678", "13912345678") + "BEGIN:VCARD\r\nFN:李四\r\n",
            StandardCharsets.UTF_8);
    JsonNode records =
        CommandRun.run("scan", "--format", "summary", "--records", f.toString())
            .json()
            .get("records");
    // Two cards with a phone, and a card cut short, whose lines count one by one (none holds an
    // identifier).
    assertThat(records.get("with_personal_info").asLong()).isEqualTo(2);
    assertThat(records.get("total").asLong()).isEqualTo(4);
  }

  @Test
  void theTableIsTheSummaryForReading() throws IOException {
    Path f = write("t.csv", "姓名,手机\n张三,13812345678\n李四,13812345678\n", StandardCharsets.UTF_8);
    Path watch = write("w.txt", "138 1234 5678\n", StandardCharsets.UTF_8);
    CommandRun run =
        CommandRun.run(
            "scan", "--format", "table", "--records", "--watch", watch.toString(), f.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("1 file(s), ")
        .containsPattern("CN_MOBILE +2 +1")
        .contains("138****5678", "2 time(s)")
        .contains("duplicates excluded 1")
        .contains("Severity: NONE")
        .doesNotContain("13812345678");
  }

  @Test
  void badInputsGiveExitCodesAndOneLineErrors() throws IOException {
    CommandRun missing = CommandRun.run("scan", dir.resolve("nope.csv").toString());
    assertThat(missing.exit()).isEqualTo(3);
    assertThat(missing.err().strip()).contains("nope.csv").doesNotContain("\n");

    CommandRun badOption = CommandRun.run("scan", "--frobnicate", "x");
    assertThat(badOption.exit()).isEqualTo(2);
    assertThat(badOption.err().strip()).contains("--frobnicate").doesNotContain("\n");

    CommandRun badType = CommandRun.run("scan", "--types", "SSN", "x");
    assertThat(badType.exit()).isEqualTo(2);

    Path f = write("a.txt", "x\n", StandardCharsets.UTF_8);
    assertThat(CommandRun.run("scan", "--encoding", "latin1", f.toString()).exit()).isEqualTo(2);
    assertThat(CommandRun.run("scan", "--threads", "-1", f.toString()).exit()).isEqualTo(2);
    assertThat(CommandRun.run("scan").exit()).isEqualTo(2);

    CommandRun badWatch =
        CommandRun.run("scan", "--watch", dir.resolve("none").toString(), f.toString());
    assertThat(badWatch.exit()).isEqualTo(3);

    Path corrupt = write("broken.gz", new byte[] {0x1F, (byte) 0x8B, 8, 0, 1, 2, 3});
    CommandRun broken =
        CommandRun.run("scan", "--format", "summary", corrupt.toString(), f.toString());
    assertThat(broken.exit()).isEqualTo(3);
    assertThat(broken.err()).contains("cannot read " + corrupt);
    assertThat(broken.json().get("files").asLong()).isEqualTo(1);
  }

  /** A gzip of {@code lines} lines of a phone each: 12 bytes a line, a few KiB packed. */
  private Path phonesGz(String name, int lines) throws IOException {
    Path p = dir.resolve(name);
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(p))) {
      byte[] line = "13812345678\n".getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < lines; i++) {
        gz.write(line);
      }
    }
    return p;
  }

  @Test
  void anArchiveThatExpandsBeyondTheLimitIsScannedUpToItAndExitsThree() throws IOException {
    Path bomb = phonesGz("bomb.txt.gz", 400_000); // 4.8 MB of text from a few KiB
    Path plain = write("plain.txt", "13912345678\n", StandardCharsets.UTF_8);

    CommandRun scan =
        CommandRun.run(
            "scan",
            "--format",
            "summary",
            "--max-expanded-bytes",
            "1M",
            bomb.toString(),
            plain.toString());
    assertThat(scan.exit()).isEqualTo(3);
    assertThat(scan.err())
        .isEqualTo(
            "leakaid: cannot read "
                + bomb
                + ": it expands beyond 1.0 MiB, the limit set with --max-expanded-bytes:"
                + " stopped there, what came before is counted\n");
    long phones = scan.json().at("/counts/CN_MOBILE").asLong();
    assertThat(phones).isEqualTo((1 << 20) / 12 + 1); // up to the limit, and the other file's
    assertThat(scan.json().get("files").asLong()).isEqualTo(2);

    CommandRun mask = CommandRun.run("mask", "--max-expanded-bytes", "1M", bomb.toString());
    assertThat(mask.exit()).isEqualTo(3);
    assertThat(mask.err()).startsWith("leakaid mask: cannot read " + bomb).hasLineCount(1);
    assertThat(mask.out()).startsWith("138****5678\n").doesNotContain("13812345678");
    assertThat(mask.outBytes().length).isBetween(80_000 * 12, 1 << 20);

    // By default the limit is 1000 times the size on disk, at least 1 GiB.
    CommandRun unlimited = CommandRun.run("scan", "--format", "summary", bomb.toString());
    assertThat(unlimited.exit()).isZero();
    assertThat(unlimited.err()).isEmpty();
    assertThat(unlimited.json().at("/counts/CN_MOBILE").asLong()).isEqualTo(400_000);
    assertThat(
            CommandRun.run("scan", "--max-expanded-bytes", "64G", "--format", "summary", "x.txt")
                .err())
        .doesNotContain("max-expanded-bytes");
  }

  @Test
  void aSizeThatIsNoSizeIsBadUsage() {
    for (String size : new String[] {"lots", "0", "-5", "1.5X", "99999999999T"}) {
      CommandRun run = CommandRun.run("scan", "--max-expanded-bytes", size, "x.txt");
      assertThat(run.exit()).as(size).isEqualTo(2);
      assertThat(run.err()).as(size).contains("--max-expanded-bytes").hasLineCount(1);
    }
    assertThat(ScanOptionsMixin.SizeConverter.class).isNotNull();
    ScanOptionsMixin.SizeConverter sizes = new ScanOptionsMixin.SizeConverter();
    assertThat(sizes.convert("64G")).isEqualTo(64L << 30);
    assertThat(sizes.convert("64 GiB")).isEqualTo(64L << 30);
    assertThat(sizes.convert("1.5k")).isEqualTo(1536);
    assertThat(sizes.convert("1000000")).isEqualTo(1_000_000);
  }

  @Test
  void everyCommandsHelpShowsAnExample() {
    for (String command : new String[] {"scan", "mask"}) {
      CommandRun help = CommandRun.run(command, "--help");
      assertThat(help.exit()).isZero();
      assertThat(help.out()).contains("Usage: leakaid " + command).contains("Example");
    }
    assertThat(CommandRun.run("--help").out()).contains("scan").contains("mask");
  }
}
