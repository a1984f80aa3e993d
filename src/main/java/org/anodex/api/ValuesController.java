package org.anodex.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.anodex.api.export.ValueFormat;
import org.anodex.api.export.ValueRows;
import org.anodex.paper.Property;
import org.anodex.search.RangeFilter;
import org.anodex.search.SearchPlan;
import org.anodex.search.SearchRequest;
import org.anodex.search.Searcher;

/** Every extracted value of a search's papers, one row each ({@code /api/values}), streamed. */
@Controller("/api")
class ValuesController {
  private final Searcher searcher;
  private final StreamedAnswers answers;
  private final Set<String> known;

  ValuesController(Searcher searcher, StreamedAnswers answers, Backend.RangeFields fields) {
    this.searcher = searcher;
    this.answers = answers;
    this.known = fields.propertyUnits().keySet();
  }

  @Get("/values")
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Operation(
      description =
          "Every extracted value of every matching paper (not one page), one row each: paper id, "
              + "title, year, journal, property, value, max, unit, raw, conditions, describes, cell, section, evidence. "
              + "json answers an array of rows; jsonl a row a line; csv a header and a row a line (a download), with the "
              + "conditions as one column holding a JSON object")
  HttpResponse<StreamedFile> values(
      @Parameter(description = SearchController.Q) @Nullable @QueryValue String q,
      @RequestBean SearchParams params,
      @Parameter(
              description =
                  "comma list of property keys (specific_capacity,capacity_retention,...); default all")
          @Nullable
          @QueryValue
          String properties,
      @Parameter(description = "json (default), jsonl or csv") @Nullable @QueryValue String format)
      throws IOException {
    ValueFormat f = ValueFormat.named(format == null ? "json" : format);
    if (f == null) {
      throw new ApiException(
          HttpStatus.BAD_REQUEST,
          "Bad format",
          "format must be json, jsonl or csv, was '" + format + "'");
    }
    SearchRequest request = params.toRequest(q, false);
    SearchPlan plan =
        searcher.plan(request); // a bad request is refused here, before the answer starts
    ValueRows rows = new ValueRows(properties(properties), linkedConditions(plan));
    return HttpResponse.ok(
        answers.stream(
            f.mediaType(),
            "anodex-values",
            f.extension(),
            (out, begun) -> {
              AtomicBoolean first = new AtomicBoolean(true);
              f.begin(out);
              searcher.forEachMatch(
                  plan,
                  paper -> {
                    begun.run();
                    for (ValueRows.Row row : rows.of(paper)) {
                      f.write(row, first.getAndSet(false), out);
                    }
                  });
              f.end(out);
            }));
  }

  private Set<String> properties(String list) {
    Set<String> keys = new LinkedHashSet<>();
    for (String key : list == null ? new String[0] : list.split(",")) {
      if (!key.isBlank()) {
        keys.add(key.strip());
      }
    }
    for (String key : keys) {
      if (!known.contains(key)) {
        throw new ApiException(
            HttpStatus.BAD_REQUEST,
            "Unknown property",
            "no property '" + key + "'; known: " + String.join(", ", known));
      }
    }
    return keys;
  }

  /**
   * Which values of the matching papers are rows: where the search has a linked range ({@code
   * range=capacity_retention:80..@cycles:500..}), only the values of its property that hold it (in
   * range, with their own conditions in range), so that the rows are the measurements the filter
   * asked for; values of other properties are all rows.
   */
  private static java.util.function.Predicate<Property> linkedConditions(SearchPlan plan) {
    List<RangeFilter> linked = plan.ranges().stream().filter(RangeFilter::isLinked).toList();
    return p -> linked.stream().allMatch(r -> !r.field().equals(p.name()) || r.holds(p));
  }
}
