package org.anodex.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.anodex.index.FacetedSearcher;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * The facet values one snapshot of the embedded index holds, as {@link FilterValues} asks for them.
 */
final class HeldFacetValues implements FilterValues.Indexed {
  private final FacetedSearcher searcher;

  HeldFacetValues(FacetedSearcher searcher) {
    this.searcher = searcher;
  }

  /** Every value of the dimension (the last part of a hierarchical path). */
  @Override
  public Collection<String> values(String dim) throws IOException {
    SortedSetDocValuesReaderState state = searcher.facetState(dim);
    SortedSetDocValuesReaderState.OrdRange range = state == null ? null : state.getOrdRange(dim);
    if (range == null) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    SortedSetDocValues ords = state.getDocValues();
    for (int ord = range.start; ord <= range.end; ord++) {
      String[] path = FacetsConfig.stringToPath(ords.lookupOrd(ord).utf8ToString());
      values.add(path[path.length - 1]);
    }
    return values;
  }

  /** One term lookup: whether a flat dimension holds exactly this value. */
  @Override
  public boolean holds(String dim, String value) throws IOException {
    SortedSetDocValuesReaderState state = searcher.facetState(dim);
    return state != null
        && state.getOrdRange(dim) != null
        && state
                .getDocValues()
                .lookupTerm(new BytesRef(FacetsConfig.pathToString(dim, new String[] {value})))
            >= 0;
  }
}
