package org.anodex.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.anodex.search.SearchRequest;
import org.anodex.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Searches the index from a terminal.")
final class SearchCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "QUERY",
      arity = "0..*",
      description = "query text (the syntax of the API's q)")
  List<String> query = new ArrayList<>();

  @Mixin TaggingOptions indexOptions;

  @Option(names = "--filter", paramLabel = "DIM:VALUE", description = "facet filter, repeatable")
  List<String> filters = new ArrayList<>();

  @Option(
      names = "--range",
      paramLabel = "FIELD:MIN..MAX",
      description =
          "range filter, repeatable; linked "
              + "conditions of the same value after it: capacity_retention:80..@cycles:500..@current_density:..1000")
  List<String> ranges = new ArrayList<>();

  @Option(names = "--size", description = "hits to show (default: ${DEFAULT-VALUE})")
  int size = 10;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      description =
          "relevance (default), -date (newest first), date (oldest first) or -citations (most cited first), as the API's sort")
  String sort = "relevance";

  @Option(names = "--json", description = "print the API's JSON answer")
  boolean json;

  @Override
  public Integer call() throws Exception {
    try (Store store = Store.forReading(indexOptions)) {
      SearchRequest request =
          new SearchRequest(
              String.join(" ", query),
              filters,
              ranges,
              json ? null : List.of(),
              10,
              sort,
              size,
              1,
              null,
              json,
              null);
      SearchResult r = store.searcher.search(request);
      if (json) {
        System.out.println(
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r));
        return 0;
      }
      System.out.printf(Locale.ROOT, "%d papers (%d ms)%n", r.total(), r.tookMs());
      int n = 0;
      for (SearchResult.Hit h : r.hits()) {
        System.out.printf(Locale.ROOT, "%n%2d. %s%n", ++n, h.title());
        String who =
            h.authors().isEmpty()
                ? ""
                : h.authors().get(0) + (h.authors().size() > 1 ? " et al." : "");
        System.out.printf(
            Locale.ROOT,
            "    %s%s%s  [%s]%n",
            who,
            h.year() == null ? "" : " (" + h.year() + ")",
            h.journal() == null ? "" : " " + h.journal(),
            h.doi() != null ? "doi:" + h.doi() : h.id());
        for (Map.Entry<String, List<String>> t : h.topics().entrySet()) {
          System.out.printf(
              Locale.ROOT, "    %s: %s%n", t.getKey(), String.join(", ", t.getValue()));
        }
      }
      return 0;
    }
  }
}
