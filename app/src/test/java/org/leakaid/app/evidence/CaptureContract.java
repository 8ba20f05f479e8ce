package org.leakaid.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leakaid.app.evidence.EvidenceHttp.PartSpec.field;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leakaid.app.ApiClient;
import org.leakaid.app.PageBrowser;
import org.leakaid.app.evidence.EvidenceHttp.PartSpec;
import org.leakaid.app.evidence.EvidenceHttp.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Quick capture, "my identifiers" and the bulk imports against the real app over HTTP, on the
 * database the subclass chooses.
 */
abstract class CaptureContract {
  static final Charset GBK = Charset.forName("GBK");
  static final String PHONE = "13812345678";
  static final String ID_NUMBER = "11010519491231002X";

  static Path newDataDir() {
    try {
      return Files.createTempDirectory("leakaid-capture-it");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  EvidenceHttp http;
  String token;
  String caseId;

  @BeforeEach
  void userWithACase() {
    http = new EvidenceHttp(port);
    token = http.newUser();
    caseId = http.newCase(token);
  }

  Response addIdentifier(String tok, String json) {
    return http.json("POST", "/api/account/identifiers", tok, json);
  }

  Response capture(String tok, String text) {
    return http.json(
        "POST",
        "/api/cases/" + caseId + "/evidence/capture",
        tok,
        "{\"text\":" + EvidenceHttp.JSON.writeValueAsString(text) + "}");
  }

  // ---- quick capture ----

  @Test
  void aMessageWithTheUsersOwnDataIsFlaggedAsEvidenceWithItsSenderAndTime() {
    assertThat(addIdentifier(token, "{\"value\":\"+86 138-1234-5678\"}").status()).isEqualTo(201);
    assertThat(addIdentifier(token, "{\"value\":\"张伟\",\"type\":\"NAME\"}").status())
        .isEqualTo(201);

    Response r =
        capture(
            token,
            "【某某金融】张伟您好，您在本平台的借款已逾期，联系电话１３８１２３４５６７８已登记。" + "请于2026年11月20日 14:03前转账至安全账户，否则上报征信。");

    assertThat(r.status()).isEqualTo(200);
    JsonNode s = r.json();
    assertThat(s.get("kind").asString()).isEqualTo("SMS");
    // The counterpart is a number or an address; the 【signature】 is who the sender claims to be.
    assertThat(s.get("counterpart").isNull()).isTrue();
    assertThat(s.get("signature").asString()).isEqualTo("【某某金融】");
    assertThat(s.get("occurredAt").asString()).isEqualTo("2026-11-20T14:03+08:00");
    assertThat(s.get("containsOwnData").asBoolean()).isTrue();
    List<String> own = texts(s.get("ownData"), "masked");
    assertThat(own).containsExactlyInAnyOrder("138****5678", "张*");
    assertThat(s.get("recommendation").asString()).isEqualTo("RECORD_AS_EVIDENCE");
    assertThat(texts(s.get("signals"), "key")).contains("TRANSFER", "SAFE_ACCOUNT", "LOAN");
    assertThat(s.get("reason").get("zh").asString()).contains("手机号码", "姓名");
    assertThat(s.get("reason").get("en").asString()).contains("your own");
    // identifiers are answered masked; only the pasted text itself (to be saved) is whole
    assertThat(s.get("identifiers").toString()).doesNotContain("12345678").contains("****");
    assertThat(s.get("ownData").toString()).doesNotContain("12345678");
    assertThat(s.get("item").get("occurredAt").asString()).isEqualTo("2026-11-20T14:03");
    assertThat(s.get("item").get("content").asString()).contains("安全账户");
    // The analysis is shown beside the item, never written into the user's own notes.
    assertThat(s.get("item").get("notes").asString()).isEmpty();
    // nothing is stored by a capture
    assertThat(http.get("/api/cases/" + caseId + "/evidence", token).json().size()).isZero();
  }

  @Test
  void anotherUsersIdentifiersNeverMatch() {
    String other = http.newUser();
    assertThat(addIdentifier(other, "{\"value\":\"" + PHONE + "\"}").status()).isEqualTo(201);
    assertThat(addIdentifier(other, "{\"value\":\"" + ID_NUMBER + "\"}").status()).isEqualTo(201);

    JsonNode s = capture(token, "您好，" + PHONE + "，身份证 " + ID_NUMBER + " 的资料已核实").json();

    assertThat(s.get("containsOwnData").asBoolean()).isFalse();
    assertThat(s.get("ownData").size()).isZero();
    assertThat(texts(s.get("identifiers"), "type")).contains("CN_MOBILE", "CN_RESIDENT_ID");
    // the same message is the other user's proof
    String otherCase = http.newCase(other);
    Response forOther =
        http.json(
            "POST",
            "/api/cases/" + otherCase + "/evidence/capture",
            other,
            "{\"text\":\"您好，" + PHONE + "，身份证 " + ID_NUMBER.toLowerCase() + " 的资料已核实\"}");
    assertThat(forOther.json().get("containsOwnData").asBoolean()).isTrue();
    assertThat(texts(forOther.json().get("ownData"), "type"))
        .containsExactlyInAnyOrder("CN_MOBILE", "CN_RESIDENT_ID");
    // and another user's case is not found
    assertThat(
            http.json(
                    "POST",
                    "/api/cases/" + otherCase + "/evidence/capture",
                    token,
                    "{\"text\":\"x\"}")
                .status())
        .isEqualTo(404);
  }

  @Test
  void plainMarketingIsSafeToIgnore() {
    addIdentifier(token, "{\"value\":\"" + PHONE + "\"}");

    JsonNode s = capture(token, "【某某商城】双十一大促，全场五折起，戳 https://m.example.cn/sale 抢购。退订回T").json();

    assertThat(s.get("recommendation").asString()).isEqualTo("SAFE_TO_IGNORE");
    assertThat(s.get("containsOwnData").asBoolean()).isFalse();
    assertThat(s.get("signals").size()).isZero();
    assertThat(s.get("counterpart").asString()).isEqualTo("https://m.example.cn/sale");
    assertThat(s.get("signature").asString()).isEqualTo("【某某商城】");
    assertThat(s.get("occurredAt").isNull()).isTrue();
    assertThat(s.get("reason").get("zh").asString()).contains("可以忽略");
  }

  @Test
  void anEmailPastedWithHeadersIsAnEmailFromItsSender() {
    JsonNode s =
        capture(
                token,
                "发件人: 客服中心 <service@refund-example.cn>\n主题: 退款通知\n" + "您的订单可退款，请回复短信验证码完成操作。")
            .json();
    assertThat(s.get("kind").asString()).isEqualTo("EMAIL");
    assertThat(s.get("counterpart").asString()).isEqualTo("service@refund-example.cn");
    assertThat(texts(s.get("signals"), "key")).contains("VERIFICATION_CODE", "REFUND");
    assertThat(s.get("recommendation").asString()).isEqualTo("RECORD_AS_EVIDENCE");
  }

  @Test
  void captureRefusesEmptyOversizedAndMalformedInput() {
    assertThat(capture(token, "  ").json().get("error").asString()).isEqualTo("INVALID_INPUT");
    assertThat(capture(token, "短".repeat(20_001)).status()).isEqualTo(400);
    Response malformed =
        http.json("POST", "/api/cases/" + caseId + "/evidence/capture", token, "{\"text\":");
    assertThat(malformed.status()).isEqualTo(400);
    Response badKind =
        http.json(
            "POST",
            "/api/cases/" + caseId + "/evidence/capture",
            token,
            "{\"text\":\"hi\",\"kind\":\"FAX\"}");
    assertThat(badKind.status()).isEqualTo(400);
    assertThat(new String(badKind.body(), StandardCharsets.UTF_8)).contains("kind");
  }

  // ---- my identifiers ----

  @Test
  void identifiersAreKeptAsKeyedHashesShownMaskedExportedMaskedAndDeletedWithTheAccount() {
    Response added = addIdentifier(token, "{\"value\":\"" + ID_NUMBER.toLowerCase() + "\"}");
    assertThat(added.status()).isEqualTo(201);
    assertThat(added.json().get("type").asString()).isEqualTo("CN_RESIDENT_ID");
    assertThat(added.json().get("masked").asString()).isEqualTo("110105********002X");
    String id = added.json().get("id").asString();
    // the same number in another written form is the same identifier
    assertThat(addIdentifier(token, "{\"value\":\"" + ID_NUMBER + "\"}").status()).isEqualTo(409);
    assertThat(addIdentifier(token, "{\"value\":\"not an identifier 123\"}").status())
        .isEqualTo(400);
    addIdentifier(token, "{\"value\":\"Zhang.Wei@Example.CN\"}");

    Map<String, Object> row =
        jdbc.sql("SELECT masked, value_hmac FROM own_identifier WHERE id = ?")
            .param(UUID.fromString(id))
            .query()
            .singleRow();
    assertThat(row.get("value_hmac").toString()).matches("[0-9a-f]{64}");
    assertThat(row.toString()).doesNotContain("19491231");
    // a plain SHA-256 of the value would let anyone holding the table test guesses
    assertThat(row.get("value_hmac").toString().strip()).isNotEqualTo(sha256Hex(ID_NUMBER));

    JsonNode listed = http.get("/api/account/identifiers", token).json();
    assertThat(texts(listed, "masked")).containsExactly("110105********002X", "z***@example.cn");

    String export =
        new String(http.get("/api/account/export", token).body(), StandardCharsets.UTF_8);
    assertThat(export).contains("ownIdentifiers", "110105********002X");
    assertThat(export).doesNotContain("19491231").doesNotContain("hmac");

    String other = http.newUser();
    assertThat(http.send("DELETE", "/api/account/identifiers/" + id, other, null, null).status())
        .isEqualTo(404);
    assertThat(http.send("DELETE", "/api/account/identifiers/nonsense", token, null, null).status())
        .isEqualTo(404);

    assertThat(
            http.json(
                    "DELETE",
                    "/api/account",
                    token,
                    "{\"password\":\"" + EvidenceHttp.PASSWORD + "\"}")
                .status())
        .isEqualTo(204);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM own_identifier WHERE id = ?")
                .param(UUID.fromString(id))
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void deletingAnIdentifierStopsItMatching() {
    String id = addIdentifier(token, "{\"value\":\"" + PHONE + "\"}").json().get("id").asString();
    assertThat(capture(token, "尊敬的" + PHONE + "用户").json().get("containsOwnData").asBoolean())
        .isTrue();
    assertThat(http.send("DELETE", "/api/account/identifiers/" + id, token, null, null).status())
        .isEqualTo(204);
    assertThat(capture(token, "尊敬的" + PHONE + "用户").json().get("containsOwnData").asBoolean())
        .isFalse();
    assertThat(http.get("/api/account/identifiers", token).json().size()).isZero();
  }

  // ---- pages ----

  @Test
  void hostileTextIsEscapedOnTheCapturePageAndTheSuggestionSavesInOneClick() {
    SignedUp user = signUp();
    PageBrowser browser = user.browser();
    String page = "/cases/" + user.caseId() + "/evidence/capture";
    String hostile = "13900001111 <script>alert('x')</script><img src=x onerror=alert(1)> 请提供验证码";
    HttpResponse<String> shown = browser.submit(page, page, Map.of("text", hostile, "kind", ""));
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(shown.body()).doesNotContain("<script>alert").doesNotContain("<img src=x");
    assertThat(shown.body()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    assertThat(shown.body()).contains("data-recommendation=\"RECORD_AS_EVIDENCE\"");

    // the pre-filled save form, posted as the browser would (multipart, with its CSRF token)
    Map<String, String> form = formFields(shown.body(), "save-form");
    assertThat(form).containsEntry("counterpart", "13900001111").containsEntry("kind", "SMS");
    HttpResponse<String> saved =
        browser.postMultipart("/cases/" + user.caseId() + "/evidence", form);
    assertThat(saved.statusCode()).isEqualTo(302);
    JsonNode items = http.get("/api/cases/" + user.caseId() + "/evidence", user.token()).json();
    assertThat(items.size()).isEqualTo(1);
    assertThat(items.get(0).get("content").asString()).isEqualTo(hostile);
    assertThat(items.get(0).get("counterpart").asString()).isEqualTo("13900001111");
  }

  @Test
  void theIdentifiersPageStoresShowsMaskedAndDeletes() {
    SignedUp user = signUp();
    PageBrowser browser = user.browser();
    HttpResponse<String> added =
        browser.submit(
            "/account/identifiers", "/account/identifiers", Map.of("value", "138 1234 5678"));
    assertThat(added.statusCode()).isEqualTo(302);
    String page = browser.get("/account/identifiers").body();
    assertThat(page).contains("138****5678").doesNotContain("1234 5678");
    HttpResponse<String> refused =
        browser.submit(
            "/account/identifiers", "/account/identifiers", Map.of("value", "<b>not</b> 1"));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("identifier-error").doesNotContain("<b>not</b>");
    String id =
        http.get("/api/account/identifiers", user.token()).json().get(0).get("id").asString();
    HttpResponse<String> deleted =
        browser.submit("/account/identifiers", "/account/identifiers/" + id + "/delete", Map.of());
    assertThat(deleted.statusCode()).isEqualTo(302);
    assertThat(browser.get("/account/identifiers").body()).doesNotContain("138****5678");
  }

  // ---- .eml import ----

  @Test
  void anEmlWithGbkEncodedWordsAndFoldedHeadersBecomesAnEmailItemKeepingTheOriginal()
      throws Exception {
    byte[] eml = chineseEml();
    Response r =
        http.multipart(
            "/api/cases/" + caseId + "/evidence/import/eml",
            token,
            List.of(new PartSpec("files", "通知.eml", "message/rfc822", eml)));
    assertThat(r.status()).isEqualTo(201);
    JsonNode item = r.json().get(0);
    assertThat(item.get("kind").asString()).isEqualTo("EMAIL");
    assertThat(item.get("counterpart").asString()).isEqualTo("notice@kuaidi-example.cn");
    assertThat(item.get("occurredAt").asString()).isEqualTo("2026-11-20T14:03+08:00");
    String content = item.get("content").asString();
    assertThat(content).contains("主题：您的快递已到达驿站，请核对个人信息");
    assertThat(content).contains("发件人：某快递 <notice@kuaidi-example.cn>");
    assertThat(content).contains("张伟先生，您的包裹需要补充身份证号码");
    assertThat(content).doesNotContain("<b>").doesNotContain("HTML 版本");
    String notes = item.get("notes").asString();
    assertThat(notes)
        .contains(
            "1. from smtp.kuaidi-example.cn (unknown [203.0.113.7]) by mx.example.net;",
            "2. from [10.0.0.5] (helo=pc01) by smtp.kuaidi-example.cn;");
    assertThat(item.get("files").get(0).get("sha256").asString()).isEqualTo(sha256Hex(eml));
    byte[] back =
        http.get(
                "/api/cases/"
                    + caseId
                    + "/evidence/files/"
                    + item.get("files").get(0).get("sha256").asString(),
                token)
            .body();
    assertThat(back).isEqualTo(eml);
  }

  @Test
  void aFileThatIsNotAnEmailIsRefusedAndNothingIsRecorded() {
    Response r =
        http.multipart(
            "/api/cases/" + caseId + "/evidence/import/eml",
            token,
            List.of(
                new PartSpec("files", "a.eml", "message/rfc822", chineseEml()),
                new PartSpec(
                    "files",
                    "notes.eml",
                    "message/rfc822",
                    "just some text\nwithout headers\n".getBytes(StandardCharsets.UTF_8))));
    assertThat(r.status()).isEqualTo(415);
    assertThat(r.json().get("error").asString()).isEqualTo("NOT_AN_EMAIL");
    assertThat(r.json().get("message").asString()).contains("files[1]");
    assertThat(http.get("/api/cases/" + caseId + "/evidence", token).json().size()).isZero();
    assertThat(
            http.multipart("/api/cases/" + caseId + "/evidence/import/eml", token, List.of())
                .status())
        .isEqualTo(400);
  }

  // ---- call-log CSV ----

  @Test
  void aGbkCallLogImportsGoodRowsReportsBadOnesByLineAndSkipsDuplicates() {
    // one call already recorded by hand, without seconds
    Response manual =
        http.multipart(
            "/api/cases/" + caseId + "/evidence",
            token,
            List.of(
                field(
                    "item",
                    "application/json",
                    "{\"kind\":\"CALL\",\"occurredAt\":\"2026-11-21T09:15\","
                        + "\"counterpart\":\"+86 171-0000-2222\"}")));
    assertThat(manual.status()).isEqualTo(201);
    String csv =
        "号码,时间,通话时长,类型\r\n"
            + "17100001111,2026-11-20 14:03:05,65,呼入\r\n"
            + "17100001111,昨天下午,10,呼入\r\n"
            + "\"0755-1234 5678\",2026/11/20 18:30,1分05秒,传真\r\n"
            + "17100002222,2026-11-21 09:15:40,0,未接\r\n"
            + ",2026-11-21 10:00,3,呼出\r\n"
            + "01012345678,2026年11月22日 08:01,00:02:10,呼出\r\n";
    Response r = importCalls(csv.getBytes(GBK));
    assertThat(r.status()).isEqualTo(200);
    JsonNode report = r.json();
    assertThat(report.get("encoding").asString()).isEqualTo("GB18030");
    assertThat(report.get("imported").asInt()).isEqualTo(2);
    assertThat(report.get("duplicates").asInt()).isEqualTo(1);
    List<String> bad = new ArrayList<>();
    report
        .get("badRows")
        .forEach(b -> bad.add(b.get("line").asInt() + " " + b.get("reason").asString()));
    assertThat(bad).hasSize(3);
    assertThat(bad.get(0)).startsWith("3 time:");
    assertThat(bad.get(1)).startsWith("4 direction:").contains("传真");
    assertThat(bad.get(2)).startsWith("6 number:");

    JsonNode items = http.get("/api/cases/" + caseId + "/evidence", token).json();
    assertThat(items.size()).isEqualTo(3);
    JsonNode first = items.get(1);
    assertThat(first.get("kind").asString()).isEqualTo("CALL");
    assertThat(first.get("counterpart").asString()).isEqualTo("17100001111");
    assertThat(first.get("occurredAt").asString()).isEqualTo("2026-11-20T14:03:05+08:00");
    assertThat(first.get("content").asString()).isEqualTo("呼入，通话 65 秒");
    assertThat(items.get(2).get("content").asString()).isEqualTo("呼出，通话 130 秒");

    // the same export again adds nothing
    JsonNode again = importCalls(csv.getBytes(GBK)).json();
    assertThat(again.get("imported").asInt()).isZero();
    assertThat(again.get("duplicates").asInt()).isEqualTo(3);
    assertThat(http.get("/api/cases/" + caseId + "/evidence", token).json().size()).isEqualTo(3);
  }

  @Test
  void anEnglishUtf8CallLogWithBomImportsAndAFileWithoutTheColumnsIsRefused() {
    String csv =
        "\uFEFFDirection;Number;Start time;Duration\n"
            + "missed;13900003333;2026-11-19 22:10;\n"
            + "outgoing;13900003333;2026-11-19 22:12;2:30\n";
    JsonNode report = importCalls(csv.getBytes(StandardCharsets.UTF_8)).json();
    assertThat(report.get("encoding").asString()).isEqualTo("UTF-8");
    assertThat(report.get("imported").asInt()).isEqualTo(2);
    assertThat(report.get("badRows").size()).isZero();

    Response refused = importCalls("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("error").asString()).isEqualTo("INVALID_CALL_LOG");
    assertThat(refused.json().get("message").asString()).contains("line 1", "号码");
  }

  Response importCalls(byte[] csv) {
    return http.multipart(
        "/api/cases/" + caseId + "/evidence/import/calls",
        token,
        List.of(new PartSpec("file", "通话记录.csv", "text/csv", csv)));
  }

  /**
   * A message as a Chinese mail client writes it: GBK encoded-word subject split mid-character
   * across a folded line, a GB2312 quoted-printable sender name, a folded Received chain, a
   * multipart/alternative body with GBK base64 text and an HTML twin.
   */
  static byte[] chineseEml() {
    byte[] subject = "您的快递已到达驿站，请核对个人信息".getBytes(GBK);
    byte[] head = Arrays.copyOfRange(subject, 0, 7); // 3.5 characters: splits one
    byte[] tail = Arrays.copyOfRange(subject, 7, subject.length);
    StringBuilder qp = new StringBuilder();
    for (byte b : "某快递".getBytes(Charset.forName("GB2312"))) {
      qp.append(String.format("=%02X", b & 0xff));
    }
    String body = Base64.getMimeEncoder().encodeToString("张伟先生，您的包裹需要补充身份证号码，请点击链接。".getBytes(GBK));
    String eml =
        "Received: from smtp.kuaidi-example.cn (unknown [203.0.113.7])\r\n"
            + "\tby mx.example.net (Postfix) with ESMTP id 4F2A1;\r\n"
            + "\tFri, 20 Nov 2026 14:03:09 +0800 (CST)\r\n"
            + "Received: from [10.0.0.5] (helo=pc01)\r\n"
            + " by smtp.kuaidi-example.cn with esmtpa; Fri, 20 Nov 2026 14:03:02 +0800\r\n"
            + "From: =?gb2312?Q?"
            + qp
            + "?= <notice@kuaidi-example.cn>\r\n"
            + "To: user@example.com\r\n"
            + "Subject: =?GBK?B?"
            + Base64.getEncoder().encodeToString(head)
            + "?=\r\n =?GBK?B?"
            + Base64.getEncoder().encodeToString(tail)
            + "?=\r\n"
            + "Date: Thu, 20 Nov 2026 14:03:00 +0800 (CST)\r\n" // wrong weekday, as seen in the
            // wild
            + "MIME-Version: 1.0\r\n"
            + "Content-Type: multipart/alternative;\r\n boundary=\"----=_Part_1\"\r\n"
            + "\r\n"
            + "------=_Part_1\r\n"
            + "Content-Type: text/plain; charset=GBK\r\n"
            + "Content-Transfer-Encoding: base64\r\n\r\n"
            + body
            + "\r\n------=_Part_1\r\n"
            + "Content-Type: text/html; charset=UTF-8\r\n\r\n"
            + "<html><body><b>HTML 版本</b></body></html>\r\n"
            + "------=_Part_1--\r\n";
    return eml.getBytes(StandardCharsets.US_ASCII);
  }

  static String sha256Hex(byte[] data) {
    try {
      return HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256Hex(String text) {
    return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
  }

  static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(field).asString()));
    return out;
  }

  /** The named fields of one form on a page, as the browser would send them (no files). */
  static Map<String, String> formFields(String html, String formId) {
    int start = html.indexOf("id=\"" + formId + "\"");
    String form = html.substring(start, html.indexOf("</form>", start));
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher inputs = Pattern.compile("<input[^>]*>").matcher(form);
    while (inputs.find()) {
      String tag = inputs.group();
      String name = attribute(tag, "name");
      if (name != null && !"file".equals(attribute(tag, "type"))) {
        fields.put(name, unescape(attribute(tag, "value") == null ? "" : attribute(tag, "value")));
      }
    }
    Matcher areas = Pattern.compile("(?s)<textarea([^>]*)>(.*?)</textarea>").matcher(form);
    while (areas.find()) {
      fields.put(attribute(areas.group(1), "name"), unescape(areas.group(2)));
    }
    Matcher selects = Pattern.compile("(?s)<select([^>]*)>(.*?)</select>").matcher(form);
    while (selects.find()) {
      Matcher selected =
          Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(selects.group(2));
      fields.put(attribute(selects.group(1), "name"), selected.find() ? selected.group(1) : "");
    }
    return fields;
  }

  private static String attribute(String tag, String name) {
    Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
    return m.find() ? m.group(1) : null;
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  /** A user signed up through the API and signed in on the pages, with one case. */
  private record SignedUp(PageBrowser browser, String token, String caseId) {}

  private SignedUp signUp() {
    String username = ApiClient.uniqueUsername();
    String credentials =
        "{\"username\":\"" + username + "\",\"password\":\"" + ApiClient.PASSWORD + "\"}";
    assertThat(http.json("POST", "/api/auth/register", null, credentials).status()).isEqualTo(201);
    String token =
        http.json("POST", "/api/auth/token", null, credentials).json().get("token").asString();
    PageBrowser browser = new PageBrowser(port);
    browser.login(username, ApiClient.PASSWORD);
    return new SignedUp(browser, token, http.newCase(token));
  }
}
