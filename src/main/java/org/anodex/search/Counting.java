package org.anodex.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.anodex.index.FacetedSearcher;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.FixedBitSet;

/**
 * Every match of a search counted, with the values of the facet dimensions it asks for, drill
 * sideways: a dimension with a selected value is counted as if it were not filtered (multi-select),
 * every other over the filtered matches. Only the dimensions asked for are counted.
 *
 * <p>One pass over the matches, which are never scored: the search's words are read by their own
 * bulk scorer (a disjunction a window of documents at a time), and each match is checked against
 * the filters of the dimensions counted sideways. A filter whose dimension is not counted joins the
 * words, so that its matches are skipped to. Lucene's {@code DrillSideways} walked the words one
 * document at a time through a heap of their clauses, and at a million papers that walk was most of
 * a filtered search's cost.
 */
final class Counting {
  /** The most dimensions of one set of hits counted each from its own field. */
  static final int APART_AT_MOST = 2;

  private Counting() {}

  /** The number of matches, and each dimension's counts (a dimension no paper has is absent). */
  record Counted(long total, Map<String, Facets> facets) {}

  /**
   * @param words what the search matches before its filters (a query never asked for scores)
   * @param filters each filtered dimension's selected values (any of them matches)
   * @param dims the dimensions to count
   */
  static Counted count(
      FacetedSearcher faceted,
      FacetsConfig config,
      Query words,
      Map<String, List<String>> filters,
      List<String> dims)
      throws IOException {
    List<String> counted = faceted.hasFacets() ? dims : List.of();
    BooleanQuery.Builder matches = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
    List<String> sideways = new ArrayList<>();
    List<Weight> sidewaysFilters = new ArrayList<>();
    for (Map.Entry<String, List<String>> f : filters.entrySet()) {
      Query filter = filter(config, f.getKey(), f.getValue());
      if (counted.contains(f.getKey())) {
        sideways.add(f.getKey());
        sidewaysFilters.add(weight(faceted, filter));
      } else {
        matches.add(filter, BooleanClause.Occur.FILTER);
      }
    }
    Hits hits = counted.isEmpty() ? null : new Hits();
    Hits[] nearMisses = new Hits[sideways.size()];
    for (int i = 0; i < nearMisses.length; i++) {
      nearMisses[i] = new Hits();
    }
    Weight all = weight(faceted, matches.build());
    long total = 0;
    for (LeafReaderContext leaf : faceted.getIndexReader().leaves()) {
      BulkScorer scorer = all.bulkScorer(leaf);
      if (scorer != null) {
        Pass pass = new Pass(leaf, hits, nearMisses, sidewaysFilters);
        scorer.score(pass, leaf.reader().getLiveDocs());
        pass.finish();
        total += pass.matched;
      }
    }
    if (hits == null) {
      return new Counted(total, Map.of());
    }
    Map<FacetsCollector, List<String>> byHits = new IdentityHashMap<>();
    for (String dim : counted) {
      int i = sideways.indexOf(dim);
      byHits.computeIfAbsent(i >= 0 ? nearMisses[i] : hits, h -> new ArrayList<>()).add(dim);
    }
    Map<String, Facets> facets = new HashMap<>();
    for (Map.Entry<FacetsCollector, List<String>> e : byHits.entrySet()) {
      count(faceted, e.getKey(), e.getValue(), facets);
    }
    return new Counted(total, facets);
  }

  /** A dimension's filter: a paper with any of the values (tagged with one or below it). */
  private static Query filter(FacetsConfig config, String dim, List<String> values) {
    String field = config.getDimConfig(dim).indexFieldName;
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String v : values) {
      any.add(new TermQuery(DrillDownQuery.term(field, dim, v)), BooleanClause.Occur.SHOULD);
    }
    return new ConstantScoreQuery(any.build());
  }

  private static Weight weight(FacetedSearcher faceted, Query q) throws IOException {
    return faceted.createWeight(faceted.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
  }

  /**
   * One segment's matches: a match that passes every sideways filter is a hit, counted with every
   * dimension; one that fails a single filter is that dimension's near miss, counted there alone.
   */
  private static final class Pass implements LeafCollector {
    private final Hits hits;
    private final Hits[] nearMisses;
    private final DocIdSetIterator[] filters;
    long matched;

    /**
     * @param hits null where the matches are only counted
     */
    Pass(LeafReaderContext leaf, Hits hits, Hits[] nearMisses, List<Weight> filters)
        throws IOException {
      this.hits = hits;
      this.nearMisses = nearMisses;
      this.filters = new DocIdSetIterator[nearMisses.length];
      if (hits != null) {
        hits.start(leaf);
      }
      for (int i = 0; i < nearMisses.length; i++) {
        nearMisses[i].start(leaf);
        Scorer s = filters.get(i).scorer(leaf);
        this.filters[i] = s == null ? DocIdSetIterator.empty() : s.iterator();
      }
    }

    @Override
    public void setScorer(Scorable scorer) {}

    /** A window of matches: only counted, they are not looked at one by one. */
    @Override
    public void collect(DocIdStream stream) throws IOException {
      if (hits == null) {
        matched += stream.count();
      } else {
        stream.forEach(this::collect);
      }
    }

    @Override
    public void collect(int doc) throws IOException {
      int missed = -1;
      for (int i = 0; i < filters.length; i++) {
        int at = filters[i].docID();
        if (at < doc) {
          at = filters[i].advance(doc);
        }
        if (at != doc) {
          if (missed >= 0) {
            return; // two filters missed: counted nowhere
          }
          missed = i;
        }
      }
      if (missed >= 0) {
        nearMisses[missed].add(doc);
        return;
      }
      matched++;
      if (hits != null) {
        hits.add(doc);
      }
      for (Hits n : nearMisses) {
        n.add(doc);
      }
    }

    /** Ends the segment's sets of hits. */
    @Override
    public void finish() {
      if (hits != null) {
        hits.end();
      }
      for (Hits n : nearMisses) {
        n.end();
      }
    }
  }

  /**
   * A set of hits, a segment at a time, as the facet counts read them ({@link #getMatchingDocs});
   * filled by a {@link Pass}, never searched with as a collector.
   */
  private static final class Hits extends FacetsCollector {
    private final List<MatchingDocs> segments = new ArrayList<>();
    private LeafReaderContext leaf;
    private FixedBitSet docs;
    private int count;

    void start(LeafReaderContext leaf) {
      this.leaf = leaf;
      docs = new FixedBitSet(leaf.reader().maxDoc());
      count = 0;
    }

    void add(int doc) {
      docs.set(doc);
      count++;
    }

    void end() {
      segments.add(new MatchingDocs(leaf, new BitDocIdSet(docs, count), count, null));
    }

    @Override
    public List<MatchingDocs> getMatchingDocs() {
      return segments;
    }
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
