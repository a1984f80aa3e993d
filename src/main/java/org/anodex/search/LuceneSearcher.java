package org.anodex.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anodex.index.FacetedSearcher;
import org.anodex.index.LuceneIndex;
import org.anodex.index.Schema;
import org.anodex.paper.Paper;
import org.anodex.paper.Topic;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.NumericUtils;

/**
 * Searches the embedded index: the query over weighted fields, filters as drill-down, facet counts
 * drill-sideways (a dimension with a selected value is counted as if it were not filtered), exact totals,
 * pages, highlighted snippets.
 */
public final class LuceneSearcher implements Searcher {
  private final LuceneIndex index;
  private final Schema schema;
  private final QueryTranslator queries;
  private final Snippets snippets;

  public LuceneSearcher(LuceneIndex index) {
    this.index = index;
    this.schema = index.schema();
    this.queries = new QueryTranslator(schema.queryAnalyzer());
    this.snippets = new Snippets(schema.analyzer());
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    long t0 = System.nanoTime();
    Query text = queries.parse(request.q());
    Map<String, List<String>> filters = request.filtersByDimension();
    List<String> facetDims = facetDimensions(request);
    for (String dim : filters.keySet()) {
      requireDimension(dim);
    }
    Query base = withRanges(text, request.ranges());
    FacetedSearcher searcher = index.acquire();
    try {
      DrillDownQuery query = new DrillDownQuery(schema.facetsConfig(), base);
      filters.forEach((dim, values) -> values.forEach(v -> query.add(dim, v)));
      int topN = request.page() * request.size();
      Sort sort = sort(request.sort());
      TopDocs top;
      Facets facets = null;
      try {
        if (searcher.facetState() != null && !facetDims.isEmpty()) {
          DrillSideways ds = new DrillSideways(searcher, schema.facetsConfig(), searcher.facetState());
          DrillSideways.DrillSidewaysResult r = ds.search(query, null, null, topN, sort, true);
          top = r.hits;
          facets = r.facets;
        } else {
          top = searcher.search(query, new TopFieldCollectorManager(sort, topN, null, Integer.MAX_VALUE, false));
          org.apache.lucene.search.TopFieldCollector.populateScores(top.scoreDocs, searcher, query);
        }
      } catch (IndexSearcher.TooManyClauses e) {
        throw QueryLimits.tooManyClauses();
      }
      List<SearchResult.Hit> hits = hits(searcher, top, request, text);
      Map<String, List<SearchResult.FacetCount>> facetCounts = facetCounts(facets, facetDims, filters, request.facetSize());
      long took = (System.nanoTime() - t0) / 1_000_000;
      return new SearchResult(top.totalHits.value, took, null, hits, facetCounts, ranges(searcher), null);
    } finally {
      index.release(searcher);
    }
  }

  private List<String> facetDimensions(SearchRequest request) {
    if (request.facets() == null) {
      return schema.facetDimensions();
    }
    List<String> dims = new ArrayList<>();
    for (String d : request.facets()) {
      if (!d.isBlank()) {
        requireDimension(d.strip());
        dims.add(d.strip());
      }
    }
    return dims;
  }

  private void requireDimension(String dim) {
    if (!schema.facetDimensions().contains(dim)) {
      throw new InvalidRequestException("Unknown dimension", "unknown dimension '" + dim + "'; known: "
          + String.join(", ", schema.facetDimensions()));
    }
  }

  private static Query withRanges(Query text, List<String> ranges) {
    if (ranges.isEmpty()) {
      return text;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
    for (String r : ranges) {
      b.add(RangeParser.parse(r), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private static Sort sort(String sort) {
    SortField id = new SortField(Schema.ID, SortField.Type.STRING);
    return switch (sort) {
      case "date" -> new Sort(new SortField(Schema.DATE_SORT, SortField.Type.LONG), id);
      case "-date" -> new Sort(new SortField(Schema.DATE_SORT, SortField.Type.LONG, true), id);
      default -> new Sort(SortField.FIELD_SCORE, id);
    };
  }

  private List<SearchResult.Hit> hits(FacetedSearcher searcher, TopDocs top, SearchRequest request, Query text) throws IOException {
    int from = (request.page() - 1) * request.size();
    List<SearchResult.Hit> out = new ArrayList<>();
    ScoreDoc[] docs = top.scoreDocs;
    int to = Math.min(docs.length, from + request.size());
    if (from >= to) {
      return out;
    }
    int[] ids = new int[to - from];
    for (int i = from; i < to; i++) {
      ids[i - from] = docs[i].doc;
    }
    String[] snippetTexts = request.highlight() ? snippets.forDocs(searcher, text, ids) : new String[ids.length];
    for (int i = from; i < to; i++) {
      Paper p = index.documents().toPaperWithoutBody(searcher.storedFields().document(docs[i].doc));
      String snippet = snippetTexts[i - from];
      if (snippet == null && request.highlight()) {
        snippet = Snippets.lead(p.abstractText());
      }
      out.add(new SearchResult.Hit(p.id(), Float.isNaN(docs[i].score) ? 0f : docs[i].score, p.title(), p.authors(),
          p.year(), p.journal(), p.doi(), topicMap(p), p.properties(), snippet));
    }
    return out;
  }

  static Map<String, List<String>> topicMap(Paper p) {
    Map<String, List<String>> topics = new LinkedHashMap<>();
    for (Topic t : p.topics()) {
      List<String> values = topics.computeIfAbsent(t.dimension(), k -> new ArrayList<>());
      if (!values.contains(t.value())) {
        values.add(t.value());
      }
    }
    return topics;
  }

  private static Map<String, List<SearchResult.FacetCount>> facetCounts(
      Facets facets, List<String> dims, Map<String, List<String>> filters, int size) throws IOException {
    Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
    for (String dim : dims) {
      List<SearchResult.FacetCount> counts = new ArrayList<>();
      List<String> selected = filters.getOrDefault(dim, List.of());
      FacetResult r = facets == null ? null : facets.getTopChildren(size, dim);
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) {
          counts.add(new SearchResult.FacetCount(lv.label, lv.value.longValue(), selected.contains(lv.label)));
        }
      }
      for (String s : selected) {
        if (counts.stream().noneMatch(c -> c.value().equals(s))) {
          Number n = facets == null ? null : specificValue(facets, dim, s);
          counts.add(new SearchResult.FacetCount(s, n == null ? 0 : n.longValue(), true));
        }
      }
      out.put(dim, counts);
    }
    return out;
  }

  private static Number specificValue(Facets facets, String dim, String value) {
    try {
      Number n = facets.getSpecificValue(dim, value);
      return n == null || n.intValue() < 0 ? 0 : n;
    } catch (IllegalArgumentException | IOException e) {
      return 0; // a value the index has never seen
    }
  }

  /** Smallest and largest year in the index, for a range slider. */
  private static Map<String, SearchResult.Range> ranges(FacetedSearcher searcher) throws IOException {
    Integer min = null;
    Integer max = null;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      PointValues pv = leaf.reader().getPointValues(Schema.YEAR);
      if (pv != null && pv.size() > 0) {
        int lo = NumericUtils.sortableBytesToInt(pv.getMinPackedValue(), 0);
        int hi = NumericUtils.sortableBytesToInt(pv.getMaxPackedValue(), 0);
        min = min == null ? lo : Math.min(min, lo);
        max = max == null ? hi : Math.max(max, hi);
      }
    }
    Map<String, SearchResult.Range> out = new LinkedHashMap<>();
    if (min != null) {
      out.put(Schema.YEAR, new SearchResult.Range(min, max));
    }
    return out;
  }
}
