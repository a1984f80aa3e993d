package org.anodex.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.anodex.Fixtures;
import org.anodex.paper.Paper;
import org.anodex.source.BibtexSource;
import org.anodex.source.PaperSink;
import org.anodex.source.SourceFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The read endpoints of API.md through the real HTTP server, over the 5,075 real abstracts of
 * ../shared.
 */
class ApiContractTest {
  private static Http http;

  @TempDir Path tmp;

  @BeforeAll
  static void start() {
    http = new Http(Fixtures.abstracts().index());
  }

  @AfterAll
  static void stop() {
    if (http != null) {
      http.close();
    }
  }

  @Test
  void aCursorWalksEveryHitOfABigQueryExactlyOnce() throws Exception {
    String query =
        "/api/search?q=" + Http.enc("battery electrode") + "&facets=&highlight=false&size=100";
    JsonNode first = http.get(query).json();
    long total = first.get("total").asLong();
    assertThat(total).isGreaterThan(1000);

    List<String> ids = new ArrayList<>();
    JsonNode page = first;
    while (true) {
      page.get("hits").forEach(h -> ids.add(h.get("id").asText()));
      String next = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
      if (next == null) {
        break;
      }
      page = http.get(query + "&cursor=" + Http.enc(next)).json();
      assertThat(page.get("total").asLong()).isEqualTo(total);
    }
    assertThat(ids).hasSize((int) total).doesNotHaveDuplicates();
  }

  @Test
  void aCountWithoutAPageHasThePagesTotalAndFacets() throws Exception {
    for (String asked :
        List.of(
            "q=" + Http.enc("silicon anode"),
            "q=" + Http.enc("silicon anode") + "&sort=-date",
            "q=" + Http.enc("silicon anode") + "&sort=-date&facets=",
            "q=" + Http.enc("binder") + "&rank=words&filter=" + Http.enc("material:silicon"),
            "sort=-date")) {
      JsonNode paged = http.get("/api/search?size=10&" + asked).json();
      JsonNode count = http.get("/api/search?size=0&" + asked).json();
      assertThat(paged.get("total").asLong()).as(asked).isPositive();
      assertThat(count.get("total")).as(asked).isEqualTo(paged.get("total"));
      assertThat(count.get("facets")).as(asked).isEqualTo(paged.get("facets"));
      assertThat(count.get("hits")).as(asked).isEmpty();
    }
  }

  @Test
  void aCursorFromAnotherSearchOrForgedIsA400() throws Exception {
    String next = http.get("/api/search?q=silicon&size=5").json().get("next_cursor").asText();
    Http.Answer other = http.get("/api/search?q=graphite&size=5&cursor=" + Http.enc(next));
    assertThat(other.status()).isEqualTo(400);
    assertThat(other.json().get("title").asText()).isEqualTo("Bad cursor");
    assertThat(http.get("/api/search?q=silicon&cursor=not-a-cursor").status()).isEqualTo(400);
  }

  @Test
  void filteringOnABinderKeepsTheOtherBindersWithTheirUnfilteredCounts() throws Exception {
    JsonNode all = http.get("/api/search?facets=binder&facet_size=50").json();
    JsonNode paa = http.get("/api/search?facets=binder&facet_size=50&filter=binder:PAA").json();
    Map<String, Long> unfiltered = counts(all.get("facets").get("binder"));
    Map<String, Long> sideways = counts(paa.get("facets").get("binder"));

    assertThat(paa.get("total").asLong()).isPositive().isEqualTo(unfiltered.get("PAA"));
    assertThat(sideways).isEqualTo(unfiltered).hasSizeGreaterThan(3);
    paa.get("facets")
        .get("binder")
        .forEach(
            c ->
                assertThat(c.get("selected").asBoolean())
                    .isEqualTo(c.get("value").asText().equals("PAA")));
  }

