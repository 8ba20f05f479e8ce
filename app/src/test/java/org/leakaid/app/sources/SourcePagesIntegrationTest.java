package org.leakaid.app.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.leakaid.app.ApiClient;
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
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final String HOSTILE = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    String dir = SourcesContract.newDataDir().toString();
    registry.add("leakaid.data-dir", () -> dir);
  }

  @LocalServerPort int port;

  final class Browser {
    final HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String username;
    String token;

    HttpResponse<String> get(String path) {
      return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> submit(
        String pagePath, String action, List<Map.Entry<String, String>> fields) {
      Matcher m = CSRF.matcher(get(pagePath).body());
      assertThat(m.find()).as("page has a CSRF token").isTrue();
      String body =
          java.util.stream.Stream.concat(
                  fields.stream(), java.util.stream.Stream.of(Map.entry("_csrf", m.group(1))))
              .map(
                  e ->
                      URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                          + "="
                          + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
              .collect(Collectors.joining("&"));
      return send(
          HttpRequest.newBuilder(uri(action))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Browser signedUp() {
      username = "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
      HttpResponse<String> r =
          submit(
              "/register",
              "/register",
              List.of(
                  Map.entry("username", username),
                  Map.entry("password", "correct horse battery"),
                  Map.entry("passwordRepeat", "correct horse battery")));
      assertThat(r.statusCode()).isEqualTo(302);
      token = new ApiClient(port).token(username, "correct horse battery");
      return this;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
      try {
        return http.send(
            request.header("Accept-Language", "zh-CN").build(),
            HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  @Test
  void theQuickEntryFormRecordsALineAndExplainsMistakesInChinese() {
    Browser alice = new Browser().signedUp();
    String page = alice.get("/sources").body();
    assertThat(page).contains("我的信息去向", "给了它哪些信息", "type=\"month\"", "/sources/canaries");
    HttpResponse<String> refused =
        alice.submit(
            "/sources",
            "/sources",
            List.of(Map.entry("platform", "京东"), Map.entry("disclosedOn", "2025-06")));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("请至少选一种你给它的信息。").contains("value=\"京东\"");
    HttpResponse<String> saved =
        alice.submit(
            "/sources",
            "/sources",
            List.of(
                Map.entry("platform", HOSTILE),
                Map.entry("data", "NAME"),
                Map.entry("data", "PHONE"),
                Map.entry("disclosedOn", "2025-06"),
                Map.entry("purpose", "网购收货")));
    assertThat(saved.statusCode()).isEqualTo(302);
    String after = alice.get("/sources?added").body();
    assertThat(after).contains("已记下。", "姓名", "手机号", "2025-06", "网购收货");
    assertThat(after).doesNotContain("<script>alert(1)").doesNotContain("<img src=x");
    assertThat(after).contains("&lt;script&gt;alert(1)&lt;/script&gt;");

    // Bob sees none of Alice's lines.
    Browser bob = new Browser().signedUp();
    assertThat(bob.get("/sources").body()).doesNotContain("alert(1)").contains("还没有记录");
  }

  @Test
  void aCanaryMadeOnThePageIsFoundInAPastedMessageAndOnTheCase() {
    Browser alice = new Browser().signedUp();
    HttpResponse<String> made =
        alice.submit(
            "/sources/canaries",
            "/sources/canaries",
            List.of(
                Map.entry("platform", "优品商城"), Map.entry("kind", "NAME"), Map.entry("base", "王喆")));
    assertThat(made.statusCode()).isEqualTo(302);
    assertThat(alice.get("/sources/canaries").body()).contains("王喆-优");
    HttpResponse<String> bad =
        alice.submit(
            "/sources/canaries",
            "/sources/canaries",
            List.of(
                Map.entry("platform", "京东"), Map.entry("kind", "EMAIL"), Map.entry("base", "x")));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("请填写你的电子邮箱");

    HttpResponse<String> checked =
        alice.submit(
            "/sources/match",
            "/sources/match",
            List.of(Map.entry("text", "王喆 优，你的快递到了" + HOSTILE)));
    assertThat(checked.statusCode()).isEqualTo(200);
    assertThat(checked.body()).contains("这份信息你只给过“优品商城”：泄露来自优品商城。");
    assertThat(checked.body()).doesNotContain("<script>alert(1)");

    ApiClient api = new ApiClient(port);
    String caseId =
        api.post("/api/cases", alice.token, SourcesContract.INTAKE).json().get("id").asString();
    new SourcesContractSupport(api)
        .evidence(
            alice.token,
            caseId,
            "SMS",
            "2026-11-20T14:03:00+08:00",
            "10690012345678",
            "【速贷】王喆-优，你的借款已逾期，京东白条");
    String casePage = alice.get("/cases/" + caseId + "/sources").body();
    assertThat(casePage)
        .contains("你只给过优品商城的变体出现在了证据里")
        .contains("证据1里有你只给过优品商城的变体“王喆-优”")
        .contains("证据1提到了“京东”");
    assertThat(alice.get("/cases/" + caseId).body()).contains("/cases/" + caseId + "/sources");

    Browser bob = new Browser().signedUp();
    assertThat(bob.get("/cases/" + caseId + "/sources").statusCode()).isEqualTo(404);
    assertThat(bob.get("/sources/groups/" + UUID.randomUUID()).statusCode()).isEqualTo(404);

    // Joining the group from the case page: only what is ticked is shared.
    HttpResponse<String> joined =
        alice.submit(
            "/cases/" + caseId + "/sources",
            "/cases/" + caseId + "/sources/groups",
            List.of(Map.entry("platform", "优品商城"), Map.entry("shareEvents", "true")));
    assertThat(joined.statusCode()).isEqualTo(302);
    String group =
        alice
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
