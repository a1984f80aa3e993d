package org.anodex.index;

import java.io.IOException;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A point-in-time searcher together with the facet ordinal state of its reader, built once per
 * reopen (building it costs a pass over the facet doc values, too much to do per query).
 */
public final class FacetedSearcher extends IndexSearcher {
  private final SortedSetDocValuesReaderState facetState;

  FacetedSearcher(IndexReader reader, Schema schema) throws IOException {
    super(reader);
    setSimilarity(schema.ranking().similarity());
    this.facetState =
        hasFacets(reader)
            ? new DefaultSortedSetDocValuesReaderState(reader, schema.facetsConfig())
            : null;
  }

  /** Null when the index holds no facet value yet (an empty index). */
  public SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  private static boolean hasFacets(IndexReader reader) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      if (leaf.reader()
              .getSortedSetDocValues(org.apache.lucene.facet.FacetsConfig.DEFAULT_INDEX_FIELD_NAME)
          != null) {
        return true;
      }
    }
    return false;
  }

  static SearcherFactory factory(Schema schema) {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
          throws IOException {
        return new FacetedSearcher(reader, schema);
      }
    };
  }
}
