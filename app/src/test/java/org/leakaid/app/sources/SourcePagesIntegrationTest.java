package org.leakaid.app.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.leakaid.app.ApiClient;
import org.leakaid.app.PageBrowser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sources pages over real HTTP as a browser without JavaScript uses them: forms with CSRF
 * tokens, mistakes shown in Chinese with nothing typed lost, hostile text escaped, a canary found
 * in a case's evidence named on the case page, groups joined with explicit consent, 404 for others.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:sources-pages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "leakaid.registration.max-per-address=10000"
    })
class SourcePagesIntegrationTest {
  private static final String HOSTILE = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    String dir = SourcesContract.newDataDir().toString();
    registry.add("leakaid.data-dir", () -> dir);
  }

  @LocalServerPort int port;

  /** A user who registered through the form (so is signed in on the pages) and has an API token. */
  record User(PageBrowser browser, String username, String token) {}

  private User signedUp() {
    String username = ApiClient.uniqueUsername();
    PageBrowser browser = new PageBrowser(port);
    assertThat(browser.register(username).statusCode()).isEqualTo(302);
    return new User(browser, username, new ApiClient(port).token(username, ApiClient.PASSWORD));
  }

  @Test
  void theQuickEntryFormRecordsALineAndExplainsMistakesInChinese() {
    User alice = signedUp();
    String page = alice.browser().get("/sources").body();
    assertThat(page).contains("我的信息去向", "给了它哪些信息", "type=\"month\"", "/sources/canaries");
    HttpResponse<String> refused =
        alice
            .browser()
            .submit(
                "/sources",
                "/sources",
                List.of(Map.entry("platform", "京东"), Map.entry("disclosedOn", "2025-06")));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("请至少选一种你给它的信息。").contains("value=\"京东\"");
    HttpResponse<String> saved =
        alice
            .browser()
            .submit(
                "/sources",
                "/sources",
                List.of(
                    Map.entry("platform", HOSTILE),
                    Map.entry("data", "NAME"),
                    Map.entry("data", "PHONE"),
                    Map.entry("disclosedOn", "2025-06"),
                    Map.entry("purpose", "网购收货")));
    assertThat(saved.statusCode()).isEqualTo(302);
    String after = alice.browser().get("/sources?added").body();
    assertThat(after).contains("已记下。", "姓名", "手机号", "2025-06", "网购收货");
    assertThat(after).doesNotContain("<script>alert(1)").doesNotContain("<img src=x");
    assertThat(after).contains("&lt;script&gt;alert(1)&lt;/script&gt;");

    // Bob sees none of Alice's lines.
    User bob = signedUp();
    assertThat(bob.browser().get("/sources").body()).doesNotContain("alert(1)").contains("还没有记录");
  }

  @Test
  void aCanaryMadeOnThePageIsFoundInAPastedMessageAndOnTheCase() {
    User alice = signedUp();
    HttpResponse<String> made =
        alice
            .browser()
            .submit(
                "/sources/canaries",
                "/sources/canaries",
                List.of(
                    Map.entry("platform", "优品商城"),
                    Map.entry("kind", "NAME"),
                    Map.entry("base", "王喆")));
    assertThat(made.statusCode()).isEqualTo(302);
    assertThat(alice.browser().get("/sources/canaries").body()).contains("王喆-优");
    HttpResponse<String> bad =
        alice
            .browser()
            .submit(
                "/sources/canaries",
                "/sources/canaries",
                List.of(
                    Map.entry("platform", "京东"),
                    Map.entry("kind", "EMAIL"),
                    Map.entry("base", "x")));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("请填写你的电子邮箱");

    HttpResponse<String> checked =
        alice
            .browser()
            .submit(
                "/sources/match",
                "/sources/match",
                List.of(Map.entry("text", "王喆 优，你的快递到了" + HOSTILE)));
    assertThat(checked.statusCode()).isEqualTo(200);
    assertThat(checked.body()).contains("这份信息你只给过“优品商城”：泄露来自优品商城。");
    assertThat(checked.body()).doesNotContain("<script>alert(1)");

    ApiClient api = new ApiClient(port);
    String caseId =
        api.post("/api/cases", alice.token(), SourcesContract.INTAKE).json().get("id").asString();
    new SourcesContractSupport(api)
        .evidence(
            alice.token(),
            caseId,
            "SMS",
            "2026-11-20T14:03:00+08:00",
            "10690012345678",
            "【速贷】王喆-优，你的借款已逾期，京东白条");
    String casePage = alice.browser().get("/cases/" + caseId + "/sources").body();
    assertThat(casePage)
        .contains("你只给过优品商城的变体出现在了证据里")
        .contains("证据1里有你只给过优品商城的变体“王喆-优”")
        .contains("证据1提到了“京东”");
    assertThat(alice.browser().get("/cases/" + caseId).body())
        .contains("/cases/" + caseId + "/sources");

    User bob = signedUp();
    assertThat(bob.browser().get("/cases/" + caseId + "/sources").statusCode()).isEqualTo(404);
    assertThat(bob.browser().get("/sources/groups/" + UUID.randomUUID()).statusCode())
        .isEqualTo(404);

    // Joining the group from the case page: only what is ticked is shared.
    HttpResponse<String> joined =
        alice
            .browser()
            .submit(
                "/cases/" + caseId + "/sources",
                "/cases/" + caseId + "/sources/groups",
                List.of(Map.entry("platform", "优品商城"), Map.entry("shareEvents", "true")));
    assertThat(joined.statusCode()).isEqualTo(302);
    String group =
        alice
            .browser()
            .get(URI.create(joined.headers().firstValue("Location").orElseThrow()).getPath())
            .body();
    assertThat(group).contains("联名群组：优品商城", "1次（1位成员分享）");
    // The sharing form shows what she ticked: events yes, numbers and joint documents no.
    assertThat(group)
        .containsPattern("name=\"shareEvents\" value=\"true\" checked")
        .containsPattern("name=\"shareNumbers\" value=\"true\">")
        .containsPattern("name=\"shareDocuments\" value=\"true\" id=\"share-documents\">")
        .contains("你是这个群组的协调人");
  }
}
