package org.anodex.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.anodex.Fixtures;
import org.anodex.index.IndexStats;
import org.anodex.index.LuceneIndex;
import org.anodex.index.PaperIndex;
import org.anodex.paper.Paper;
import org.anodex.source.Sources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is not a file's fault: an index that cannot be written stops the run with its summary and
 * keeps what was committed; a stage over its time budget leaves its results out of one paper and
 * says so.
 */
class RunFailureTest {
  @TempDir Path tmp;

  /** A real index whose disk fills up after {@code room} papers. */
  private record FullDisk(LuceneIndex index, int room, int[] written) implements PaperIndex {
    @Override
    public Outcome upsert(Paper paper, float[] embedding) throws IOException {
      if (written[0]++ >= room) {
        throw new IOException("No space left on device");
      }
      return index.upsert(paper, embedding);
    }

    @Override
    public boolean delete(String id) throws IOException {
      return index.delete(id);
    }

    @Override
    public void commit() throws IOException {
      index.commit();
    }

    @Override
    public void forEach(Consumer<Paper> consumer) throws IOException {
      index.forEach(consumer);
    }

    @Override
    public IndexStats stats() throws IOException {
      return index.stats();
    }

    @Override
    public void close() throws IOException {
      index.close();
    }
  }

  private Path records(int n) throws IOException {
    StringBuilder s = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      s.append("{\"title\": \"Silicon anode paper ")
          .append(i)
          .append("\", \"doi\": \"10.5555/full.")
          .append(i)
          .append("\"}\n");
    }
    return Files.writeString(tmp.resolve("records.jsonl"), s);
  }

  @Test
  void aFullDiskStopsTheRunWithItsSummaryAndKeepsWhatWasCommitted() throws Exception {
    Path dir = tmp.resolve("index");
    try (LuceneIndex lucene = LuceneIndex.openForWriting(dir, Fixtures.schema());
        Sources sources = Fixtures.sources()) {
      IngestSummary s =
          new Ingester(
                  sources,
                  Fixtures.enrichers(),
                  new FullDisk(lucene, 3, new int[1]),
                  1,
                  Commits.everyPapers(2),
                  Progress.NONE)
              .ingest(List.of(records(6)));
      assertThat(s.runFailed()).isTrue();
      assertThat(s.stopped()).isEqualTo("writing the index failed: No space left on device");
      assertThat(s.toText())
          .startsWith("1 files: 3 papers added")
          .contains(
              "the run stopped: writing the index failed: No space left on device (papers committed before this are kept)");
      try (LuceneIndex committed = LuceneIndex.openReadOnly(dir, Fixtures.schema())) {
        assertThat(committed.stats().papers()).isEqualTo(2); // committed after the second paper
      }
    }
  }

  @Test
  void aStageOverItsTimeBudgetLeavesItsResultsOutAndSaysSo() throws Exception {
    try (LuceneIndex index = LuceneIndex.openForWriting(tmp.resolve("index"), Fixtures.schema());
        Sources sources = Fixtures.sources()) {
      PaperBudget spent = PaperBudget.defaults().withStageTime(Duration.ZERO);
      IngestSummary s =
          new Ingester(
                  sources,
                  Fixtures.enrichers(),
                  index,
                  1,
                  Commits.everyPapers(100),
                  Progress.NONE,
                  spent)
              .ingest(List.of(records(1)));
      assertThat(s.added()).isEqualTo(1);
      assertThat(s.partial())
          .singleElement()
          .satisfies(
              p ->
                  assertThat(p.reason())
                      .contains("topic tagging stopped after 0 s (its budget): left out")
                      .contains("property extraction stopped after 0 s"));
      assertThat(index.get("10.5555~full.1").topics()).isEmpty();
    }
  }
}
