package org.leakaid.app.numbers;

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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On a 390x844 phone screen: a user pastes a number into the lookup box on the home page, sees the
 * number page, checks whether it is really their bank, reports the number and sees the count and
 * the chart. Numbers are tel: links and every tap target is at least 44 px.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties =
        "spring.datasource.url=jdbc:h2:mem:numbers-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class NumberPageBrowserIntegrationTest {

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
  void lookUpCheckAndReportANumberOnAPhone() throws Exception {
    ApiClient api = new ApiClient(port);
    String username = ApiClient.uniqueUsername();
    api.register(username, ApiClient.PASSWORD);
    String base = "http://127.0.0.1:" + port;

    // Anyone can look a number up from the box in the header.
    browser.get(base + "/");
    browser.findElement(By.id("lookup-box-q")).sendKeys("+86 138-0013-8000");
    browser.findElement(By.cssSelector("form.lookup-box button")).click();
    wait.until(ExpectedConditions.urlContains("/numbers/13800138000"));
    assertThat(browser.findElement(By.id("fact-region")).getText()).isEqualTo("北京市");
    assertThat(browser.findElement(By.id("fact-carrier")).getText()).isEqualTo("中国移动");
    assertThat(browser.findElement(By.id("fact-type")).getText()).isEqualTo("手机");
    assertThat(browser.findElement(By.cssSelector("h1 a.tel")).getAttribute("href"))
        .isEqualTo("tel:+8613800138000");
    assertThat(browser.findElement(By.id("report-sign-in")).getText()).contains("登录后");

    // "Is this really my bank?"
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("claims")))
        .selectByValue("中国工商银行");
    browser.findElement(By.cssSelector("form.claim-check button")).click();
    wait.until(ExpectedConditions.urlContains("claims="));
    assertThat(browser.findElement(By.id("verdict")).getText()).isEqualTo("可疑");
    assertThat(browser.findElement(By.id("reasons")).getText()).contains("中国工商银行的客服不会用手机号码给你打电话");
    WebElement callBack = browser.findElement(By.cssSelector(".call-back a.tel"));
    assertThat(callBack.getAttribute("href")).isEqualTo("tel:95588");

    // Sign in and report it.
    browser.get(base + "/login");
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(ApiClient.PASSWORD);
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("/cases"));
    browser.get(base + "/numbers/138%200013%208000");
    browser.findElement(By.cssSelector("label[for=tag-FAKE_OFFICIAL]")).click();
    browser.findElement(By.id("note")).sendKeys("自称工商银行客服，要我转账<script>alert(1)</script>");
    browser.findElement(By.id("submit-report")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-done")));
    assertThat(browser.findElement(By.id("count-FAKE_OFFICIAL")).getText()).isEqualTo("冒充官方 1");
    assertThat(browser.findElements(By.cssSelector("#report-chart rect"))).hasSize(1);
    assertThat(browser.findElement(By.id("my-report")).getText()).contains("冒充官方");
    assertThat(browser.findElement(By.id("note")).getAttribute("value")).contains("<script>");

    Files.createDirectories(Path.of("target/screenshots"));
    browser.executeScript("window.scrollTo(0, 0)");
    Files.write(
        Path.of("target/screenshots/number-page-390x844.png"),
        browser.getScreenshotAs(OutputType.BYTES));
    browser.executeScript("document.getElementById('report').scrollIntoView()");
    Files.write(
        Path.of("target/screenshots/number-page-report-390x844.png"),
        browser.getScreenshotAs(OutputType.BYTES));

    // Nothing is wider than the screen, and every tap target is at least 44 px high.
    Long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth");
    assertThat(scrollWidth).isLessThanOrEqualTo(390);
    List<WebElement> targets =
        browser.findElements(
            By.cssSelector(
                "main a.tel, main button, main select, main .check, form.lookup-box input,"
                    + " form.lookup-box button"));
    assertThat(targets).hasSizeGreaterThan(5);
    for (WebElement target : targets) {
      assertThat(target.getSize().getHeight())
          .as(target.getTagName() + " " + target.getText())
          .isGreaterThanOrEqualTo(44);
    }

    browser.get(base + "/numbers/reports/mine");
    assertThat(browser.findElement(By.id("my-reports")).getText()).contains("+8613800138000");

    // A number we cannot read comes back to the lookup page with the reason.
    browser.get(base + "/numbers?q=abc");
    assertThat(browser.findElement(By.id("lookup-error")).getText()).contains("不是一个电话号码");
  }
}
