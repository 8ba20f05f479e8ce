package org.leakaid.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, at a phone's size and set to Chinese as most users' phones are: a
 * fresh browser for each test ({@code @RegisterExtension}). Browser tests skip themselves only
 * where Chromium or its driver is not installed (CI installs both). Root needs --no-sandbox; the
 * background-networking flags keep Chromium from calling out of a machine without a network.
 */
public final class HeadlessChromium implements BeforeEachCallback, AfterEachCallback {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private ChromeDriver browser;
  private WebDriverWait wait;

  public ChromeDriver browser() {
    return browser;
  }

  /** Waits up to 20 s; a poll that catches the page mid-reload after a form post looks again. */
  public WebDriverWait waiting() {
    return wait;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "needs "
            + CHROMIUM
            + " and "
            + CHROMEDRIVER
            + " (Debian packages chromium, chromium-driver)");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=zh-CN",
        "--window-size=412,915");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (browser != null) {
      browser.quit();
      browser = null;
    }
  }
}
