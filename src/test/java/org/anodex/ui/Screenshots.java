package org.anodex.ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.anodex.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Takes the README's screenshots (docs/ui-*.png) of the web UI over the battery abstracts of
 * ../shared. Off by default: {@code mvn test -Dtest=Screenshots -Danodex.screenshots=true}.
 */
@EnabledIfSystemProperty(named = "anodex.screenshots", matches = "true")
class Screenshots {
  private static final Path DOCS = Path.of("docs");

  @Test
  void takeTheReadmeScreenshots() throws Exception {
    Files.createDirectories(DOCS);
    ChromeDriver driver = Browser.start(1280, 900);
    try (UiServer server = new UiServer(Fixtures.abstracts().index(), Map.of())) {
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      viewport(driver, 1280, 900);
      String results =
          "/?q="
              + UiServer.enc("silicon anode binder")
              + "&filter="
              + UiServer.enc("material:silicon");
      driver.get(server.url(results));
      settle(wait);
      shoot(driver, "ui-results.png");

      JsonNode hit =
          server
              .json(
                  "/api/search?size=1&q="
                      + UiServer.enc("silicon anode binder")
                      + "&range="
                      + UiServer.enc("specific_capacity:1000.."))
              .get("hits")
              .get(0);
      driver.get(server.url(results + "&paper=" + UiServer.enc(hit.get("id").asText())));
      wait.until(
          ExpectedConditions.presenceOfElementLocated(By.cssSelector("#similar a[data-paper]")));
      // past the abstract, to the topics and the measured properties with their evidence
      driver.executeScript(
          "const s = document.querySelector('#paper .topic-list').closest('section');"
              + "window.scrollTo(0, s.getBoundingClientRect().top + window.scrollY - 12);");
      shoot(driver, "ui-paper.png");

      // the compare view: capacity retention against its own cycles, by binder, above the table of
      // values
      driver.get(server.url("/?q=binder&view=compare&y=capacity_retention&x=cycles&color=binder"));
      wait.until(
          ExpectedConditions.presenceOfElementLocated(By.cssSelector("#compare[data-ready=true]")));
      driver.executeScript(
          "window.scrollTo(0, document.getElementById('compare').getBoundingClientRect().top + window.scrollY - 60);");
      shoot(driver, "ui-compare.png");

      viewport(driver, 400, 900);
      driver.get(server.url("/?q=" + UiServer.enc("prelithiation")));
      settle(wait);
      shoot(driver, "ui-narrow.png");
    } finally {
      driver.quit();
    }
  }

  /** Sizes the window so that the page itself (without the browser's frame) is width x height. */
  private static void viewport(ChromeDriver driver, int width, int height) {
    driver.get("about:blank");
    Number frame = (Number) driver.executeScript("return window.outerHeight - window.innerHeight;");
    driver.manage().window().setSize(new Dimension(width, height + frame.intValue()));
  }

  private static void settle(WebDriverWait wait) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
    wait.until(
        (WebDriver d) ->
            "false".equals(d.findElement(By.id("results-region")).getAttribute("aria-busy")));
  }

  private static void shoot(ChromeDriver driver, String name) throws Exception {
    Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, DOCS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
