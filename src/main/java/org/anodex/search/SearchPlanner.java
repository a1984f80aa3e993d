package org.anodex.search;

import static org.anodex.search.SearchRequest.HYBRID;
import static org.anodex.search.SearchRequest.MAX_FACET_SIZE;
import static org.anodex.search.SearchRequest.MAX_SIZE;
import static org.anodex.search.SearchRequest.MAX_WINDOW;
import static org.anodex.search.SearchRequest.WORDS;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anodex.enrich.Taxonomy;
import org.anodex.index.Schema;

/**
 * Reads and checks a {@link SearchRequest} once, against the schema and the values the index holds,
 * into the {@link SearchPlan} both backends execute. Every refusal is an {@link
 * InvalidRequestException} (a problem+json 400) that says what was wrong.
 */
public final class SearchPlanner {
  private final Schema schema;
  private final QueryTranslator queries;
  private final FilterValues filterValues;

  /**
   * @param queries the parser of the backend's query text (its field weights and minimum match)
   */
  public SearchPlanner(Schema schema, Taxonomy taxonomy, QueryTranslator queries) {
    this.schema = schema;
    this.queries = queries;
    this.filterValues = new FilterValues(taxonomy);
  }

  /**
   * The plan of {@code r}; filter values are resolved against {@code indexed} (the backend's
   * index).
   */
  public SearchPlan plan(SearchRequest r, FilterValues.Indexed indexed) throws IOException {
    int size = r.size();
    int page = r.page();
    if (size < 0 || size > MAX_SIZE) {
      throw new InvalidRequestException(
          "Bad size",
          "size must be between 0 (facet counts only) and " + MAX_SIZE + ", was " + size);
    }
    if (page < 1 || (long) page * size > MAX_WINDOW) {
      throw new InvalidRequestException(
          "Bad page",
          "page must be at least 1 and page * size at most "
              + MAX_WINDOW
              + " (use cursor to walk every hit), was page "
              + page
              + " with size "
              + size);
    }
    if (r.facetSize() < 1 || r.facetSize() > MAX_FACET_SIZE) {
      throw new InvalidRequestException(
          "Bad facet_size", "facet_size must be between 1 and " + MAX_FACET_SIZE);
    }
    SortOrder sort = SortOrder.named(r.sort());
    if (!r.rank().equals(HYBRID) && !r.rank().equals(WORDS)) {
      throw new InvalidRequestException(
          "Bad rank", "rank must be hybrid (words and meaning) or words, was '" + r.rank() + "'");
    }
    var query = queries.parse(r.q());
    Map<String, List<String>> requested = filtersByDimension(r.filters());
    requested.keySet().forEach(this::requireDimension);
    List<String> facets = facetDimensions(r.facets());
    if (r.cursor() != null && page != 1) {
      throw SearchPlan.otherSearchCursor();
    }
    List<RangeFilter> ranges =
        r.ranges().stream().map(range -> RangeFilter.parse(range, schema)).toList();
    Map<String, List<String>> filters = filterValues.resolve(requested, indexed);
    return new SearchPlan(
        r.q(),
        query,
        filters,
        ranges,
        facets,
        r.facetSize(),
        sort,
        size,
        page,
        r.cursor(),
        r.highlight(),
        sort.byRelevance() && r.rank().equals(HYBRID),
        searchKey(r),
        Histograms.fields(r.histograms(), rangeFields()));
  }

  /** The range fields: year, then the numeric properties. */
  public List<String> rangeFields() {
    return RangeFilter.fields(schema);
  }

  private List<String> facetDimensions(List<String> requested) {
    if (requested == null) {
      return schema.facetDimensions();
    }
    List<String> dims = new ArrayList<>();
    for (String d : requested) {
      if (!d.isBlank()) {
        requireDimension(d.strip());
        dims.add(d.strip());
      }
    }
    return dims;
  }

  private void requireDimension(String dim) {
    if (!schema.facetDimensions().contains(dim)) {
      throw new InvalidRequestException(
          "Unknown dimension",
          "unknown dimension '" + dim + "'; known: " + String.join(", ", schema.facetDimensions()));
    }
  }

  /** Filters grouped by dimension, in the order given. */
  private static Map<String, List<String>> filtersByDimension(List<String> filters) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String f : filters) {
      int colon = f.indexOf(':');
      if (colon <= 0 || colon == f.length() - 1) {
        throw new InvalidRequestException(
            "Bad filter", "filter must be DIM:VALUE, was '" + f + "'");
      }
      out.computeIfAbsent(f.substring(0, colon).strip(), k -> new ArrayList<>())
          .add(f.substring(colon + 1).strip());
    }
    return out;
  }

  private static String searchKey(SearchRequest r) {
    String key =
        String.join(
            "\u0001",
            r.q(),
            String.join("\u0002", r.filters().stream().sorted().toList()),
            String.join("\u0002", r.ranges().stream().sorted().toList()),
            r.sort(),
            r.rank());
    return Integer.toHexString(key.hashCode()) + Integer.toHexString(key.length());
  }
}
