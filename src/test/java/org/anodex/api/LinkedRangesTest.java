package org.anodex.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.anodex.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Linked range conditions ({@code range=capacity_retention:80..@cycles:500..}) through the HTTP
 * API, over 33 abstracts and full texts written for it ({@code linked/papers.jsonl}, extracted by
 * the real property extractor) with the papers each filter must return ({@code linked-filters.tsv};
 * the SolrCloud tests check the same file on a cluster).
 */
class LinkedRangesTest {
  private static Http http;

  /** A line of linked-filters.tsv: the linked range and the ids it must return. */
  record Case(String range, Set<String> expected) {
    /** The same bounds as separate ranges: the property's, then each condition's. */
    List<String> unlinked() {
      return List.of(range.split("@"));
    }
  }

  @BeforeAll
  static void start() {
    http = new Http(Fixtures.build("linked", List.of(Fixtures.resource("linked"))).index());
  }

  @AfterAll
  static void stop() {
    if (http != null) {
      http.close();
    }
  }

  static List<Case> cases() throws Exception {
    List<Case> out = new ArrayList<>();
    for (String line : Files.readAllLines(Fixtures.resource("linked-filters.tsv"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] cols = line.split("\t");
        Set<String> ids = new TreeSet<>();
        for (String n : cols[1].strip().split(" ")) {
          ids.add("k-linked-" + n); // the id of a record keyed "linked-NN"
        }
        out.add(new Case(cols[0].strip(), ids));
      }
    }
    return out;
  }

  private static Set<String> ids(List<String> ranges) throws Exception {
    StringBuilder q = new StringBuilder("/api/search?size=100&facets=&highlight=false&rank=words");
    ranges.forEach(r -> q.append("&range=").append(Http.enc(r)));
    JsonNode r = http.get(q.toString()).json();
    Set<String> ids = new TreeSet<>();
    r.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    assertThat(r.get("total").asLong()).isEqualTo(ids.size());
    return ids;
  }

  @Test
  void eachLinkedFilterReturnsExactlyItsPapersWhereTheUnlinkedRangesReturnMore() throws Exception {
    List<Case> cases = cases();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(5);
    for (Case c : cases) {
      assertThat(ids(List.of(c.range()))).as(c.range()).isEqualTo(c.expected());
      assertThat(ids(c.unlinked()))
          .as("unlinked " + c.unlinked())
          .containsAll(c.expected())
          .hasSizeGreaterThan(c.expected().size());
    }
  }

  @Test
  void linkedAndPlainRangesCombineAndExportStreamsTheSamePapers() throws Exception {
    Set<String> both =
        ids(List.of("capacity_retention:80..@cycles:500..", "capacity_retention:80..@c_rate:1.."));
    assertThat(both).containsExactlyInAnyOrder("k-linked-03", "k-linked-08");
    String export =
        http.get("/api/export?format=jsonl&range=" + Http.enc("capacity_retention:80..@c_rate:1.."))
            .body();
    assertThat(export.lines()).hasSize(3);
    assertThat(export).contains("\"k-linked-03\"", "\"k-linked-08\"", "\"k-linked-28\"");
  }

  /**
   * The values of a linked search are the measurements it asked for: each row of the property holds
   * the range.
   */
  @Test
  void valuesOfALinkedSearchAreTheValuesThatHoldIt() throws Exception {
    for (Case c : cases()) {
      JsonNode rows = http.get("/api/values?range=" + Http.enc(c.range())).json();
      RangeFilterRow want = RangeFilterRow.of(c.range());
      Set<String> papers = new TreeSet<>();
      int ofProperty = 0;
      for (JsonNode row : rows) {
        papers.add(row.get("id").asText());
        if (row.get("property").asText().equals(want.property())) {
          ofProperty++;
          assertThat(want.holds(row)).as(c.range() + " " + row).isTrue();
        }
      }
      assertThat(papers).as(c.range()).isEqualTo(c.expected());
      assertThat(ofProperty).as(c.range()).isGreaterThanOrEqualTo(c.expected().size());
    }
    // unlinked, the same papers' values of the property include some that do not hold the linked
    // range
    Case first = cases().get(0);
    RangeFilterRow want = RangeFilterRow.of(first.range());
    StringBuilder unlinked = new StringBuilder("/api/values?properties=" + want.property());
    first.unlinked().forEach(r -> unlinked.append("&range=").append(Http.enc(r)));
    boolean some = false;
    for (JsonNode row : http.get(unlinked.toString()).json()) {
      some |= !want.holds(row);
    }
    assertThat(some)
        .as("an unlinked search's rows include values outside the linked range")
        .isTrue();
  }

