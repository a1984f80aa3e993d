package org.anodex.api;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.Explode;
import java.util.Arrays;
import java.util.List;
import org.anodex.search.SearchRequest;

/**
 * The search parameters of API.md, shared by search, export and feed. The descriptions are those of
 * the OpenAPI document; repeatable parameters are declared exploded ({@code filter=a&filter=b}), as
 * clients send them.
 */
@Introspected
record SearchParams(
    @Parameter(
            description =
                "facet filter DIM:VALUE (binder:PAA, material:silicon/micro-Si, year:2024, journal:..., "
                    + "format:pdf), repeatable: values of one dimension are OR-ed, dimensions AND-ed; a parent value matches its children",
            explode = Explode.TRUE)
        @Nullable
        @QueryValue
        List<String> filter,
    @Parameter(
            description =
                "range FIELD:MIN..MAX, either end open (year:2020.., specific_capacity:1000..), repeatable; "
                    + "linked conditions: capacity_retention:80..@cycles:500..",
            explode = Explode.TRUE)
        @Nullable
        @QueryValue
        List<String> range,
    @Parameter(description = "comma list of dimensions to count (default: all)")
        @Nullable
        @QueryValue
        String facets,
    @Parameter(description = "values counted per dimension (default 10)")
        @Nullable
        @QueryValue("facet_size")
        Integer facetSize,
    @Parameter(description = "relevance (default), -date (newest first) or date (oldest first)")
        @Nullable
        @QueryValue
        String sort,
    @Parameter(description = "hits per page, 0 to 100 (default 10; 0 answers counts only)")
        @Nullable
        @QueryValue
        Integer size,
    @Parameter(description = "1-based page; page * size at most 10,000 (walk further with cursor)")
        @Nullable
        @QueryValue
        Integer page,
    @Parameter(description = "the next_cursor of the previous page: walks every hit exactly once")
        @Nullable
        @QueryValue
        String cursor,
    @Parameter(description = "true (default): snippets with <mark> around matched words")
        @Nullable
        @QueryValue
        Boolean highlight,
    @Parameter(
            description = "hybrid (default: words and meaning) or words (the words' ranking alone)")
        @Nullable
        @QueryValue
        String rank,
    @Parameter(
            description =
                "comma list of range fields (year, specific_capacity, ...) whose values over the results "
                    + "are counted in about 20 round buckets: each bucket counts the matching papers with a value in [from, to)")
        @Nullable
        @QueryValue
        String histograms) {

  SearchRequest toRequest(String q, boolean withHighlight) {
    List<String> dims = facets == null ? null : Arrays.asList(facets.split(","));
    return new SearchRequest(
        q,
        filter,
        range,
        dims,
        facetSize == null ? 10 : facetSize,
        sort,
        size == null ? 10 : size,
        page == null ? 1 : page,
        cursor,
        withHighlight,
        rank,
        histograms == null ? null : Arrays.asList(histograms.split(",")));
  }

  boolean wantsHighlight() {
    return highlight == null || highlight;
  }
}
