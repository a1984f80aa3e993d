package org.anodex.api;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import java.util.Arrays;
import java.util.List;
import org.anodex.search.SearchRequest;

/** The search parameters of API.md, shared by search, export and feed. */
@Introspected
record SearchParams(
    @Nullable @QueryValue List<String> filter,
    @Nullable @QueryValue List<String> range,
    @Nullable @QueryValue String facets,
    @Nullable @QueryValue("facet_size") Integer facetSize,
    @Nullable @QueryValue String sort,
    @Nullable @QueryValue Integer size,
    @Nullable @QueryValue Integer page,
    @Nullable @QueryValue String cursor,
    @Nullable @QueryValue Boolean highlight,
    @Nullable @QueryValue String rank) {

  SearchRequest toRequest(String q, boolean withHighlight) {
    List<String> dims = facets == null ? null : Arrays.asList(facets.split(","));
    return new SearchRequest(q, filter, range, dims, facetSize == null ? 10 : facetSize, sort,
        size == null ? 10 : size, page == null ? 1 : page, cursor, withHighlight, rank);
  }

  boolean wantsHighlight() {
    return highlight == null || highlight;
  }
}
