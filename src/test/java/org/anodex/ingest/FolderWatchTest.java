package org.anodex.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.anodex.Fixtures;
import org.anodex.index.LuceneIndex;
import org.anodex.search.LuceneSearcher;
import org.anodex.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --watch --sync}: a file added, changed and removed shows in search within 10 seconds each
 * time.
 */
class FolderWatchTest {
  @TempDir Path tmp;

  @Test
  void aFileAddedChangedAndRemovedIsReflectedInSearchWithinTenSeconds() throws Exception {
    Path library = Files.createDirectories(tmp.resolve("library"));
    try (LuceneIndex index = LuceneIndex.openForWriting(tmp.resolve("index"), Fixtures.schema());
        LuceneSearcher searcher =
            new LuceneSearcher(index, Fixtures.taxonomy(), Fixtures.embedder())) {
      Ingester ingester =
          new Ingester(
              Fixtures.sources(),
              Fixtures.enrichers(),
              index,
              1,
              Commits.everyPapers(1000),
              Progress.NONE);
      FolderWatch watch =
          new FolderWatch(List.of(library), ingester, index, true, Duration.ofMillis(500), s -> {});
      Thread t =
          new Thread(
              () -> {
                try {
                  watch.run();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              },
              "watch-test");
      t.start();
      try {
        Path bib = library.resolve("library.bib");
        Files.writeString(
            bib, entry("ruiz2024", "Zeolite coatings on silicon anodes"), StandardCharsets.UTF_8);
        within10s(() -> total(searcher, "zeolite") == 1);

        Files.writeString(
            bib,
            entry("ruiz2024", "Garnet coatings on silicon anodes")
                + entry("mori2023", "Zeolite separators for sodium cells"),
            StandardCharsets.UTF_8);
        within10s(() -> total(searcher, "garnet") == 1 && total(searcher, "separators") == 1);
        assertThat(total(searcher, "\"zeolite coatings\"")).isZero();

        Files.writeString(
            bib, entry("mori2023", "Zeolite separators for sodium cells"), StandardCharsets.UTF_8);
        within10s(() -> total(searcher, "garnet") == 0);
        assertThat(total(searcher, "")).isEqualTo(1);

        Files.delete(bib);
        within10s(() -> total(searcher, "") == 0);
      } finally {
        watch.stop();
        t.join(10_000);
      }
    }
  }

  private static String entry(String key, String title) {
    return "@article{"
        + key
        + ",\n  title = {"
        + title
        + "},\n  author = {Ruiz, Ana},\n  year = {2024}\n}\n\n";
  }

  private static long total(LuceneSearcher searcher, String q) {
    try {
      return searcher
          .search(
              new SearchRequest(
                  q,
                  List.of(),
                  List.of(),
                  List.of(),
                  10,
                  "relevance",
                  0,
                  1,
                  null,
                  false,
                  SearchRequest.WORDS))
          .total();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void within10s(BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("not reflected in search within 10 s").isLessThan(end);
      Thread.sleep(100);
    }
  }
}
