package org.anodex.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anodex.Fixtures;
import org.anodex.index.FacetedSearcher;
import org.anodex.index.LuceneIndex;
import org.anodex.index.Schema;
import org.anodex.paper.Paper;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search's total and facet counts: a filtered dimension counted as if unfiltered (multi-select),
 * the others over the filtered matches, each dimension from its own field, and the matches never
 * scored on the way. The sample's papers are written into several segments, each counted in turn.
 */
class CountingTest {
  private static final Query WORDS = new TermQuery(new Term(Schema.CONTENTS, "silicon"));

  @TempDir static Path dir;
  private static LuceneIndex index;

  @BeforeAll
  static void severalSegments() throws IOException {
    LuceneIndex sample = Fixtures.sample().index();
    index = LuceneIndex.openForWriting(dir.resolve("index"), sample.schema());
    List<Paper> papers = new ArrayList<>();
    sample.forEach(papers::add);
    for (int i = 0; i < papers.size(); i++) {
      index.upsert(papers.get(i));
      if (i % 10 == 9) {
        index.commit(); // a segment of ten
      }
    }
    index.commit();
    FacetedSearcher searcher = index.acquire();
    try {
      assertThat(searcher.getIndexReader().leaves()).hasSizeGreaterThan(3);
    } finally {
      index.release(searcher);
    }
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void aFilteredDimensionIsCountedUnfilteredAndTheOthersWithinTheFilter() throws IOException {
    FacetsConfig config = index.schema().facetsConfig();
    FacetedSearcher searcher = index.acquire();
    try {
      String year = busiestYear(searcher, config);
      Map<String, List<String>> filters = Map.of(Schema.YEAR, List.of(year));
      // a few dimensions are counted from their own fields, many from the field of all
      for (List<String> dims :
          List.of(List.of(Schema.YEAR, "material"), index.schema().facetDimensions())) {
        Counting.Counted c = Counting.count(searcher, config, WORDS, filters, dims);
        assertThat(c.total()).isEqualTo(searcher.count(drillDown(config, filters))).isPositive();
        assertThat(c.facets().keySet()).as("the dimensions asked for").isSubsetOf(dims);
        LabelAndValue[] years =
            c.facets().get(Schema.YEAR).getTopChildren(100, Schema.YEAR).labelValues;
        assertThat(years).hasSizeGreaterThan(1);
        for (LabelAndValue y : years) {
          assertThat(y.value.intValue())
              .as("year %s, counted without the year filter", y.label)
              .isEqualTo(searcher.count(drillDown(config, Map.of(Schema.YEAR, List.of(y.label)))));
        }
        LabelAndValue[] materials =
            c.facets().get("material").getTopChildren(100, "material").labelValues;
        assertThat(materials).isNotEmpty();
        for (LabelAndValue m : materials) {
          assertThat(m.value.intValue())
              .as("material %s, counted within the year", m.label)
              .isEqualTo(
                  searcher.count(
                      drillDown(
                          config,
                          Map.of(Schema.YEAR, List.of(year), "material", List.of(m.label)))));
        }
      }
    } finally {
      index.release(searcher);
    }
  }

  @Test
  void twoFilteredDimensionsAreEachCountedWithinTheOtherAndAnUncountedFilterNarrowsAll()
      throws IOException {
    FacetsConfig config = index.schema().facetsConfig();
    FacetedSearcher searcher = index.acquire();
    try {
      String year = busiestYear(searcher, config);
      Counting.Counted inYear =
          Counting.count(
              searcher,
              config,
              WORDS,
              Map.of(Schema.YEAR, List.of(year)),
              List.of("material", Schema.FORMAT));
      String material =
          inYear.facets().get("material").getTopChildren(1, "material").labelValues[0].label;
      String format =
          inYear.facets().get(Schema.FORMAT).getTopChildren(1, Schema.FORMAT).labelValues[0].label;
      // Two values of one dimension: either matches.
      List<String> years = new ArrayList<>(List.of(year));
      for (LabelAndValue y :
          Counting.count(searcher, config, WORDS, Map.of(), List.of(Schema.YEAR))
              .facets()
              .get(Schema.YEAR)
              .getTopChildren(2, Schema.YEAR)
              .labelValues) {
        if (!years.contains(y.label)) {
          years.add(y.label);
        }
      }
      Map<String, List<String>> filters =
          new LinkedHashMap<>(
              Map.of(
                  Schema.YEAR,
                  years,
                  "material",
                  List.of(material),
                  Schema.FORMAT,
                  List.of(format)));
      Counting.Counted c =
          Counting.count(searcher, config, WORDS, filters, List.of(Schema.YEAR, "material"));
      assertThat(c.total()).isEqualTo(searcher.count(drillDown(config, filters))).isPositive();
      for (String dim : List.of(Schema.YEAR, "material")) {
        Map<String, List<String>> others = new LinkedHashMap<>(filters);
        others.remove(dim);
        for (LabelAndValue v : c.facets().get(dim).getTopChildren(100, dim).labelValues) {
          Map<String, List<String>> narrowed = new LinkedHashMap<>(others);
          narrowed.put(dim, List.of(v.label));
          assertThat(v.value.intValue())
              .as("%s %s, counted within the other filters alone", dim, v.label)
              .isEqualTo(searcher.count(drillDown(config, narrowed)));
        }
      }
    } finally {
      index.release(searcher);
    }
  }

  @Test
  void theMatchesAreCountedWithoutEverBeingScored() throws IOException {
    FacetsConfig config = index.schema().facetsConfig();
    FacetedSearcher searcher = index.acquire();
    try {
      String year = busiestYear(searcher, config);
      Map<String, List<String>> filters = Map.of(Schema.YEAR, List.of(year));
      Counting.Counted c =
          Counting.count(
              searcher,
              config,
              new RefusesScores(WORDS),
              filters,
              List.of(Schema.YEAR, "material"));
      assertThat(c.total()).isEqualTo(searcher.count(drillDown(config, filters)));
    } finally {
      index.release(searcher);
    }
  }

  private static String busiestYear(FacetedSearcher searcher, FacetsConfig config)
      throws IOException {
    Counting.Counted all = Counting.count(searcher, config, WORDS, Map.of(), List.of(Schema.YEAR));
    return all.facets().get(Schema.YEAR).getTopChildren(1, Schema.YEAR).labelValues[0].label;
  }

  /** The words' matches within every filter, as a search's ranking pass finds them. */
  private static DrillDownQuery drillDown(FacetsConfig config, Map<String, List<String>> filters) {
    DrillDownQuery q = new DrillDownQuery(config, WORDS);
    filters.forEach((dim, values) -> values.forEach(v -> q.add(dim, v)));
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
