package org.leakaid.app.protect;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.leakaid.app.ApiClient;
import org.leakaid.app.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each protection page and the registration of issue 15 on a 390 x 844 phone screen in headless
 * Chromium, in Chinese: what a person sees and taps, with screenshots under
 * target/screenshots/protect-*.png. Nothing typed or uploaded may reach the log.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:protect-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
class ProtectBrowserIntegrationTest {

  /** Everyday English words: English left on a Chinese page (pinyin examples are fine). */
  static final Pattern ENGLISH_WORDS =
      Pattern.compile(
          "(?i)\\b(the|and|is|not|too|this|your|you|password|with|for|must|characters)\\b");

  @LocalServerPort int port;
  @RegisterExtension final HeadlessChromium chromium = new HeadlessChromium();
  @TempDir Path dir;
  ChromeDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void phone() {
    browser = chromium.browser();
    browser.manage().window().setSize(new Dimension(390, 844));
    wait = chromium.waiting();
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  @Test
  void registersWithAChineseNameSeesTheRecoveryCodeAndIsToldWhyAPasswordIsWeak(
      CapturedOutput output) throws Exception {
    browser.get(url("/login"));
    assertThat(browser.findElement(By.cssSelector(".why-account")).getText())
        .contains("为什么要注册账号")
        .contains("只有你自己能看到");
    screenshot("protect-login.png");
    browser.findElement(By.linkText("注册新账号")).click();

    String name = ProtectContract.chineseName();
    browser.findElement(By.id("username")).sendKeys(name);
    browser.findElement(By.id("password")).sendKeys("1234567890");
    browser.findElement(By.id("passwordRepeat")).sendKeys("1234567890");
    browser.findElement(By.cssSelector("form button[type=submit].primary")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password-reasons")));
    String reasons = browser.findElement(By.id("register-error")).getText();
    assertThat(reasons).contains("太容易被猜到").contains("最常见的密码");
    assertThat(ENGLISH_WORDS.matcher(reasons).find()).as(reasons).isFalse();
    screenshot("protect-register-weak.png");

    browser.findElement(By.id("password")).sendKeys(ApiClient.PASSWORD);
    browser.findElement(By.id("passwordRepeat")).sendKeys(ApiClient.PASSWORD);
    browser.findElement(By.cssSelector("form button[type=submit].primary")).click();
    wait.until(ExpectedConditions.urlContains("/cases/new"));
    String code = browser.findElement(By.id("recovery-code")).getText();
    assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}");
    assertThat(browser.findElement(By.cssSelector(".recovery-code")).getText()).contains("只显示这一次");
    screenshot("protect-recovery-code.png");

    browser.navigate().refresh();
    assertThat(browser.findElements(By.id("recovery-code"))).as("shown once").isEmpty();

    // Signed out, the code sets a new password.
    browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
    wait.until(ExpectedConditions.urlContains("signedOut"));
    browser.get(url("/recover"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recoveryCode")));
    browser.findElement(By.id("username")).sendKeys(name);
    browser.findElement(By.id("recoveryCode")).sendKeys(code.toLowerCase());
    browser.findElement(By.id("password")).sendKeys("qinqin-shanfeng-7731-beizi");
    browser.findElement(By.id("passwordRepeat")).sendKeys("qinqin-shanfeng-7731-beizi");
    browser.findElement(By.cssSelector("form button[type=submit].primary")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recovery-code")));
    assertThat(browser.findElement(By.id("recovery-code")).getText()).isNotEqualTo(code);
    screenshot("protect-recovered.png");
    String second = browser.findElement(By.id("recovery-code")).getText();

    // Signed in, a lost code is replaced after the password is entered again.
    browser.findElement(By.linkText("用新密码登录")).click();
    browser.findElement(By.id("username")).sendKeys(name);
    browser.findElement(By.id("password")).sendKeys("qinqin-shanfeng-7731-beizi");
    browser.findElement(By.cssSelector("form button[type=submit].primary")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    browser.get(url("/account"));
    browser.findElement(By.id("recovery-password")).sendKeys("not-my-password");
    browser.findElement(By.cssSelector("#new-recovery-code button")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("new-recovery-code"), "密码不对"));
    browser.findElement(By.id("recovery-password")).sendKeys("qinqin-shanfeng-7731-beizi");
    browser.findElement(By.cssSelector("#new-recovery-code button")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recovery-code")));
    String third = browser.findElement(By.id("recovery-code")).getText();
    assertThat(third).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}").isNotEqualTo(second);
    screenshot("protect-account-new-code.png");

    assertThat(output.getAll())
        .doesNotContain(code, second, third, ApiClient.PASSWORD, "qinqin-shanfeng");
  }

  private void signIn() {
    ApiClient api = new ApiClient(port);
    String username = ApiClient.uniqueUsername();
    api.register(username, ApiClient.PASSWORD);
    String token = api.token(username, ApiClient.PASSWORD);
    for (String body :
        List.of("{\"value\":\"13912345678\"}", "{\"value\":\"李娜\",\"type\":\"NAME\"}")) {
      new ProtectHttp(port).json("POST", "/api/account/identifiers", token, body, null);
    }
    browser.get(url("/login"));
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(ApiClient.PASSWORD);
    browser.findElement(By.cssSelector("form button[type=submit].primary")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
  }

  @Test
  void everyProtectionPageWorksOnAPhone(CapturedOutput output) throws Exception {
    signIn();
    browser.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", dir.toString(), "eventsEnabled", true));

    browser.get(url("/protect"));
    assertThat(browser.findElements(By.cssSelector("a.tool"))).hasSize(4);
    checkTapTargets();
    screenshot("protect-index.png");

    // Passwords: a weak one, with its reasons in Chinese.
    browser.get(url("/protect/password"));
    browser.findElement(By.id("password")).sendKeys("woaini1314");
    browser.findElement(By.cssSelector("#password-form button[type=submit]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password-result")));
    String result = browser.findElement(By.id("password-result")).getText();
    assertThat(result).contains("不安全").contains("泄露").contains("拼音");
    assertThat(browser.findElement(By.id("password")).getAttribute("value")).isEmpty();
    assertThat(ENGLISH_WORDS.matcher(result).find()).as(result).isFalse();
    checkTapTargets();
    screenshot("protect-password.png");
    browser.findElement(By.id("generate-pinyin")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("generated")));
    assertThat(browser.findElement(By.id("generated")).getText())
        .matches("[a-z0-9]+(-[a-z0-9]+){6,}");
    screenshot("protect-password-generated.png");

    // Watermark: a wrong file gets the reason; a photo comes back watermarked.
    browser.get(url("/protect/watermark"));
    Path notAPicture = dir.resolve("不是图片.jpg");
    Files.writeString(notAPicture, "hello", StandardCharsets.UTF_8);
    browser.findElement(By.id("file")).sendKeys(notAPicture.toString());
    browser.findElement(By.id("recipient")).sendKeys("某某银行");
    browser.findElement(By.id("purpose")).sendKeys("办理开户");
    browser.findElement(By.cssSelector("#watermark-form button[type=submit]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("watermark-error")));
    assertThat(browser.findElement(By.id("watermark-error")).getText()).contains("不支持");
    checkTapTargets();
    screenshot("protect-watermark-refused.png");
    Path photo = dir.resolve("身份证.jpg");
    Files.write(photo, TestImages.photoWithExif(800, 500));
    browser.findElement(By.id("file")).sendKeys(photo.toString());
    browser.findElement(By.cssSelector("#watermark-form button[type=submit]")).click();
    Path marked = awaitDownload("身份证-watermarked.jpg");
    byte[] markedBytes = Files.readAllBytes(marked);
    assertThat(TestImages.contains(markedBytes, TestImages.CAMERA)).isFalse();
    BufferedImage markedImage = TestImages.decode(markedBytes);
    assertThat(markedImage.getWidth()).isEqualTo(800);
    Files.copy(
        marked,
        Path.of("target", "screenshots", "protect-watermarked-sample.jpg"),
        StandardCopyOption.REPLACE_EXISTING);

    // A larger photo goes up through upload-progress.js (a progress bar), and still downloads.
    BufferedImage noisy = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
    java.util.Random random = new java.util.Random(7);
    for (int y = 0; y < 1200; y++) {
      for (int x = 0; x < 1600; x++) {
        noisy.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    Path large = dir.resolve("噪点.jpg");
    Files.write(large, TestImages.encode(noisy, "jpeg"));
    assertThat(Files.size(large)).isGreaterThan(512 * 1024);
    browser.get(url("/protect/watermark"));
    browser.findElement(By.id("file")).sendKeys(large.toString());
    browser.findElement(By.id("recipient")).sendKeys("某某公司");
    browser.findElement(By.id("purpose")).sendKeys("办理入职");
    browser.findElement(By.cssSelector("#watermark-form button[type=submit]")).click();
    Path largeMarked = awaitDownload("噪点-watermarked.jpg");
    assertThat(TestImages.decode(Files.readAllBytes(largeMarked)).getWidth()).isEqualTo(1600);
    assertThat(browser.getCurrentUrl()).endsWith("/protect/watermark");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#watermark-form .upload-status"), "已完成"));

    // Check a file: pasted text with the user's own phone and name.
    browser.get(url("/protect/check"));
    browser
        .findElement(By.id("text"))
        .sendKeys("李娜您好，快递到了。收件人：张伟，电话：13912345678，身份证 11010519491231002X");
    browser.findElement(By.id("check-button")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("check-report")));
    String report = browser.findElement(By.id("check-report")).getText();
    assertThat(report).contains("手机号").contains("身份证号");
    assertThat(browser.findElement(By.id("own-hits")).getText())
        .contains("139****5678")
        .contains("李*");
    checkTapTargets();
    screenshot("protect-check.png");
    browser.findElement(By.id("text")).sendKeys("收件人：张伟，电话：13912345678");
    browser.findElement(By.id("mask-button")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("masked-text")));
    String masked = browser.findElement(By.id("masked-text")).getAttribute("value");
    assertThat(masked).contains("139****5678").doesNotContain("13912345678").doesNotContain("张伟");
    screenshot("protect-check-masked.png");

    // Waybill: draw a box with the finger, get the picture back with it black.
    browser.get(url("/protect/waybill"));
    Path label = dir.resolve("快递单.jpg");
    Files.write(label, TestImages.photoWithExif(600, 400));
    browser.findElement(By.id("file")).sendKeys(label.toString());
    WebElement canvas =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("waybill-canvas")));
    int w = canvas.getRect().getWidth();
    int h = canvas.getRect().getHeight();
    new Actions(browser)
        .moveToElement(canvas, -w / 4, -h / 4)
        .clickAndHold()
        .moveByOffset(w / 2, h / 2)
        .release()
        .perform();
    String areas = browser.findElement(By.id("areas")).getAttribute("value");
    assertThat(areas).matches("[0-9.]+,[0-9.]+,[0-9.]+,[0-9.]+");
    assertThat(browser.findElement(By.id("area-count")).getText()).contains("1");
    checkTapTargets();
    screenshot("protect-waybill.png");
    browser.findElement(By.cssSelector("#waybill-form button[type=submit]")).click();
    Path redacted = awaitDownload("快递单-redacted.jpg");
    BufferedImage image = TestImages.decode(Files.readAllBytes(redacted));
    assertThat(image.getRGB(300, 200) & 0xFFFFFF).isLessThan(0x202020);
    assertThat(image.getRGB(10, 10) & 0xFF).isGreaterThan(230);

    assertThat(output.getAll())
        .doesNotContain("woaini1314", "13912345678", "11010519491231002X", "张伟", "李娜");
  }

  private Path awaitDownload(String name) {
    Path file = dir.resolve(name);
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> Files.exists(file) && !Files.exists(dir.resolve(name + ".crdownload")));
    return file;
  }

  /** Buttons, fields and button-like links in the page's main part are at least 44 px tall. */
  private void checkTapTargets() {
    for (WebElement e :
        browser.findElements(
            By.cssSelector(
                "main button, main .button, main input[type=text], main input[type=password],"
                    + " main input[type=file], main textarea, main a.tool, main details summary,"
                    + " main .crumbs a"))) {
      if (!e.isDisplayed()) {
        continue;
      }
      assertThat(e.getRect().getHeight())
          .as("tap target %s '%s'", e.getTagName(), e.getText())
          .isGreaterThanOrEqualTo(44);
    }
  }

  private void screenshot(String name) throws Exception {
    Path target = Path.of("target", "screenshots");
    Files.createDirectories(target);
    File shot = browser.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
