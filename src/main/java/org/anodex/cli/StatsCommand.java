package org.anodex.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.concurrent.Callable;
import org.anodex.index.IndexStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "stats", mixinStandardHelpOptions = true, description = "Index statistics: papers, facet values, size on disk.")
final class StatsCommand implements Callable<Integer> {
  @Mixin
  IndexOptions indexOptions;

  @Option(names = "--json", description = "print JSON")
  boolean json;

  @Override
  public Integer call() throws Exception {
    try (Store store = Store.forReading(indexOptions)) {
      IndexStats s = store.index.stats();
      if (json) {
        System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(s));
        return 0;
      }
      String size = s.sizeBytes() < 0 ? "n/a" : String.format("%.1f MB", s.sizeBytes() / 1e6);
      System.out.printf("index:  %s%npapers: %d%nsize:   %s%nfacet values:%n", s.location(), s.papers(), size);
      s.facetValues().forEach((dim, n) -> System.out.printf("  %-18s %d%n", dim, n));
      return 0;
    }
  }
}
