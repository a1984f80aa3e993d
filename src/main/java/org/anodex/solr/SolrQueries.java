package org.anodex.solr;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.anodex.index.PaperFields;
import org.anodex.index.Ranking;
import org.anodex.index.Schema;
import org.anodex.search.RangeFilter;
import org.anodex.search.SearchPlan;
import org.anodex.search.SemanticRanking;
import org.anodex.search.SortOrder;
import org.anodex.semantic.Embedder;
import org.anodex.semantic.HybridQuery;

/**
 * A {@link SearchPlan} as bodies of Solr's JSON Request API: the query parsed on the nodes by the
 * {@code anodex} parser of the plugin jar, filters as tagged filter queries, ranges as point ranges
 * (linked ones by the {@code linked} parser, over the same points as the embedded index), facets as
 * JSON Facet terms facets that exclude their own dimension's tag (multi-select, refined for exact
 * counts across shards), and the re-ranking by meaning.
 */
final class SolrQueries {
  static final String[] SNIPPET_FIELDS = {Schema.ABSTRACT, Schema.BODY, Schema.TITLE};
  private static final int OVERREQUEST = 1000;

  private final Schema schema;
  private final Embedder embedder;
  private final String qf;

  SolrQueries(Schema schema, Embedder embedder) {
    this.schema = schema;
    this.embedder = embedder;
    this.qf =
        PaperFields.weights(schema.ranking()).entrySet().stream()
            .map(e -> e.getKey() + "^" + e.getValue())
            .collect(Collectors.joining(" "));
  }

  /**
   * The query, its filters and ranges as a JSON Request API body (with a {@code params} map to add
   * to).
   */
  Map<String, Object> base(String q, SearchPlan plan) {
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
    plan.filters()
        .forEach(
            (dim, values) ->
                fq.add(
                    "{!tag="
                        + tag(dim)
                        + "}"
                        + values.stream()
                            .map(v -> termQuery(dim, v))
                            .collect(Collectors.joining(" OR "))));
    for (RangeFilter r : plan.ranges()) {
      fq.add(
          r.isLinked()
              ? "{!linked}" + r.text()
              : r.indexField()
                  + ":["
                  + bound(r.min(), r.isYear())
                  + " TO "
                  + bound(r.max(), r.isYear())
                  + "]");
    }
    body.put("filter", fq);
    body.put("params", params);
    return body;
  }

  /**
   * Makes {@code body} (the plan's {@link #base}, ranked) the request of a page: its hits,
   * highlights and facets, with the bounds of the range fields. After {@link #rank}: the re-ranking
   * window is the same for every page of a cursor walk only when it is asked without the page's
   * cursorMark.
   */
  void page(Map<String, Object> body, SearchPlan plan, String cursorMark) {
    body.put("limit", plan.size());
    body.put("sort", sort(plan.sort()));
    body.put("fields", "id,score," + Schema.PAPER);
    Map<String, Object> params = params(body);
    if (plan.page() == 1) {
      params.put("cursorMark", cursorMark == null ? "*" : cursorMark);
    } else {
      body.put("offset", plan.offset());
    }
    if (plan.highlight() && !plan.q().isBlank()) {
      params.putAll(highlighting());
    }
    Map<String, Object> facet = new LinkedHashMap<>();
    for (String dim : plan.facets()) {
      // Each shard is asked for many more values than shown, and the candidates refined on every
      // shard, so that the top counts are exact (as one index's), not each shard's top values
      // summed.
      Map<String, Object> terms =
          new LinkedHashMap<>(
              Map.of(
                  "type",
                  "terms",
                  "field",
                  SolrDocuments.facetField(dim),
                  "limit",
                  plan.facetSize(),
                  "refine",
                  true,
                  "mincount",
                  1,
                  "overrequest",
                  Math.max(OVERREQUEST, 10 * plan.facetSize())));
      List<String> selected = plan.filters().get(dim);
      if (selected != null) {
        terms.put("domain", Map.of("excludeTags", tag(dim)));
        for (int i = 0; i < selected.size(); i++) {
          facet.put(
              "sel_" + dim + "_" + i,
              Map.of(
                  "type",
                  "query",
                  "q",
                  termQuery(dim, selected.get(i)),
                  "domain",
                  Map.of("excludeTags", tag(dim))));
        }
      }
      facet.put("d_" + dim, terms);
    }
    Map<String, Object> stats = new LinkedHashMap<>();
    for (String field : RangeFilter.fields(schema)) {
      String f = field.equals(Schema.YEAR) ? Schema.YEAR : Schema.propertyField(field);
      stats.put("min_" + field, "min(" + f + ")");
      stats.put("max_" + field, "max(" + f + ")");
    }
    facet.put("bounds", Map.of("type", "query", "domain", Map.of("query", "*:*"), "facet", stats));
    body.put("facet", facet);
  }

  /**
   * The query's meaning re-ranking its words, as by the embedded index ({@code SemanticRanking}):
   * the best {@code window} word matches are asked first with their similarity to the query's
   * embedding; the {@code anodex} parser of the nodes builds the same {@code HybridQuery} from
   * these candidates and their scores.
   */
  void rank(Map<String, Object> body, SearchPlan plan, SolrHttp solr, String path)
      throws IOException {
    Ranking.Semantic semantic = schema.ranking().semantic();
    String words = SemanticRanking.wordsToEmbed(plan, semantic);
    if (words.isEmpty()) {
      return;
    }
    Map<String, Object> params = params(body);
    String vector = vectorLiteral(embedder.query(words));
    Map<String, Object> window = new LinkedHashMap<>();
    window.put("query", body.get("query"));
    window.put("filter", body.get("filter"));
    window.put("limit", semantic.window());
    window.put("sort", "score desc,id asc");
    window.put(
        "fields",
        "id,score,sim:vectorSimilarity(FLOAT32,COSINE," + vector + "," + Schema.EMBEDDING + ")");
    window.put("params", params);
    JsonNode best = solr.post(path, window).path("response").path("docs");
    if (best.isEmpty()) {
      return;
    }
    float top = (float) best.get(0).path("score").asDouble();
    Map<String, Float> scores = new LinkedHashMap<>();
    best.forEach(
        doc ->
            scores.put(
                doc.path("id").asText(),
                HybridQuery.candidateScore(
                    (float) doc.path("score").asDouble(),
                    top,
                    (float) doc.path("sim").asDouble(0),
                    semantic.weight())));
    body.put("query", "{!anodex qf=$anodex.qf v=$anodex.q top=$anodex.top cands=$anodex.cands}");
    params.put("anodex.top", String.valueOf(top));
    params.put("anodex.cands", HybridQuery.encode(scores));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> params(Map<String, Object> body) {
    return (Map<String, Object>) body.get("params");
  }

  @SuppressWarnings("unchecked")
  static List<String> filters(Map<String, Object> body) {
    return (List<String>) body.get("filter");
  }

  static String sort(SortOrder order) {
    return order.byRelevance()
        ? "score desc,id asc"
        : order.field() + (order.descending() ? " desc" : " asc") + ",id asc";
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
    return SolrDocuments.facetField(dim)
        + ":\""
        + value.replace("\\", "\\\\").replace("\"", "\\\"")
        + "\"";
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
}
