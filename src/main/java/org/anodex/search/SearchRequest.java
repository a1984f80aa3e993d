package org.anodex.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A search as API.md defines it: query text, facet filters ({@code dim:value}, OR within a dimension,
 * AND across), ranges ({@code field:min..max}), facets to count, sort, paging, and whether the query's
 * meaning ranks beside its words ({@code rank}), and the range fields whose values over the matches are
 * counted in buckets ({@code histograms}).
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
    if (size < 0 || size > MAX_SIZE) {
      throw new InvalidRequestException("Bad size", "size must be between 0 (facet counts only) and " + MAX_SIZE
          + ", was " + size);
    }
    if (page < 1 || (long) page * size > MAX_WINDOW) {
      throw new InvalidRequestException("Bad page", "page must be at least 1 and page * size at most "
          + MAX_WINDOW + " (use cursor to walk every hit), was page " + page + " with size " + size);
    }
    if (facetSize < 1 || facetSize > MAX_FACET_SIZE) {
      throw new InvalidRequestException("Bad facet_size", "facet_size must be between 1 and " + MAX_FACET_SIZE);
    }
    if (!List.of("relevance", "date", "-date", "-citations").contains(sort)) {
      throw new InvalidRequestException("Bad sort", "sort must be relevance, -date (newest first), date (oldest first) "
          + "or -citations (most cited first), was '" + sort + "'");
    }
    if (!rank.equals(HYBRID) && !rank.equals(WORDS)) {
      throw new InvalidRequestException("Bad rank", "rank must be hybrid (words and meaning) or words, was '"
          + rank + "'");
    }
  }

  /** A search without histograms. */
  public SearchRequest(String q, List<String> filters, List<String> ranges, List<String> facets, int facetSize,
      String sort, int size, int page, String cursor, boolean highlight, String rank) {
    this(q, filters, ranges, facets, facetSize, sort, size, page, cursor, highlight, rank, List.of());
  }

  /** A plain query with defaults: the first page of ten, all facets. */
  public static SearchRequest of(String q) {
    return new SearchRequest(q, List.of(), List.of(), null, 10, "relevance", 10, 1, null, true, HYBRID);
  }

  /** The same search with {@code size} hits a page. */
  public SearchRequest withSize(int size) {
    return new SearchRequest(q, filters, ranges, facets, facetSize, sort, size, page, cursor, highlight, rank,
        histograms);
  }

  /** What identifies the search a cursor continues: query, filters, ranges, sort, ranking. */
  public String searchKey() {
    String key = String.join("\u0001", q, String.join("\u0002", filters.stream().sorted().toList()),
        String.join("\u0002", ranges.stream().sorted().toList()), sort, rank);
    return Integer.toHexString(key.hashCode()) + Integer.toHexString(key.length());
  }

  /** Whether hits are ordered by score (not by date). */
  public boolean byRelevance() {
    return sort.equals("relevance");
  }

  /** Whether the query's meaning may join its words in the ranking: by relevance, {@code rank=hybrid}. */
  public boolean byMeaning() {
    return byRelevance() && rank.equals(HYBRID);
  }

  /** Filters grouped by dimension, in the order given. */
  public Map<String, List<String>> filtersByDimension() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String f : filters) {
      int colon = f.indexOf(':');
      if (colon <= 0 || colon == f.length() - 1) {
        throw new InvalidRequestException("Bad filter", "filter must be DIM:VALUE, was '" + f + "'");
      }
      out.computeIfAbsent(f.substring(0, colon).strip(), k -> new ArrayList<>()).add(f.substring(colon + 1).strip());
    }
    return out;
  }
}
