package org.anodex.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.anodex.index.FacetedSearcher;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.taxonomy.TaxonomyReader;
import org.apache.lucene.search.TotalHitCountCollectorManager;

/**
 * Every match of a search counted, with the values of the facet dimensions it asks for, drill
 * sideways: a dimension with a selected value is counted as if it were not filtered (multi-select),
 * every other over the filtered matches. Only the dimensions asked for are counted.
 */
final class Counting {
  /** The most dimensions of one set of hits counted each from its own field. */
  static final int APART_AT_MOST = 2;

  private Counting() {}

  /** The number of matches, and each dimension's counts (a dimension no paper has is absent). */
  record Counted(long total, Map<String, Facets> facets) {}

  static Counted count(
      FacetedSearcher faceted, FacetsConfig config, DrillDownQuery matches, List<String> dims)
      throws IOException {
    if (!faceted.hasFacets() || dims.isEmpty()) {
      return new Counted(faceted.count(matches), Map.of());
    }
    Map<String, Facets> facets = new HashMap<>();
    DrillSideways sideways =
        new DrillSideways(faceted, config, (TaxonomyReader) null) {
          @Override
          protected Facets buildFacetsResult(
              FacetsCollector filtered, FacetsCollector[] unfiltered, String[] unfilteredDims)
              throws IOException {
            Map<FacetsCollector, List<String>> byHits = new IdentityHashMap<>();
            for (String dim : dims) {
              FacetsCollector hits = filtered;
              for (int i = 0; unfiltered != null && i < unfiltered.length; i++) {
                if (unfilteredDims[i].equals(dim)) {
                  hits = unfiltered[i];
                }
              }
              if (hits != null) {
                byHits.computeIfAbsent(hits, h -> new ArrayList<>()).add(dim);
              }
            }
            for (Map.Entry<FacetsCollector, List<String>> e : byHits.entrySet()) {
              count(faceted, e.getKey(), e.getValue(), facets);
            }
            return null;
          }
        };
    long total = sideways.search(matches, new TotalHitCountCollectorManager()).collectorResult;
    return new Counted(total, facets);
  }

  /**
   * Counts the dimensions of one set of hits: a few from their own fields, more from the field of
   * all (reading one field a paper costs less than reading a few; measured in docs/BENCHMARKS.md).
   */
  private static void count(
      FacetedSearcher faceted, FacetsCollector hits, List<String> dims, Map<String, Facets> out)
      throws IOException {
    if (dims.size() > APART_AT_MOST) {
      SortedSetDocValuesReaderState all = faceted.allFacets();
      Facets counts = new SortedSetDocValuesFacetCounts(all, hits);
      for (String dim : dims) {
        if (all.getOrdRange(dim) != null) {
          out.put(dim, counts);
        }
      }
      return;
    }
    for (String dim : dims) {
      SortedSetDocValuesReaderState state = faceted.facetState(dim);
      if (state != null) {
        out.put(dim, new SortedSetDocValuesFacetCounts(state, hits));
      }
    }
  }
}
