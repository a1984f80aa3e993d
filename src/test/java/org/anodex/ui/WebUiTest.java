package org.anodex.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anodex.Fixtures;
import org.anodex.index.LuceneIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI end to end: a real headless Chromium against a real server over the 5,075 battery
 * abstracts of ../shared, every figure checked against the API's own answer to the same question.
 * One browser and one server for the class.
 */
class WebUiTest {
  private static final String TOKEN = "ui-test-token";
  private static final String XSS_TITLE = "<img src=x onerror=alert(1)>";
  private static UiServer server;
  private static UiServer writable;
  private static LuceneIndex writableIndex;
  private static ChromeDriver driver;
  private static WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    driver = Browser.start(1280, 900);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    server = new UiServer(Fixtures.abstracts().index(), Map.of());
  }

  @AfterAll
  static void stop() throws Exception {
    if (driver != null) driver.quit();
    if (server != null) server.close();
    if (writable != null) writable.close();
    if (writableIndex != null) writableIndex.close();
  }

  @Test
  void aTypedQueryShowsResultsAndTheApisTotal() throws Exception {
    driver.get(server.url("/"));
    WebElement q = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
    q.sendKeys("silicon binder", Keys.ENTER);
    int total =
        server.json("/api/search?size=0&q=" + UiServer.enc("silicon binder")).get("total").asInt();

    waitForResults("q=silicon+binder");
    assertThat(shownTotal()).isEqualTo(total).isPositive();
    assertThat(driver.findElements(By.cssSelector("#results .hit"))).hasSize(Math.min(10, total));
    assertThat(driver.findElement(By.cssSelector("#results .hit .hit-title")).getText())
        .isNotBlank();
    assertThat(driver.findElements(By.cssSelector("#results .snippet mark"))).isNotEmpty();
  }

  @Test
  void tickedFacetValuesGiveTheApisTotalForTheSameFilters() throws Exception {
    List<String> filters = tickTwoMaterialsAndOneChemistry("silicon");
    assertThat(shownTotal()).isEqualTo(apiTotal("silicon", filters));
    assertThat(driver.findElements(By.cssSelector("#chips .chip"))).hasSize(3);
  }

  @Test
  void theAuthorFacetListsTheApisTopAuthorsAndFiltersByOne() throws Exception {
    JsonNode top =
        server
            .json("/api/search?size=0&facets=author&q=" + UiServer.enc("silicon"))
            .get("facets")
            .get("author")
            .get(0);
    driver.get(server.url("/?q=silicon"));
    waitForResults("q=silicon");
    String filter = "author:" + top.get("value").asText();
    tick(filter);
    waitForResults("filter=");
    assertThat(shownTotal())
        .isEqualTo(top.get("count").asInt())
        .isEqualTo(apiTotal("silicon", List.of(filter)));
    assertThat(driver.findElement(By.cssSelector("#facet-author > summary")).getText())
        .startsWith("Author");
  }

  /**
   * Numbers as researchers write them, in the browser's own rendering of a property (units.js, used
   * everywhere).
   */
  @Test
  void propertiesReadAsAResearcherWritesThem() {
    driver.get(server.url("/"));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
    Object shown =
        driver.executeAsyncScript(
            """
        const done = arguments[arguments.length - 1];
        import('/js/units.js').then(m => done([
          m.formatProperty({ value: 0.0001, max: null, unit: 'S/cm' }),
          m.formatProperty({ value: 0.00012, max: null, unit: 'S/cm' }),
          m.formatProperty({ value: 0.012, max: null, unit: 'S/cm' }),
          m.formatProperty({ value: 5000, max: null, unit: 'nm' }),
          m.formatProperty({ value: 1000, max: 3000, unit: 'nm' }),
          m.formatProperty({ value: 500, max: 3000, unit: 'nm' }),
          m.formatProperty({ value: 50, max: null, unit: 'nm' }),
          m.formatProperty({ value: 1500, max: null, unit: 'mAh/g' }),
          m.formatProperty({ value: 1058.6, max: null, unit: 'mAh/g' }),
          m.formatProperty({ value: 3.2, max: null, unit: 'mAh/cm2' }),
          m.formatProperty({ value: 99.8, max: null, unit: '%' }),
          m.formatProperty({ value: 500, max: null, unit: 'mA/g' }),
          m.formatProperty({ value: 2000, max: null, unit: 'mA/g' }),
          m.formatProperty({ value: null, max: null, unit: null, raw: '0.5 C' })].join(' | ')));
        """);
    assertThat(shown)
        .isEqualTo(
            "1.0 × 10⁻⁴ S/cm | 1.2 × 10⁻⁴ S/cm | 1.2 × 10⁻² S/cm | 5 µm | 1–3 µm | 0.5–3 µm | 50 nm"
                + " | 1,500 mAh/g | 1,059 mAh/g | 3.2 mAh/cm² | 99.8 % | 500 mA/g | 2 A/g | 0.5 C");
  }

  @Test
  void theAddressRestoresTheSameStateInAFreshPage() throws Exception {
    List<String> filters = tickTwoMaterialsAndOneChemistry("anode");
    String address = driver.getCurrentUrl();
    int total = shownTotal();

    driver.get("about:blank");
    driver.get(address);
    waitForResults("q=anode");
    assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("anode");
    assertThat(tickedFilters()).containsExactlyInAnyOrderElementsOf(filters);
    assertThat(shownTotal()).isEqualTo(total).isEqualTo(apiTotal("anode", filters));
  }

  @Test
  void backShowsThePreviousState() throws Exception {
    driver.get(server.url("/?q=electrolyte"));
    waitForResults("q=electrolyte");
    int before = shownTotal();
    String filter = firstTopLevelValue("electrolyte", "binder");
    tick(filter);
    waitForResults(UiServer.enc(filter));
    assertThat(shownTotal()).isLessThan(before);

    driver.navigate().back();
    wait.until(d -> !d.getCurrentUrl().contains("filter="));
    waitForResults("q=electrolyte");
    wait.until(
        ExpectedConditions.attributeToBe(By.id("total"), "data-total", String.valueOf(before)));
    assertThat(shownTotal()).isEqualTo(before);
    assertThat(tickedFilters()).isEmpty();
    assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("electrolyte");
  }

  @Test
  void aPaperShowsEveryEvidenceSentence() throws Exception {
    String range = "specific_capacity:1000..";
    JsonNode first =
        server.json("/api/search?size=1&range=" + UiServer.enc(range)).get("hits").get(0);
    String id = first.get("id").asText();
    JsonNode paper = server.json("/api/papers/" + id);
    assertThat(paper.get("properties")).isNotEmpty();

    driver.get(server.url("/?range=" + UiServer.enc(range)));
    waitForResults("range=");
    WebElement title = driver.findElement(By.cssSelector("#results .hit-title"));
    assertThat(title.getAttribute("data-paper")).isEqualTo(id);
    title.click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#paper .evidence")));
    assertThat(driver.getCurrentUrl()).contains("paper=" + UiServer.enc(id));
    assertThat(driver.findElement(By.id("paper-title")).getText())
        .isEqualTo(paper.get("title").asText());
    List<String> shown =
        driver.findElements(By.cssSelector("#paper td.evidence")).stream()
            .map(WebElement::getText)
            .toList();
    List<String> expected = new ArrayList<>();
    paper.get("properties").forEach(p -> expected.add(p.get("evidence").asText()));
    assertThat(shown).containsExactlyElementsOf(expected);
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#similar a[data-paper]")));
    String cite =
        driver
            .findElement(By.cssSelector("#paper .cite a[data-format=bibtex]"))
            .getAttribute("href");
    String bibtex = server.get(cite.substring(cite.indexOf("/api/export?"))).body();
    assertThat(bibtex.split("\n@", -1)).as("one BibTeX entry, this paper's").hasSize(1);
    assertThat(bibtex).startsWith("@").contains(paper.get("doi").asText());

    driver.findElement(By.id("back-to-results")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("paper")));
    assertThat(driver.getCurrentUrl()).doesNotContain("paper=");
  }

  @Test
  void aTitleThatLooksLikeHtmlIsShownAsText() throws Exception {
    writableIndex =
        LuceneIndex.openForWriting(Files.createTempDirectory("anodex-ui-xss"), Fixtures.schema());
    writable = new UiServer(writableIndex, Map.of("anodex.token", TOKEN));
    // Ingestion strips markup from titles, so the record carries it escaped (as publishers' feeds
    // do); the stored title is then the literal string.
    assertThat(
            writable.postJson(
                "{\"doi\": \"10.5555/ui.xss\", \"title\": \"&lt;img src=x onerror=alert(1)&gt;\","
                    + " \"abstract\": \"An onerror handler: &lt;script&gt;alert(2)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"
                    + " in silicon anodes.\", \"year\": 2025}",
                TOKEN))
        .isEqualTo(201);
    assertThat(writable.json("/api/papers/10.5555~ui.xss").get("title").asText())
        .isEqualTo(XSS_TITLE);

    driver.get(writable.url("/"));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("q"))).sendKeys("onerror", Keys.ENTER);
    waitForResults("q=onerror");
    assertThat(shownTotal()).isEqualTo(1);
    assertThat(driver.findElement(By.cssSelector("#results .hit-title")).getText())
        .isEqualTo(XSS_TITLE);
    assertThat(driver.findElements(By.cssSelector("#results img, #results script, #results b")))
        .isEmpty();
    String snippet =
        writable.json("/api/search?q=onerror").get("hits").get(0).get("snippet").asText();
    assertThat(driver.findElement(By.cssSelector("#results .snippet")).getText())
        .isEqualTo(asText(snippet));
    assertNoAlert();

    driver.findElement(By.cssSelector("#results .hit-title")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("paper-title")));
    assertThat(driver.findElement(By.id("paper-title")).getText()).isEqualTo(XSS_TITLE);
    assertThat(driver.findElements(By.cssSelector("main img, main script"))).isEmpty();
    assertNoAlert();
  }

  @Test
  void aBrokenQueryShowsTheApisDetailAndNoHitsShowTheEmptyState() throws Exception {
    String detail = server.json("/api/search?q=" + UiServer.enc("title:(")).get("detail").asText();
    driver.get(server.url("/?q=" + UiServer.enc("title:(")));
    WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
    assertThat(error.getText()).contains("Query does not parse").contains(detail);

    String typo = "siliconn anodde";
    JsonNode none = server.json("/api/search?size=0&q=" + UiServer.enc(typo));
    assertThat(none.get("total").asInt()).isZero();
    WebElement q = driver.findElement(By.id("q"));
    q.clear();
    q.sendKeys(typo, Keys.ENTER);
    WebElement empty = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("empty")));
    assertThat(driver.findElement(By.id("error")).isDisplayed()).isFalse();
    assertThat(empty.getText()).contains("No papers match").contains(typo);
    if (none.hasNonNull("suggestion")) {
      WebElement didYouMean = empty.findElement(By.id("did-you-mean"));
      assertThat(didYouMean.getText()).isEqualTo(none.get("suggestion").asText());
      didYouMean.click();
      waitForResults("q=" + UiServer.enc(none.get("suggestion").asText()));
      assertThat(shownTotal()).isPositive();
    }
  }

  @Test
  void arrowDownAndEnterPickASuggestion() throws Exception {
    String prefix = "fluoroeth";
    JsonNode first = server.json("/api/suggest?size=8&prefix=" + prefix).get("suggestions").get(0);
    driver.get(server.url("/"));
    WebElement q = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
    q.sendKeys(prefix);
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("#suggestions [role=option]")));
    assertThat(q.getAttribute("aria-expanded")).isEqualTo("true");
    assertThat(
            driver
                .findElement(By.cssSelector("#suggestions [role=option] .suggestion-text"))
                .getText())
        .isEqualTo(first.get("text").asText());

    q.sendKeys(Keys.ARROW_DOWN);
    assertThat(q.getAttribute("aria-activedescendant")).isEqualTo("suggestion-0");
    q.sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("suggestions")));
    if ("topic".equals(first.get("kind").asText())) {
      waitForResults(UiServer.enc(first.get("filter").asText()));
    } else {
      waitForResults("q=");
      assertThat(q.getAttribute("value")).containsIgnoringCase(first.get("text").asText());
    }
    assertThat(shownTotal()).isPositive();

    q.sendKeys(Keys.END, " sil");
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("#suggestions [role=option]")));
    q.sendKeys(Keys.ESCAPE);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("suggestions")));
    assertThat(q.getAttribute("aria-expanded")).isEqualTo("false");
  }

  @Test
  void aYearBarAndAPropertyRangeFilterLikeTheApi() throws Exception {
    driver.get(server.url("/?q=silicon"));
    waitForResults("q=silicon");
    WebElement bar = driver.findElement(By.cssSelector("#year-panel .bar[data-year='2020']"));
    bar.click();
    waitForResults(UiServer.enc("year:2020..2020"));
    assertThat(shownTotal())
        .isEqualTo(
            server
                .json("/api/search?size=0&q=silicon&range=" + UiServer.enc("year:2020..2020"))
                .get("total")
                .asInt())
        .isPositive();
    assertThat(driver.findElement(By.cssSelector("#chips")).getText()).contains("Year: 2020");
    // the year bars still count every year of the search, as the API does without the year range
    JsonNode years =
        server.json("/api/search?size=0&facets=year&facet_size=100&q=silicon").get("facets");
    assertThat(years.get("year")).hasSizeGreaterThan(5);
    for (JsonNode y : years.get("year")) {
      String year = y.get("value").asText();
      assertThat(
              driver
                  .findElement(By.cssSelector("#year-panel .bar[data-year='" + year + "']"))
                  .getAttribute("aria-label"))
          .isEqualTo(year + ": " + y.get("count").asInt() + " papers");
    }

    if (!driver.findElement(By.id("range-specific_capacity-min")).isDisplayed()) {
      driver.findElement(By.cssSelector("#props-panel summary")).click();
    }
    WebElement min =
        wait.until(ExpectedConditions.elementToBeClickable(By.id("range-specific_capacity-min")));
    min.sendKeys("1000", Keys.ENTER);
    waitForResults(UiServer.enc("specific_capacity:1000.."));
    String both =
        "&range="
            + UiServer.enc("year:2020..2020")
            + "&range="
            + UiServer.enc("specific_capacity:1000..");
    wait.until(
        ExpectedConditions.attributeToBe(
            By.id("total"),
            "data-total",
            String.valueOf(
                server.json("/api/search?size=0&q=silicon" + both).get("total").asInt())));
    assertThat(driver.findElement(By.cssSelector("#chips")).getText())
        .contains("Specific capacity: ≥ 1000 mAh/g");

    driver.findElement(By.id("clear-all")).click();
    wait.until(d -> !d.getCurrentUrl().contains("range="));
    assertThat(driver.findElements(By.cssSelector("#chips .chip"))).isEmpty();
  }

  /**
   * The property histograms are asked for only while their panel is open: a search with it closed
   * does not count them; opening it asks once for the search shown and draws the API's counts; a
   * new search with it open brings them along; closed again, searches stop asking.
   */
  @Test
  void propertyHistogramsAreAskedForOnlyWhileTheirPanelIsOpen() throws Exception {
    String field = "specific_capacity";
    String bars = "#props-panel .histogram[data-field=" + field + "] .bar";
    driver.get(server.url("/?q=silicon"));
    waitForResults("q=silicon");
    WebElement panel = driver.findElement(By.cssSelector("#props-panel details"));
    assertThat(panel.getAttribute("open")).isNull();
    List<String> closed = searchRequests();
    assertThat(closed)
        .anyMatch(r -> r.contains("q=silicon"))
        .noneMatch(r -> r.contains("histograms"));
    assertThat(driver.findElements(By.cssSelector(bars))).isEmpty();

    clearRequests();
    driver.findElement(By.cssSelector("#props-panel summary")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(bars)));
    assertThat(searchRequests())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("q=silicon", "histograms=", field, "size=0", "rank=words");
    assertThat(shownBucketCounts(bars)).isEqualTo(apiBucketCounts("silicon", field)).isPositive();

    clearRequests();
    WebElement q = driver.findElement(By.id("q"));
    q.clear();
    q.sendKeys("graphite", Keys.ENTER);
    waitForResults("q=graphite");
    wait.until(d -> shownBucketCounts(bars) == apiBucketCounts("graphite", field));
    assertThat(searchRequests().stream().filter(r -> r.contains("q=graphite")))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("histograms=", field, "size=10");
    assertThat(shownBucketCounts(bars)).isPositive();

    driver.findElement(By.cssSelector("#props-panel summary")).click();
    clearRequests();
    q = driver.findElement(By.id("q"));
    q.clear();
    q.sendKeys("lithium metal", Keys.ENTER);
    waitForResults("q=lithium");
    assertThat(searchRequests()).isNotEmpty().noneMatch(r -> r.contains("histograms"));

    // an address with a property range opens the panel, and its search brings the histograms along
    driver.get(server.url("/?q=graphite&range=" + UiServer.enc(field + ":100..")));
    waitForResults("q=graphite");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(bars)));
    assertThat(searchRequests())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("histograms=", "size=10");
  }

  @Test
  void aNarrowWindowFoldsTheFiltersBehindAButtonAndSlashFocusesTheSearchBox() throws Exception {
    driver.get(server.url("/?q=silicon"));
    waitForResults("q=silicon");
    driver.findElement(By.tagName("body")).sendKeys("/");
    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("q");

    org.openqa.selenium.Dimension wide = driver.manage().window().getSize();
    try {
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(400, 900));
      WebElement toggle =
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("filters-toggle")));
      assertThat(driver.findElement(By.id("sidebar")).isDisplayed()).isFalse();
      assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
      toggle.click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sidebar")));
      assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
      assertThat((Long) driver.executeScript("return document.documentElement.scrollWidth"))
          .isLessThanOrEqualTo(400L);
    } finally {
      driver.manage().window().setSize(wide);
    }
  }

  // --- helpers

  /**
   * Searches q in the UI and ticks a battery chemistry, then the two largest materials among its
   * papers (so that every value stays on screen: the sidebar shows the largest values first);
   * answers the filters.
   */
  private static List<String> tickTwoMaterialsAndOneChemistry(String q) throws Exception {
    JsonNode chemistries =
        server.json("/api/search?size=0&facets=chemistry&q=" + UiServer.enc(q)).get("facets");
    List<String> filters = null;
    for (int i = 0;
        i < 6 && filters == null;
        i++) { // among the values a dimension shows before "show all"
      String chemistry = topLevel(chemistries, "chemistry", i);
      JsonNode materials =
          server
              .json(
                  "/api/search?size=0&facets=material&q="
                      + UiServer.enc(q)
                      + "&filter="
                      + UiServer.enc(chemistry))
              .get("facets");
      if (topLevelCount(materials, "material") >= 2) {
        filters =
            List.of(
                chemistry, topLevel(materials, "material", 0), topLevel(materials, "material", 1));
      }
    }
    assertThat(filters)
        .as("a chemistry of '" + q + "' whose papers have two materials")
        .isNotNull();
    driver.get(server.url("/"));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("q"))).sendKeys(q, Keys.ENTER);
    waitForResults("q=" + q);
    for (String f : filters) {
      tick(f);
      waitForResults(UiServer.enc(f));
    }
    assertThat(tickedFilters()).containsExactlyInAnyOrderElementsOf(filters);
    return filters;
  }

  private static String firstTopLevelValue(String q, String dim) throws Exception {
    return topLevel(
        server.json("/api/search?size=0&facets=" + dim + "&q=" + UiServer.enc(q)).get("facets"),
        dim,
        0);
  }

  /** The n-th value (by count) of a dimension that is not a child value. */
  private static String topLevel(JsonNode facets, String dim, int n) {
    List<String> values = new ArrayList<>();
    facets
        .get(dim)
        .forEach(
            v -> {
              if (!v.get("value").asText().contains("/")) values.add(v.get("value").asText());
            });
    return dim + ":" + values.get(n);
  }

  private static long topLevelCount(JsonNode facets, String dim) {
    List<String> values = new ArrayList<>();
    facets.get(dim).forEach(v -> values.add(v.get("value").asText()));
    return values.stream().filter(v -> !v.contains("/")).count();
  }

  /** Ticks a facet checkbox, opening its dimension first where it is collapsed. */
  private static void tick(String filter) {
    By box = By.cssSelector("input[data-filter='" + filter.replace("'", "\\'") + "']");
    WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(box));
    if (!input.isDisplayed()) {
      driver
          .findElement(
              By.cssSelector("#facet-" + filter.substring(0, filter.indexOf(':')) + " > summary"))
          .click();
    }
    wait.until(ExpectedConditions.elementToBeClickable(box)).click();
  }

  /**
   * A property range with a condition of the same value is the API's linked range: the same total,
   * fewer papers than the two ranges apart, and the address brings the condition back.
   */
  @Test
  void aConditionOfTheSameValueIsTheApisLinkedRange() throws Exception {
    driver.get(server.url("/?q=silicon"));
    waitForResults("q=silicon");
    if (!driver.findElement(By.id("range-capacity_retention-min")).isDisplayed()) {
      driver.findElement(By.cssSelector("#props-panel summary")).click();
    }
    wait.until(ExpectedConditions.elementToBeClickable(By.id("range-capacity_retention-min")))
        .sendKeys("80");
    new org.openqa.selenium.support.ui.Select(
            driver.findElement(By.id("range-capacity_retention-cond-key")))
        .selectByValue("cycles");
    driver.findElement(By.id("range-capacity_retention-cond-min")).sendKeys("500", Keys.ENTER);
    String linked = "capacity_retention:80..@cycles:500..";
    waitForResults(UiServer.enc(linked));
    int api =
        server
            .json("/api/search?size=0&q=silicon&range=" + UiServer.enc(linked))
            .get("total")
            .asInt();
    int apart =
        server
            .json(
                "/api/search?size=0&q=silicon&range="
                    + UiServer.enc("capacity_retention:80..")
                    + "&range="
                    + UiServer.enc("cycles:500.."))
            .get("total")
            .asInt();
    wait.until(ExpectedConditions.attributeToBe(By.id("total"), "data-total", String.valueOf(api)));
    assertThat(api).isPositive().isLessThan(apart);
    assertThat(driver.findElement(By.cssSelector("#chips")).getText()).contains("≥ 80", "≥ 500");

    driver.get(driver.getCurrentUrl());
    waitForResults(UiServer.enc(linked));
    if (!driver.findElement(By.id("range-capacity_retention-cond-key")).isDisplayed()) {
      driver.findElement(By.cssSelector("#props-panel summary")).click();
    }
    assertThat(driver.findElement(By.id("range-capacity_retention-cond-key")).getAttribute("value"))
        .isEqualTo("cycles");
    assertThat(driver.findElement(By.id("range-capacity_retention-cond-min")).getAttribute("value"))
        .isEqualTo("500");
    assertThat(shownTotal()).isEqualTo(api);
  }

  /** The /api/search requests the page has made since it loaded or since clearRequests. */
  @SuppressWarnings("unchecked")
  private static List<String> searchRequests() {
    return ((List<String>)
            driver.executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)"))
        .stream().filter(u -> u.contains("/api/search")).toList();
  }

  private static void clearRequests() {
    driver.executeScript("performance.clearResourceTimings()");
  }

  /** The papers the histogram bars of the page count, all bars together. */
  private static long shownBucketCounts(String bars) {
    return driver.findElements(By.cssSelector(bars)).stream()
        .mapToLong(b -> Long.parseLong(b.getAttribute("data-count")))
        .sum();
  }

  private static long apiBucketCounts(String q, String field) {
    try {
      JsonNode buckets =
          server
              .json("/api/search?size=0&q=" + UiServer.enc(q) + "&histograms=" + field)
              .get("histograms")
              .get(field);
      long sum = 0;
      for (JsonNode b : buckets) sum += b.get("count").asLong();
      return sum;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits until the address contains urlPart and a search has been shown for it. */
  private static void waitForResults(String urlPart) {
    wait.until(ExpectedConditions.urlContains(urlPart));
    wait.until(
        (WebDriver d) ->
            !d.findElement(By.tagName("body")).getAttribute("class").contains("loading")
                && "false"
                    .equals(d.findElement(By.id("results-region")).getAttribute("aria-busy")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
  }

  private static int shownTotal() {
    return Integer.parseInt(driver.findElement(By.id("total")).getAttribute("data-total"));
  }

  private static List<String> tickedFilters() {
    return driver.findElements(By.cssSelector("#facets input[type=checkbox]")).stream()
        .filter(WebElement::isSelected)
        .map(e -> e.getAttribute("data-filter"))
        .toList();
  }

  private static int apiTotal(String q, List<String> filters) throws Exception {
    StringBuilder query = new StringBuilder("/api/search?size=0&q=" + UiServer.enc(q));
    filters.forEach(f -> query.append("&filter=").append(UiServer.enc(f)));
    return server.json(query.toString()).get("total").asInt();
  }

  /** What a snippet of the API (HTML-escaped text with <mark>) reads as. */
  private static String asText(String snippet) {
    String text =
        snippet
            .replace("<mark>", "")
            .replace("</mark>", "")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"");
    text =
        java.util.regex.Pattern.compile("&#(x?)([0-9a-fA-F]+);")
            .matcher(text)
            .replaceAll(
                m ->
                    java.util.regex.Matcher.quoteReplacement(
                        Character.toString(
                            Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16))));
    return text.replace("&amp;", "&").trim();
  }

  private static void assertNoAlert() {
    assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
  }
}
