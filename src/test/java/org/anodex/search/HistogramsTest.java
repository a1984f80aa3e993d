package org.anodex.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.anodex.Fixtures;
import org.anodex.paper.Paper;
import org.anodex.paper.Property;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Histograms of range fields over a search's matches, on the embedded index of the sample data. */
class HistogramsTest {
  private static LuceneSearcher searcher;

  @BeforeAll
  static void open() {
    searcher =
        new LuceneSearcher(Fixtures.sample().index(), Fixtures.taxonomy(), Fixtures.embedder());
  }

  @AfterAll
  static void close() throws Exception {
    if (searcher != null) {
      searcher.close();
    }
  }

  private static SearchRequest request(
      String q, List<String> filters, List<String> ranges, List<String> histograms) {
    return new SearchRequest(
        q, filters, ranges, List.of(), 10, "relevance", 10, 1, null, false, "words", histograms);
  }

  @Test
  void bucketEdgesAreRoundStepsThatCoverTheRange() {
    assertThat(Histograms.edges(120, 3579, false)).startsWith(0, 200, 400).endsWith(3400, 3600);
    assertThat(Histograms.edges(1998, 2026, true)).startsWith(1998, 2000).endsWith(2026, 2028);
    assertThat(Histograms.edges(2024, 2024, true)).containsExactly(2024, 2025);
    // over three or more powers of ten, 1-2-5 steps of each: equal widths would put nearly all in
    // the first
    assertThat(Histograms.edges(1, 150_000, false))
        .startsWith(1, 2, 5, 10, 20)
        .endsWith(100_000, 200_000);
    assertThat(Histograms.edges(0.3, 208_900, false))
        .startsWith(0.2, 0.5, 1)
        .endsWith(200_000, 500_000);
    double[] small = Histograms.edges(0.00012, 0.0123, false);
    assertThat(small).startsWith(0, 0.001, 0.002).endsWith(0.013);
    for (double e : small) {
      assertThat(BigDecimal.valueOf(e).stripTrailingZeros().scale())
          .as("%s is round", e)
          .isLessThanOrEqualTo(3);
    }
    for (double[] span :
        new double[][] {{0, 1}, {3.2, 99.9}, {1e-7, 0.02}, {-1.2, 4.8}, {15, 8900}}) {
      double[] e = Histograms.edges(span[0], span[1], false);
      assertThat(e.length - 1).as(span[0] + ".." + span[1]).isBetween(8, 21);
      assertThat(e[0]).isLessThanOrEqualTo(span[0]);
      assertThat(e[e.length - 1]).isGreaterThan(span[1]);
    }
  }

  @Test
  void eachBucketCountsTheMatchingPapersWithAValueInIt() throws Exception {
    SearchRequest r =
        request(
            "silicon",
            List.of(),
            List.of("year:2015.."),
            List.of("specific_capacity", "cycles", "year"));
    SearchResult result = searcher.search(r);
    List<Paper> matches = new ArrayList<>();
    searcher.forEachMatch(r, matches::add);
    assertThat(result.histograms()).containsOnlyKeys("specific_capacity", "cycles", "year");
    for (String field : List.of("specific_capacity", "cycles")) {
      List<SearchResult.Bucket> buckets = result.histograms().get(field);
      assertThat(buckets).hasSizeGreaterThan(5);
      assertThat(buckets.get(0).from().doubleValue())
          .isLessThanOrEqualTo(result.ranges().get(field).min().doubleValue());
      assertThat(buckets.get(buckets.size() - 1).to().doubleValue())
          .isGreaterThan(result.ranges().get(field).max().doubleValue());
      long nonEmpty = buckets.stream().filter(b -> b.count() > 0).count();
      assertThat(nonEmpty).as(field).isGreaterThan(1);
      for (SearchResult.Bucket b : buckets) {
        long expected = matches.stream().filter(p -> hasValueIn(p, field, b)).count();
        assertThat(b.count()).as(field + " " + b).isEqualTo(expected);
      }
    }
    long withYear = matches.stream().filter(p -> p.year() != null).count();
    assertThat(result.histograms().get("year").stream().mapToLong(SearchResult.Bucket::count).sum())
        .isEqualTo(withYear);
    assertThat(result.histograms().get("year").get(0).from()).isInstanceOf(Integer.class);
  }

  @Test
  void countsFollowTheFiltersWhileTheBucketsStayPut() throws Exception {
    SearchResult all =
        searcher.search(request("", List.of(), List.of(), List.of("specific_capacity")));
    SearchResult narrow =
        searcher.search(
            request(
                "", List.of(), List.of("specific_capacity:..1000"), List.of("specific_capacity")));
    List<SearchResult.Bucket> a = all.histograms().get("specific_capacity");
    List<SearchResult.Bucket> n = narrow.histograms().get("specific_capacity");
    assertThat(n)
        .extracting(SearchResult.Bucket::from)
        .isEqualTo(a.stream().map(SearchResult.Bucket::from).toList());
    assertThat(n.stream().mapToLong(SearchResult.Bucket::count).sum())
        .isLessThan(a.stream().mapToLong(SearchResult.Bucket::count).sum());
    for (int i = 0; i < a.size(); i++) {
      assertThat(n.get(i).count()).isLessThanOrEqualTo(a.get(i).count());
    }
  }

  @Test
  void anUnknownFieldIsRefusedNamingTheKnownOnes() throws Exception {
    assertThatThrownBy(
            () -> searcher.search(request("", List.of(), List.of(), List.of("capacity"))))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("'capacity'")
        .hasMessageContaining("specific_capacity");
    assertThat(searcher.search(request("", List.of(), List.of(), List.of())).histograms())
        .isEmpty();
  }

  private static boolean hasValueIn(Paper p, String field, SearchResult.Bucket b) {
    for (Property prop : p.properties()) {
      if (prop.name().equals(field)) {
        for (Double v : new Double[] {prop.value(), prop.max()}) {
          if (v != null && v >= b.from().doubleValue() && v < b.to().doubleValue()) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
