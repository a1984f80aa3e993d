package org.anodex.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through {@code /usr/bin/chromedriver} (or {@code
 * -Danodex.chromium} and {@code -Danodex.chromedriver}); the test is skipped, with the reason,
 * where either is missing.
 */
final class Browser {
  private Browser() {}

  static ChromeDriver start(int width, int height) throws IOException {
    Path chromium = Path.of(System.getProperty("anodex.chromium", "/usr/bin/chromium"));
    Path chromedriver = Path.of(System.getProperty("anodex.chromedriver", "/usr/bin/chromedriver"));
    assumeTrue(
        Files.isExecutable(chromedriver),
        chromedriver + " is absent (apt-get install chromium-driver): browser tests skip");
    assumeTrue(
        Files.isExecutable(chromium),
        chromium + " is absent (apt-get install chromium): browser tests skip");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    // The flags of ../shared/STACK.md: headless as root, nothing that reaches the network by
    // itself.
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + Files.createTempDirectory("anodex-chromium"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(chromedriver.toString()))
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }
}
