package org.anodex.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;

/**
 * Facet counts ({@link Counting}, by dimension) in the answer's shape: the top values of each
 * dimension by count, every selected value among them (with its count, even when it is not in the
 * top), parents counted with their children.
 */
final class FacetCounts {
  private FacetCounts() {}

  static Map<String, List<SearchResult.FacetCount>> of(
      Map<String, Facets> byDim, List<String> dims, Map<String, List<String>> filters, int size)
      throws IOException {
    Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
    for (String dim : dims) {
      List<SearchResult.FacetCount> counts = new ArrayList<>();
      List<String> selected = filters.getOrDefault(dim, List.of());
      Facets facets = byDim.get(dim);
      FacetResult r = facets == null ? null : facets.getTopChildren(size, dim);
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) {
          counts.add(
              new SearchResult.FacetCount(
                  lv.label, lv.value.longValue(), selected.contains(lv.label)));
        }
      }
      for (String s : selected) {
        if (counts.stream().noneMatch(c -> c.value().equals(s))) {
          counts.add(
              new SearchResult.FacetCount(
                  s, facets == null ? 0 : specificValue(facets, dim, s), true));
        }
      }
      out.put(dim, counts);
    }
    return out;
  }

  private static long specificValue(Facets facets, String dim, String value) {
    try {
      Number n = facets.getSpecificValue(dim, value);
      return n == null || n.longValue() < 0 ? 0 : n.longValue();
    } catch (IllegalArgumentException | IOException e) {
      return 0; // a value the index has never seen
    }
  }
}
