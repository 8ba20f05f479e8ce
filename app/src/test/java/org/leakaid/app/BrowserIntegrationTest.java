package org.leakaid.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A new user on a phone-sized screen in headless Chromium: registers, fills the intake, sees the
 * plan, marks a step done, switches to English. Skips only when Chromium or chromedriver is not
 * installed.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
class BrowserIntegrationTest {

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
  void registerFillIntakeSeePlanMarkStepDone() throws Exception {
    browser.get("http://127.0.0.1:" + port + "/");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
    browser.findElement(By.linkText("注册")).click();

    String username = ApiClient.uniqueUsername();
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(ApiClient.PASSWORD);
    browser.findElement(By.id("passwordRepeat")).sendKeys(ApiClient.PASSWORD);
    browser.findElement(By.cssSelector("form button[type=submit].primary")).click();

    wait.until(ExpectedConditions.urlContains("/cases/new"));
    for (String id :
        new String[] {
          "leaked-PHONE", "leaked-BANK_CARD", "symptom-HARASSING_CALLS", "symptom-MONEY_LOST"
        }) {
      // Click the label, as a person would: it must be tied to its checkbox.
      browser.findElement(By.cssSelector("label[for='" + id + "']")).click();
      assertThat(browser.findElement(By.id(id)).isSelected()).as(id).isTrue();
    }
    browser.findElement(By.id("moneyLostYuan")).sendKeys("2000");
    saveScreenshot("intake-zh.png");
    browser.findElement(By.id("suspectedSource")).sendKeys("某快递<script>alert(1)</script>");
    browser.findElement(By.cssSelector("#intake button[type=submit]")).click();

    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("risk-level")));
    assertThat(browser.getCurrentUrl()).matches(".*/cases/[0-9a-f-]{36}$");
    assertThat(browser.findElement(By.id("risk-level")).getText()).isIn("高风险", "紧急");
    WebElement firstStep = browser.findElement(By.cssSelector("ol.plan > li.step"));
    assertThat(firstStep.getText()).contains("立即");
    assertThat(browser.findElements(By.id("step-call-police-110"))).hasSize(1);
    assertThat(browser.findElements(By.id("step-protect-id-copies"))).isEmpty();
    // Hostile text is shown as text, never run.
    assertThat(browser.findElement(By.cssSelector("dl.intake")).getText())
        .contains("某快递<script>alert(1)</script>");
    String total = browser.findElement(By.id("progress")).getAttribute("max");
    assertThat(browser.findElement(By.id("progress-text")).getText()).contains("0/" + total);

    WebElement step = browser.findElement(By.id("step-report-police"));
    // Steps are collapsed to a line: a tap opens one.
    tap(step.findElement(By.tagName("summary")));
    step.findElement(By.tagName("textarea")).sendKeys("已到派出所报案");
    step.findElement(By.cssSelector("button[value=DONE]")).click();

    wait.until(
        ExpectedConditions.attributeContains(By.id("step-report-police"), "class", "status-DONE"));
    assertThat(browser.findElement(By.id("progress-text")).getText()).contains("1/" + total);
    assertThat(
            browser
                .findElement(By.cssSelector("#step-report-police textarea"))
                .getAttribute("value"))
        .isEqualTo("已到派出所报案");
    saveScreenshot("case-page-zh.png");
    // The law is folded away under the step's plain words.
    tap(browser.findElement(By.cssSelector("#step-report-police details.basis > summary")));
    WebElement lawLink = browser.findElement(By.cssSelector("#step-report-police .basis a"));
    String href = lawLink.getAttribute("href");
    String ref = href.substring(href.lastIndexOf('/') + 1);
    assertThat(lawLink.getText()).startsWith("《");

    browser.findElement(By.linkText("English")).click();
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your response plan");
    assertThat(browser.findElement(By.id("progress-text")).getText()).contains("1 of " + total);
    saveScreenshot("case-page-en.png");

    tap(browser.findElement(By.cssSelector("#step-report-police > details > summary")));
    tap(browser.findElement(By.cssSelector("#step-report-police details.basis > summary")));
    WebElement englishLink =
        browser.findElement(By.cssSelector("#step-report-police .basis a[href$='/" + ref + "']"));
    assertThat(englishLink.getText()).contains(", art. ");
    new org.openqa.selenium.interactions.Actions(browser).scrollToElement(englishLink).perform();
    englishLink.click();
    wait.until(ExpectedConditions.urlContains("/law/articles/" + ref));
    assertThat(browser.findElement(By.tagName("blockquote")).getText()).isNotBlank();
  }

  private void tap(WebElement element) {
    new org.openqa.selenium.interactions.Actions(browser).scrollToElement(element).perform();
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    element.click();
  }

  private void saveScreenshot(String name) throws Exception {
    Path target = Path.of("target", "screenshots");
    Files.createDirectories(target);
    File shot = browser.getScreenshotAs(OutputType.FILE);
    Files.copy(
        shot.toPath(), target.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
