package org.anodex.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.anodex.Fixtures;
import org.anodex.api.export.ValueFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /api/values} through the real HTTP server over the shipped sample data. */
class ValuesApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Http http;

  @BeforeAll
  static void start() {
    http = new Http(Fixtures.sample().index());
  }

  @AfterAll
  static void stop() {
    if (http != null) {
      http.close();
    }
  }

  /** The properties of every matching paper, as the export gives them: one expected row each. */
  private static List<JsonNode> expectedRows(String params, String property) throws Exception {
    List<JsonNode> rows = new ArrayList<>();
    for (String line : http.get("/api/export?format=jsonl&" + params).body().lines().toList()) {
      JsonNode paper = JSON.readTree(line);
      for (JsonNode p : paper.get("properties")) {
        if (property == null || p.get("name").asText().equals(property)) {
          rows.add(p);
        }
      }
    }
    return rows;
  }

  @Test
  void everyValueOfEveryMatchingPaperIsARowWithItsPaperConditionsAndEvidence() throws Exception {
    String params = "q=silicon";
    long total = http.get("/api/search?" + params).json().get("total").asLong();
    assertThat(total).as("more matches than one page of search").isGreaterThan(10);
    Http.Answer answer = http.get("/api/values?" + params);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("application/json");
    JsonNode rows = answer.json();
    List<JsonNode> expected = expectedRows(params, null);
    assertThat(expected).hasSizeGreaterThan(20);
    assertThat(rows).hasSize(expected.size());
    for (int i = 0; i < rows.size(); i++) {
      JsonNode row = rows.get(i);
      JsonNode p = expected.get(i);
      assertThat(row.get("property").asText()).isEqualTo(p.get("name").asText());
      assertThat(row.get("value")).isEqualTo(p.get("value"));
      assertThat(row.get("conditions")).isEqualTo(p.get("conditions"));
      assertThat(row.get("evidence")).isEqualTo(p.get("evidence"));
      assertThat(row.get("title").asText()).isNotBlank();
      assertThat(ValueFormat.COLUMNS).allSatisfy(c -> assertThat(row.has(c)).as(c).isTrue());
    }
    JsonNode withConditions = null;
    for (JsonNode r : rows) {
      withConditions = r.get("conditions").size() > 0 ? r : withConditions;
    }
    assertThat(withConditions).as("a row with conditions").isNotNull();
  }

  @Test
  void propertiesSelectsTheRowsAndAnUnknownKeyIsA400NamingTheKnownOnes() throws Exception {
    JsonNode rows = http.get("/api/values?properties=specific_capacity,cycles").json();
    int capacities = expectedRows("", "specific_capacity").size();
    int cycles = expectedRows("", "cycles").size();
    assertThat(capacities).isPositive();
    assertThat(cycles).isPositive();
    assertThat(rows).hasSize(capacities + cycles);
    rows.forEach(r -> assertThat(r.get("property").asText()).isIn("specific_capacity", "cycles"));

    Http.Answer unknown = http.get("/api/values?properties=specific_capacity,capacity");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
    assertThat(unknown.json().get("detail").asText())
        .contains("'capacity'", "specific_capacity", "capacity_retention");
  }

  @Test
  void csvAndJsonlCarryTheSameRowsWithConditionsAsAJsonColumn() throws Exception {
    String params = "q=silicon&filter=" + Http.enc("material:silicon");
    JsonNode rows = http.get("/api/values?" + params).json();
    assertThat(rows).hasSizeGreaterThan(5);

    Http.Answer csv = http.get("/api/values?format=csv&" + params);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.header("content-disposition")).contains("attachment", "anodex-values-", ".csv");
    List<List<String>> table = ApiContractTest.Rfc4180.parse(csv.body());
    assertThat(table.get(0)).isEqualTo(ValueFormat.COLUMNS);
    assertThat(table).hasSize(rows.size() + 1);
    int conditions = table.get(0).indexOf("conditions");
    for (int i = 0; i < rows.size(); i++) {
      List<String> line = table.get(i + 1);
      JsonNode row = rows.get(i);
      assertThat(line.get(0)).isEqualTo(row.get("id").asText());
      assertThat(
              line.get(conditions).isEmpty()
                  ? JSON.createObjectNode()
                  : JSON.readTree(line.get(conditions)))
          .isEqualTo(row.get("conditions"));
      if (!row.get("value").isNull()) {
        assertThat(Double.parseDouble(line.get(5))).isEqualTo(row.get("value").asDouble());
      }
    }

    Http.Answer jsonl = http.get("/api/values?format=jsonl&" + params);
    assertThat(jsonl.header("content-disposition")).contains(".jsonl");
    List<JsonNode> lines = new ArrayList<>();
    for (String l : jsonl.body().lines().toList()) {
      lines.add(JSON.readTree(l));
    }
    assertThat(lines).containsExactlyElementsOf(rows);
  }

  @Test
  void aBrokenQueryOrAnUnknownFormatIsRefusedBeforeStreaming() throws Exception {
    for (String bad :
        Set.of(
            "/api/values?q=" + Http.enc("title:("),
            "/api/values?format=xlsx",
            "/api/values?filter=" + Http.enc("binder:no such binder"))) {
      Http.Answer answer = http.get(bad);
      assertThat(answer.status()).as(bad).isEqualTo(400);
      assertThat(answer.contentType()).as(bad).startsWith("application/problem+json");
    }
  }

  @Test
  void searchAnswersTheHistogramsAskedForOverItsResults() throws Exception {
    JsonNode all =
        http.get("/api/search?size=0&facets=&histograms=" + Http.enc("specific_capacity, year"))
            .json();
    JsonNode capacity = all.get("histograms").get("specific_capacity");
    assertThat(capacity.size()).isBetween(8, 21);
    assertThat(capacity.get(0).fieldNames()).toIterable().containsExactly("from", "to", "count");
    assertThat(capacity.get(1).get("from")).isEqualTo(capacity.get(0).get("to"));
    assertThat(all.get("histograms").get("year").get(0).get("from").isInt()).isTrue();

    // A bucket's count is what its range filter finds (a value on the bucket's upper edge aside,
    // none here).
    JsonNode busiest = capacity.get(0);
    for (JsonNode b : capacity) {
      busiest = b.get("count").asLong() > busiest.get("count").asLong() ? b : busiest;
    }
    String range =
        "specific_capacity:" + busiest.get("from").asText() + ".." + busiest.get("to").asText();
    JsonNode filtered = http.get("/api/search?size=0&facets=&range=" + Http.enc(range)).json();
    assertThat(busiest.get("count").asLong())
        .isPositive()
        .isEqualTo(filtered.get("total").asLong());

    assertThat(http.get("/api/search?size=0&facets=").json().has("histograms")).isFalse();
    Http.Answer unknown = http.get("/api/search?histograms=capacity");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("detail").asText())
        .contains("'capacity'", "year", "specific_capacity");
  }

  @Test
  void theOpenApiDocumentDescribesValuesAndHistograms() throws Exception {
    assertThat(http.get("/openapi/anodex-0.1.yml").body())
        .contains("/api/values", "properties", "histograms");
  }
}