  private static Map<String, Long> counts(JsonNode facet) {
    Map<String, Long> m = new HashMap<>();
    facet.forEach(c -> m.put(c.get("value").asText(), c.get("count").asLong()));
    return m;
  }

  @Test
  void csvExportHasAHeaderAndOneRfc4180RowPerMatch() throws Exception {
    String params = "q=" + Http.enc("silicon anode") + "&filter=" + Http.enc("material:silicon");
    long total = http.get("/api/search?" + params).json().get("total").asLong();
    Http.Answer csv = http.get("/api/export?format=csv&" + params);

    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.header("content-disposition")).contains("attachment").contains(".csv");
    List<List<String>> rows = Rfc4180.parse(csv.body());
    assertThat(rows.get(0))
        .containsExactly(
            "id",
            "doi",
            "title",
            "authors",
            "year",
            "journal",
            "format",
            "topics",
            "properties",
            "abstract");
    assertThat(rows).hasSize((int) total + 1).allSatisfy(r -> assertThat(r).hasSize(10));
    assertThat(total).isGreaterThan(100);
  }

  @Test
  void bibtexAndRisExportsParseBackToTheSameNumberOfPapers() throws Exception {
    String params = "q=" + Http.enc("SiOx");
    long total = http.get("/api/search?" + params).json().get("total").asLong();
    assertThat(total).isGreaterThan(10);

    Path bib = tmp.resolve("export.bib");
    Files.writeString(bib, http.get("/api/export?format=bibtex&" + params).body());
    List<String> rejected = new ArrayList<>();
    List<Paper> read = new ArrayList<>();
    new BibtexSource()
        .read(
            SourceFile.of(bib),
            new PaperSink() {
              public void accept(Paper p) {
                read.add(p);
              }

              public void reject(String where, String reason) {
                rejected.add(where + " " + reason);
              }
            });
    assertThat(rejected).isEmpty();
    assertThat(read).hasSize((int) total);

    String ris = http.get("/api/export?format=ris&" + params).body();
    assertThat(ris.split("\r\nER  - \r\n", -1)).hasSize((int) total + 1);
    String jsonl = http.get("/api/export?format=jsonl&" + params).body();
    assertThat(jsonl.lines()).hasSize((int) total);
  }

  @Test
  void exportRefusesAnUnknownFormatOrABrokenQueryBeforeStreaming() throws Exception {
    assertThat(http.get("/api/export?format=xls").status()).isEqualTo(400);
    Http.Answer broken = http.get("/api/export?format=csv&q=" + Http.enc("title:("));
    assertThat(broken.status()).isEqualTo(400);
    assertThat(broken.contentType()).startsWith("application/problem+json");
  }

  @Test
  void anUnknownPaperIsA404AndAKnownOneComesWholeWithEvidence() throws Exception {
    Http.Answer missing = http.get("/api/papers/10.9999~no-such-paper");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.contentType()).startsWith("application/problem+json");
    assertThat(http.get("/api/papers/10.9999~no-such-paper/similar").status()).isEqualTo(404);

    String id =
        http.get("/api/search?q=" + Http.enc("PAA binder silicon") + "&size=1")
            .json()
            .get("hits")
            .get(0)
            .get("id")
            .asText();
    JsonNode paper = http.get("/api/papers/" + id).json();
    assertThat(paper.get("id").asText()).isEqualTo(id);
    assertThat(paper.get("abstract").asText()).isNotBlank();
    assertThat(paper.get("source").asText())
        .endsWith(".jsonl:" + paper.get("source").asText().replaceAll(".*:", ""));
    JsonNode binders = paper.get("topics").get("binder");
    assertThat(binders).isNotEmpty();
    binders.forEach(t -> assertThat(t.get("evidence").asText()).isNotBlank());

    JsonNode similar = http.get("/api/papers/" + id + "/similar?size=5").json();
    assertThat(similar.get("hits")).hasSize(5);
    similar.get("hits").forEach(h -> assertThat(h.get("id").asText()).isNotEqualTo(id));
  }

  @Test
  void suggestCompletesTopicsTermsAndTitles() throws Exception {
    JsonNode s = http.get("/api/suggest?prefix=fluoroeth&size=8").json();
    List<String> texts = new ArrayList<>();
    s.get("suggestions").forEach(c -> texts.add(c.get("text").asText().toLowerCase()));
    assertThat(texts).anyMatch(t -> t.startsWith("fluoroethylene carbonate"));
    JsonNode topic = http.get("/api/suggest?prefix=micro-s").json().get("suggestions").get(0);
    assertThat(topic.get("filter").asText()).isEqualTo("material:silicon/micro-Si");
    assertThat(http.get("/api/suggest?prefix=").json().get("suggestions")).isEmpty();
  }

  @Test
  void aMisspelledQuerySuggestsTheSpellingThatFindsPapers() throws Exception {
    JsonNode r = http.get("/api/search?q=" + Http.enc("siliconn anodde")).json();
    assertThat(r.get("total").asLong()).isZero();
    assertThat(r.get("suggestion").asText()).isEqualTo("silicon anode");
    assertThat(http.get("/api/search?q=silicon").json().has("suggestion")).isFalse();
  }

  @Test
  void theAtomFeedListsTheNewestMatchesFirst() throws Exception {
    Http.Answer feed = http.get("/api/feed?q=" + Http.enc("silicon anode") + "&size=20");
    assertThat(feed.status()).isEqualTo(200);
    assertThat(feed.contentType()).startsWith("application/atom+xml");
    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
    var updated = xml.getElementsByTagName("updated");
    assertThat(xml.getElementsByTagName("entry").getLength()).isEqualTo(20);
    List<String> dates = new ArrayList<>();
    for (int i = 1; i < updated.getLength(); i++) {
      dates.add(updated.item(i).getTextContent());
    }
    assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());

    // A feed reader's library reads every entry with its title, link, date and authors.
    var read =
        new com.rometools.rome.io.SyndFeedInput().build(new java.io.StringReader(feed.body()));
    assertThat(read.getFeedType()).isEqualTo("atom_1.0");
    assertThat(read.getEntries())
        .hasSize(20)
        .allSatisfy(
            e -> {
              assertThat(e.getTitle()).isNotBlank();
              assertThat(e.getLink()).startsWith("http");
              assertThat(e.getUpdatedDate()).isNotNull();
            });
  }

  @Test
  void theFacetsEndpointGivesTheTaxonomyTree() throws Exception {
    JsonNode f = http.get("/api/facets").json();
    Set<String> keys = new HashSet<>();
    f.get("dimensions").forEach(d -> keys.add(d.get("key").asText()));
    assertThat(keys).contains("material", "binder", "electrolyte", "year", "journal", "format");
    JsonNode material = f.get("dimensions").get(1);
    assertThat(material.toString()).contains("\"path\":\"silicon/micro-Si\"");
  }

  @Test
  void theOpenApiDocumentIsServed() throws Exception {
    Http.Answer doc = http.get("/openapi/anodex-0.1.yml");
    assertThat(doc.status()).isEqualTo(200);
    assertThat(doc.body()).contains("/api/search", "/api/export", "/api/papers/{id}");
  }

  /** A strict RFC 4180 reader: quoted fields may hold commas, quotes and line breaks. */
  static final class Rfc4180 {
    static List<List<String>> parse(String s) {
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          row.add(field.toString());
          field.setLength(0);
        } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          row.add(field.toString());
          field.setLength(0);
          rows.add(row);
          row = new ArrayList<>();
          i++;
        } else {
          assertThat(c).as("bare line break outside quotes at " + i).isNotIn('\r', '\n');
          field.append(c);
        }
      }
      assertThat(field.length() + row.size()).as("the file ends with CRLF").isZero();
      return rows;
    }
  }
}
