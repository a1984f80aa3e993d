package org.anodex.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.anodex.search.SearchRequest;
import org.anodex.search.SearchResult;
import org.anodex.search.Searcher;

/** {@code GET /api/search}: parameters in, {@link SearchResult} out; the searcher does the work. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class SearchController {
  private final Searcher searcher;

  SearchController(Searcher searcher) {
    this.searcher = searcher;
  }

  @Get("/search")
  SearchResult search(
      @Nullable @QueryValue String q,
      @Nullable @QueryValue List<String> filter,
      @Nullable @QueryValue List<String> range,
      @Nullable @QueryValue String facets,
      @QueryValue(value = "facet_size", defaultValue = "10") int facetSize,
      @QueryValue(defaultValue = "relevance") String sort,
      @QueryValue(defaultValue = "10") int size,
      @QueryValue(defaultValue = "1") int page,
      @Nullable @QueryValue String cursor,
      @QueryValue(defaultValue = "true") boolean highlight) throws IOException {
    List<String> dims = facets == null ? null : Arrays.asList(facets.split(","));
    return searcher.search(new SearchRequest(q, filter, range, dims, facetSize, sort, size, page, cursor, highlight));
  }
}
