package org.leakaid.app.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leakaid.app.documents.DocumentsHttp.Response;
import org.leakaid.evidence.pack.PackageVerification;
import org.leakaid.evidence.pack.PackageVerifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The documents API against the real app over HTTP, on the database the subclass chooses: a case
 * with two evidence items, the fields a user types once, every kind downloaded in every format, the
 * 422 for what is missing, the 12300 prerequisite, the sent date of a PIPL request, the ZIP with
 * the evidence package, and other users' cases as 404.
 */
abstract class DocumentsContract {
  static final String INTAKE =
      "{\"leaked\":[\"NAME\",\"PHONE\",\"ADDRESS\"],\"symptoms\":[\"HARASSING_CALLS\",\"SPAM_SMS\"],"
          + "\"moneyLostYuan\":1500,\"suspectedSource\":\"优品商城\",\"noticedOn\":\"2026-11-02\"}";
  static final String SMS =
      "{\"kind\":\"SMS\",\"occurredAt\":\"2026-11-20T14:03:00+08:00\",\"counterpart\":\"10690012345678\","
          + "\"content\":\"【速贷】王喆先生，你的借款已逾期\"}";
  // Happened before the SMS but recorded after it: still 证据1, as in the package's 证据目录.
  static final String CALL =
      "{\"kind\":\"CALL\",\"occurredAt\":\"2026-11-19T09:30:00+08:00\",\"counterpart\":\"17012345678\","
          + "\"content\":\"对方报出我的住址\"}";
  static final String PERSON =
      "{\"fields\":{\"fullName\":\"王喆\",\"idNumber\":\"11010519491231002x\",\"phone\":\"13812345678\","
          + "\"address\":\"北京市海淀区中关村大街27号\",\"policeStation\":\"北京市公安局海淀分局中关村派出所\"}}";

  /** Every other field any kind requires, for the fixture. */
  static final String EVERYTHING_ELSE =
      "{\"fields\":{\"ethnicity\":\"汉族\",\"postcode\":\"100080\","
          + "\"operatorName\":\"中国移动通信集团北京有限公司\",\"operatorAddress\":\"北京市西城区金融大街29号\","
          + "\"operatorIssue\":\"骚扰投诉不处理\",\"operatorComplainedOn\":\"2026-11-01\","
          + "\"counterpartyAddress\":\"上海市浦东新区世纪大道100号\","
          + "\"consumerRelation\":\"我在优品商城注册并购物\",\"consumerAssociation\":\"北京市消费者协会\","
          + "\"platformAccount\":\"13812345678\",\"court\":\"上海市浦东新区人民法院\","
          + "\"emotionalDamagesYuan\":\"3000\",\"exposedUrls\":\"https://bbs.example.cn/t/1\"}}";

  static Path dataDir;

