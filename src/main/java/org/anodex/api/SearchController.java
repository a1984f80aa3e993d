package org.anodex.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.anodex.enrich.Taxonomy;
import org.anodex.search.InvalidRequestException;
import org.anodex.search.SearchResult;
import org.anodex.search.Searcher;

/**
 * Searching: {@code /api/search}, {@code /api/suggest}, {@code /api/facets}. A search of the
 * embedded index runs on the event loop that read the request: it only computes, for a millisecond
 * or a few (a broad one at a million papers, tens), and handing it to another thread cost more than
 * that (docs/BENCHMARKS.md, ninth session). A SolrCloud backend waits on the network, so its
 * searches run on the blocking pool.
 */
@Controller("/api")
class SearchController {
  static final String Q =
      "query text: words ranked by words and meaning; AND OR NOT + -, \"phrase\", \"phrase\"~N, "
          + "field:term (title: abstract: author: doi: journal: keyword:), term*, term~. Empty or absent: all papers";
  private final Searcher searcher;
  private final Taxonomy taxonomy;
  private final Backend.RangeFields rangeFields;
  private final ExecutorService blocking;

  SearchController(
      Searcher searcher,
      Taxonomy taxonomy,
      Backend.RangeFields rangeFields,
      @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
    this.searcher = searcher;
    this.taxonomy = taxonomy;
    this.rangeFields = rangeFields;
    this.blocking = blocking;
  }

  @Get("/search")
  CompletableFuture<SearchResult> search(
      @Parameter(description = Q) @Nullable @QueryValue String q, @RequestBean SearchParams params)
      throws IOException {
    return answer(() -> searcher.search(params.toRequest(q, params.wantsHighlight())));
  }

  // On the blocking pool: after the index changed, the first completion reads every live title
  // (seconds at a million papers), which would hold up the other requests of an event loop.
  @Get("/suggest")
  @ExecuteOn(TaskExecutors.BLOCKING)
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

  /** The answer, computed now or on the blocking pool (see the class comment). */
  private <T> CompletableFuture<T> answer(Answer<T> answer) throws IOException {
    if (!searcher.waitsOnNetwork()) {
      return CompletableFuture.completedFuture(answer.get());
    }
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return answer.get();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        blocking);
  }

  /** An answer that may fail reading the index. */
  @FunctionalInterface
  private interface Answer<T> {
    T get() throws IOException;
  }

  @Get("/facets")
  TaxonomyView facets() {
    return TaxonomyView.of(taxonomy, rangeFields.propertyUnits());
  }
}
