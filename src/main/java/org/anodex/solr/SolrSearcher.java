package org.anodex.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.anodex.enrich.Taxonomy;
import org.anodex.index.PaperDocuments;
import org.anodex.index.Ranking;
import org.anodex.index.Schema;
import org.anodex.paper.Paper;
import org.anodex.search.Completion;
import org.anodex.search.Completions;
import org.anodex.search.FilterValues;
import org.anodex.search.Histograms;
import org.anodex.search.InvalidRequestException;
import org.anodex.search.QueryTranslator;
import org.anodex.search.Ranges;
import org.anodex.search.SearchRequest;
import org.anodex.search.SearchResult;
import org.anodex.search.Searcher;
import org.anodex.search.SemanticRanking;
import org.anodex.search.Snippets;
import org.anodex.semantic.Embedder;
import org.anodex.semantic.HybridQuery;

/**
 * The reading side on SolrCloud, answering exactly like the embedded index's {@code LuceneSearcher}: the query is parsed on the
 * Solr nodes by the same {@code QueryTranslator} (the {@code anodex} query parser of the plugin jar), over
 * the same analysis; filters are tagged filter queries and facets are JSON Facet terms facets that exclude
 * their own dimension's tag (multi-select, refined for exact counts across shards); deep paging uses
 * cursorMark.
 */
