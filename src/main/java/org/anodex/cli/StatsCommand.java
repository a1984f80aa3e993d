package org.anodex.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.anodex.index.IndexStats;
import org.anodex.search.SearchRequest;
import org.anodex.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description =
        "Index statistics: papers, size on disk, and per facet dimension its number of values and the most frequent ones.")
final class StatsCommand implements Callable<Integer> {
  @Mixin IndexOptions indexOptions;

  @Option(
      names = "--top",
      paramLabel = "N",
      description = "most frequent values shown per dimension (default: ${DEFAULT-VALUE})")
  int top = 5;

  @Option(names = "--json", description = "print JSON (snake_case keys, as the HTTP API)")
  boolean json;

  /**
   * One facet dimension: how many distinct values the index holds, and the most frequent with their
   * papers.
   */
  record Dimension(
      @JsonProperty("distinct_values") int distinctValues, List<SearchResult.FacetCount> top) {}

  record Stats(
      String location,
      int papers,
      @JsonProperty("size_bytes") Long sizeBytes,
      Map<String, Dimension> facets) {}

  @Override
  public Integer call() throws Exception {
    try (Store store = Store.forReading(indexOptions)) {
      IndexStats s = store.index.stats();
      // The counts come through the search path, as the API's facets do, so both backends answer
      // alike.
      SearchResult all =
          store.searcher.search(
              new SearchRequest(
                  "",
                  List.of(),
                  List.of(),
                  null,
                  Math.max(1, top),
                  "relevance",
                  0,
                  1,
                  null,
                  false,
                  SearchRequest.WORDS));
      Map<String, Dimension> facets = new LinkedHashMap<>();
      s.facetValues()
          .forEach(
              (dim, n) ->
                  facets.put(dim, new Dimension(n, all.facets().getOrDefault(dim, List.of()))));
      Stats stats =
          new Stats(s.location(), s.papers(), s.sizeBytes() < 0 ? null : s.sizeBytes(), facets);
      if (json) {
        System.out.println(
            new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(stats));
        return 0;
      }
      String size =
          stats.sizeBytes() == null
              ? "n/a"
              : String.format(Locale.ROOT, "%.1f MB", stats.sizeBytes() / 1e6);
      System.out.printf(
          Locale.ROOT,
          "index:  %s%npapers: %d%nsize:   %s%nfacet values (distinct: most frequent, papers):%n",
          s.location(),
          s.papers(),
          size);
      facets.forEach(
          (dim, d) ->
              System.out.printf(
                  Locale.ROOT,
                  "  %-18s %4d: %s%n",
                  dim,
                  d.distinctValues(),
                  String.join(
                      ", ", d.top().stream().map(c -> c.value() + " " + c.count()).toList())));
      return 0;
    }
  }
}
