package org.anodex.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.anodex.Fixtures;
import org.anodex.index.FacetedSearcher;
import org.anodex.index.LuceneIndex;
import org.anodex.index.Schema;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.junit.jupiter.api.Test;

/**
 * A search's total and facet counts: a filtered dimension counted as if unfiltered (multi-select),
 * the others over the filtered matches, each dimension from its own field, and the matches never
 * scored on the way.
 */
class CountingTest {
  private static final Query WORDS = new TermQuery(new Term(Schema.CONTENTS, "silicon"));

  @Test
  void aFilteredDimensionIsCountedUnfilteredAndTheOthersWithinTheFilter() throws IOException {
    LuceneIndex index = Fixtures.sample().index();
    FacetsConfig config = index.schema().facetsConfig();
    FacetedSearcher searcher = index.acquire();
    try {
      String year = busiestYear(searcher, config);
      DrillDownQuery filtered = drillDown(config, WORDS, Map.of(Schema.YEAR, year));
      // a few dimensions are counted from their own fields, many from the field of all
      for (List<String> dims :
          List.of(List.of(Schema.YEAR, "material"), index.schema().facetDimensions())) {
        Counting.Counted c = Counting.count(searcher, config, filtered, dims);
        assertThat(c.total()).isEqualTo(searcher.count(filtered)).isPositive();
        assertThat(c.facets().keySet()).as("the dimensions asked for").isSubsetOf(dims);
        LabelAndValue[] years =
            c.facets().get(Schema.YEAR).getTopChildren(100, Schema.YEAR).labelValues;
        assertThat(years).hasSizeGreaterThan(1);
        for (LabelAndValue y : years) {
          assertThat(y.value.intValue())
              .as("year %s, counted without the year filter", y.label)
              .isEqualTo(searcher.count(drillDown(config, WORDS, Map.of(Schema.YEAR, y.label))));
        }
        LabelAndValue[] materials =
            c.facets().get("material").getTopChildren(100, "material").labelValues;
        assertThat(materials).isNotEmpty();
        for (LabelAndValue m : materials) {
          assertThat(m.value.intValue())
              .as("material %s, counted within the year", m.label)
              .isEqualTo(
                  searcher.count(
                      drillDown(config, WORDS, Map.of(Schema.YEAR, year, "material", m.label))));
        }
      }
    } finally {
      index.release(searcher);
    }
  }

  @Test
  void theMatchesAreCountedWithoutEverBeingScored() throws IOException {
    LuceneIndex index = Fixtures.sample().index();
    FacetsConfig config = index.schema().facetsConfig();
    FacetedSearcher searcher = index.acquire();
    try {
      String year = busiestYear(searcher, config);
      // Drill sideways asks its base query's scorer for a score at every match.
      DrillDownQuery filtered =
          drillDown(config, new Unscored(new RefusesScores(WORDS)), Map.of(Schema.YEAR, year));
      Counting.Counted c = Counting.count(searcher, config, filtered, List.of(Schema.YEAR));
      assertThat(c.total())
          .isEqualTo(searcher.count(drillDown(config, WORDS, Map.of(Schema.YEAR, year))));
    } finally {
      index.release(searcher);
    }
  }

  private static String busiestYear(FacetedSearcher searcher, FacetsConfig config)
      throws IOException {
    Counting.Counted all =
        Counting.count(searcher, config, drillDown(config, WORDS, Map.of()), List.of(Schema.YEAR));
    return all.facets().get(Schema.YEAR).getTopChildren(1, Schema.YEAR).labelValues[0].label;
  }

  private static DrillDownQuery drillDown(
      FacetsConfig config, Query words, Map<String, String> filters) {
    DrillDownQuery q = new DrillDownQuery(config, words);
    filters.forEach((dim, value) -> q.add(dim, value));
    return q;
  }

  /** A query whose scorer fails when asked for a score. */
  private static final class RefusesScores extends Query {
    private final Query in;

    RefusesScores(Query in) {
      this.in = in;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
        throws IOException {
      return new FilterWeight(this, in.createWeight(searcher, scoreMode, boost)) {
        @Override
        public Scorer scorer(LeafReaderContext context) throws IOException {
          Scorer scorer = in.scorer(context);
          return scorer == null
              ? null
              : new FilterScorer(scorer) {
                @Override
                public float score() {
                  throw new AssertionError("a counted match was scored");
                }

                @Override
                public float getMaxScore(int upTo) throws IOException {
                  return in.getMaxScore(upTo);
                }
              };
        }
      };
    }

    @Override
    public void visit(QueryVisitor visitor) {
      in.visit(visitor);
    }

    @Override
    public String toString(String field) {
      return "refuses-scores(" + in + ")";
    }

    @Override
    public boolean equals(Object other) {
      return sameClassAs(other) && in.equals(((RefusesScores) other).in);
    }

    @Override
    public int hashCode() {
      return in.hashCode();
    }
  }
}
