package org.anodex.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.anodex.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI over the shipped sample data (what a new user sees first): results as you type, the
 * paper's file.
 */
class SampleUiTest {
  private static UiServer server;
  private static ChromeDriver driver;
  private static WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    driver = Browser.start(1280, 900);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    server = new UiServer(Fixtures.sample().index(), Map.of());
  }

  @AfterAll
  static void stop() {
    if (driver != null) driver.quit();
    if (server != null) server.close();
  }

  @Test
  void resultsFollowTheTypingWithoutEnterAndBackSkipsThePrefixes() throws Exception {
    driver.get(server.url("/"));
    WebElement q = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
    int all = shownTotal();
    for (char c : "silicon anode".toCharArray()) {
      q.sendKeys(String.valueOf(c));
      Thread.sleep(40); // a person typing: no pause long enough to search a prefix
    }
    int total =
        server.json("/api/search?size=0&q=" + UiServer.enc("silicon anode")).get("total").asInt();
    wait.until(ExpectedConditions.urlContains("q=silicon+anode"));
    wait.until(
        d ->
            !d.findElement(By.tagName("body")).getAttribute("class").contains("loading")
                && shownTotal() == total);
    assertThat(total).isPositive().isLessThan(all);
    assertThat(driver.findElements(By.cssSelector("#results .hit"))).isNotEmpty();

    driver.navigate().back();
    wait.until((WebDriver d) -> !d.getCurrentUrl().contains("q="));
    wait.until(d -> shownTotal() == all);
    assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEmpty();
  }

  @Test
  void aPaperWhoseFileAnodexHasLinksToItAndTheLinkServesThatFile() throws Exception {
    driver.get(server.url("/?paper=" + UiServer.enc("10.5555/anodex.2024.0001")));
    WebElement link =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("paper-file")));
    assertThat(link.getText()).isEqualTo("Open the PDF file");
    String href = link.getAttribute("href");
    HttpResponse<String> file = server.get(href.substring(href.indexOf("/api/")));
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("content-type")).hasValue("application/pdf");
    assertThat(file.headers().firstValue("content-security-policy")).hasValue("sandbox");
    assertThat(file.body()).startsWith("%PDF");

    String record =
        server
            .json("/api/search?size=1&filter=format:bibtex")
            .get("hits")
            .get(0)
            .get("id")
            .asText();
    driver.get(server.url("/?paper=" + UiServer.enc(record)));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("paper-title")));
    assertThat(driver.findElements(By.id("paper-file"))).as("a record has no file").isEmpty();
    assertThat(server.get("/api/papers/" + record + "/file").statusCode()).isEqualTo(404);
  }

  /**
   * The total the page shows, or -1 while there is none (or it is being drawn again as it is read).
   */
  private static int shownTotal() {
    try {
      var total = driver.findElements(By.id("total"));
      return total.isEmpty() ? -1 : Integer.parseInt(total.get(0).getAttribute("data-total"));
    } catch (org.openqa.selenium.StaleElementReferenceException e) {
      return -1;
    }
  }
}
