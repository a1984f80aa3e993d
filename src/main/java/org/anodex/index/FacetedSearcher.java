package org.anodex.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A point-in-time searcher together with the facet ordinal state of its reader, of each dimension's
 * field and of the field of all, built once per reopen (building it costs a pass over the facet doc
 * values, too much to do per query).
 */
public final class FacetedSearcher extends IndexSearcher {
  private final Map<String, SortedSetDocValuesReaderState> facetStates = new HashMap<>();
  private final SortedSetDocValuesReaderState allFacets;

  FacetedSearcher(IndexReader reader, Schema schema) throws IOException {
    super(reader);
    setSimilarity(schema.ranking().similarity());
    FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
    for (String dim : schema.facetDimensions()) {
      SortedSetDocValuesReaderState state = state(reader, fields, Schema.facetField(dim), schema);
      if (state != null) {
        facetStates.put(dim, state);
      }
    }
    allFacets = state(reader, fields, Schema.ALL_FACETS, schema);
  }

  private static SortedSetDocValuesReaderState state(
      IndexReader reader, FieldInfos fields, String field, Schema schema) throws IOException {
    FieldInfo info = fields.fieldInfo(field);
    return info == null || info.getDocValuesType() != DocValuesType.SORTED_SET
        ? null
        : new DefaultSortedSetDocValuesReaderState(reader, field, schema.facetsConfig());
  }

  /** The ordinals of a dimension's values; null where no paper has a value of it. */
  public SortedSetDocValuesReaderState facetState(String dim) {
    return facetStates.get(dim);
  }

  /** The ordinals of every dimension's values, in one field; null where no paper has any. */
  public SortedSetDocValuesReaderState allFacets() {
    return allFacets;
  }

  /** Whether any paper has a facet value (false in an empty index). */
  public boolean hasFacets() {
    return allFacets != null;
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
