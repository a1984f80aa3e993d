package org.anodex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.anodex.Fixtures;
import org.anodex.cli.CliTest.Run;
import org.anodex.cli.FixtureApi.Reply;
import org.anodex.index.LuceneIndex;
import org.anodex.paper.Paper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code anodex harvest} against each source's API played by a local server from fixtures written
 * in the format of that API's documentation: the papers and fields expected, a 429 with Retry-After
 * and a 500 retried, a malformed record skipped and named, the same paper from several sources kept
 * once, a second harvest that changes nothing, a harvest killed with SIGKILL that goes on where it
 * stopped, and a harvest written through a running server.
 */
class HarvestTest {
  /** The abstract that openalex/page1.json holds as an inverted index, word for word. */
  static final String W1_ABSTRACT =
      "Micro-sized silicon anodes crack when they swell. A crosslinked binder holds the "
          + "particles together, and the cells keep 85% of the capacity after 500 cycles at the rate of the test.";

  @TempDir Path tmp;

  static FixtureApi openAlex(boolean trouble) throws IOException {
    return new FixtureApi("cursor")
        .on(
            "/works",
            "*",
            trouble
                ? new Reply[] {
                  Reply.status(429, "Retry-After", "1"), Reply.json("openalex/page1.json")
                }
                : new Reply[] {Reply.json("openalex/page1.json")})
        .on(
            "/works",
            "c2",
            trouble
                ? new Reply[] {Reply.status(500), Reply.json("openalex/page2.json")}
                : new Reply[] {Reply.json("openalex/page2.json")})
        .on("/works", "c3", Reply.json("openalex/page3.json"));
  }

  static FixtureApi crossref(boolean trouble) throws IOException {
    return new FixtureApi("cursor")
        .on(
            "/works",
            "*",
            trouble
                ? new Reply[] {
                  Reply.status(429, "Retry-After", "1"), Reply.json("crossref/page1.json")
                }
                : new Reply[] {Reply.json("crossref/page1.json")})
        .on(
            "/works",
            "cr2",
            trouble
                ? new Reply[] {Reply.status(503), Reply.json("crossref/page2.json")}
                : new Reply[] {Reply.json("crossref/page2.json")})
        .on("/works", "cr3", Reply.json("crossref/page3.json"));
  }

  static FixtureApi arxiv(boolean trouble) throws IOException {
    String atom = "application/atom+xml;charset=UTF-8";
    return new FixtureApi("start")
        .on(
            "/api/query",
            "0",
            trouble
                ? new Reply[] {
                  Reply.status(429, "Retry-After", "1"), Reply.file("arxiv/page1.xml", atom)
                }
                : new Reply[] {Reply.file("arxiv/page1.xml", atom)})
        .on(
            "/api/query",
            "2",
            trouble
                ? new Reply[] {Reply.status(500), Reply.file("arxiv/page2.xml", atom)}
                : new Reply[] {Reply.file("arxiv/page2.xml", atom)});
  }

  Run harvest(String source, FixtureApi api, String... more) {
    List<String> args =
        new ArrayList<>(List.of("--index", tmp.resolve("index").toString(), "--no-embed"));
    args.addAll(List.of(more));
    return harvestInto(source, api, args);
  }

  /** Harvests through the server at {@code url} with {@code token}. */
  Run harvestThrough(String url, String token, String source, FixtureApi api) {
    return harvestInto(source, api, List.of("--server", url, "--token", token));
  }

