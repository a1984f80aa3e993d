package org.anodex.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.anodex.Fixtures;
import org.anodex.search.LuceneSearcher;
import org.anodex.search.SearchRequest;
import org.anodex.search.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-ingesting a source updates its papers in place: no duplicates, unchanged papers not rewritten.
 */
class ReingestTest {
  @TempDir Path tmp;

  @Test
  void aChangedRecordIsUpdatedAndTheOthersAreLeftAlone() throws Exception {
    Path f = tmp.resolve("records.jsonl");
    Files.writeString(
        f,
        """
        {"doi": "10.5555/re.1", "title": "Silicon anodes with PAA binder", "year": 2020}
        {"doi": "10.5555/re.2", "title": "Graphite anodes", "year": 2021}
        {"id": "no-doi", "title": "A record known by its key", "year": 2022}
        """);
    Fixtures.Built first = Fixtures.build("reingest", List.of(tmp));
    assertThat(first.summary().added()).isEqualTo(3);
    // One searcher across the update, as a server's: what it read of the old paper is not shown
    // again.
    LuceneSearcher searcher =
        new LuceneSearcher(first.index(), Fixtures.taxonomy(), Fixtures.embedder());
    assertThat(titles(searcher, "graphite")).containsExactly("Graphite anodes");

    Files.writeString(
        f,
        """
        {"doi": "10.5555/RE.1", "title": "Silicon anodes with PAA binder", "year": 2020}
        {"doi": "10.5555/re.2", "title": "Graphite anodes, revised", "year": 2021}
        {"id": "no-doi", "title": "A record known by its key", "year": 2022}
        """);
    IngestSummary second = Fixtures.rebuildInto(first.index(), List.of(tmp)).summary();

    assertThat(second.added()).isZero();
    assertThat(second.updated()).isEqualTo(1);
    assertThat(second.unchanged()).isEqualTo(2);
    assertThat(first.index().stats().papers()).isEqualTo(3);
    assertThat(first.index().get("10.5555~re.2").title()).isEqualTo("Graphite anodes, revised");
    assertThat(titles(searcher, "graphite")).containsExactly("Graphite anodes, revised");
    first.index().close();
  }

  private static List<String> titles(LuceneSearcher searcher, String q) throws java.io.IOException {
    return searcher.search(SearchRequest.of(q)).hits().stream()
        .map(SearchResult.Hit::title)
        .toList();
  }
}
