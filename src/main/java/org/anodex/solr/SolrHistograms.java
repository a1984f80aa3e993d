package org.anodex.solr;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anodex.index.Schema;
import org.anodex.search.Histograms;
import org.anodex.search.SearchResult;

/**
 * The histograms of a search on SolrCloud ({@code histograms=}): the buckets of {@link Histograms},
 * each counted by a query facet {@code [from TO to}} over the search's matches (exact across
 * shards, as each shard counts its own documents), so that both backends answer the same buckets
 * and counts.
 */
final class SolrHistograms {
  private final SolrHttp solr;
  private final String path;

  SolrHistograms(SolrHttp solr, String path) {
    this.solr = solr;
    this.path = path;
  }

  /**
   * The histograms the request asks for, over the matches of the search {@code body} (its query,
   * filters and parameters); {@code bounds} are the fields' bounds in the collection.
   */
  @SuppressWarnings("unchecked")
  Map<String, List<SearchResult.Bucket>> count(
      Map<String, Object> body, List<String> fields, Map<String, SearchResult.Range> bounds)
      throws IOException {
    if (fields.isEmpty()) {
      return Map.of();
    }
    Map<String, Object> params = new LinkedHashMap<>((Map<String, Object>) body.get("params"));
    params.keySet().removeIf(k -> k.equals("cursorMark") || k.startsWith("hl"));
    Map<String, Object> count = new LinkedHashMap<>();
    count.put("query", body.get("query"));
    count.put("filter", body.get("filter"));
    count.put("params", params);
    count.put("limit", 0);
    Map<String, double[]> edges = new LinkedHashMap<>();
    Map<String, Object> facet = new LinkedHashMap<>();
    for (String field : fields) {
      SearchResult.Range b = bounds.get(field);
      if (b == null) {
        continue;
      }
      boolean year = field.equals(Schema.YEAR);
      double[] e = Histograms.edges(b.min().doubleValue(), b.max().doubleValue(), year);
      edges.put(field, e);
      String indexField = year ? Schema.YEAR : Schema.propertyField(field);
      for (int i = 0; i + 1 < e.length; i++) {
        facet.put(
            key(field, i),
            Map.of(
                "type",
                "query",
                "q",
                indexField + ":[" + bound(e[i], year) + " TO " + bound(e[i + 1], year) + "}"));
      }
    }
    count.put("facet", facet);
    JsonNode counted = facet.isEmpty() ? null : solr.post(path, count).path("facets");
    Map<String, List<SearchResult.Bucket>> out = new LinkedHashMap<>();
    for (String field : fields) {
      double[] e = edges.get(field);
      if (e == null) {
        out.put(field, List.of());
        continue;
      }
      long[] counts = new long[e.length - 1];
      for (int i = 0; i < counts.length; i++) {
        counts[i] = counted.path(key(field, i)).path("count").asLong(0);
      }
      out.put(field, Histograms.buckets(e, counts, field.equals(Schema.YEAR)));
    }
    return out;
  }

  private static String key(String field, int bucket) {
    return "h_" + field + "_" + bucket;
  }

  private static String bound(double v, boolean year) {
    return year ? String.valueOf((long) v) : String.valueOf(v);
  }
}
