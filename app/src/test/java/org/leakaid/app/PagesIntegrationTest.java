package org.leakaid.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The server-rendered pages over real HTTP, as a browser without JavaScript sees them: CSRF on
 * every form, cookie flags, security headers, 404 for other users' cases, login throttling.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:pages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      // As behind a TLS proxy on the same machine, which sends X-Forwarded-Proto.
      "leakaid.trusted-proxies=127.0.0.1"
    })
class PagesIntegrationTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  @Test
  void homeIsChineseWithStrictHeaders() {
    HttpResponse<String> home = new PageBrowser(port).get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("<html lang=\"zh-CN\">", "跳到正文", "href=\"/?lang=en\"");
    assertThat(home.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'", "frame-ancestors 'none'")
        .doesNotContain("unsafe-inline");
    assertThat(home.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  @Test
  void pagesAreChineseEvenWhenTheBrowserAsksForEnglish() throws Exception {
    HttpResponse<String> home =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(uri("/"))
                    .header("Accept-Language", "en-US,en;q=0.9")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(home.body()).contains("<html lang=\"zh-CN\">");
  }

  @Test
  void languageChoiceIsRememberedInACookie() {
    PageBrowser browser = new PageBrowser(port);
    assertThat(browser.get("/law?lang=en").body()).contains("<html lang=\"en\">");
    assertThat(browser.get("/").body()).contains("<html lang=\"en\">", "Take your safety back");
    assertThat(browser.get("/?lang=zh-CN").body()).contains("<html lang=\"zh-CN\">");
  }

  @Test
  void registrationSignsInWithAHardenedSessionCookie() {
    PageBrowser browser = new PageBrowser(port);
    HttpResponse<String> registered = browser.register(ApiClient.uniqueUsername());
    assertThat(registered.statusCode()).isEqualTo(302);
    assertThat(registered.headers().firstValue("Location").orElseThrow()).endsWith("/cases/new");
    String cookie =
        registered.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("LEAKAID_SESSION="))
            .findFirst()
            .orElseThrow();
    assertThat(cookie).contains("HttpOnly", "SameSite=Lax");
    assertThat(browser.get("/cases/new").body()).contains("name=\"leaked\"", "name=\"symptoms\"");
  }

  @Test
  void sessionCookieIsSecureBehindAnHttpsProxy() throws Exception {
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(uri("/register"))
                    .header("X-Forwarded-Proto", "https")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(page.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("LEAKAID_SESSION=").contains("Secure"));
    assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();
    HttpResponse<String> plain = new PageBrowser(port).get("/register");
    assertThat(plain.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("LEAKAID_SESSION=").doesNotContain("Secure"));
  }

  @Test
  void formsWithoutCsrfTokenAreRefused() {
    PageBrowser browser = new PageBrowser(port);
    browser.register(ApiClient.uniqueUsername());
    HttpResponse<String> forged =
        browser.post("/cases", Map.of("leaked", "PHONE", "noticedOn", "2026-11-20"));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(browser.get("/cases").body()).doesNotContain("/cases/0", "class=\"card\"");
  }

  @Test
  void pagesNeedSignIn() {
    HttpResponse<String> cases = new PageBrowser(port).get("/cases");
    assertThat(cases.statusCode()).isEqualTo(302);
    assertThat(cases.headers().firstValue("Location").orElseThrow()).endsWith("/login");
  }

  @Test
  void intakeFormShowsProblemsAndKeepsAnswers() {
    PageBrowser browser = new PageBrowser(port);
    browser.register(ApiClient.uniqueUsername());
    HttpResponse<String> invalid =
        browser.submit(
            "/cases/new",
            "/cases",
            Map.of("leaked", "PHONE", "moneyLostYuan", "-3", "suspectedSource", "某<b>平台</b>"));
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.body())
        .contains("金额不能是负数", "value=\"-3\"", "某&lt;b&gt;平台&lt;/b&gt;")
        .doesNotContain("某<b>平台</b>");
    assertThat(invalid.body()).containsPattern("id=\"leaked-PHONE\"[^>]*checked");
  }

  @Test
  void anotherUsersCasePageIsNotFound() {
    PageBrowser alice = new PageBrowser(port);
    alice.register(ApiClient.uniqueUsername());
    HttpResponse<String> created =
        alice.submit(
            "/cases/new",
            "/cases",
            Map.of("leaked", "ID_NUMBER", "symptoms", "UNKNOWN_LOANS", "noticedOn", "2026-11-01"));
    assertThat(created.statusCode()).isEqualTo(302);
    String casePath = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
    assertThat(alice.get(casePath).body()).contains("step-check-credit-report");
    assertThat(alice.get("/cases").body()).contains("href=\"" + casePath + "\"", "2026-11-01");

    PageBrowser bob = new PageBrowser(port);
    bob.register(ApiClient.uniqueUsername());
    HttpResponse<String> peek = bob.get(casePath);
    assertThat(peek.statusCode()).isEqualTo(404);
    assertThat(peek.body()).contains("找不到这个页面").doesNotContain("check-credit-report");
    HttpResponse<String> mark =
        bob.submit("/cases", casePath + "/steps/check-credit-report", Map.of("status", "DONE"));
    assertThat(mark.statusCode()).isEqualTo(404);
    assertThat(alice.get(casePath).body()).doesNotContain("status-DONE");
  }

  @Test
  void formLoginIsThrottled() {
    String username = ApiClient.uniqueUsername();
    new PageBrowser(port).register(username);
    PageBrowser attacker = new PageBrowser(port);
    // Five failures are free (typos); the sixth makes this address wait before the next attempt.
    for (int i = 0; i < 6; i++) {
      HttpResponse<String> wrong =
          attacker.submit(
              "/login", "/login", Map.of("username", username, "password", "nope-" + i));
      assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }
    HttpResponse<String> locked =
        attacker.submit(
            "/login", "/login", Map.of("username", username, "password", ApiClient.PASSWORD));
    assertThat(locked.headers().firstValue("Location").orElseThrow()).endsWith("/login?locked");
  }

  @Test
  void accountDeletionNeedsThePasswordAndEndsTheSession() {
    PageBrowser browser = new PageBrowser(port);
    String username = ApiClient.uniqueUsername();
    browser.register(username);
    HttpResponse<String> wrong =
        browser.submit("/account/delete", "/account/delete", Map.of("password", "wrong-password"));
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(browser.get("/account").statusCode()).isEqualTo(200);

    HttpResponse<String> export = browser.get("/account/export");
    assertThat(export.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("attachment");
    assertThat(export.body()).contains("\"username\":\"" + username + "\"");

    HttpResponse<String> deleted =
        browser.submit(
            "/account/delete", "/account/delete", Map.of("password", ApiClient.PASSWORD));
    assertThat(deleted.headers().firstValue("Location").orElseThrow()).endsWith("/?deleted");
    assertThat(browser.get("/account").statusCode()).isEqualTo(302);
    assertThat(new ApiClient(port).tokenResponse(username, ApiClient.PASSWORD).status())
        .isEqualTo(401);
  }

  @Test
  void aSessionEndsWhenTheAccountIsDeletedThroughTheApi() {
    PageBrowser browser = new PageBrowser(port);
    String username = ApiClient.uniqueUsername();
    browser.register(username);
    assertThat(browser.get("/cases").statusCode()).isEqualTo(200);
    assertThat(sessionRowsOf(username)).isEqualTo(1);
    ApiClient api = new ApiClient(port);
    assertThat(
            api.deleteAccount(api.token(username, ApiClient.PASSWORD), ApiClient.PASSWORD).status())
        .isEqualTo(204);
    // The session row names the user, so it goes with the account, not hours later at expiry.
    assertThat(sessionRowsOf(username)).isZero();
    HttpResponse<String> after = browser.get("/cases");
    assertThat(after.statusCode()).isEqualTo(302);
    assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
  }

  private int sessionRowsOf(String username) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM spring_session WHERE principal_name = ?", Integer.class, username);
  }

  @Test
  void lawPagesAreOpenToEveryone() {
    PageBrowser browser = new PageBrowser(port);
    assertThat(browser.get("/law").body()).contains("/law/articles/PIPL-47");
    HttpResponse<String> article = browser.get("/law/articles/PIPL-47");
    assertThat(article.statusCode()).isEqualTo(200);
    assertThat(article.body()).contains("<blockquote");
    assertThat(browser.get("/law/articles/NOPE-1").statusCode()).isEqualTo(404);
    assertThat(
            browser.get("/law/search?q=" + URLEncoder.encode("删除", StandardCharsets.UTF_8)).body())
        .contains("/law/articles/");
  }
}
