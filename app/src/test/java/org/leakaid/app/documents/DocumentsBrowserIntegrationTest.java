package org.leakaid.app.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * On a 390 x 844 phone screen in headless Chromium, a user opens the police report of a case with
 * evidence, types a wrong ID number and is told so, fills in what is missing, sees the preview with
 * the name as typed (堃, 𠮷), and downloads the PDF. Every button is at least 44 px high.
 * Screenshots go to target/screenshots. Skips only when Chromium or chromedriver is missing.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:documents-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
class DocumentsBrowserIntegrationTest {
  static final String NAME = "𠮷田堃";

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    String dir = DocumentsContract.newDataDir().toString();
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
  void fillAMissingFieldPreviewAndDownloadThePoliceReport() throws Exception {
    DocumentsHttp http = new DocumentsHttp(port);
    String username = "b" + java.util.UUID.randomUUID().toString().substring(0, 8);
    String credentials =
        "{\"username\":\"" + username + "\",\"password\":\"correct horse battery\"}";
    http.post("/api/auth/register", null, credentials);
    String token = http.post("/api/auth/token", null, credentials).json().get("token").asString();
    String caseId = http.newCase(token, DocumentsContract.INTAKE);
    http.evidence(token, caseId, DocumentsContract.SMS);
    http.evidence(token, caseId, DocumentsContract.CALL);

    Path downloads = Files.createTempDirectory("leakaid-downloads");
    browser.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toString()));

    String base = "http://127.0.0.1:" + port;
    browser.get(base + "/login");
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys("correct horse battery");
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("/cases"));

    browser.get(base + "/cases/" + caseId);
    browser.findElement(By.cssSelector("nav.case-links a[href$='/documents']")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kind-police-report")));
    screenshot("documents-list");
    assertThat(browser.findElement(By.cssSelector("#kind-contacts-warning")).getText())
        .contains("可以下载");
    browser.findElement(By.cssSelector("#kind-police-report a.button")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fields")));

    // The next action is on the first screen: the form for what is missing.
    WebElement fullName = browser.findElement(By.id("f-fullName"));
    assertThat(fullName.getLocation().getY()).isLessThan(844);
    assertThat(browser.findElements(By.id("preview"))).isEmpty();
    fullName.sendKeys(NAME);
    browser.findElement(By.id("f-idNumber")).sendKeys("110105194912310021");
    browser.findElement(By.id("f-phone")).sendKeys("13812345678");
    browser.findElement(By.id("f-address")).sendKeys("北京市海淀区中关村大街27号");
    browser.findElement(By.id("f-policeStation")).sendKeys("北京市公安局海淀分局中关村派出所");
    browser.findElement(By.id("save-fields")).click();

    // A wrong check character: said so next to the field, the rest kept as typed.
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-idNumber-error")));
    assertThat(browser.findElement(By.id("f-idNumber-error")).getText()).contains("公民身份号码");
    assertThat(browser.findElement(By.id("f-fullName")).getAttribute("value")).isEqualTo(NAME);
    screenshot("documents-error");
    WebElement id = browser.findElement(By.id("f-idNumber"));
    id.clear();
    id.sendKeys("11010519491231002X");
    browser.findElement(By.id("save-fields")).click();

    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("preview")));
    assertThat(browser.getCurrentUrl()).endsWith("/documents/police-report#preview");
    WebElement sheet = browser.findElement(By.cssSelector(".doc-sheet"));
    assertThat(sheet.getText())
        .contains("报案材料", "报案人：" + NAME, "11010519491231002X", "17012345678", "受案回执");
    browser.executeScript("window.scrollTo(0, 0)");
    screenshot("documents-ready");
    browser.executeScript("document.getElementById('preview').scrollIntoView()");
    screenshot("documents-preview");

    // Tap targets: every button and button-like link is at least 44 px high.
    for (WebElement button : browser.findElements(By.cssSelector("main .button, main button"))) {
      if (button.isDisplayed()) {
        assertThat(button.getSize().getHeight()).as(button.getText()).isGreaterThanOrEqualTo(44);
      }
    }

    browser.findElement(By.id("download-pdf")).click();
    Path pdf = waitForDownload(downloads, ".pdf");
    assertThat(pdf.getFileName().toString()).isEqualTo("报案材料.pdf");
    String text = DocumentsContract.pdfText(Files.readAllBytes(pdf));
    assertThat(text).contains("报案人：" + NAME, "1.2026年11月19日09:30");
  }

  private Path waitForDownload(Path dir, String extension) {
    return new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(
            d -> {
              try (Stream<Path> files = Files.list(dir)) {
                List<Path> done = files.filter(p -> p.toString().endsWith(extension)).toList();
                return done.isEmpty() ? null : done.get(0);
              } catch (IOException e) {
                return null;
              }
            });
  }

  private void screenshot(String name) throws IOException {
    Files.createDirectories(Path.of("target/screenshots"));
    Files.write(
        Path.of("target/screenshots/" + name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }
}
