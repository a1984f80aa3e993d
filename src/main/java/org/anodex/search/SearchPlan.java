package org.anodex.search;

import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;

/**
 * A search checked against the schema, as both backends execute it ({@link SearchPlanner} makes it
 * from a {@link SearchRequest}): the query text and its parsed query, filters by dimension with the
 * values the index holds, ranges as numbers (with their linked conditions), facet dimensions to
 * count, the sort order, the page or cursor, whether to highlight, whether the query's meaning
 * joins the ranking, and the range fields whose values over the matches are counted in buckets.
 *
 * @param cursor the cursor token as given (each backend reads its own), null on a first page
 * @param searchKey what identifies the search a cursor continues: query, filters, ranges, sort and
 *     ranking
 */
public record SearchPlan(
    String q,
    Query query,
    Map<String, List<String>> filters,
    List<RangeFilter> ranges,
    List<String> facets,
    int facetSize,
    SortOrder sort,
    int size,
    int page,
    String cursor,
    boolean highlight,
    boolean byMeaning,
    String searchKey,
    List<String> histograms) {
  /** Fewer hits than this and the answer carries a spelling suggestion where there is one. */
  static final int FEW_HITS = 3;

  public SearchPlan {
    filters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(filters));
    ranges = List.copyOf(ranges);
    facets = List.copyOf(facets);
    histograms = List.copyOf(histograms);
  }

  /** Whether an answer with {@code total} hits looks for a better spelling of the query. */
  public boolean wantsSpelling(long total) {
    return total < FEW_HITS && !q.isBlank();
  }

  /**
   * Refuses a cursor that another search made ({@code search}: the search key the cursor carries).
   */
  public void requireCursorOf(String search) {
    if (!searchKey.equals(search)) {
      throw otherSearchCursor();
    }
  }

  static InvalidRequestException otherSearchCursor() {
    return new InvalidRequestException(
        "Bad cursor",
        "a cursor continues the search that made it: same q, "
            + "filter, range and sort, and no page");
  }

  /** The refusal of a cursor token that no backend of this server made. */
  public static InvalidRequestException forgedCursor() {
    return new InvalidRequestException(
        "Bad cursor", "the cursor is not one this server made (use next_cursor as given)");
  }

  /** The offset of the page's first hit (0 for a cursor's page). */
  public int offset() {
    return cursor != null ? 0 : (page - 1) * size;
  }
}