  static Path newDataDir() {
    try {
      dataDir = Files.createTempDirectory("leakaid-documents-it");
      return dataDir;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  DocumentsHttp http;
  String token;
  String caseId;

  @BeforeEach
  void userWithACaseAndEvidence() {
    http = new DocumentsHttp(port);
    token = http.newUser();
    caseId = http.newCase(token, INTAKE);
    http.evidence(token, caseId, SMS);
    http.evidence(token, caseId, CALL);
  }

  String documents() {
    return "/api/cases/" + caseId + "/documents";
  }

  @Test
  void listsEveryKindWithWhatItStillNeeds() {
    Response list = http.get(documents(), token);
    assertThat(list.status()).isEqualTo(200);
    Map<String, JsonNode> byKind = byKind(list.json());
    assertThat(byKind.keySet())
        .containsExactly(
            "police-report",
            "complaint-12321",
            "complaint-12377",
            "complaint-12300",
            "complaint-12315",
            "complaint-consumer-association",
            "pipl-request",
            "lawyer-brief",
            "civil-complaint",
            "contacts-warning");
    assertThat(strings(byKind.get("police-report").get("missing")))
        .containsExactly("fullName", "idNumber", "phone", "address", "policeStation");
    assertThat(byKind.get("police-report").get("ready").asBoolean()).isFalse();
    // The suspected source and the recorded numbers are facts of the case: never asked for.
    assertThat(strings(byKind.get("complaint-12321").get("missing")))
        .containsExactly("fullName", "phone");
    assertThat(strings(byKind.get("pipl-request").get("missing")))
        .doesNotContain("counterpartyName");
    assertThat(byKind.get("contacts-warning").get("ready").asBoolean()).isTrue();
    assertThat(byKind.get("police-report").get("title").asString()).isEqualTo("报案材料");
    assertThat(strings(byKind.get("police-report").get("planSteps"))).contains("report-police");
  }

  @Test
  void aDocumentThatIsNotReadyIs422WithTheMissingFields() {
    Response pdf = http.get(documents() + "/police-report?format=pdf", token);
    assertThat(pdf.status()).isEqualTo(422);
    assertThat(pdf.json().get("error").asString()).isEqualTo("DOCUMENT_NOT_READY");
    assertThat(strings(pdf.json().get("missing")))
        .containsExactly("fullName", "idNumber", "phone", "address", "policeStation");
    assertThat(pdf.json().get("message").asString()).contains("fullName");
  }

  @Test
  void fieldsTypedOnceFillEveryDocumentAndEveryFormatDownloads() throws IOException {
    Response saved = http.post(documents() + "/police-report", token, PERSON);
    assertThat(saved.status()).as(saved.text()).isEqualTo(200);
    assertThat(saved.json().get("ready").asBoolean()).isTrue();
    assertThat(saved.json().get("missing").size()).isZero();

    Response pdf = http.get(documents() + "/police-report?format=pdf", token);
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
    assertThat(pdf.header("Content-Disposition")).startsWith("attachment;").contains(".pdf");
    String pdfText = pdfText(pdf.body());
    assertThat(pdfText)
        .contains("王喆", "11010519491231002X", "北京市公安局海淀分局中关村派出所", "人民币1500元", "《刑事诉讼法》第一百一十条第二款");
    // Numbered as in the evidence package: the earlier call is 证据1 though recorded second.
    assertThat(pdfText).contains("1.2026年11月19日09:30，17012345678给我打来电话");
    assertThat(pdfText).contains("2.2026年11月20日14:03，10690012345678给我发来短信");

    Response docx = http.get(documents() + "/police-report?format=docx", token);
    assertThat(docx.status()).isEqualTo(200);
    assertThat(docx.header("Content-Type"))
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(docxText(docx.body())).contains("王喆", "北京市海淀区中关村大街27号", "2026年11月2日");
    Response txt = http.get(documents() + "/police-report?format=txt", token);
    assertThat(txt.header("Content-Type")).startsWith("text/plain");
    assertThat(txt.text()).contains("报案人：王喆");

    // The same person in another document, typed nowhere else.
    JsonNode civil = byKind(http.get(documents(), token).json()).get("civil-complaint");
    assertThat(strings(civil.get("missing")))
        .doesNotContain("fullName", "idNumber", "phone", "address");

    assertThat(http.post(documents() + "/civil-complaint", token, EVERYTHING_ELSE).status())
        .isEqualTo(200);
    for (JsonNode kind : http.get(documents(), token).json()) {
      assertThat(kind.get("ready").asBoolean()).as(kind.toString()).isTrue();
      for (String format : List.of("pdf", "docx", "txt")) {
        Response file =
            http.get(documents() + "/" + kind.get("kind").asString() + "?format=" + format, token);
        assertThat(file.status()).as(kind.get("kind").asString() + " " + format).isEqualTo(200);
        assertThat(file.body().length).isGreaterThan(200);
      }
    }
    String civilText = http.get(documents() + "/civil-complaint?format=txt", token).text();
    assertThat(civilText)
        .contains("原告：王喆，女，1949年12月31日出生，汉族")
        .contains("被告：优品商城，住所地上海市浦东新区世纪大道100号")
        .contains("判令被告赔偿原告财产损失人民币1500元")
        .contains("精神损害抚慰金人民币3000元")
        .contains("上海市浦东新区人民法院");
  }

  @Test
  void postWithAFormatAnswersTheFile() throws IOException {
    Response docx = http.post(documents() + "/police-report?format=docx", token, PERSON);
    assertThat(docx.status()).isEqualTo(200);
    assertThat(docxText(docx.body())).contains("王喆");
  }

  @Test
  void badValuesAre400AndNothingIsKept() {
    Response bad =
        http.post(
            documents() + "/police-report",
            token,
            "{\"fields\":{\"fullName\":\"王喆\",\"idNumber\":\"110105194912310021\",\"postcode\":\"1000\"}}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("error").asString()).isEqualTo("INVALID_INPUT");
    assertThat(bad.json().get("message").asString()).contains("fields.idNumber", "fields.postcode");
    assertThat(count("SELECT COUNT(*) FROM document_field WHERE case_id = ?")).isZero();

    Response unknown =
        http.post(documents() + "/police-report", token, "{\"fields\":{\"shoeSize\":\"42\"}}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("message").asString()).contains("shoeSize");
    assertThat(http.post(documents() + "/police-report", token, "{\"fields\":{}}").status())
        .isEqualTo(400);
    assertThat(http.post(documents() + "/police-report", token, "{\"other\":1}").status())
        .isEqualTo(400);
    assertThat(http.post(documents() + "/police-report", token, "not json").status())
        .isEqualTo(400);
    assertThat(http.get(documents() + "/police-report?format=odt", token).status()).isEqualTo(400);
    assertThat(http.get(documents() + "/no-such-kind?format=pdf", token).status()).isEqualTo(404);
  }

  @Test
  void anEmptyValueRemovesAStoredOne() {
    http.post(documents() + "/police-report", token, PERSON);
    http.post(documents() + "/police-report", token, "{\"fields\":{\"policeStation\":\"\"}}");
    JsonNode police = byKind(http.get(documents(), token).json()).get("police-report");
    assertThat(strings(police.get("missing"))).containsExactly("policeStation");
  }

  @Test
  void twelve300WaitsForTheOperator() {
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    http.post(documents() + "/police-report", token, PERSON);
    http.post(
        documents() + "/complaint-12300", token, EVERYTHING_ELSE.replace("2026-11-01", today));
    JsonNode status = byKind(http.get(documents(), token).json()).get("complaint-12300");
    assertThat(status.get("ready").asBoolean()).isFalse();
    assertThat(status.get("missing").size()).isZero();
    assertThat(status.get("blockers").get(0).asString()).contains("15日");
    Response refused = http.get(documents() + "/complaint-12300?format=pdf", token);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("error").asString()).isEqualTo("PREREQUISITE_NOT_MET");

    Response answered =
        http.post(
            documents() + "/complaint-12300",
            token,
            "{\"fields\":{\"operatorAnswer\":\"客服称无法处理\"}}");
    assertThat(answered.json().get("ready").asBoolean()).isTrue();
    assertThat(http.get(documents() + "/complaint-12300?format=txt", token).text())
        .contains("被申诉人的答复是：客服称无法处理。我对该答复不满意");
  }

  @Test
  void aPiplRequestRecordsWhenItWasSent() {
    Response sent =
        http.post(documents() + "/pipl-request/sent", token, "{\"sentOn\":\"2026-11-30\"}");
    assertThat(sent.status()).as(sent.text()).isEqualTo(200);
    assertThat(sent.json().get("sentOn").asString()).isEqualTo("2026-11-30");
    assertThat(sent.json().get("replyDueOn").asString()).isEqualTo("2026-12-21");
    JsonNode listed = byKind(http.get(documents(), token).json()).get("pipl-request");
    assertThat(listed.get("sentOn").asString()).isEqualTo("2026-11-30");

    String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
    assertThat(
            http.post(
                    documents() + "/pipl-request/sent", token, "{\"sentOn\":\"" + tomorrow + "\"}")
                .status())
        .isEqualTo(400);
    assertThat(
            http.post(documents() + "/pipl-request/sent", token, "{\"sentOn\":\"30.11.2026\"}")
                .status())
        .isEqualTo(400);
  }

  @Test
  void theZipHasEveryReadyDocumentAndAVerifiableEvidencePackage() throws IOException {
    http.post(documents() + "/police-report", token, PERSON);
    Response zip = http.get(documents() + "/all.zip", token);
    assertThat(zip.status()).isEqualTo(200);
    assertThat(zip.header("Content-Type")).isEqualTo("application/zip");
    Map<String, byte[]> entries = unzip(zip.body());
    assertThat(entries.keySet())
        .contains(
            "文书/报案材料.docx",
            "文书/报案材料.pdf",
            "文书/12321举报材料.pdf",
            "文书/案件简报.docx",
            "文书/提醒亲友的消息.pdf",
            "证据包.zip",
            "说明.txt")
        .doesNotContain("文书/民事起诉状.pdf");
    assertThat(new String(entries.get("说明.txt"), java.nio.charset.StandardCharsets.UTF_8))
        .contains("民事起诉状：还需要填写", "民族");
    Path evidence =
        Files.write(dataDir.resolve("evidence-" + caseId + ".zip"), entries.get("证据包.zip"));
    PackageVerification verified = PackageVerifier.verify(evidence);
    assertThat(verified.intact()).as(verified.message()).isTrue();
    assertThat(verified.entries()).isEqualTo(2);
  }

  @Test
  void anotherUsersCaseIs404AndNoTokenIs401() {
    String stranger = http.newUser();
    assertThat(http.get(documents(), stranger).status()).isEqualTo(404);
    assertThat(http.get(documents() + "/police-report?format=pdf", stranger).status())
        .isEqualTo(404);
    assertThat(http.post(documents() + "/police-report", stranger, PERSON).status()).isEqualTo(404);
    assertThat(
            http.post(documents() + "/pipl-request/sent", stranger, "{\"sentOn\":\"2026-11-20\"}")
                .status())
        .isEqualTo(404);
    assertThat(http.get(documents() + "/all.zip", stranger).status()).isEqualTo(404);
    assertThat(count("SELECT COUNT(*) FROM document_field WHERE case_id = ?")).isZero();
    assertThat(http.get(documents(), null).status()).isEqualTo(401);
    assertThat(http.get("/api/cases/not-a-uuid/documents", token).status()).isEqualTo(404);
  }

  @Test
  void theAccountExportHoldsTheFieldsAndDeletingTheAccountRemovesThem() {
    http.post(documents() + "/police-report", token, PERSON);
    http.post(documents() + "/pipl-request/sent", token, "{\"sentOn\":\"2026-11-20\"}");
    JsonNode export = http.get("/api/account/export", token).json();
    assertThat(export.at("/documents/0/caseId").asString()).isEqualTo(caseId);
    assertThat(export.at("/documents/0/fields").toString()).contains("fullName", "王喆");
    assertThat(export.at("/documents/0/sent/0/sentOn").asString()).isEqualTo("2026-11-20");

    assertThat(
            http.send(
                    "DELETE",
                    "/api/account",
                    token,
                    "application/json",
                    "{\"password\":\"correct horse battery\"}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .status())
        .isEqualTo(204);
    assertThat(count("SELECT COUNT(*) FROM document_field WHERE case_id = ?")).isZero();
    assertThat(count("SELECT COUNT(*) FROM document_sent WHERE case_id = ?")).isZero();
  }

  private long count(String sql) {
    return jdbc.sql(sql).param(UUID.fromString(caseId)).query(Long.class).single();
  }

  static Map<String, JsonNode> byKind(JsonNode list) {
    Map<String, JsonNode> byKind = new java.util.LinkedHashMap<>();
    for (JsonNode kind : list) {
      byKind.put(kind.get("kind").asString(), kind);
    }
    return byKind;
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asString()));
    return out;
  }

  static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
    }
  }

  static String docxText(byte[] docx) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      return extractor.getText();
    }
  }

  static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }
}