  private Run harvestInto(String source, FixtureApi api, List<String> target) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "harvest",
                source,
                "--query",
                "silicon anode",
                "--api-url",
                api.url(),
                "--checkpoints",
                tmp.resolve("checkpoints").toString(),
                "--mailto",
                "test@example.org",
                "--min-interval-ms",
                "0"));
    args.addAll(target);
    return CliTest.anodex(args.toArray(String[]::new));
  }

  /** Every paper of the index by id; fails on a paper held twice. */
  Map<String, Paper> papers() throws IOException {
    List<Paper> all = new ArrayList<>();
    try (LuceneIndex index = LuceneIndex.openReadOnly(tmp.resolve("index"), Fixtures.schema())) {
      index.forEach(all::add);
    }
    Map<String, Paper> byId = new TreeMap<>();
    all.forEach(p -> assertThat(byId.put(p.id(), p)).as("paper held twice: " + p.id()).isNull());
    return byId;
  }

  @Test
  void openAlexPagesBecomeTheExpectedPapersWithTheAbstractRebuiltWordForWord() throws Exception {
    try (FixtureApi api = openAlex(true)) {
      Run run = harvest("openalex", api);
      assertThat(run.status()).as(run.err()).isZero();
      assertThat(run.out())
          .contains("3 records in 3 pages: 3 papers added, 0 updated, 0 unchanged")
          .contains("skipped openalex W4400000002: no title");
      assertThat(run.err())
          .contains("openalex: HTTP 429")
          .contains("waiting 1 s as Retry-After asks")
          .contains("openalex: HTTP 500");
      assertThat(api.requests())
          .containsExactly("/works?*", "/works?*", "/works?c2", "/works?c2", "/works?c3");
      assertThat(api.userAgents())
          .allSatisfy(
              ua -> assertThat(ua).startsWith("Anodex/").contains("mailto:test@example.org"));
    }
    Map<String, Paper> papers = papers();
    assertThat(papers.keySet())
        .containsExactly("10.5555~harvest.silicon.1", "10.5555~harvest.silicon.3", "k-W4400000004");
    Paper p = papers.get("10.5555~harvest.silicon.1");
    assertThat(p.abstractText()).isEqualTo(W1_ABSTRACT);
    assertThat(p.title()).isEqualTo("Binder design for micro-sized silicon anodes");
    assertThat(p.authors()).containsExactly("Ana Ruiz", "Kenji Mori");
    assertThat(p.year()).isEqualTo(2024);
    assertThat(p.date()).isEqualTo("2024-03-15");
    assertThat(p.journal()).isEqualTo("Journal of Test Batteries");
    assertThat(p.doi()).isEqualTo("10.5555/harvest.silicon.1");
    assertThat(p.citations()).isEqualTo(42);
    assertThat(p.oaUrl()).isEqualTo("https://example.org/pdf/1.pdf");
    assertThat(p.sourceIds()).isEqualTo(Map.of("openalex", "W4400000001", "pmid", "39000001"));
    assertThat(p.format()).isEqualTo("openalex");
    assertThat(p.topics())
        .as("enriched like an ingested paper")
        .anyMatch(t -> t.dimension().equals("material"));
    Paper noDoi = papers.get("k-W4400000004");
    assertThat(noDoi.doi()).isNull();
    assertThat(noDoi.citations()).isZero();
    assertThat(papers.get("10.5555~harvest.silicon.3").abstractText()).isNull();
  }

  @Test
  void crossrefPagesWithJatsAbstractsStrippedOfMarkup() throws Exception {
    try (FixtureApi api = crossref(true)) {
      Run run = harvest("crossref", api);
      assertThat(run.status()).as(run.err()).isZero();
      assertThat(run.out())
          .contains("3 records in 3 pages: 3 papers added")
          .contains("skipped crossref item 1 of the page: no DOI");
      assertThat(run.err()).contains("crossref: HTTP 429").contains("crossref: HTTP 503");
      assertThat(api.requests())
          .containsExactly("/works?*", "/works?*", "/works?cr2", "/works?cr2", "/works?cr3");
    }
    Map<String, Paper> papers = papers();
    assertThat(papers.keySet())
        .containsExactly(
            "10.5555~harvest.cr.2", "10.5555~harvest.cr.4", "10.5555~harvest.silicon.1");
    Paper p = papers.get("10.5555~harvest.cr.2");
    assertThat(p.title()).isEqualTo("Sodium storage in hard carbon from pine wood");
    assertThat(p.abstractText())
        .isEqualTo("Hard carbon made from pine wood stores sodium at low potential.");
    assertThat(p.authors()).containsExactly("Lena Vogt", "The Test Consortium");
    assertThat(p.journal()).isEqualTo("Carbon Test Reports");
    assertThat(p.date()).isEqualTo("2021-07");
    assertThat(p.year()).isEqualTo(2021);
    assertThat(p.citations()).isEqualTo(3);
    assertThat(p.sourceIds()).isEqualTo(Map.of("crossref", "10.5555/harvest.cr.2"));
    assertThat(papers.get("10.5555~harvest.silicon.1").abstractText())
        .isEqualTo("Silicon anodes crack; a crosslinked binder helps.");
    assertThat(papers.get("10.5555~harvest.cr.4").year()).isEqualTo(2020);
  }

  @Test
  void europePmcPagesByCursorMarkToTheMarkThatRepeats() throws Exception {
    try (FixtureApi api =
        new FixtureApi("cursorMark")
            .on(
                "/search",
                "*",
                Reply.status(429, "Retry-After", "1"),
                Reply.json("europepmc/page1.json"))
            .on("/search", "AoE2", Reply.status(502), Reply.json("europepmc/page2.json"))
            .on("/search", "AoE3", Reply.json("europepmc/page3.json"))) {
      Run run = harvest("europepmc", api);
      assertThat(run.status()).as(run.err()).isZero();
      assertThat(run.out())
          .contains("3 records in 3 pages: 3 papers added")
          .contains("skipped europepmc MED:39000003: no title");
      assertThat(run.err()).contains("europepmc: HTTP 429").contains("europepmc: HTTP 502");
      assertThat(api.requests())
          .containsExactly(
              "/search?*", "/search?*", "/search?AoE2", "/search?AoE2", "/search?AoE3");
    }
    Map<String, Paper> papers = papers();
    assertThat(papers.keySet())
        .containsExactly("10.5555~harvest.epmc.1", "10.5555~harvest.epmc.2", "k-MED-39000004");
    Paper p = papers.get("10.5555~harvest.epmc.1");
    assertThat(p.title()).isEqualTo("Silicon nanowire anodes grown on copper foam");
    assertThat(p.abstractText())
        .isEqualTo(
            "Silicon nanowires grown directly on copper foam need no binder. Capacity stays above 2000 mAh/g.");
    assertThat(p.authors()).containsExactly("Li X", "Chen Y");
    assertThat(p.journal()).isEqualTo("Test Energy Letters");
    assertThat(p.date()).isEqualTo("2022-05-02");
    assertThat(p.citations()).isEqualTo(12);
    assertThat(p.oaUrl()).isEqualTo("https://europepmc.org/articles/PMC11000001?pdf=render");
    assertThat(p.sourceIds())
        .isEqualTo(Map.of("europepmc", "MED:39000001", "pmid", "39000001", "pmcid", "PMC11000001"));
    Paper q = papers.get("k-MED-39000004");
    assertThat(q.authors()).containsExactly("Kim J", "Park S", "Lee H");
    assertThat(q.journal()).isEqualTo("Test Power Sources");
    assertThat(q.year()).isEqualTo(2019);
  }

  @Test
  void arxivPagesByStartToTheTotalItGives() throws Exception {
    try (FixtureApi api = arxiv(true)) {
      Run run = harvest("arxiv", api);
      assertThat(run.status()).as(run.err()).isZero();
      assertThat(run.out())
          .contains("3 records in 2 pages: 3 papers added")
          .contains("skipped arxiv 2401.00007: no title");
      assertThat(run.err()).contains("arxiv: HTTP 429").contains("arxiv: HTTP 500");
      assertThat(api.requests())
          .containsExactly("/api/query?0", "/api/query?0", "/api/query?2", "/api/query?2");
    }
    Map<String, Paper> papers = papers();
    assertThat(papers.keySet())
        .containsExactly(
            "10.48550~arxiv.2405.01234",
            "10.48550~arxiv.cond-mat~0102536",
            "10.5555~harvest.silicon.3");
    Paper p = papers.get("10.48550~arxiv.2405.01234");
    assertThat(p.title()).isEqualTo("Phase field model of silicon lithiation");
    assertThat(p.abstractText())
        .isEqualTo(
            "We model how a silicon particle swells as lithium enters it, and where it cracks.");
    assertThat(p.authors()).containsExactly("Maria Costa", "Tom Lee");
    assertThat(p.date()).isEqualTo("2024-05-02");
    assertThat(p.oaUrl()).isEqualTo("http://arxiv.org/pdf/2405.01234v2");
    assertThat(p.sourceIds()).isEqualTo(Map.of("arxiv", "2405.01234"));
    assertThat(p.citations()).isNull();
    assertThat(papers.get("10.5555~harvest.silicon.3").journal())
        .isEqualTo("J. Test Batteries 3 (2023) 101");
  }

  @Test
  void theSamePaperFromThreeSourcesIsOnePaperAndASecondHarvestChangesNothing() throws Exception {
    try (FixtureApi o = openAlex(false);
        FixtureApi c = crossref(false);
        FixtureApi a = arxiv(false)) {
      assertThat(harvest("openalex", o).status()).isZero();
      assertThat(harvest("crossref", c).out())
          .contains("2 papers added, 1 updated, 0 unchanged (1 merged");
      assertThat(harvest("arxiv", a).out())
          .contains("2 papers added, 1 updated, 0 unchanged (1 merged");
      Run again = harvest("arxiv", a);
      assertThat(again.out()).contains("0 papers added, 0 updated, 3 unchanged");
    }
    Map<String, Paper> papers = papers();
    assertThat(papers).hasSize(7);
    Paper p = papers.get("10.5555~harvest.silicon.1");
    assertThat(p.sourceIds())
        .isEqualTo(
            Map.of(
                "openalex",
                "W4400000001",
                "pmid",
                "39000001",
                "crossref",
                "10.5555/harvest.silicon.1"));
    assertThat(p.abstractText()).as("the longer abstract").isEqualTo(W1_ABSTRACT);
    assertThat(p.citations()).as("the newer count").isEqualTo(45);
    assertThat(p.authors()).containsExactly("Ana Ruiz", "Kenji Mori");
    Paper q = papers.get("10.5555~harvest.silicon.3");
    assertThat(q.sourceIds()).isEqualTo(Map.of("openalex", "W4400000003", "arxiv", "2403.05678"));
    assertThat(q.abstractText()).startsWith("Prelithiation makes up for the lithium");
    assertThat(q.citations()).isEqualTo(7);
    assertThat(q.oaUrl()).isEqualTo("http://arxiv.org/pdf/2403.05678v1");
  }

  @Test
  void harvestedThroughARunningServerPapersAreMergedKeepTheirFieldsAndASecondHarvestChangesNothing()
      throws Exception {
    String token = "harvest-token";
    EmbeddedServer server = null;
    try (LuceneIndex index = LuceneIndex.openForWriting(tmp.resolve("served"), Fixtures.schema());
        FixtureApi o = openAlex(false);
        FixtureApi c = crossref(false);
        FixtureApi a = arxiv(false)) {
      server = Fixtures.serve(index, Map.of("anodex.token", token));
      String url = "http://localhost:" + server.getPort();

      Run wrong = harvestThrough(url, "wrong", "openalex", o);
      assertThat(wrong.status()).isEqualTo(1);
      assertThat(wrong.err().strip())
          .startsWith("anodex: " + url + "/api/papers refused the write (401)");
      assertThat(wrong.err().strip().lines()).hasSize(1);
      Run two =
          harvestInto(
              "openalex", o, List.of("--server", url, "--index", tmp.resolve("index").toString()));
      assertThat(two.status()).isEqualTo(1);
      assertThat(two.err())
          .startsWith("anodex: --server writes through the server's index: leave out --index");

      Run first = harvestThrough(url, token, "openalex", o);
      assertThat(first.status()).as(first.err()).isZero();
      assertThat(first.out())
          .as("the refused run kept no checkpoint past its first page")
          .contains("3 records in 3 pages: 3 papers added, 0 updated, 0 unchanged");
      assertThat(harvestThrough(url, token, "crossref", c).out())
          .contains("2 papers added, 1 updated, 0 unchanged (1 merged");
      assertThat(harvestThrough(url, token, "arxiv", a).out())
          .contains("2 papers added, 1 updated, 0 unchanged (1 merged");
      assertThat(harvestThrough(url, token, "arxiv", a).out())
          .contains("0 papers added, 0 updated, 3 unchanged (3 merged");

      JsonNode all = get(url, "/api/search?size=100&highlight=false&sort=-citations");
      List<String> ids = new ArrayList<>();
      all.path("hits").forEach(h -> ids.add(h.path("id").asText()));
      assertThat(ids)
          .as("the ids of a harvest into an index, most cited first")
          .startsWith("10.5555~harvest.silicon.1", "10.5555~harvest.silicon.3")
          .containsExactlyInAnyOrder(
              "10.5555~harvest.silicon.1",
              "10.5555~harvest.silicon.3",
              "k-W4400000004",
              "10.5555~harvest.cr.2",
              "10.5555~harvest.cr.4",
              "10.48550~arxiv.2405.01234",
              "10.48550~arxiv.cond-mat~0102536");
      assertThat(all.path("hits").get(0).path("citations").asInt()).isEqualTo(45);

      JsonNode p = get(url, "/api/papers/10.5555~harvest.silicon.1");
      assertThat(p.path("abstract").asText()).as("the longer abstract").isEqualTo(W1_ABSTRACT);
      assertThat(p.path("citations").asInt()).as("the newer count").isEqualTo(45);
      assertThat(p.path("oa_url").asText()).isEqualTo("https://example.org/pdf/1.pdf");
      assertThat(new ObjectMapper().convertValue(p.path("source_ids"), Map.class))
          .isEqualTo(
              Map.of(
                  "openalex",
                  "W4400000001",
                  "pmid",
                  "39000001",
                  "crossref",
                  "10.5555/harvest.silicon.1"));
      assertThat(p.path("authors").toString()).isEqualTo("[\"Ana Ruiz\",\"Kenji Mori\"]");
      assertThat(p.path("date").asText()).isEqualTo("2024-03-15");
      assertThat(p.path("topics").path("material")).as("enriched by the server").isNotEmpty();
      JsonNode q = get(url, "/api/papers/10.5555~harvest.silicon.3");
      assertThat(new ObjectMapper().convertValue(q.path("source_ids"), Map.class))
          .isEqualTo(Map.of("openalex", "W4400000003", "arxiv", "2403.05678"));
      assertThat(q.path("oa_url").asText()).isEqualTo("http://arxiv.org/pdf/2403.05678v1");
      assertThat(get(url, "/api/papers/k-W4400000004").path("citations").asInt()).isZero();
    } finally {
      if (server != null) {
        server.stop();
      }
    }
  }

  static JsonNode get(String url, String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(pathAndQuery + ": " + r.body()).isEqualTo(200);
    return new ObjectMapper().readTree(r.body());
  }

  @Test
  void aHarvestKilledWithSigkillHalfwayGoesOnWhereItStoppedAndHoldsEveryPaperOnce()
      throws Exception {
    try (FixtureApi api =
        new FixtureApi("cursor")
            .on("/works", "*", Reply.json("openalex/page1.json"))
            .on("/works", "c2", Reply.json("openalex/page2.json"))
            .on("/works", "c3", Reply.hanging())) {
      List<String> command =
          new ArrayList<>(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  Anodex.class.getName(),
                  "harvest",
                  "openalex",
                  "--query",
                  "silicon anode",
                  "--index",
                  tmp.resolve("index").toString(),
                  "--api-url",
                  api.url(),
                  "--checkpoints",
                  tmp.resolve("checkpoints").toString(),
                  "--mailto",
                  "test@example.org",
                  "--no-embed",
                  "--min-interval-ms",
                  "0"));
      Process child =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(tmp.resolve("child.log").toFile())
              .start();
      try {
        assertThat(api.awaitHang(120)).as("the child reached the third page").isTrue();
      } finally {
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no last commit
        child.waitFor(30, TimeUnit.SECONDS);
      }
      assertThat(child.exitValue()).isEqualTo(137);
      api.on("/works", "c3", Reply.json("openalex/page3.json"));

      Run resumed = harvest("openalex", api);
      assertThat(resumed.status()).as(resumed.err()).isZero();
      assertThat(resumed.err()).contains("resuming after 3 records");
      assertThat(resumed.out()).contains("3 records in 1 pages (resumed): 0 papers added");
      assertThat(api.requests()).containsExactly("/works?*", "/works?c2", "/works?c3", "/works?c3");
    }
    assertThat(papers().keySet())
        .containsExactly("10.5555~harvest.silicon.1", "10.5555~harvest.silicon.3", "k-W4400000004");
  }

  @Test
  void papersByDoiAreLookedUpTogetherAndAnUnknownDoiIsNamed() throws Exception {
    try (FixtureApi api =
        new FixtureApi("filter")
            .on(
                "/works",
                "doi:10.5555/harvest.silicon.1|10.5555/not.there",
                Reply.json("openalex/dois.json"))) {
      Run run =
          harvest("doi", api, "https://doi.org/10.5555/harvest.silicon.1", "10.5555/NOT.THERE");
      assertThat(run.status()).as(run.err()).isZero();
      assertThat(run.out())
          .contains("1 records in 1 pages: 1 papers added")
          .contains("skipped doi 10.5555/not.there: not found in openalex");
    }
    assertThat(papers().get("10.5555~harvest.silicon.1").abstractText()).isEqualTo(W1_ABSTRACT);
  }

  @Test
  void openAccessPdfsAreDownloadedOnceCheckedAndTheirTextIngestedIntoThePaper() throws Exception {
    Path pdfs = tmp.resolve("pdfs");
    try (FixtureApi api = new FixtureApi("cursor")) {
      ObjectMapper json = new ObjectMapper();
      JsonNode page1 = json.readTree(Reply.json("openalex/page1.json").body());
      ((ObjectNode) page1.path("results").get(0).path("best_oa_location"))
          .put("pdf_url", api.url() + "/pdf/1.pdf");
      JsonNode page2 = json.readTree(Reply.json("openalex/page2.json").body());
      ((ObjectNode) page2.path("results").get(0))
          .putObject("best_oa_location")
          .put("pdf_url", api.url() + "/pdf/3.pdf");
      api.on("/works", "*", Reply.bytes("application/json", json.writeValueAsBytes(page1)))
          .on("/works", "c2", Reply.bytes("application/json", json.writeValueAsBytes(page2)))
          .on("/works", "c3", Reply.json("openalex/page3.json"))
          .on(
              "/pdf/1.pdf",
              "null",
              Reply.bytes(
                  "application/pdf",
                  Files.readAllBytes(
                      Fixtures.sampleData().resolve("micro-si-crosslinked-paa-cmc-binder.pdf"))))
          .on(
              "/pdf/3.pdf",
              "null",
              Reply.bytes(
                  "text/html; charset=UTF-8",
                  "<html>Sign in</html>".getBytes(StandardCharsets.UTF_8)));

      Run run = harvest("openalex", api, "--pdfs", pdfs.toString());
      assertThat(run.status()).as(run.err()).isZero();
      assertThat(run.err())
          .contains(
              "pdf of 10.5555~harvest.silicon.3 not taken ("
                  + api.url()
                  + "/pdf/3.pdf): not a PDF (Content-Type text/html; charset=utf-8)");
      assertThat(harvest("openalex", api, "--pdfs", pdfs.toString()).out())
          .contains("0 papers added, 0 updated, 3 unchanged");
      assertThat(api.requests().stream().filter(r -> r.startsWith("/pdf/1.pdf"))).hasSize(1);
    }
    assertThat(pdfs.resolve("10.5555~harvest.silicon.1.pdf")).isRegularFile();
    assertThat(pdfs.resolve("10.5555~harvest.silicon.3.pdf")).doesNotExist();
    Map<String, Paper> papers = papers();
    Paper p = papers.get("10.5555~harvest.silicon.1");
    assertThat(p.body()).contains("thermally cross-linked PAA–CMC binder").hasSizeGreaterThan(2000);
    assertThat(p.abstractText()).as("the record's own abstract stays").isEqualTo(W1_ABSTRACT);
    assertThat(papers.get("10.5555~harvest.silicon.3").body()).isNull();
  }

  @Test
  void aSourceThatRefusesStopsTheHarvestWithTheReason() throws Exception {
    try (FixtureApi api = new FixtureApi("cursor").on("/works", "*", Reply.status(403))) {
      Run run = harvest("openalex", api);
      assertThat(run.status()).isEqualTo(1);
      assertThat(run.err()).startsWith("anodex: openalex refused ").contains("HTTP 403");
    }
  }
}
