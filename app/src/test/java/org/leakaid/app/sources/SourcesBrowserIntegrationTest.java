package org.leakaid.app.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leakaid.app.ApiClient;
import org.leakaid.app.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
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
 * On a 390x844 phone screen: a victim notes where her data went, makes a canary for a shop, and
 * after a harassing SMS carrying it sees the shop named on her case, with the statistics of four
 * other victims harassed by the same number; then she joins the shop's group, sharing only counts.
 * Every tap target is at least 44 px and nothing is wider than the screen. Screenshots go to
 * target/screenshots.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:sources-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "leakaid.registration.max-per-address=10000"
    })
class SourcesBrowserIntegrationTest {

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    String dir = SourcesContract.newDataDir().toString();
    registry.add("leakaid.data-dir", () -> dir);
  }

  @LocalServerPort int port;
  @RegisterExtension final HeadlessChromium chromium = new HeadlessChromium();
  ChromeDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void start() {
    browser = chromium.browser();
    browser.manage().window().setSize(new Dimension(390, 844));
    wait = chromium.waiting();
  }

  @Test
  void ledgerCanaryCaseAndGroupOnAPhone() throws Exception {
    ApiClient api = new ApiClient(port);
    SourcesContractSupport evidence = new SourcesContractSupport(api);
    String base = "http://127.0.0.1:" + port;
    String username = ApiClient.uniqueUsername();
    api.register(username, ApiClient.PASSWORD);
    String token = api.token(username, ApiClient.PASSWORD);

    browser.get(base + "/login");
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(ApiClient.PASSWORD);
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("/cases"));

    // The ledger: quick entry with the common kinds first.
    browser.get(base + "/sources");
    browser.findElement(By.id("platform")).sendKeys("优品商城");
    for (String kind : List.of("NAME", "PHONE", "ADDRESS")) {
      browser.findElement(By.cssSelector("label[for=data-" + kind + "]")).click();
    }
    browser.executeScript("document.getElementById('disclosedOn').value = '2026-03'");
    browser.findElement(By.id("purpose")).sendKeys("网购收货");
    browser.findElement(By.id("save-ledger")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("added")));
    assertThat(browser.findElement(By.id("ledger-entries")).getText())
        .contains("优品商城", "姓名、手机号、住址", "2026-03", "网购收货");
    checkPhoneLayout("sources-ledger");

    // A canary for the shop.
    browser.findElement(By.id("link-canaries")).click();
    browser.findElement(By.id("platform")).sendKeys("优品商城");
    new Select(browser.findElement(By.id("kind"))).selectByValue("NAME");
    browser.findElement(By.id("base")).sendKeys("王喆");
    browser.findElement(By.id("make-canary")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("canary-list")));
    assertThat(browser.findElement(By.cssSelector("#canary-list .canary-value")).getText())
        .isEqualTo("王喆-优");
    checkPhoneLayout("sources-canaries");

    // The harassment: an SMS carrying the canary; four other victims of the same number.
    String number = "17055550123";
    String caseId =
        api.post("/api/cases", token, SourcesContract.INTAKE).json().get("id").asString();
    evidence.evidence(
        token, caseId, "SMS", "2026-11-20T14:03:00+08:00", number, "【速贷】王喆-优，你的借款已逾期");
    for (int i = 0; i < 4; i++) {
      String other = api.newUserToken();
      String theirCase =
          api.post("/api/cases", other, SourcesContract.INTAKE).json().get("id").asString();
      evidence.evidence(
          other, theirCase, "CALL", "2026-11-1" + i + "T09:00:00+08:00", number, "催收");
      api.post(
          "/api/sources/ledger",
          other,
          "{\"platform\":\"优品商城\",\"data\":[\"PHONE\"],\"disclosedOn\":\"2026-02\",\"purpose\":\"\"}");
      api.send(
          "PUT",
          "/api/cases/" + theirCase + "/sources/statistics",
          other,
          "application/json",
          "{\"optIn\":true}");
    }
    for (int i = 0; i < 3; i++) {
      String bystander = api.newUserToken();
      String theirCase =
          api.post("/api/cases", bystander, SourcesContract.INTAKE).json().get("id").asString();
      evidence.evidence(
          bystander, theirCase, "CALL", "2026-11-11T09:00:00+08:00", "1380000000" + i, "推销");
      api.post(
          "/api/sources/ledger",
          bystander,
          "{\"platform\":\"别的商城\",\"data\":[\"PHONE\"],\"disclosedOn\":\"2026-02\",\"purpose\":\"\"}");
      api.send(
          "PUT",
          "/api/cases/" + theirCase + "/sources/statistics",
          bystander,
          "application/json",
          "{\"optIn\":true}");
    }

    // From the case page to its sources; take part in the statistics.
    browser.get(base + "/cases/" + caseId);
    browser.findElement(By.id("case-link-sources")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("suspects")));
    WebElement top = browser.findElement(By.id("suspect-0"));
    assertThat(top.findElement(By.cssSelector(".platform")).getText()).isEqualTo("优品商城");
    assertThat(top.getText())
        .contains("基本可以确定是优品商城泄露的", "证据1里有你只给过优品商城的变体“王喆-优”")
        .contains("你在2026-03把信息给了它");
    browser.findElement(By.id("stats-toggle")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("shared")));
    assertThat(browser.findElement(By.id("shared")).getText()).contains("优品商城", "5位关联受害人给过它（共5位）");
    assertThat(browser.findElement(By.id("suspect-0")).getText()).contains("被同一些号码骚扰的5位受害人中");
    browser.executeScript("window.scrollTo(0, 0)");
    checkPhoneLayout("sources-case");

    // Join the shop's group, sharing the counts and dates but not the numbers.
    WebElement join = browser.findElement(By.cssSelector("#suspect-0 details.join"));
    join.findElement(By.tagName("summary")).click();
    join.findElement(By.cssSelector("input[name=shareEvents]")).click();
    join.findElement(By.cssSelector("input[name=shareDates]")).click();
    join.findElement(By.cssSelector("input[name=shareDocuments]")).click();
    join.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("aggregate")));
    assertThat(browser.findElement(By.id("members")).getText()).isEqualTo("1");
    assertThat(browser.findElement(By.id("events")).getText()).isEqualTo("1次（1位成员分享）");
    assertThat(browser.findElement(By.id("range")).getText()).contains("2026-11-20");
    checkPhoneLayout("sources-group");

    // She opened the group, so she coordinates it: the joint documents and the invitation form.
    assertThat(browser.findElement(By.id("coordinator-who")).getText()).contains("你是这个群组的协调人");
    assertThat(browser.findElement(By.id("sharing-documents")).getText()).contains("1位成员同意");
    assertThat(browser.findElement(By.id("complaint-pdf")).getAttribute("href"))
        .contains("/documents/joint-complaint?format=pdf");
    assertThat(browser.findElement(By.id("share-documents")).isSelected()).isTrue();
    String lawyer = ApiClient.uniqueUsername();
    api.register(lawyer, ApiClient.PASSWORD);
    browser.findElement(By.id("invite-account")).sendKeys(lawyer);
    browser.findElement(By.cssSelector("#invite-form button[type=submit]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("invite-sent")));
    browser.executeScript(
        "document.getElementById('coordinator').scrollIntoView({block: 'start'})");
    checkPhoneLayout("sources-group-coordinator");
    // The joint complaint the button downloads, fetched with her session's rights via the API.
    String groupPath = new java.net.URI(browser.getCurrentUrl()).getPath();
    ApiClient.Response complaint =
        api.get("/api" + groupPath + "/documents/joint-complaint?format=txt", token);
    assertThat(complaint.status()).isEqualTo(200);
    assertThat(complaint.raw().body()).contains("优品商城", "《民事诉讼法》第五十六条");
  }

  private void checkPhoneLayout(String name) throws Exception {
    Files.createDirectories(Path.of("target/screenshots"));
    Files.write(
        Path.of("target/screenshots/" + name + "-390x844.png"),
        browser.getScreenshotAs(OutputType.BYTES));
    Long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth");
    assertThat(scrollWidth).as(name + " fits the screen").isLessThanOrEqualTo(390);
    List<WebElement> targets =
        browser.findElements(
            By.cssSelector(
                "main button, main a.button, main select, main .check, main input[type=text], main input[type=month],"
                    + " main summary, main a.back"));
    assertThat(targets).isNotEmpty();
    for (WebElement target : targets) {
      if (target.isDisplayed()) {
        assertThat(target.getSize().getHeight())
            .as(name + ": " + target.getTagName() + " " + target.getText())
            .isGreaterThanOrEqualTo(44);
      }
    }
  }
}
