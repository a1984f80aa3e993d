package org.anodex.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.Weight;

/**
 * A point-in-time searcher together with the facet ordinal state of its reader, of each dimension's
 * field and of the field of all, built once per reopen (building it costs a pass over the facet doc
 * values, too much to do per query).
 *
 * <p>A search that reads most of its matches may run slices of the segments on a spare core ({@link
 * #searchSliced}); everything else runs on the caller's thread (the searcher has no executor:
 * Lucene would otherwise look up each term of each query in every segment as a task of its own).
 */
public final class FacetedSearcher extends IndexSearcher {
  private final Map<String, SortedSetDocValuesReaderState> facetStates = new HashMap<>();
  private final SortedSetDocValuesReaderState allFacets;

  /** How many slices {@link SpareCores#eachSlice} makes of the segments. */
  private final int slices;

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
    slices = SpareCores.slices(reader.leaves()).length;
  }

  /** Whether {@link #searchSliced} searches more than one slice (with a collector for each). */
  public boolean sliced() {
    return slices > 1;
  }

  /**
   * {@link #search(Query, CollectorManager)} with a collector per slice of the segments, some
   * slices on a spare core if there is one ({@link SpareCores#eachSlice}); {@code manager} must
   * allow several collectors.
   */
  public <C extends Collector, T> T searchSliced(Query query, CollectorManager<C, T> manager)
      throws IOException {
    C first = manager.newCollector();
    Weight weight = createWeight(rewrite(query), first.scoreMode(), 1f);
    List<C> collectors = new ArrayList<>();
    collectors.add(first);
    for (int i = 1; i < slices; i++) {
      collectors.add(manager.newCollector());
    }
    AtomicInteger next = new AtomicInteger();
    SpareCores.eachSlice(
        this,
        leaves -> {
          search(leaves, weight, collectors.get(next.getAndIncrement()));
          return null;
        });
    return manager.reduce(collectors);
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
