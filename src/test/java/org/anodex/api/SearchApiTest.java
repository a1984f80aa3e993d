package org.anodex.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anodex.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /api/search} through the real HTTP server, over the shipped sample data. */
class SearchApiTest {
  private static Http http;

  @BeforeAll
  static void start() {
    http = new Http(Fixtures.sample().index());
  }

  @AfterAll
  static void stop() {
    http.close();
  }

  @Test
  void aQueryAnswersHitsFacetsAndRangesInTheShapeOfApiMd() throws Exception {
    Http.Answer a =
        http.get(
            "/api/search?q=" + Http.enc("silicon anode") + "&facets=material,binder,electrolyte");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.contentType()).startsWith("application/json");
    JsonNode r = a.json();

    assertThat(r.get("total").asInt()).isGreaterThan(10);
    assertThat(r.get("took_ms").isNumber()).isTrue();
    assertThat(r.get("hits")).hasSize(10);
    JsonNode hit = r.get("hits").get(0);
    assertThat(hit.fieldNames())
        .toIterable()
        .contains(
            "id",
            "score",
            "title",
            "authors",
            "year",
            "journal",
            "doi",
            "topics",
            "properties",
            "snippet");
    assertThat(hit.get("snippet").asText()).contains("<mark>");
    List<String> dims = new ArrayList<>();
    r.get("facets").fieldNames().forEachRemaining(dims::add);
    assertThat(dims).containsExactly("material", "binder", "electrolyte");
    assertThat(r.get("facets").get("material")).isNotEmpty();
    assertThat(r.get("facets").get("material").get(0).get("count").asInt()).isPositive();
    assertThat(r.get("ranges").get("year").get("min").asInt()).isLessThanOrEqualTo(2015);
  }

  /**
   * A two-word query counts the papers with both words (ranking.yaml's minimum_should_match "2<1").
   */
  @Test
  void aTwoWordQueryCountsThePapersWithBothWords() throws Exception {
    long both =
        http.get("/api/search?size=0&q=" + Http.enc("+silicon +anode"))
            .json()
            .get("total")
            .asLong();
    long either =
        http.get("/api/search?size=0&q=" + Http.enc("silicon OR anode"))
            .json()
            .get("total")
            .asLong();
    JsonNode r =
        http.get("/api/search?size=0&facets=material&q=" + Http.enc("silicon anode")).json();
    assertThat(r.get("total").asLong()).isEqualTo(both).isLessThan(either);
    assertThat(r.get("facets"))
        .isEqualTo(
            http.get("/api/search?size=0&facets=material&q=" + Http.enc("+silicon +anode"))
                .json()
                .get("facets"));
    // a longer query still finds what any of its words finds, ranked
    assertThat(
            http.get("/api/search?size=0&q=" + Http.enc("silicon anode binder"))
                .json()
                .get("total")
                .asLong())
        .isEqualTo(
            http.get("/api/search?size=0&q=" + Http.enc("silicon OR anode OR binder"))
                .json()
                .get("total")
                .asLong());
  }

  @Test
  void rankWordsAsksForTheWordsRankingAloneOverTheSameMatches() throws Exception {
    String q =
        "/api/search?size=20&facets=material&q="
            + Http.enc("binders that hold swelling silicon together");
    JsonNode hybrid = http.get(q).json();
    JsonNode words = http.get(q + "&rank=words").json();
    assertThat(words.get("total")).isEqualTo(hybrid.get("total"));
    assertThat(words.get("facets")).isEqualTo(hybrid.get("facets"));
    List<String> byWords = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    words
        .get("hits")
        .forEach(
            h -> {
              byWords.add(h.get("id").asText());
              scores.add(h.get("score").asDouble());
            });
    List<String> byBoth = new ArrayList<>();
    hybrid.get("hits").forEach(h -> byBoth.add(h.get("id").asText()));
    assertThat(byBoth).as("the meaning reorders").isNotEqualTo(byWords);
    assertThat(scores)
        .as("the words' ranking, best first")
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());

    for (String odd :
        new String[] {
          "title:x \uFFFD",
          "author:x \u200B",
          "\u200B",
          "title:x \u0301",
          "author:x \uFEFF",
          "title:x \u202E\u0000",
          "doi:x -silicon \u00A0",
          "title:x \u2028"
        }) { // nothing to embed
      assertThat(http.get("/api/search?q=" + Http.enc(odd)).status()).as(odd).isEqualTo(200);
    }

    Http.Answer bad = http.get("/api/search?q=silicon&rank=meaning");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.contentType()).startsWith("application/problem+json");
    assertThat(bad.json().get("detail").asText()).contains("rank must be hybrid", "words");
  }

  @Test
  void aFilterReturnsOnlyPapersWithThatValueAndAParentMatchesItsChildren() throws Exception {
    JsonNode siox = http.get("/api/search?size=100&filter=material:SiOx").json();
    assertThat(siox.get("total").asInt()).isPositive().isEqualTo(siox.get("hits").size());
    siox.get("hits")
        .forEach(h -> assertThat(h.get("topics").get("material").toString()).contains("SiOx"));

    JsonNode silicon = http.get("/api/search?size=100&filter=material:silicon").json();
    JsonNode micro =
        http.get("/api/search?size=100&filter=" + Http.enc("material:silicon/micro-Si")).json();
    assertThat(micro.get("total").asInt()).isPositive().isLessThan(silicon.get("total").asInt());
    List<String> siliconIds = new ArrayList<>();
    silicon.get("hits").forEach(h -> siliconIds.add(h.get("id").asText()));
    micro.get("hits").forEach(h -> assertThat(siliconIds).contains(h.get("id").asText()));
  }

  @Test
  void facetCountsOfAFilteredDimensionAreThoseWithoutItsOwnFilter() throws Exception {
    JsonNode all = http.get("/api/search?facets=binder").json();
    JsonNode filtered = http.get("/api/search?facets=binder&filter=binder:PAA").json();

    assertThat(filtered.get("total").asInt()).isLessThan(all.get("total").asInt());
    assertThat(filtered.get("facets").get("binder"))
        .isEqualTo(markSelected(all.get("facets").get("binder"), "PAA"));
  }

  @Test
  void filterValuesMatchRegardlessOfCaseAndBySynonym() throws Exception {
    JsonNode exact = http.get("/api/search?facets=binder&filter=binder:PAA").json();
    for (String value : List.of("paa", "polyacrylic acid", "poly(acrylic acid)")) {
      JsonNode r =
          http.get("/api/search?facets=binder&filter=" + Http.enc("binder:" + value)).json();
      assertThat(r.get("total")).as(value).isEqualTo(exact.get("total"));
      assertThat(r.get("facets")).as(value).isEqualTo(exact.get("facets"));
    }
    JsonNode fec = http.get("/api/search?facets=electrolyte&filter=electrolyte:FEC").json();
    assertThat(fec.get("total").asInt()).isPositive();
    assertThat(fec.get("facets").get("electrolyte").findValuesAsText("value"))
        .contains("FEC additive");
    JsonNode micro = http.get("/api/search?filter=" + Http.enc("material:micro-si")).json();
    assertThat(micro.get("total"))
        .isEqualTo(
            http.get("/api/search?filter=" + Http.enc("material:silicon/micro-Si"))
                .json()
                .get("total"));
    JsonNode journal = http.get("/api/search?filter=" + Http.enc("journal:nano energy")).json();
    assertThat(journal.get("total").asInt()).isPositive();
    journal
        .get("hits")
        .forEach(h -> assertThat(h.get("journal").asText()).isEqualTo("Nano Energy"));
  }

  @Test
  void aFilterValueThatNamesNothingIsA400NamingTheNearValues() throws Exception {
    Map<String, String> expected =
        Map.of(
            "binder:PAAA", "no binder 'PAAA'; near: PAA",
            "electrolyte:FEC additve", "no electrolyte 'FEC additve'; near: FEC additive",
            "journal:Nano Energie", "no journal 'Nano Energie'; near: Nano Energy",
            "year:last", "year filters take a year (year:2024), was 'last'");
    for (Map.Entry<String, String> e : expected.entrySet()) {
      Http.Answer a = http.get("/api/search?filter=" + Http.enc(e.getKey()));
      assertThat(a.status()).as(e.getKey()).isEqualTo(400);
      assertThat(a.contentType()).startsWith("application/problem+json");
      assertThat(a.json().get("detail").asText()).as(e.getKey()).startsWith(e.getValue());
    }
  }

  @Test
  void anAuthorFacetCountsPapersByAuthorAndFiltersByThem() throws Exception {
    JsonNode authors =
        http.get("/api/search?size=0&facets=author&facet_size=5")
            .json()
            .get("facets")
            .get("author");
    assertThat(authors).hasSize(5);
    JsonNode top = authors.get(0);
    String name = top.get("value").asText();
    JsonNode r =
        http.get(
                "/api/search?size=100&facets=author&filter="
                    + Http.enc("author:" + name.toUpperCase()))
            .json();
    assertThat(r.get("total").asLong()).isEqualTo(top.get("count").asLong());
    r.get("hits").forEach(h -> assertThat(h.get("authors").toString()).contains(name));
    assertThat(r.get("facets").get("author").get(0).get("selected").asBoolean()).isTrue();
  }

  @Test
  void oneJournalIsOneFacetValueWhateverCaseItsSourcesWrite() throws Exception {
    List<String> journals =
        http.get("/api/search?size=0&facets=journal&facet_size=1000")
            .json()
            .get("facets")
            .get("journal")
            .findValuesAsText("value");
    assertThat(journals).isNotEmpty().doesNotHaveDuplicates();
    assertThat(
            journals.stream()
                .map(j -> j.toLowerCase(java.util.Locale.ROOT).replaceFirst("^the ", "")))
        .doesNotHaveDuplicates();
  }

  private static JsonNode markSelected(JsonNode counts, String value) {
    JsonNode copy = counts.deepCopy();
    copy.forEach(
        c ->
            ((com.fasterxml.jackson.databind.node.ObjectNode) c)
                .put("selected", c.get("value").asText().equals(value)));
    return copy;
  }

  @Test
  void aBrokenQueryIsA400ProblemThatSaysWhere() throws Exception {
    Http.Answer a = http.get("/api/search?q=" + Http.enc("title:("));
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.contentType()).startsWith("application/problem+json");
    JsonNode p = a.json();
    assertThat(p.get("status").asInt()).isEqualTo(400);
    assertThat(p.get("title").asText()).isEqualTo("Query does not parse");
    assertThat(p.get("detail").asText()).contains("title:(").contains("at position 8");
  }

  @Test
  void snippetsEscapeOnlyWhatHtmlNeeds() throws Exception {
    JsonNode hits = http.get("/api/search?q=" + Http.enc("SiOx/C")).json().get("hits");
    assertThat(hits).isNotEmpty();
    assertThat(hits.findValuesAsText("snippet"))
        .allSatisfy(s -> assertThat(s).doesNotContain("&#x2F;", "&#x27;"))
        .anySatisfy(s -> assertThat(s).contains("<mark>SiOx/C</mark>"));
  }

  @Test
  void slashesAndColonsOfChemistryAreText() throws Exception {
    assertThat(http.get("/api/search?q=" + Http.enc("Si/C composite")).status()).isEqualTo(200);
    assertThat(
            http.get("/api/search?q=" + Http.enc("PEDOT:PSS binder")).json().get("total").asInt())
        .isPositive();
  }

  @Test
  void idSelectsOnePaperAsItIsWritten() throws Exception {
    JsonNode hits = http.get("/api/search?size=100&q=silicon").json().get("hits");
    for (JsonNode hit : hits) {
      String id = hit.get("id").asText();
      JsonNode r = http.get("/api/search?q=" + Http.enc("id:\"" + id + "\"")).json();
      assertThat(r.get("total").asInt()).as(id).isEqualTo(1);
      assertThat(r.get("hits").get(0).get("id").asText()).isEqualTo(id);
    }
    assertThat(hits.findValuesAsText("id")).anyMatch(id -> id.contains("~"));
    assertThat(
            http.get("/api/search?q=" + Http.enc("id:\"10.5555~no.such.paper\""))
                .json()
                .get("total")
                .asInt())
        .isZero();
  }

  @Test
  void badParametersAre400Problems() throws Exception {
    for (String q :
        List.of(
            "size=1000",
            "size=-1",
            "filter=nosuchdim:x",
            "facets=nosuchdim",
            "range=year:abc",
            "range=nosuch:1..2",
            "sort=sideways",
            "page=2000",
            "size=abc")) {
      Http.Answer a = http.get("/api/search?" + q);
      assertThat(a.status()).as(q).isEqualTo(400);
      assertThat(a.contentType()).as(q).startsWith("application/problem+json");
      assertThat(a.json().get("detail").asText()).as(q).isNotBlank();
    }
  }

  @Test
  void sizeZeroAnswersFacetCountsWithoutHits() throws Exception {
    JsonNode r = http.get("/api/search?q=silicon&size=0&facets=binder").json();
    assertThat(r.get("hits")).isEmpty();
    assertThat(r.get("total").asInt()).isPositive();
    assertThat(r.get("facets").get("binder")).isNotEmpty();
    assertThat(r.get("next_cursor").isNull()).isTrue();
  }

  @Test
  void yearRangesAndDateSortWork() throws Exception {
    JsonNode r = http.get("/api/search?range=year:2020..2022&sort=-date&size=100").json();
    assertThat(r.get("total").asInt()).isPositive();
    int previous = Integer.MAX_VALUE;
    for (JsonNode h : r.get("hits")) {
      int year = h.get("year").asInt();
      assertThat(year).isBetween(2020, 2022).isLessThanOrEqualTo(previous);
      previous = year;
    }
  }

  @Test
  void numericPropertiesFilterByRangeAndReportTheirBounds() throws Exception {
    JsonNode all = http.get("/api/search?size=0").json();
    JsonNode bounds = all.get("ranges").get("specific_capacity");
    assertThat(bounds.get("max").asDouble()).isGreaterThan(1000);

    JsonNode high =
        http.get("/api/search?size=100&range=" + Http.enc("specific_capacity:1000..")).json();
    assertThat(high.get("total").asInt()).isPositive().isLessThan(all.get("total").asInt());
    high.get("hits")
        .forEach(
            h -> {
              boolean any = false;
              for (JsonNode p : h.get("properties")) {
                any |=
                    p.get("name").asText().equals("specific_capacity")
                        && !p.get("value").isNull()
                        && Math.max(
                                p.get("value").asDouble(),
                                p.get("max").isNull() ? 0 : p.get("max").asDouble())
                            >= 1000;
              }
              assertThat(any).as(h.get("id").asText()).isTrue();
            });
    JsonNode retention =
        http.get(
                "/api/search?range="
                    + Http.enc("capacity_retention:80..100")
                    + "&range="
                    + Http.enc("year:2020.."))
            .json();
    assertThat(retention.get("total").asInt()).isPositive();

    JsonNode fields = http.get("/api/facets").json().get("ranges");
    assertThat(fields.toString())
        .contains(
            "{\"field\":\"specific_capacity\",\"label\":\"Specific capacity\",\"unit\":\"mAh/g\"}");
    assertThat(http.get("/api/search?range=" + Http.enc("specific_capacity:abc..")).status())
        .isEqualTo(400);
  }

  @Test
  void healthAnswersUp() throws Exception {
    Http.Answer a = http.get("/health");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.body()).contains("UP");
  }

  @Test
  void anUnknownPathIsA404Problem() throws Exception {
    Http.Answer a = http.get("/api/nothing-here");
    assertThat(a.status()).isEqualTo(404);
    assertThat(a.contentType()).startsWith("application/problem+json");
  }
}
