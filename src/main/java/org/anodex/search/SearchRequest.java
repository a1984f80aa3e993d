package org.anodex.search;

import java.util.List;

/**
 * A search as API.md's parameters state it: query text, facet filters ({@code dim:value}, OR within
 * a dimension, AND across), ranges ({@code field:min..max}, with linked conditions
 * {@code @cond:min..max}), facets to count, sort, paging, whether the query's meaning ranks beside
 * its words ({@code rank}), and the range fields whose values over the matches are counted in
 * buckets ({@code histograms}). Nothing is checked here: a backend reads it into a {@link
 * SearchPlan} ({@link SearchPlanner}), which refuses what is wrong.
 */
public record SearchRequest(
    String q,
    List<String> filters,
    List<String> ranges,
    List<String> facets,
    int facetSize,
    String sort,
    int size,
    int page,
    String cursor,
    boolean highlight,
    String rank,
    List<String> histograms) {
  public static final int MAX_SIZE = 100;
  public static final int MAX_WINDOW = 10_000;
  public static final int MAX_FACET_SIZE = 1000;

  /** Ranked by words and meaning (the default). */
  public static final String HYBRID = "hybrid";

  /** Ranked by the words alone. */
  public static final String WORDS = "words";

  public SearchRequest {
    q = q == null ? "" : q.strip();
    filters = filters == null ? List.of() : List.copyOf(filters);
    ranges = ranges == null ? List.of() : List.copyOf(ranges);
    sort = sort == null || sort.isBlank() ? "relevance" : sort;
    rank = rank == null || rank.isBlank() ? HYBRID : rank;
    histograms = histograms == null ? List.of() : List.copyOf(histograms);
  }

  /** A search without histograms. */
  public SearchRequest(
      String q,
      List<String> filters,
      List<String> ranges,
      List<String> facets,
      int facetSize,
      String sort,
      int size,
      int page,
      String cursor,
      boolean highlight,
      String rank) {
    this(
        q, filters, ranges, facets, facetSize, sort, size, page, cursor, highlight, rank,
        List.of());
  }

  /** A plain query with defaults: the first page of ten, all facets. */
  public static SearchRequest of(String q) {
    return new SearchRequest(
        q, List.of(), List.of(), null, 10, "relevance", 10, 1, null, true, HYBRID);
  }

  /** The same search with {@code size} hits a page. */
  public SearchRequest withSize(int size) {
    return new SearchRequest(
        q,
        filters,
        ranges,
        facets,
        facetSize,
        sort,
        size,
        page,
        cursor,
        highlight,
        rank,
        histograms);
  }
}
