package org.anodex.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.anodex.enrich.Enricher;
import org.anodex.index.PaperIndex;
import org.anodex.paper.Paper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "retag",
    mixinStandardHelpOptions = true,
    description = {
      "Re-tags every paper and re-extracts its numeric properties, after the taxonomy or property file changed.",
      "Works from the papers stored in the index (no source file needed), with the current taxonomy and",
      "property table ($ANODEX_PROPERTIES or the built-in one)."
    })
final class RetagCommand implements Callable<Integer> {
  @Mixin TaggingOptions indexOptions;

  @Override
  public Integer call() throws Exception {
    List<Enricher> enrichers = indexOptions.enrichers();
    AtomicInteger changed = new AtomicInteger();
    AtomicInteger total = new AtomicInteger();
    try (Store store = Store.forUpdating(indexOptions)) {
      PaperIndex index = store.index;
      // forEach reads a point-in-time snapshot, so rewriting papers while it runs is safe.
      index.forEach(
          p -> {
            total.incrementAndGet();
            try {
              Paper enriched = p;
              for (Enricher e : enrichers) {
                enriched = e.enrich(enriched);
              }
              if (index.upsert(enriched) == PaperIndex.Outcome.UPDATED) {
                changed.incrementAndGet();
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      index.commit();
      store.mergeSmallSegments();
    }
    System.out.printf(
        Locale.ROOT,
        "%d papers re-tagged: %d changed, %d unchanged%n",
        total.get(),
        changed.get(),
        total.get() - changed.get());
    return 0;
  }
}
