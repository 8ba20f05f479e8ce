package org.leakaid.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leakaid.app.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A user in headless Chromium records a call (with a recording) and an SMS through the form and
 * sees both on the timeline, in the chart and among the top counterparts. Skips only when Chromium
 * or chromedriver is not installed.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:evidence-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "leakaid.evidence.max-file-size=1MB",
      "spring.servlet.multipart.max-file-size=2MB",
      "spring.servlet.multipart.max-request-size=3MB"
    })
class EvidenceBrowserIntegrationTest {
  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    String dir =
        EvidenceContract.newDataDir().toString(); // once: the supplier runs on every lookup
    registry.add("leakaid.data-dir", () -> dir);
  }

  @LocalServerPort int port;
  @RegisterExtension final HeadlessChromium chromium = new HeadlessChromium();
  ChromeDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void start() {
    browser = chromium.browser();
    wait = chromium.waiting();
  }

  @Test
  void recordACallAndAnSmsAndSeeThemOnTheTimeline() throws Exception {
    EvidenceHttp http = new EvidenceHttp(port);
    String username = "b" + java.util.UUID.randomUUID().toString().substring(0, 8);
    String credentials =
        "{\"username\":\"" + username + "\",\"password\":\"correct horse battery\"}";
    http.json("POST", "/api/auth/register", null, credentials);
    String token =
        http.json("POST", "/api/auth/token", null, credentials).json().get("token").asString();
    String caseId = http.newCase(token);

    String base = "http://127.0.0.1:" + port;
    browser.get(base + "/login");
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys("correct horse battery");
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("/cases"));

    browser.get(base + "/cases/" + caseId);
    browser.findElement(By.cssSelector("nav.case-links a[href$='/evidence']")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("no-evidence")));

    Path recording = Files.createTempFile("来电录音", ".m4a");
    byte[] m4a = new byte[4000];
    System.arraycopy(HexFormat.of().parseHex("000000206674797" + "04d344120"), 0, m4a, 0, 12);
    Files.write(recording, m4a);
    record("CALL", "2026-11-20T09:30", "17012345678", "对方报出我的姓名和住址,要求我还款", recording);
    record("SMS", "2026-11-20T14:03", "10690000123", "【某贷】您的借款已逾期<script>alert(1)</script>", null);
    record("SMS", "2026-11-21T08:00", "10690000123", "第二条催收短信", null);

    List<WebElement> items = browser.findElements(By.cssSelector("li.item"));
    assertThat(items).hasSize(3);
    WebElement call = browser.findElement(By.cssSelector("li.item.kind-CALL"));
    assertThat(call.getText()).contains("09:30", "来电", "电子数据", "17012345678", "来电录音");
    assertThat(call.findElement(By.cssSelector("ul.files a")).getAttribute("href"))
        .contains("/cases/" + caseId + "/evidence/files/");
    // Hostile text is shown as text, never run.
    assertThat(
            browser
                .findElement(By.cssSelector("#day-2026-11-20 li.item.kind-SMS .content"))
                .getText())
        .contains("<script>alert(1)</script>");
    assertThat(browser.findElements(By.cssSelector("#day-2026-11-20 li.item"))).hasSize(2);
    assertThat(browser.findElement(By.cssSelector("#day-2026-11-20 h3")).getText())
        .contains("来电 1", "短信 1");
    assertThat(browser.findElements(By.cssSelector("#chart rect"))).hasSize(3);
    assertThat(browser.findElement(By.cssSelector("#counterparts tbody tr")).getText())
        .isEqualTo("10690000123 2");
    // The hash chain is for the police or a lawyer: folded away until asked for.
    assertThat(browser.findElement(By.id("chain-head")).isDisplayed()).isFalse();
    browser.findElement(By.cssSelector("#verification > summary")).click();
    assertThat(browser.findElement(By.id("chain-head")).getText()).matches("[0-9a-f]{64}");

    Files.createDirectories(Path.of("target/screenshots"));
    Files.write(
        Path.of("target/screenshots/evidence-timeline.png"),
        browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));

    browser.findElement(By.cssSelector("details.filters > summary")).click();
    new Select(browser.findElement(By.id("filter-kind"))).selectByValue("CALL");
    browser.findElement(By.cssSelector("details.filters button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("kind=CALL"));
    assertThat(browser.findElements(By.cssSelector("li.item"))).hasSize(1);

    // Over the store's limit: the form comes back with the typed text and a clear message.
    Path big = Files.createTempFile("big", ".png");
    byte[] png = new byte[1_500_000];
    System.arraycopy(HexFormat.of().parseHex("89504e470d0a1a0a"), 0, png, 0, 8);
    Files.write(big, png);
    browser.get(base + "/cases/" + caseId + "/evidence/new");
    browser.findElement(By.id("counterpart")).sendKeys("13800138000");
    browser.findElement(By.id("files")).sendKeys(big.toString());
    browser.findElement(By.id("save-evidence")).click();
    assertThat(
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-error"))).getText())
        .contains("文件太大");
    assertThat(browser.findElement(By.id("counterpart")).getAttribute("value"))
        .isEqualTo("13800138000");

    // Over the server's multipart limit: the fields cannot be read, the form comes back with the
    // reason.
    Path huge = Files.createTempFile("huge", ".png");
    Files.write(huge, java.util.Arrays.copyOf(png, 2_500_000));
    browser.get(base + "/cases/" + caseId + "/evidence/new");
    browser.findElement(By.id("files")).sendKeys(huge.toString());
    browser.findElement(By.id("save-evidence")).click();
    wait.until(ExpectedConditions.urlContains("tooLarge"));
    assertThat(browser.findElement(By.id("form-error")).getText()).contains("文件太大");
  }

  private void record(String kind, String at, String counterpart, String content, Path file) {
    browser.findElement(By.id("add-evidence")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("save-evidence")));
    new Select(browser.findElement(By.id("kind"))).selectByValue(kind);
    browser.executeScript(
        "arguments[0].value = arguments[1]", browser.findElement(By.id("occurredAt")), at);
    browser.findElement(By.id("counterpart")).sendKeys(counterpart);
    browser.findElement(By.id("content")).sendKeys(content);
    if (file != null) {
      browser.findElement(By.id("files")).sendKeys(file.toString());
    }
    browser.findElement(By.id("save-evidence")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("chain-head")));
  }
}
