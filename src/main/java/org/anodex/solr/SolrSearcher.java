package org.anodex.solr;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anodex.enrich.Taxonomy;
import org.anodex.index.PaperDocuments;
import org.anodex.index.Schema;
import org.anodex.paper.Paper;
import org.anodex.search.Completion;
import org.anodex.search.Completions;
import org.anodex.search.QueryTranslator;
import org.anodex.search.SearchPlan;
import org.anodex.search.SearchPlanner;
import org.anodex.search.SearchRequest;
import org.anodex.search.SearchResult;
import org.anodex.search.Searcher;
import org.anodex.semantic.Embedder;

/**
 * The reading side on SolrCloud, answering exactly like the embedded index: a request is planned by
 * the same {@link SearchPlanner} (filters resolved against the values the collection holds),
 * rendered as Solr requests by {@link SolrQueries} and read back by {@link SolrAnswers}; deep
 * paging uses cursorMark.
 */
public final class SolrSearcher implements Searcher {
  private final SolrHttp solr;
  private final String collection;
  private final Schema schema;
  private final Taxonomy taxonomy;
  private final SearchPlanner planner;
  private final SolrQueries queries;
  private final SolrHistograms histograms;
  private volatile Completions completions;
  private volatile long completionsBuiltAt;

  public SolrSearcher(
      SolrHttp solr, String collection, Schema schema, Taxonomy taxonomy, Embedder embedder) {
    this.solr = solr;
    this.collection = collection;
    this.schema = schema;
    this.taxonomy = taxonomy;
    // The query is parsed here to refuse a broken one with its position, as by the embedded index;
    // the nodes parse it again with the same translator.
    this.planner = new SearchPlanner(schema, taxonomy, new QueryTranslator(schema.queryAnalyzer()));
    this.queries = new SolrQueries(schema, embedder);
    this.histograms = new SolrHistograms(solr, path("/query"));
  }

  @Override
  public boolean waitsOnNetwork() {
    return true;
  }

  private String path(String handler) {
    return "/" + collection + handler;
  }

  @Override
  public SearchPlan plan(SearchRequest request) throws IOException {
    return planner.plan(request, this::indexedValues);
  }

  @Override
  public SearchResult search(SearchPlan plan) throws IOException {
    long t0 = System.nanoTime();
    String cursor = plan.cursor() == null ? null : SolrAnswers.decodeCursor(plan);
    Map<String, Object> body = queries.base(plan.q(), plan);
    if (plan.size() > 0) { // a count (size=0) has nothing to rank: no window, no embedding
      queries.rank(body, plan, solr, path("/query"));
    }
    queries.page(body, plan, cursor);
    JsonNode r = solr.post(path("/query"), body);
    long total = r.path("response").path("numFound").asLong();
    List<SearchResult.Hit> hits = SolrAnswers.hits(r);
    String next = null;
    if (plan.page() == 1 && plan.size() > 0 && hits.size() == plan.size()) {
      String mark = r.path("nextCursorMark").asText(null);
      if (mark != null && !mark.equals(cursor)) {
        next = SolrAnswers.encodeCursor(mark, plan.searchKey());
      }
    }
    JsonNode facets = r.path("facets");
    String suggestion = plan.wantsSpelling(total) ? spelling(plan, total) : null;
    Map<String, SearchResult.Range> bounds = SolrAnswers.bounds(facets, planner.rangeFields());
    return new SearchResult(
            total,
            (System.nanoTime() - t0) / 1_000_000,
            next,
            hits,
            SolrAnswers.facetCounts(facets, plan),
            bounds,
            suggestion)
        .withHistograms(histograms.count(body, plan.histograms(), bounds));
  }

