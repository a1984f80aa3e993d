package org.anodex.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.anodex.api.export.ValueRows;
import org.anodex.enrich.Taxonomy;
import org.anodex.enrich.TopicTagger;
import org.anodex.enrich.properties.PropertyConfig;
import org.anodex.enrich.properties.PropertyExtractor;
import org.anodex.index.LuceneIndex;
import org.anodex.index.PaperIndex;
import org.anodex.index.Schema;
import org.anodex.ingest.BackgroundEmbedder;
import org.anodex.ingest.Commits;
import org.anodex.ingest.EmbedProgress;
import org.anodex.ingest.IngestSummary;
import org.anodex.ingest.Ingester;
import org.anodex.ingest.Progress;
import org.anodex.paper.Paper;
import org.anodex.search.InvalidRequestException;
import org.anodex.search.LuceneSearcher;
import org.anodex.search.SearchRequest;
import org.anodex.search.SearchResult;
import org.anodex.semantic.Embedder;
import org.anodex.semantic.MiniLmEmbedder;
import org.anodex.source.RecordFields;
import org.anodex.source.Sources;
import org.anodex.source.tika.ParserProcesses;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The same real papers in the embedded index and in a real SolrCloud collection (2 nodes, 2 shards
 * x 2 replicas) answer alike: same totals, same facet counts and histograms, the same rows of
 * values, top tens that agree; and with a node stopped, SolrCloud still answers with full totals.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrCloudBackendTest {
  private static final String COLLECTION = "anodex";
  private static MiniSolrCloudCluster cluster;
  private static LuceneIndex lucene;
  private static LuceneSearcher embedded;
  private static SolrSearcher cloud;

  /**
   * The application's linked-range test set: papers written for it, and the papers each filter must
   * return.
   */
  private static final Path LINKED = Path.of("../src/test/resources");

  /** Queries a researcher would type, with filters and ranges. */
  private static final List<SearchRequest> QUERIES =
      List.of(
          request("silicon anode", List.of(), List.of()),
          request("silicon anode", List.of("binder:PAA"), List.of()),
          new SearchRequest(
              "silicon anode",
              List.of(),
              List.of(),
              null,
              20,
              "relevance",
              10,
              1,
              null,
              true,
              "words"),
          request(
              "electrolyte additive", List.of("electrolyte:FEC additive"), List.of("year:2020..")),
          request("", List.of("material:silicon/micro-Si"), List.of()),
          request("sodium-ion battery cathode", List.of(), List.of("year:..2022")),
          request("solid electrolyte interphase", List.of(), List.of()),
          request("graphite", List.of("chemistry:Li-ion", "material:graphite"), List.of()),
          request("lithium metal dendrite", List.of(), List.of("year:2021..2025")),
          request("machine learning", List.of(), List.of()),
          request("Si/C composite", List.of("material:Si-C composite"), List.of()),
          request("\"capacity retention\" cycles", List.of(), List.of()),
          request("prelithiation SiOx", List.of("material:SiOx", "material:silicon"), List.of()),
          request(
              "silicon", List.of(), List.of("specific_capacity:1000..", "capacity_retention:80..")),
          request("", List.of("binder:CMC"), List.of("initial_coulombic_efficiency:..85")),
          request("silicon anode", List.of("binder:paa"), List.of()),
          request("", List.of("electrolyte:fec"), List.of()),
          request("silicon", List.of("journal:energy storage materials"), List.of()));

  private static SearchRequest request(String q, List<String> filters, List<String> ranges) {
    return new SearchRequest(q, filters, ranges, null, 20, "relevance", 10, 1, null, true, null);
  }

  @BeforeAll
  static void start() throws Exception {
    Path shared = Path.of(System.getProperty("anodex.shared", "../../shared"));
    Path abstracts = shared.resolve("corpora/battery-abstracts");
    assumeTrue(
        Files.isDirectory(abstracts), "../shared/corpora is absent: SolrCloud comparison skipped");

    cluster =
        new MiniSolrCloudCluster(
            2, Files.createTempDirectory("anodex-solr"), JettyConfig.builder().build());
    SolrHttp http = new SolrHttp(urls());
    SolrAdmin admin = new SolrAdmin(http);
    admin.uploadConfigset();
    assertThat(admin.createCollection(COLLECTION, 2, 2)).isTrue();

    Taxonomy taxonomy = Taxonomy.defaults();
    Schema schema =
        new Schema(taxonomy.dimensionKeys(), PropertyConfig.defaults().canonicalUnits());
    lucene = LuceneIndex.openForWriting(Files.createTempDirectory("anodex-lucene"), schema);
    Embedder embedder = new MiniLmEmbedder();
    SolrIndex solr = new SolrIndex(http, COLLECTION, schema, embedder::paper);
    IngestSummary a = ingest(lucene, taxonomy, abstracts);
    new BackgroundEmbedder(lucene, embedder::paper, 2, 60_000, EmbedProgress.NONE).run();
    IngestSummary b = ingest(solr, taxonomy, abstracts);
    assertThat(a.added()).isEqualTo(5075);
    assertThat(b.added()).isEqualTo(5075);
    assertThat(ingest(lucene, taxonomy, LINKED.resolve("linked")).added()).isEqualTo(33);
    new BackgroundEmbedder(lucene, embedder::paper, 2, 60_000, EmbedProgress.NONE).run();
    assertThat(ingest(solr, taxonomy, LINKED.resolve("linked")).added()).isEqualTo(33);
    embedded = new LuceneSearcher(lucene, taxonomy, embedder);
    cloud = new SolrSearcher(http, COLLECTION, schema, taxonomy, embedder);
  }

  private static List<String> urls() {
    List<String> urls = new ArrayList<>();
    for (JettySolrRunner j : cluster.getJettySolrRunners()) {
      urls.add(j.getBaseUrl().toString());
    }
    return urls;
  }

  private static IngestSummary ingest(PaperIndex index, Taxonomy taxonomy, Path path)
      throws Exception {
    try (Sources sources =
        new Sources(RecordFields.defaults(), ParserProcesses.Limits.defaults(), 200L << 20)) {
      return new Ingester(
              sources,
              List.of(
                  new TopicTagger(taxonomy), new PropertyExtractor(), SolrCloudBackendTest::cited),
              index,
              2,
              Commits.everyPapers(2000),
              Progress.NONE)
          .ingest(List.of(path));
    }
  }

  /**
   * A citation count as a harvest gives one, the same in both backends: most papers a small count
   * (ties that the id breaks), one in seven none at all.
   */
  private static Paper cited(Paper p) {
    int h = Math.floorMod(p.id().hashCode(), 700);
    return h % 7 == 0 ? p : p.withScholarly(h / 7, null, java.util.Map.of());
  }

  @AfterAll
  static void stop() throws Exception {
    if (embedded != null) {
      embedded.close();
    }
    if (lucene != null) {
      lucene.close();
    }
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  /**
   * The application itself, configured for SolrCloud, answers over HTTP as it does on the embedded
   * index.
   */
  @Test
  @Order(0)
  void anodexServeWithTheSolrBackendAnswersTheSameApi() throws Exception {
    Path jar = Path.of("../target/anodex.jar");
    assumeTrue(Files.isRegularFile(jar), "the application jar is not built (run the root build)");
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Process serve =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "serve",
                "--backend",
                "solr",
                "--solr",
                String.join(",", urls()),
                "--collection",
                COLLECTION,
                "--port",
                String.valueOf(port))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
      String url =
          "http://localhost:"
              + port
              + "/api/search?q=silicon+anode&filter=binder:PAA&facets=binder";
      java.net.http.HttpResponse<String> r = null;
      for (int i = 0; i < 120 && r == null; i++) {
        try {
          r =
              client.send(
                  java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                  java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.net.ConnectException e) {
          Thread.sleep(500);
        }
      }
      assertThat(r).as("anodex serve --backend solr did not start").isNotNull();
      assertThat(r.statusCode()).isEqualTo(200);
      var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body());
      SearchResult e =
          embedded.search(
              new SearchRequest(
                  "silicon anode",
                  List.of("binder:PAA"),
                  List.of(),
                  List.of("binder"),
                  10,
                  "relevance",
                  10,
                  1,
                  null,
                  true,
                  null));
      assertThat(json.get("total").asLong()).isEqualTo(e.total());
      String first = json.get("hits").get(0).get("id").asText();
      String base = "http://localhost:" + port;
      var paper = get(client, base + "/api/papers/" + first);
      assertThat(paper.statusCode()).isEqualTo(200);
      assertThat(paper.body()).contains("\"evidence\"");
      // Its searches run on the blocking pool: a refusal there is the same 400 as on the embedded.
      var refused = get(client, base + "/api/search?q=title:(silicon");
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.body()).contains("does not parse");
      var completions = get(client, base + "/api/suggest?prefix=sil");
      assertThat(completions.statusCode()).isEqualTo(200);
      assertThat(completions.body()).contains("\"suggestions\"");
    } finally {
      serve.destroy();
      serve.waitFor();
    }
  }

  private static java.net.http.HttpResponse<String> get(java.net.http.HttpClient client, String url)
      throws Exception {
    return client.send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @Order(1)
  void totalsAndFacetCountsAreTheSameOnBothBackends() throws Exception {
    for (SearchRequest r : QUERIES) {
      SearchResult e = embedded.search(r);
      SearchResult c = cloud.search(r);
      assertThat(c.total()).as(r.q() + " " + r.filters()).isEqualTo(e.total()).isPositive();
      for (String dim : e.facets().keySet()) {
        assertThat(c.facets().get(dim))
            .as(r.q() + " " + r.filters() + " " + dim)
            .isEqualTo(e.facets().get(dim));
      }
      assertThat(c.ranges()).isEqualTo(e.ranges());
    }
  }

  @Test
  @Order(1)
  void histogramsHaveTheSameBucketsAndCountsOnBothBackends() throws Exception {
    List<String> fields =
        List.of("specific_capacity", "capacity_retention", "cycles", "particle_size", "year");
    for (SearchRequest q :
        List.of(QUERIES.get(0), QUERIES.get(1), QUERIES.get(3), QUERIES.get(13), QUERIES.get(14))) {
      SearchRequest r =
          new SearchRequest(
              q.q(),
              q.filters(),
              q.ranges(),
              List.of(),
              10,
              "relevance",
              10,
              1,
              null,
              false,
              null,
              fields);
      SearchResult e = embedded.search(r);
      assertThat(e.histograms()).containsOnlyKeys(fields);
      long counted =
          e.histograms().values().stream()
              .flatMap(List::stream)
              .mapToLong(SearchResult.Bucket::count)
              .sum();
      assertThat(counted).as(q.q() + " " + q.filters()).isPositive();
      assertThat(cloud.search(r).histograms())
          .as(q.q() + " " + q.filters() + " " + q.ranges())
          .isEqualTo(e.histograms());
    }
  }

  @Test
  @Order(1)
  void theValuesOfAResultSetAreTheSameRowsOnBothBackends() throws Exception {
    ValueRows rows = new ValueRows(Set.of("capacity_retention", "cycles"), p -> true);
    SearchRequest r = request("silicon anode", List.of(), List.of("capacity_retention:80.."));
    List<ValueRows.Row> e = new ArrayList<>();
    List<ValueRows.Row> c = new ArrayList<>();
    embedded.forEachMatch(r, p -> e.addAll(rows.of(p)));
    cloud.forEachMatch(r, p -> c.addAll(rows.of(p)));
    assertThat(e).hasSizeGreaterThan(10);
    assertThat(c).containsExactlyInAnyOrderElementsOf(e);
  }

  @Test
  @Order(1)
  void aFilterValueThatNamesNothingIsRefusedAlikeOnBothBackends() {
    for (String filter : List.of("binder:PAAA", "journal:Journal of Power Sorces", "year:recent")) {
      SearchRequest r = request("silicon", List.of(filter), List.of());
      String message =
          org.assertj.core.api.Assertions.catchThrowableOfType(
                  () -> embedded.search(r), InvalidRequestException.class)
              .getMessage();
      assertThat(message)
          .as(filter)
          .contains("'" + filter.substring(filter.indexOf(':') + 1) + "'");
      assertThatThrownBy(() -> cloud.search(r))
          .as(filter)
          .isInstanceOf(InvalidRequestException.class)
          .hasMessage(message);
    }
  }

  @Test
  @Order(1)
  void linkedRangesFindTheSamePapersOnBothBackendsAndExactlyTheExpectedOnes() throws Exception {
    int cases = 0;
    for (String line : Files.readAllLines(LINKED.resolve("linked-filters.tsv"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      Set<String> expected = new java.util.TreeSet<>();
      for (String n : cols[1].strip().split(" ")) {
        expected.add("k-linked-" + n);
      }
      List<String> linked = List.of(cols[0].strip());
      List<String> unlinked = List.of(cols[0].strip().split("@"));
      for (var backend : List.of(embedded, cloud)) {
        assertThat(testSetIds(backend, linked)).as(backend + " " + linked).isEqualTo(expected);
        assertThat(testSetIds(backend, unlinked))
            .as(backend + " " + unlinked)
            .containsAll(expected)
            .hasSizeGreaterThan(expected.size());
      }
      // With the 5,075 real abstracts beside the test set: the same totals on both backends.
      assertThat(cloud.search(request("", List.of(), linked)).total())
          .as(linked.toString())
          .isEqualTo(embedded.search(request("", List.of(), linked)).total());
      assertThat(cloud.search(request("", List.of(), unlinked)).total())
          .as(unlinked.toString())
          .isEqualTo(embedded.search(request("", List.of(), unlinked)).total());
      cases++;
    }
    assertThat(cases).isGreaterThanOrEqualTo(5);
  }

  /**
   * The ids of the test set's papers that match {@code ranges}, read from every match (not one
   * page).
   */
  private static Set<String> testSetIds(org.anodex.search.Searcher backend, List<String> ranges)
      throws Exception {
    Set<String> ids = new java.util.TreeSet<>();
    backend.forEachMatch(
        request("", List.of(), ranges),
        p -> {
          if (p.id().startsWith("k-linked-")) {
            ids.add(p.id());
          }
        });
    return ids;
  }

  @Test
  @Order(2)
  void topTensAgreeOnAtLeastNineOfTenOnAverage() throws Exception {
    int agreeing = 0;
    int compared = 0;
    StringBuilder report = new StringBuilder();
    for (SearchRequest r : QUERIES) {
      List<String> e = ids(embedded.search(r));
      List<String> c = ids(cloud.search(r));
      Set<String> both = new HashSet<>(e);
      both.retainAll(c);
      agreeing += both.size();
      compared += Math.max(e.size(), c.size());
      report
          .append(r.q())
          .append(' ')
          .append(r.filters())
          .append(": ")
          .append(both.size())
          .append('/')
          .append(e.size())
          .append('\n');
    }
    System.out.print(report);
    assertThat((double) agreeing / compared).as(report.toString()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  @Order(2)
  void mostCitedFirstIsTheSameOrderOnBothBackends() throws Exception {
    for (String q : List.of("", "silicon anode")) {
      SearchRequest r =
          new SearchRequest(
              q, List.of(), List.of(), List.of(), 10, "-citations", 50, 2, null, false, null);
      List<String> e = ids(embedded.search(r));
      assertThat(e).hasSize(50);
      assertThat(ids(cloud.search(r))).as(q).isEqualTo(e);
    }
  }

  @Test
  @Order(3)
  void aCursorWalkOnSolrCloudReturnsEveryHitOnce() throws Exception {
    SearchRequest first =
        new SearchRequest(
            "battery", List.of(), List.of(), List.of(), 10, "relevance", 100, 1, null, false, null);
    SearchResult page = cloud.search(first);
    List<String> ids = new ArrayList<>();
    while (true) {
      ids.addAll(ids(page));
      if (page.nextCursor() == null) {
        break;
      }
      page =
          cloud.search(
              new SearchRequest(
                  "battery",
                  List.of(),
                  List.of(),
                  List.of(),
                  10,
                  "relevance",
                  100,
                  1,
                  page.nextCursor(),
                  false,
                  null));
    }
    assertThat(ids).hasSize((int) page.total()).doesNotHaveDuplicates();
  }

  @Test
  @Order(4)
  void withANodeStoppedSearchesStillAnswerWithFullTotals() throws Exception {
    List<Long> before = new ArrayList<>();
    for (SearchRequest r : QUERIES) {
      before.add(cloud.search(r).total());
    }
    cluster.waitForJettyToStop(cluster.stopJettySolrRunner(1));
    for (int i = 0; i < QUERIES.size(); i++) {
      assertThat(cloud.search(QUERIES.get(i)).total()).isEqualTo(before.get(i));
    }
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(SearchResult.Hit::id).toList();
  }
}
