package org.leakaid.app.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.leakaid.app.ApiClient;
import org.leakaid.app.PageBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The documents pages over real HTTP as a browser without JavaScript uses them: forms with CSRF
 * tokens, values made from the case not pinned when sent back unchanged, the sent date of a PIPL
 * request, the chat message, and 404 for other users' cases and unknown kinds.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:documents-pages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
class DocumentPagesIntegrationTest {

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    String dir = DocumentsContract.newDataDir().toString();
    registry.add("leakaid.data-dir", () -> dir);
  }

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired DocumentsForPlan forPlan;

  /** Registers a new user through the form (which signs in) and opens a case through the API. */
  private String caseOfANewUser(PageBrowser browser) {
    String username = ApiClient.uniqueUsername();
    browser.register(username);
    DocumentsHttp api = new DocumentsHttp(port);
    String credentials =
        "{\"username\":\"" + username + "\",\"password\":\"" + ApiClient.PASSWORD + "\"}";
    String token = api.post("/api/auth/token", null, credentials).json().get("token").asString();
    String caseId = api.newCase(token, DocumentsContract.INTAKE);
    api.evidence(token, caseId, DocumentsContract.SMS);
    return caseId;
  }

  @Test
  void theListSaysWhatEachKindNeedsAndTheCasePageLinksToIt() {
    PageBrowser alice = new PageBrowser(port);
    String caseId = caseOfANewUser(alice);
    assertThat(alice.get("/cases/" + caseId).body()).contains("/cases/" + caseId + "/documents");
    String list = alice.get("/cases/" + caseId + "/documents").body();
    assertThat(list)
        .contains("报案材料", "还要填5项", "提醒亲友的消息", "可以下载", "全部下载（ZIP，含证据包）")
        .contains("/cases/" + caseId + "/documents/all.zip");
  }

  @Test
  void aValueMadeFromTheCaseIsNotPinnedWhenSentBackUnchanged() {
    PageBrowser alice = new PageBrowser(port);
    String caseId = caseOfANewUser(alice);
    String page = "/cases/" + caseId + "/documents/pipl-request";
    assertThat(alice.get(page).body()).contains("value=\"优品商城\"");
    HttpResponse<String> saved =
        alice.submit(
            page,
            page,
            Map.of(
                "fullName", "王喆",
                "phone", "13812345678",
                "platformAccount", "13812345678",
                "counterpartyName", "优品商城",
                "replyDays", "15"));
    assertThat(saved.statusCode()).isEqualTo(302);
    assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("#preview");
    assertThat(
            jdbc.sql("SELECT field_name FROM document_field WHERE case_id = ? ORDER BY field_name")
                .param(UUID.fromString(caseId))
                .query(String.class)
                .list())
        .containsExactly("fullName", "phone", "platformAccount");
    assertThat(alice.get(page).body()).contains("class=\"doc-sheet\"", "我是贵方的用户王喆");
  }

  @Test
  void badValuesComeBackWithTheFormFilledAndTheErrorNamed() {
    PageBrowser alice = new PageBrowser(port);
    String caseId = caseOfANewUser(alice);
    String page = "/cases/" + caseId + "/documents/police-report";
    HttpResponse<String> bad =
        alice.submit(page, page, Map.of("fullName", "王喆", "idNumber", "110105194912310021"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body())
        .contains("有1项需要改正", "href=\"#f-idNumber\"", "不是有效的公民身份号码", "value=\"王喆\"");
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM document_field WHERE case_id = ?")
                .param(UUID.fromString(caseId))
                .query(Long.class)
                .single())
        .isZero();
    // A download link of a document that is not ready leads back to its form.
    HttpResponse<String> early = alice.get(page + "/download?format=pdf");
    assertThat(early.statusCode()).isEqualTo(302);
    assertThat(early.headers().firstValue("Location").orElseThrow()).endsWith("#fields");
  }

  @Test
  void thePiplRequestPageRecordsWhenItWasSent() {
    PageBrowser alice = new PageBrowser(port);
    String caseId = caseOfANewUser(alice);
    String page = "/cases/" + caseId + "/documents/pipl-request";
    HttpResponse<String> sent = alice.submit(page, page + "/sent", Map.of("sentOn", "2026-11-30"));
    assertThat(sent.statusCode()).isEqualTo(302);
    assertThat(alice.get(page).body()).contains("你在2026-11-30寄出了请求函，答复期限到2026-12-21为止");
    String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
    HttpResponse<String> future = alice.submit(page, page + "/sent", Map.of("sentOn", tomorrow));
    assertThat(future.statusCode()).isEqualTo(400);
    assertThat(future.body()).contains("请填写不晚于今天的日期");

    assertThat(forPlan.forStep(caseId, "request-deletion", java.util.Locale.SIMPLIFIED_CHINESE))
        .extracting(DocumentsForPlan.StepDocument::path)
        .containsExactly(
            "/cases/" + caseId + "/documents/complaint-12377",
            "/cases/" + caseId + "/documents/pipl-request");
  }

  @Test
  void theChatMessageIsReadyToCopy() {
    PageBrowser alice = new PageBrowser(port);
    String caseId = caseOfANewUser(alice);
    String body = alice.get("/cases/" + caseId + "/documents/contacts-warning").body();
    assertThat(body)
        .contains("<textarea id=\"message\" readonly", "【提醒】我的姓名、手机号码、住址等个人信息泄露了。")
        .contains("id=\"copy-message\"", "/js/copy.js");
  }

  @Test
  void anotherUsersCaseAndUnknownKindsAre404() {
    PageBrowser alice = new PageBrowser(port);
    String caseId = caseOfANewUser(alice);
    PageBrowser bob = new PageBrowser(port);
    caseOfANewUser(bob);
    String base = "/cases/" + caseId + "/documents";
    for (String path :
        new String[] {
          base,
          base + "/police-report",
          base + "/police-report/download?format=pdf",
          base + "/all.zip"
        }) {
      assertThat(bob.get(path).statusCode()).as(path).isEqualTo(404);
    }
    assertThat(alice.get(base + "/no-such-kind").statusCode()).isEqualTo(404);
    HttpResponse<String> forged =
        bob.submit("/cases", base + "/police-report", Map.of("fullName", "冒名"));
    assertThat(forged.statusCode()).isEqualTo(404);
  }
}