  /** A linked range read for checking rows: the property's bounds and each condition's. */
  private record RangeFilterRow(
      String property, double[] bounds, List<String> keys, List<double[]> conditions) {
    static RangeFilterRow of(String range) {
      String[] parts = range.split("@");
      List<String> keys = new ArrayList<>();
      List<double[]> conds = new ArrayList<>();
      for (int i = 1; i < parts.length; i++) {
        keys.add(parts[i].substring(0, parts[i].indexOf(':')));
        conds.add(bounds(parts[i]));
      }
      return new RangeFilterRow(
          parts[0].substring(0, parts[0].indexOf(':')), bounds(parts[0]), keys, conds);
    }

    static double[] bounds(String part) {
      String[] b = part.substring(part.indexOf(':') + 1).split("\\.\\.", -1);
      return new double[] {
        b[0].isBlank() ? Double.NEGATIVE_INFINITY : Double.parseDouble(b[0]),
        b[1].isBlank() ? Double.POSITIVE_INFINITY : Double.parseDouble(b[1])
      };
    }

    boolean holds(JsonNode row) {
      double v = row.get("value").asDouble();
      double max = row.path("max").isNumber() ? row.get("max").asDouble() : v;
      if (!(in(v, bounds) || in(max, bounds))) {
        return false;
      }
      for (int i = 0; i < keys.size(); i++) {
        JsonNode c = row.path("conditions").path(keys.get(i));
        if (!c.isNumber() || !in(c.asDouble(), conditions.get(i))) {
          return false;
        }
      }
      return true;
    }

    private static boolean in(double v, double[] b) {
      return v >= b[0] && v <= b[1];
    }
  }

  @Test
  void malformedConditionsAreProblemsThatSaySo() throws Exception {
    record Bad(String range, String title, String detail) {}
    for (Bad b :
        List.of(
            new Bad(
                "capacity_retention:80..@cycle:500..", "Unknown condition", "no condition 'cycle'"),
            new Bad(
                "capacity_retention:80..@cycles:abc..",
                "Bad range",
                "a linked condition must be @COND:MIN..MAX"),
            new Bad("capacity_retention:80..@cycles:..", "Bad range", "'@cycles:..'"),
            new Bad("capacity_retention:80..@", "Bad range", "a linked condition must be"),
            new Bad(
                "capacity_retention:80..@cycles:1..@cycles:2..",
                "Bad range",
                "'cycles' is given twice"),
            new Bad("year:2020..@cycles:500..", "Bad range", "year has no linked conditions"),
            new Bad(
                "retention:80..@cycles:500..",
                "Unknown range field",
                "no range field 'retention'"))) {
      for (String endpoint : List.of("/api/search", "/api/export")) {
        Http.Answer a = http.get(endpoint + "?range=" + Http.enc(b.range()));
        assertThat(a.status()).as(endpoint + " " + b.range()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.json().get("title").asText()).as(b.range()).isEqualTo(b.title());
        assertThat(a.json().get("detail").asText()).as(b.range()).contains(b.detail());
      }
    }
    JsonNode known =
        http.get("/api/search?range=" + Http.enc("capacity_retention:80..@cycle:500..")).json();
    assertThat(known.get("detail").asText())
        .contains("cycles, current_density, c_rate, areal_current_density");
  }
}