public final class SolrSearcher implements Searcher {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] SNIPPET_FIELDS = {Schema.ABSTRACT, Schema.BODY, Schema.TITLE};
  private static final int FEW_HITS = 3;
  private static final int OVERREQUEST = 1000;

  private final SolrHttp solr;
  private final String collection;
  private final Schema schema;
  private final Taxonomy taxonomy;
  private final QueryTranslator validator;
  private final String qf;
  private final Ranges ranges;
  private final FilterValues filterValues;
  private final SolrHistograms histograms;
  private volatile Completions completions;
  private volatile long completionsBuiltAt;

  public SolrSearcher(SolrHttp solr, String collection, Schema schema, Taxonomy taxonomy) {
    this.solr = solr;
    this.collection = collection;
    this.schema = schema;
    this.taxonomy = taxonomy;
    this.validator = new QueryTranslator(schema.queryAnalyzer());
    this.ranges = new Ranges(schema);
    this.filterValues = new FilterValues(taxonomy);
    this.histograms = new SolrHistograms(solr, path("/query"), new Histograms(ranges));
    this.qf = QueryTranslator.defaultBoosts().entrySet().stream()
        .map(e -> e.getKey() + "^" + e.getValue()).collect(Collectors.joining(" "));
  }

  private String path(String handler) {
    return "/" + collection + handler;
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    long t0 = System.nanoTime();
    validator.parse(request.q()); // a broken query is refused here, with its position, as by the embedded index
    Map<String, List<String>> filters = filters(request);
    List<String> dims = request.facets() == null ? schema.facetDimensions()
        : request.facets().stream().map(String::strip).filter(d -> !d.isEmpty()).toList();
    dims.forEach(this::requireDimension);
    String cursor = request.cursor() == null ? null : decodeCursor(request.cursor(), request.searchKey());
    if (cursor != null && request.page() != 1) {
      throw new InvalidRequestException("Bad cursor", "a cursor continues the search that made it: no page");
    }

    Map<String, Object> body = baseQuery(request.q(), filters, request.ranges());
    rank(body, request);
    body.put("limit", request.size());
    body.put("sort", sort(request.sort()));
    body.put("fields", "id,score," + Schema.PAPER);
    Map<String, Object> params = (Map<String, Object>) body.get("params");
    if (request.page() == 1) {
      params.put("cursorMark", cursor == null ? "*" : cursor);
    } else {
      body.put("offset", (request.page() - 1) * request.size());
    }
    if (request.highlight() && !request.q().isBlank()) {
      params.putAll(highlighting());
    }
    Map<String, Object> facet = new LinkedHashMap<>();
    for (String dim : dims) {
      // Each shard is asked for many more values than shown, and the candidates refined on every shard, so
      // that the top counts are exact (as one index's), not each shard's top values summed.
      Map<String, Object> terms = new LinkedHashMap<>(Map.of("type", "terms", "field", SolrDocuments.facetField(dim),
          "limit", request.facetSize(), "refine", true, "mincount", 1,
          "overrequest", Math.max(OVERREQUEST, 10 * request.facetSize())));
      if (filters.containsKey(dim)) {
        terms.put("domain", Map.of("excludeTags", tag(dim)));
        int i = 0;
        for (String v : filters.get(dim)) {
          facet.put("sel_" + dim + "_" + i++, Map.of("type", "query", "q", termQuery(dim, v),
              "domain", Map.of("excludeTags", tag(dim))));
        }
      }
      facet.put("d_" + dim, terms);
    }
    Map<String, Object> stats = new LinkedHashMap<>();
    for (String field : ranges.fields()) {
      String f = field.equals(Schema.YEAR) ? Schema.YEAR : Schema.propertyField(field);
      stats.put("min_" + field, "min(" + f + ")");
      stats.put("max_" + field, "max(" + f + ")");
    }
    facet.put("bounds", Map.of("type", "query", "domain", Map.of("query", "*:*"), "facet", stats));
    body.put("facet", facet);

    JsonNode r = solr.post(path("/query"), body);
    long total = r.path("response").path("numFound").asLong();
    List<SearchResult.Hit> hits = hits(r);
    String next = null;
    if (request.page() == 1 && request.size() > 0 && hits.size() == request.size()) {
      String mark = r.path("nextCursorMark").asText(null);
      if (mark != null && !mark.equals(cursor)) {
        next = encodeCursor(mark, request.searchKey());
      }
    }
    Map<String, List<SearchResult.FacetCount>> facets = facetCounts(r.path("facets"), dims, filters);
    Map<String, SearchResult.Range> bounds = new LinkedHashMap<>();
    JsonNode b = r.path("facets").path("bounds");
    for (String field : ranges.fields()) {
      if (b.has("min_" + field)) {
        boolean year = field.equals(Schema.YEAR);
        bounds.put(field, year ? new SearchResult.Range(b.path("min_" + field).asInt(), b.path("max_" + field).asInt())
            : new SearchResult.Range(b.path("min_" + field).asDouble(), b.path("max_" + field).asDouble()));
      }
    }
    String suggestion = total < FEW_HITS && !request.q().isBlank() ? spelling(request, filters, total) : null;
    return new SearchResult(total, (System.nanoTime() - t0) / 1_000_000, next, hits, facets, bounds, suggestion)
        .withHistograms(histograms.count(body, request, bounds));
  }

  /** The query, its filters and ranges as a JSON Request API body (with a {@code params} map to add to). */
  private Map<String, Object> baseQuery(String q, Map<String, List<String>> filters, List<String> requested) {
    Map<String, Object> body = new LinkedHashMap<>();
    Map<String, Object> params = new LinkedHashMap<>();
    if (q == null || q.isBlank()) {
      body.put("query", "*:*");
    } else {
      body.put("query", "{!anodex qf=$anodex.qf v=$anodex.q}");
      params.put("anodex.q", q);
      params.put("anodex.qf", qf);
    }
    List<String> fq = new ArrayList<>();
    filters.forEach((dim, values) -> fq.add("{!tag=" + tag(dim) + "}"
        + values.stream().map(v -> termQuery(dim, v)).collect(Collectors.joining(" OR "))));
    for (String range : requested) {
      Ranges.Spec s = ranges.spec(range);
      fq.add(s.indexField() + ":[" + bound(s.min(), s.isYear()) + " TO " + bound(s.max(), s.isYear()) + "]");
    }
    body.put("filter", fq);
    body.put("params", params);
    return body;
  }

  /**
   * The query's meaning re-ranking its words, as by the embedded index ({@code SemanticRanking}): the best
   * {@code window} word matches are asked first with their similarity to the query's embedding; the
   * {@code anodex} parser of the nodes builds the same {@code HybridQuery} from these candidates.
   */
  @SuppressWarnings("unchecked")
  private void rank(Map<String, Object> body, SearchRequest request) throws IOException {
    Ranking.Semantic semantic = schema.ranking().semantic();
    String words = SemanticRanking.wordsToEmbed(request, semantic);
    if (words.isEmpty()) {
      return;
    }
    Map<String, Object> params = (Map<String, Object>) body.get("params");
    String vector = vectorLiteral(Embedder.shared().query(words));
    Map<String, Object> window = new LinkedHashMap<>();
    window.put("query", body.get("query"));
    window.put("filter", body.get("filter"));
    window.put("limit", semantic.window());
    window.put("sort", "score desc,id asc");
    window.put("fields", "id,score,sim:vectorSimilarity(FLOAT32,COSINE," + vector + "," + Schema.EMBEDDING + ")");
    window.put("params", params);
    JsonNode best = solr.post(path("/query"), window).path("response").path("docs");
    Map<String, Float> similarity = new LinkedHashMap<>();
    best.forEach(doc -> similarity.put(doc.path("id").asText(), (float) doc.path("sim").asDouble(0)));
    if (similarity.isEmpty()) {
      return;
    }
    body.put("query", "{!anodex qf=$anodex.qf v=$anodex.q top=$anodex.top cands=$anodex.cands weight=$anodex.weight}");
    params.put("anodex.top", String.valueOf((float) best.get(0).path("score").asDouble()));
    params.put("anodex.cands", HybridQuery.encode(similarity));
    params.put("anodex.weight", String.valueOf(semantic.weight()));
  }

  private static String vectorLiteral(float[] v) {
    StringBuilder s = new StringBuilder("[");
    for (float f : v) {
      s.append(s.length() == 1 ? "" : ",").append(f);
    }
    return s.append(']').toString();
  }

  private static String bound(Double v, boolean integer) {
    return v == null ? "*" : integer ? String.valueOf(v.intValue()) : String.valueOf(v);
  }

  private static String tag(String dim) {
    return "t_" + dim;
  }

  private static String termQuery(String dim, String value) {
    return SolrDocuments.facetField(dim) + ":\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String sort(String sort) {
    return switch (sort) {
      case "date" -> Schema.DATE_SORT + " asc,id asc";
      case "-date" -> Schema.DATE_SORT + " desc,id asc";
      case "-citations" -> Schema.CITATIONS + " desc,id asc";
      default -> "score desc,id asc";
    };
  }

  private static Map<String, Object> highlighting() {
    Map<String, Object> hl = new LinkedHashMap<>();
    hl.put("hl", "true");
    hl.put("hl.method", "unified");
    hl.put("hl.fl", String.join(",", SNIPPET_FIELDS));
    hl.put("hl.snippets", "2");
    hl.put("hl.tag.pre", "<mark>");
    hl.put("hl.tag.post", "</mark>");
    hl.put("hl.encoder", "html");
    hl.put("hl.defaultSummary", "false");
    hl.put("hl.q", "{!anodex qf=$anodex.qf v=$anodex.q}");
    return hl;
  }

  private List<SearchResult.Hit> hits(JsonNode r) {
    List<SearchResult.Hit> out = new ArrayList<>();
    JsonNode highlighting = r.path("highlighting");
    for (JsonNode doc : r.path("response").path("docs")) {
      Paper p = PaperDocuments.fromJson(doc.path(Schema.PAPER).asText(), null);
      String snippet = null;
      if (!highlighting.isMissingNode()) {
        JsonNode hl = highlighting.path(p.id());
        for (String f : SNIPPET_FIELDS) {
          List<String> passages = new ArrayList<>();
          hl.path(f).forEach(x -> passages.add(x.asText().strip()));
          if (!passages.isEmpty() && passages.get(0).contains("<mark>")) {
            snippet = Snippets.escapedAsHtml(String.join(" … ", passages));
            break;
          }
        }
        if (snippet == null) {
          snippet = Snippets.lead(p.abstractText());
        }
      }
      out.add(SearchResult.Hit.of(p, (float) doc.path("score").asDouble(0), snippet));
    }
    return out;
  }

  private static Map<String, List<SearchResult.FacetCount>> facetCounts(
      JsonNode facets, List<String> dims, Map<String, List<String>> filters) {
    Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
    for (String dim : dims) {
      List<String> selected = filters.getOrDefault(dim, List.of());
      List<SearchResult.FacetCount> counts = new ArrayList<>();
      for (JsonNode b : facets.path("d_" + dim).path("buckets")) {
        String v = b.path("val").asText();
        counts.add(new SearchResult.FacetCount(v, b.path("count").asLong(), selected.contains(v)));
      }
      for (int i = 0; i < selected.size(); i++) {
        String v = selected.get(i);
        if (counts.stream().noneMatch(c -> c.value().equals(v))) {
          counts.add(new SearchResult.FacetCount(v, facets.path("sel_" + dim + "_" + i).path("count").asLong(0), true));
        }
      }
      out.put(dim, counts);
    }
    return out;
  }

  /** A respelling from Solr's spellchecker, kept when it finds more papers (as the embedded index does). */
  private String spelling(SearchRequest request, Map<String, List<String>> filters, long total) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", "*:*");
    body.put("limit", 0);
    body.put("params", Map.of("spellcheck", "true", "spellcheck.q", request.q(), "spellcheck.collate", "true",
        "spellcheck.maxCollationTries", "0", "spellcheck.onlyMorePopular", "true"));
    JsonNode collations = solr.post(path("/query"), body).path("spellcheck").path("collations");
    for (int i = 0; i + 1 < collations.size(); i += 2) {
      JsonNode c = collations.get(i + 1);
      String fixed = c.isTextual() ? c.asText() : c.path("collationQuery").asText(null);
      if (fixed == null || fixed.equalsIgnoreCase(request.q())) {
        continue;
      }
      Map<String, Object> count = baseQuery(fixed, filters, request.ranges());
      count.put("limit", 0);
      if (solr.post(path("/query"), count).path("response").path("numFound").asLong() > total) {
        return fixed;
      }
    }
    return null;
  }

  /** The request's filters in known dimensions, with the values the collection holds ({@link FilterValues}). */
  private Map<String, List<String>> filters(SearchRequest request) throws IOException {
    Map<String, List<String>> requested = request.filtersByDimension();
    requested.keySet().forEach(this::requireDimension);
    return filterValues.resolve(requested, this::indexedValues);
  }

  /** Every value of a flat dimension (journal, format) in the collection. */
  private List<String> indexedValues(String dim) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", "*:*");
    body.put("limit", 0);
    body.put("facet", Map.of("v", Map.of("type", "terms", "field", SolrDocuments.facetField(dim), "limit", -1,
        "refine", true)));
    List<String> values = new ArrayList<>();
    solr.post(path("/query"), body).path("facets").path("v").path("buckets").forEach(b -> values.add(b.path("val").asText()));
    return values;
  }

  private void requireDimension(String dim) {
    if (!schema.facetDimensions().contains(dim)) {
      throw new InvalidRequestException("Unknown dimension", "unknown dimension '" + dim + "'; known: "
          + String.join(", ", schema.facetDimensions()));
    }
  }

  @Override
  public Optional<Paper> paper(String id) throws IOException {
    JsonNode doc = solr.get(path("/get?fl=" + Schema.PAPER + "," + Schema.BODY + "&id=" + SolrIndex.enc(id))).path("doc");
    if (doc.isMissingNode() || doc.isNull()) {
      return Optional.empty();
    }
    return Optional.of(PaperDocuments.fromJson(doc.path(Schema.PAPER).asText(), doc.path(Schema.BODY).asText(null)));
  }

  @Override
  public Optional<List<SearchResult.Hit>> similar(String id, int size) throws IOException {
    if (paper(id).isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", "{!mlt qf=" + Schema.TITLE + "," + Schema.ABSTRACT + "," + Schema.KEYWORDS
        + " mintf=1 mindf=2 maxqt=30 boost=true}" + id);
    body.put("limit", size);
    body.put("fields", "id,score," + Schema.PAPER);
    return Optional.of(hits(solr.post(path("/query"), body)));
  }

  @Override
  public List<Completion> suggest(String prefix, int size) throws IOException {
    // Titles are re-read at most once a minute: a walk over the collection is not per keystroke work.
    if (completions == null || System.currentTimeMillis() - completionsBuiltAt > 60_000) {
      List<String> titles = new ArrayList<>();
      SolrPages.walk(solr, collection, "*:*", List.of(), "id asc", Schema.TITLE, 1000, doc -> {
        if (titles.size() < 50_000) {
          titles.add(doc.path(Schema.TITLE).asText(null));
        }
      });
      completions = Completions.build(taxonomy, titles);
      completionsBuiltAt = System.currentTimeMillis();
    }
    return completions.lookup(prefix, size);
  }

  @Override
  public long forEachMatch(SearchRequest request, PaperConsumer consumer) throws IOException {
    validator.parse(request.q());
    Map<String, List<String>> filters = filters(request);
    Map<String, Object> base = baseQuery(request.q(), filters, request.ranges());
    rank(base, request);
    @SuppressWarnings("unchecked")
    Map<String, Object> params = (Map<String, Object>) base.get("params");
    @SuppressWarnings("unchecked")
    List<String> fq = (List<String>) base.get("filter");
    return SolrPages.walk(solr, collection, (String) base.get("query"), params, fq, sort(request.sort()),
        Schema.PAPER, 500, doc -> consumer.accept(PaperDocuments.fromJson(doc.path(Schema.PAPER).asText(), null)));
  }

  private static String encodeCursor(String mark, String searchKey) {
    try {
      return Base64.getUrlEncoder().withoutPadding().encodeToString(
          JSON.writeValueAsBytes(Map.of("solr", mark, "search", searchKey)));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String decodeCursor(String token, String searchKey) {
    try {
      JsonNode c = JSON.readTree(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
      if (!c.has("solr")) {
        throw new IllegalArgumentException();
      }
      if (!searchKey.equals(c.path("search").asText())) {
        throw new InvalidRequestException("Bad cursor", "a cursor continues the search that made it: same q, "
            + "filter, range and sort");
      }
      return c.path("solr").asText();
    } catch (IOException | IllegalArgumentException e) {
      throw new InvalidRequestException("Bad cursor", "the cursor is not one this server made (use next_cursor as given)");
    }
  }
}