  /**
   * A respelling from Solr's spellchecker, kept when it finds more papers (as the embedded index
   * does).
   */
  private String spelling(SearchPlan plan, long total) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", "*:*");
    body.put("limit", 0);
    body.put(
        "params",
        Map.of(
            "spellcheck",
            "true",
            "spellcheck.q",
            plan.q(),
            "spellcheck.collate",
            "true",
            "spellcheck.maxCollationTries",
            "0",
            "spellcheck.onlyMorePopular",
            "true"));
    JsonNode collations = solr.post(path("/query"), body).path("spellcheck").path("collations");
    for (int i = 0; i + 1 < collations.size(); i += 2) {
      JsonNode c = collations.get(i + 1);
      String fixed = c.isTextual() ? c.asText() : c.path("collationQuery").asText(null);
      if (fixed == null || fixed.equalsIgnoreCase(plan.q())) {
        continue;
      }
      Map<String, Object> count = queries.base(fixed, plan);
      count.put("limit", 0);
      if (solr.post(path("/query"), count).path("response").path("numFound").asLong() > total) {
        return fixed;
      }
    }
    return null;
  }

  /** Every value of a flat dimension (journal, format) in the collection. */
  private List<String> indexedValues(String dim) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", "*:*");
    body.put("limit", 0);
    body.put(
        "facet",
        Map.of(
            "v",
            Map.of(
                "type",
                "terms",
                "field",
                SolrDocuments.facetField(dim),
                "limit",
                -1,
                "refine",
                true)));
    List<String> values = new ArrayList<>();
    solr.post(path("/query"), body)
        .path("facets")
        .path("v")
        .path("buckets")
        .forEach(b -> values.add(b.path("val").asText()));
    return values;
  }

  @Override
  public Optional<Paper> paper(String id) throws IOException {
    JsonNode doc =
        solr.get(path("/get?fl=" + Schema.PAPER + "," + Schema.BODY + "&id=" + SolrIndex.enc(id)))
            .path("doc");
    if (doc.isMissingNode() || doc.isNull()) {
      return Optional.empty();
    }
    return Optional.of(
        PaperDocuments.fromJson(
            doc.path(Schema.PAPER).asText(), doc.path(Schema.BODY).asText(null)));
  }

  @Override
  public Optional<List<SearchResult.Hit>> similar(String id, int size) throws IOException {
    if (paper(id).isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(
        "query",
        "{!mlt qf="
            + Schema.TITLE
            + ","
            + Schema.ABSTRACT
            + ","
            + Schema.KEYWORDS
            + " mintf=1 mindf=2 maxqt=30 boost=true}"
            + id);
    body.put("limit", size);
    body.put("fields", "id,score," + Schema.PAPER);
    return Optional.of(SolrAnswers.hits(solr.post(path("/query"), body)));
  }

  @Override
  public List<Completion> suggest(String prefix, int size) throws IOException {
    // Titles are re-read at most once a minute: a walk over the collection is not per keystroke
    // work.
    if (completions == null || System.currentTimeMillis() - completionsBuiltAt > 60_000) {
      List<String> titles = new ArrayList<>();
      SolrPages.walk(
          solr,
          collection,
          "*:*",
          List.of(),
          "id asc",
          Schema.TITLE,
          1000,
          doc -> {
            if (titles.size() < Completions.MAX_TITLES) {
              titles.add(doc.path(Schema.TITLE).asText(null));
            }
          });
      completions = Completions.build(taxonomy, titles);
      completionsBuiltAt = System.currentTimeMillis();
    }
    return completions.lookup(prefix, size);
  }

  @Override
  public long forEachMatch(SearchPlan plan, PaperConsumer consumer) throws IOException {
    Map<String, Object> base = queries.base(plan.q(), plan);
    queries.rank(base, plan, solr, path("/query"));
    return SolrPages.walk(
        solr,
        collection,
        (String) base.get("query"),
        SolrQueries.params(base),
        SolrQueries.filters(base),
        SolrQueries.sort(plan.sort()),
        Schema.PAPER,
        500,
        doc -> consumer.accept(PaperDocuments.fromJson(doc.path(Schema.PAPER).asText(), null)));
  }
}
