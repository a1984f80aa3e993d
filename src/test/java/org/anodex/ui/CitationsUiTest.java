package org.anodex.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anodex.Fixtures;
import org.anodex.index.LuceneIndex;
import org.anodex.paper.Paper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Harvested papers in the web UI: each hit shows its citation count and open-access link, and "Most
 * cited" orders the hits as the API's {@code sort=-citations} does. Three papers of known counts,
 * one without.
 */
class CitationsUiTest {
  private static LuceneIndex index;
  private static UiServer server;
  private static ChromeDriver driver;
  private static WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    driver = Browser.start(1280, 900);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    index =
        LuceneIndex.openForWriting(
            Files.createTempDirectory("anodex-ui-citations"), Fixtures.schema());
    index.upsert(paper("10.5555/few", "Silicon anode cited a little", 3, null));
    index.upsert(
        paper("10.5555/many", "Silicon anode cited widely", 1200, "https://example.org/many.pdf"));
    index.upsert(paper("10.5555/none", "Silicon anode no count known", null, null));
    index.commit();
    server = new UiServer(index, Map.of());
  }

  @AfterAll
  static void stop() throws Exception {
    if (driver != null) driver.quit();
    if (server != null) server.close();
    if (index != null) index.close();
  }

  private static Paper paper(String doi, String title, Integer citations, String oaUrl) {
    return Paper.builder()
        .doi(doi)
        .title(title)
        .year(2024)
        .format("openalex")
        .build(doi)
        .withScholarly(citations, oaUrl, Map.of("openalex", "W" + Math.abs(doi.hashCode())));
  }

  @Test
  void mostCitedOrdersTheHitsAsTheApiAndEachShowsItsCountAndOpenAccessLink() throws Exception {
    driver.get(server.url("/?q=silicon"));
    waitForResults("q=silicon");
    new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("sort"))))
        .selectByVisibleText("Most cited");
    waitForResults("sort=-citations");

    List<String> apiTitles = new ArrayList<>();
    server
        .json("/api/search?q=silicon&sort=-citations")
        .get("hits")
        .forEach(h -> apiTitles.add(h.get("title").asText()));
    assertThat(apiTitles)
        .containsExactly(
            "Silicon anode cited widely",
            "Silicon anode cited a little",
            "Silicon anode no count known");
    List<WebElement> hits = driver.findElements(By.cssSelector("#results .hit"));
    assertThat(
            hits.stream().map(h -> h.findElement(By.cssSelector(".hit-title")).getText()).toList())
        .isEqualTo(apiTitles);

    assertThat(hits.get(0).findElement(By.cssSelector(".citations")).getText())
        .isEqualTo("1,200 citations");
    WebElement oa = hits.get(0).findElement(By.cssSelector("a.oa"));
    assertThat(oa.getAttribute("href")).isEqualTo("https://example.org/many.pdf");
    assertThat(hits.get(1).findElement(By.cssSelector(".citations")).getText())
        .isEqualTo("3 citations");
    assertThat(hits.get(1).findElements(By.cssSelector("a.oa"))).isEmpty();
    assertThat(hits.get(2).findElements(By.cssSelector(".citations"))).isEmpty();

    var paper = server.json("/api/papers/10.5555~many");
    assertThat(paper.get("citations").asInt()).isEqualTo(1200);
    assertThat(paper.get("oa_url").asText()).isEqualTo("https://example.org/many.pdf");
    assertThat(paper.get("source_ids").get("openalex").asText()).startsWith("W");
    assertThat(server.json("/api/papers/10.5555~none").has("citations")).isFalse();
  }

  private static void waitForResults(String urlPart) {
    wait.until(ExpectedConditions.urlContains(urlPart));
    wait.until(
        (WebDriver d) ->
            !d.findElement(By.tagName("body")).getAttribute("class").contains("loading")
                && "false"
                    .equals(d.findElement(By.id("results-region")).getAttribute("aria-busy")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
  }
}
