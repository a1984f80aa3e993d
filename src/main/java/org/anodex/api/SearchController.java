package org.anodex.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Parameter;
import java.io.IOException;
import java.util.Map;
import org.anodex.enrich.Taxonomy;
import org.anodex.search.InvalidRequestException;
import org.anodex.search.SearchResult;
import org.anodex.search.Searcher;

/** Searching: {@code /api/search}, {@code /api/suggest}, {@code /api/facets}. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class SearchController {
  static final String Q =
      "query text: words ranked by words and meaning; AND OR NOT + -, \"phrase\", \"phrase\"~N, "
          + "field:term (title: abstract: author: doi: journal: keyword:), term*, term~. Empty or absent: all papers";
  private final Searcher searcher;
  private final Taxonomy taxonomy;
  private final Backend.RangeFields rangeFields;

  SearchController(Searcher searcher, Taxonomy taxonomy, Backend.RangeFields rangeFields) {
    this.searcher = searcher;
    this.taxonomy = taxonomy;
    this.rangeFields = rangeFields;
  }

  @Get("/search")
  SearchResult search(
      @Parameter(description = Q) @Nullable @QueryValue String q, @RequestBean SearchParams params)
      throws IOException {
    return searcher.search(params.toRequest(q, params.wantsHighlight()));
  }

  @Get("/suggest")
  Map<String, Object> suggest(
      @Parameter(description = "the text typed so far") @Nullable @QueryValue String prefix,
      @Parameter(description = "completions to answer, 1 to 50 (default 8)") @Nullable @QueryValue
          Integer size)
      throws IOException {
    prefix = prefix == null ? "" : prefix;
    size = size == null ? 8 : size;
    if (size < 1 || size > 50) {
      throw new InvalidRequestException("Bad size", "size must be between 1 and 50, was " + size);
    }
    return Map.of("prefix", prefix, "suggestions", searcher.suggest(prefix, size));
  }

  @Get("/facets")
  TaxonomyView facets() {
    return TaxonomyView.of(taxonomy, rangeFields.propertyUnits());
  }
}
