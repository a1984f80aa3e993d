package org.anodex.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.anodex.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The compare view in a real Chromium over the battery abstracts of ../shared: its table, plot and
 * CSV are checked against {@code /api/values} for the same search. One browser and one server for
 * the class.
 */
class CompareUiTest {
  private static final String Q = "silicon";
  private static final String PROPERTIES = "specific_capacity,capacity_retention,cycles";
  private static final String SEARCH = "q=" + Q + "&properties=" + UiServer.enc(PROPERTIES);
  private static UiServer server;
  private static ChromeDriver driver;
  private static WebDriverWait wait;
  private static Path downloads;

  @BeforeAll
  static void start() throws Exception {
    driver = Browser.start(1280, 900);
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    server = new UiServer(Fixtures.abstracts().index(), Map.of());
    downloads = Files.createTempDirectory("anodex-downloads");
    driver.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    // Records what the content security policy refuses (an inline style of the chart library, say).
    driver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument",
        Map.of(
            "source",
            "window.cspRefused = [];"
                + "document.addEventListener('securitypolicyviolation', e => window.cspRefused.push(e.violatedDirective + ' ' + e.blockedURI));"));
  }

  @AfterAll
  static void stop() {
    if (driver != null) driver.quit();
    if (server != null) server.close();
  }

  @Test
  void theTableRowsAreTheApisValuesForTheSameSearchAndSortByValue() throws Exception {
    JsonNode api = server.json("/api/values?" + SEARCH);
    assertThat(api.size())
        .as("rows of the search, fewer than the table shows at once")
        .isBetween(50, 500);
    openCompare("/?view=compare&" + SEARCH);

    assertThat(driver.findElement(By.id("values-total")).getAttribute("data-total"))
        .isEqualTo(String.valueOf(api.size()));
    List<String> expected = new ArrayList<>();
    api.forEach(
        r ->
            expected.add(
                String.join(
                    " | ",
                    r.get("id").asText(),
                    r.get("property").asText(),
                    "paper=" + UiServer.enc(r.get("id").asText()),
                    r.get("evidence").asText().strip())));
    assertThat(
            shownRows(
                "[...tr.querySelector('.col-title a').search.matchAll(/paper=[^&]*/g)][0][0],"
                    + " tr.querySelector('.col-evidence').innerText.trim()"))
        .containsExactlyElementsOf(expected);

    driver.findElement(By.cssSelector("button.sort-by[data-column=value]")).click();
    wait.until(ExpectedConditions.urlContains("order=value"));
    openedCompare();
    List<String> shown =
        shownRows("tr.dataset.value").stream()
            .map(r -> r.substring(r.indexOf(" | ") + 3).replace(" | ", " "))
            .toList();
    List<JsonNode> sorted = new ArrayList<>();
    api.forEach(sorted::add);
    sorted.sort(
        (a, b) ->
            a.get("property").asText().compareTo(b.get("property").asText()) != 0
                ? a.get("property").asText().compareTo(b.get("property").asText())
                : Double.compare(valueOf(a), valueOf(b)));
    assertThat(shown)
        .containsExactlyElementsOf(
            sorted.stream()
                .map(
                    r ->
                        r.get("property").asText()
                            + " "
                            + (r.get("value").isNull() ? "" : number(r.get("value").asDouble())))
                .toList());

    driver.findElement(By.cssSelector("#choose-columns summary")).click();
    driver.findElement(By.id("choose-columns-journal")).click();
    driver.findElement(By.id("choose-columns-evidence")).click();
    driver.findElement(By.cssSelector("#choose-columns button")).click();
    wait.until(
        ExpectedConditions.urlContains(
            "columns=" + UiServer.enc("title,year,journal,property,value,conditions")));
    openedCompare();
    assertThat(
            driver.findElements(By.cssSelector("#values-table thead button")).stream()
                .map(b -> b.getAttribute("data-column")))
        .containsExactly("title", "year", "journal", "property", "value", "conditions");
    assertThat(driver.findElement(By.cssSelector("#values-table tbody tr .col-journal")).getText())
        .isEqualTo(sorted.get(0).get("journal").asText());
  }

  @Test
  void choosingAxesDrawsOnePointPerValueWithBothNumbers() throws Exception {
    JsonNode api = server.json("/api/values?" + SEARCH);
    openCompare("/?view=compare&q=" + Q);

    new Select(driver.findElement(By.id("axis-y"))).selectByValue("capacity_retention");
    wait.until(ExpectedConditions.urlContains("y=capacity_retention"));
    openedCompare();
    List<String> expected = new ArrayList<>();
    api.forEach(
        r -> {
          if (r.get("property").asText().equals("capacity_retention")
              && r.get("value").isNumber()) {
            expected.add(point(r.get("year").asDouble(), r.get("value").asDouble()));
          }
        });
    assertThat(drawnPoints()).containsExactlyInAnyOrderElementsOf(expected).isNotEmpty();

    new Select(driver.findElement(By.id("axis-x"))).selectByValue("cycles");
    wait.until(ExpectedConditions.urlContains("x=cycles"));
    openedCompare();
    List<String> pairs = expectedPairs(api, "cycles", "capacity_retention");
    assertThat(drawnPoints()).containsExactlyInAnyOrderElementsOf(pairs);
    assertThat(pairs).as("retention values drawn at their own cycles").hasSizeGreaterThan(50);
    assertThat(driver.findElement(By.id("plot-count")).getAttribute("data-points"))
        .isEqualTo(String.valueOf(pairs.size()));
  }

  @Test
  void clickingAPointOpensThatPaperWithThatEvidenceMarked() throws Exception {
    openCompare("/?view=compare&q=" + Q + "&y=capacity_retention&color=binder");
    @SuppressWarnings("unchecked")
    List<Object> groups =
        (List<Object>)
            driver.executeScript(
                "return echarts.getInstanceByDom(document.getElementById('scatter'))"
                    + ".getOption().series.map(s => s.name)");
    assertThat(groups)
        .as("a series per binder")
        .hasSizeGreaterThan(1)
        .contains("other or no binder");
    // The point farthest from any other, so that the click can only be its own; its pixel as the
    // chart placed it.
    @SuppressWarnings("unchecked")
    Map<String, Object> target =
        (Map<String, Object>)
            driver.executeScript(
                """
        const chart = echarts.getInstanceByDom(document.getElementById('scatter'));
        const all = [];
        chart.getOption().series.forEach((s, si) => s.data.forEach(d =>
          all.push({ x: d[0], y: d[1], px: chart.convertToPixel({ seriesIndex: si }, d) })));
        let best = null, bestGap = -1;
        for (const p of all) {
          const gap = Math.min(...all.filter(o => o !== p).map(o => Math.hypot(o.px[0] - p.px[0], o.px[1] - p.px[1])));
          if (gap > bestGap) { best = p; bestGap = gap; }
        }
        const box = document.getElementById('scatter').getBoundingClientRect();
        return { x: best.x, y: best.y, dx: best.px[0] - box.width / 2, dy: best.px[1] - box.height / 2 };
        """);
    List<JsonNode> atPoint = new ArrayList<>();
    for (JsonNode r : server.json("/api/values?q=" + Q + "&properties=capacity_retention")) {
      if (r.get("year").asDouble() == ((Number) target.get("x")).doubleValue()
          && r.get("value").asDouble() == ((Number) target.get("y")).doubleValue()) {
        atPoint.add(r);
      }
    }
    assertThat(atPoint).as("one value at the point").hasSize(1);
    JsonNode row = atPoint.get(0);

    WebElement plot = driver.findElement(By.id("scatter"));
    new Actions(driver)
        .moveToElement(
            plot, ((Number) target.get("dx")).intValue(), ((Number) target.get("dy")).intValue())
        .pause(Duration.ofMillis(300))
        .perform();
    wait.until(d -> plot.getText().contains(row.get("title").asText()));
    new Actions(driver).click().perform();

    wait.until(ExpectedConditions.urlContains("paper=" + UiServer.enc(row.get("id").asText())));
    WebElement marked =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#paper tr.marked")));
    assertThat(driver.findElement(By.id("paper-title")).getText())
        .isEqualTo(row.get("title").asText());
    assertThat(marked.findElement(By.cssSelector("td.evidence mark.sentence")).getText())
        .isEqualTo(row.get("evidence").asText().strip());
    assertThat(driver.findElements(By.cssSelector("#paper tr.marked"))).hasSize(1);
    assertThat((List<?>) driver.executeScript("return window.cspRefused"))
        .as("refused by the CSP")
        .isEmpty();

    driver.findElement(By.id("back-to-results")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("scatter")));
    assertThat(driver.getCurrentUrl()).contains("view=compare").doesNotContain("paper=");
  }

  @Test
  void theCsvDownloadIsTheApisCsv() throws Exception {
    openCompare("/?view=compare&" + SEARCH);
    driver.findElement(By.id("values-csv")).click();
    Path file =
        wait.until(
            d -> {
              try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.toString().endsWith(".csv")).findFirst().orElse(null);
              } catch (java.io.IOException e) {
                return null;
              }
            });
    String api = server.get("/api/values?" + SEARCH + "&format=csv").body();
    wait.until(d -> sizeOf(file) == api.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    assertThat(Files.readString(file)).isEqualTo(api);
    assertThat(api.lines().count()).isGreaterThan(50);
  }

  @Test
  void propertyHistogramsShowTheApisCountsAndABarSetsItsRange() throws Exception {
    String field = "capacity_retention";
    JsonNode buckets =
        server
            .json("/api/search?size=0&q=" + Q + "&histograms=" + field)
            .get("histograms")
            .get(field);
    List<String> expected = new ArrayList<>();
    buckets.forEach(
        b ->
            expected.add(
                number(b.get("from").asDouble())
                    + ".."
                    + number(b.get("to").asDouble())
                    + " "
                    + b.get("count").asInt()));
    // the bars run from the first bucket that counts a paper to the last
    while (expected.get(0).endsWith(" 0")) expected.remove(0);
    while (expected.get(expected.size() - 1).endsWith(" 0")) expected.remove(expected.size() - 1);

    driver.get(server.url("/?q=" + Q));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
    if (!driver.findElement(By.id("range-" + field + "-min")).isDisplayed()) {
      driver.findElement(By.cssSelector("#props-panel summary")).click();
    }
    String bars = ".histogram[data-field=" + field + "] .bar";
    // the histograms are asked for when the panel opens
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(bars)));
    @SuppressWarnings("unchecked")
    List<String> shown =
        (List<String>)
            driver.executeScript(
                "return [...document.querySelectorAll(arguments[0])]"
                    + ".map(b => Number(b.dataset.from) + '..' + Number(b.dataset.to) + ' ' + b.dataset.count)",
                bars);
    assertThat(shown).containsExactlyElementsOf(expected).hasSizeGreaterThan(2);

    WebElement tallest =
        driver.findElements(By.cssSelector(bars)).stream()
            .max(
                java.util.Comparator.comparingInt(
                    b -> Integer.parseInt(b.getAttribute("data-count"))))
            .orElseThrow();
    String range =
        field
            + ":"
            + number(Double.parseDouble(tallest.getAttribute("data-from")))
            + ".."
            + number(Double.parseDouble(tallest.getAttribute("data-to")));
    int count = Integer.parseInt(tallest.getAttribute("data-count"));
    assertThat(tallest.getAttribute("aria-label")).endsWith(": " + count + " papers");
    tallest.click();
    wait.until(ExpectedConditions.urlContains(UiServer.enc(range)));
    int total =
        server
            .json("/api/search?size=0&q=" + Q + "&range=" + UiServer.enc(range))
            .get("total")
            .asInt();
    // the list is drawn anew when the search answers: read the total of the page as it then is
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                String.valueOf(total)
                    .equals(d.findElement(By.id("total")).getAttribute("data-total")));
    assertThat(total)
        .as("papers with a value in the bar's bucket, or at its upper end")
        .isGreaterThanOrEqualTo(count);
  }

  // --- helpers

  private static void openCompare(String pathAndQuery) {
    driver.get(server.url(pathAndQuery));
    openedCompare();
  }

  private static void openedCompare() {
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#compare[data-ready=true]")));
  }

  /**
   * The table's rows, each "paper | property | " and what the script more gives of tr, joined by "
   * | ".
   */
  @SuppressWarnings("unchecked")
  private static List<String> shownRows(String more) {
    return (List<String>)
        driver.executeScript(
            "return [...document.querySelectorAll('#values-table tbody tr')]"
                + ".map(tr => [tr.dataset.paper, tr.dataset.property, "
                + more
                + "].join(' | '))");
  }

  /** The points the chart holds, each "x y". */
  private static List<String> drawnPoints() {
    List<?> data =
        (List<?>)
            driver.executeScript(
                "return echarts.getInstanceByDom(document.getElementById('scatter'))"
                    + ".getOption().series.flatMap(s => s.data)");
    return data.stream()
        .map(
            d ->
                point(
                    ((Number) ((List<?>) d).get(0)).doubleValue(),
                    ((Number) ((List<?>) d).get(1)).doubleValue()))
        .toList();
  }

  private static String point(double x, double y) {
    return number(x) + " " + number(y);
  }

  private static String number(double d) {
    return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  private static double valueOf(JsonNode row) {
    return row.get("value").isNumber() ? row.get("value").asDouble() : Double.NEGATIVE_INFINITY;
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (java.io.IOException e) {
      return -1;
    }
  }

  /**
   * The pairs the UI says it draws (pairs.js, in words under the plot): a value of y at its own x
   * condition (or a value of x at its own y condition); a paper with no such link pairs its values
   * of y with its only value of x, or its values of x with its only value of y.
   */
  private static List<String> expectedPairs(JsonNode rows, String x, String y) {
    List<String> points = new ArrayList<>();
    Map<String, List<JsonNode>> xs = new HashMap<>();
    Map<String, List<JsonNode>> ys = new HashMap<>();
    List<String> linked = new ArrayList<>();
    for (JsonNode r : rows) {
      if (!r.get("value").isNumber()) continue;
      JsonNode c = r.get("conditions");
      String p = r.get("property").asText();
      if (p.equals(y) && c.path(x).isNumber()) {
        points.add(point(c.get(x).asDouble(), r.get("value").asDouble()));
      } else if (p.equals(x) && c.path(y).isNumber()) {
        points.add(point(r.get("value").asDouble(), c.get(y).asDouble()));
      } else {
        continue;
      }
      linked.add(r.get("id").asText());
    }
    for (JsonNode r : rows) {
      String id = r.get("id").asText();
      if (!r.get("value").isNumber() || linked.contains(id)) continue;
      if (r.get("property").asText().equals(x))
        xs.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
      if (r.get("property").asText().equals(y))
        ys.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
    }
    for (String id : ys.keySet()) {
      List<JsonNode> px = xs.getOrDefault(id, List.of());
      List<JsonNode> py = ys.get(id);
      if (px.size() == 1)
        py.forEach(
            r -> points.add(point(px.get(0).get("value").asDouble(), r.get("value").asDouble())));
      else if (py.size() == 1)
        px.forEach(
            r -> points.add(point(r.get("value").asDouble(), py.get(0).get("value").asDouble())));
    }
    return points;
  }
}
