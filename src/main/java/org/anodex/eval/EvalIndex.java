package org.anodex.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.anodex.enrich.Taxonomy;
import org.anodex.enrich.TopicTagger;
import org.anodex.index.LuceneIndex;
import org.anodex.index.Schema;
import org.anodex.ingest.BackgroundEmbedder;
import org.anodex.ingest.Commits;
import org.anodex.ingest.EmbedProgress;
import org.anodex.ingest.IngestSummary;
import org.anodex.ingest.Ingester;
import org.anodex.ingest.Progress;
import org.anodex.semantic.Embedder;
import org.anodex.source.RecordFields;
import org.anodex.source.Sources;
import org.anodex.source.tika.ParserProcesses;

/**
 * A collection ingested into a fresh index in a temporary folder by the production {@link Ingester}
 * (same sources, tagging and analysis as {@code anodex ingest}), its papers embedded; the folder is
 * deleted on close.
 */
public final class EvalIndex implements AutoCloseable {
  private final Path folder;
  private final LuceneIndex index;
  private final IngestSummary summary;

  private EvalIndex(Path folder, LuceneIndex index, IngestSummary summary) {
    this.folder = folder;
    this.index = index;
    this.summary = summary;
  }

  /**
   * Ingests a collection: a BEIR folder (its {@code corpus.jsonl} only: the queries beside it are
   * not papers), or any folder or file {@code anodex ingest} reads.
   */
  public static EvalIndex build(
      Path collection, Schema schema, Taxonomy taxonomy, Embedder embedder, int threads)
      throws IOException {
    Path corpus = corpusOf(collection);
    Path folder = Files.createTempDirectory("anodex-eval-");
    LuceneIndex index = LuceneIndex.openForWriting(folder, schema);
    try (Sources sources =
        new Sources(RecordFields.defaults(), ParserProcesses.Limits.defaults(), 200L << 20)) {
      Ingester ingester =
          new Ingester(
              sources,
              List.of(new TopicTagger(taxonomy)),
              index,
              threads,
              Commits.atTheEnd(),
              Progress.NONE);
      IngestSummary summary = ingester.ingest(List.of(corpus));
      // as `anodex ingest` does: the meaning's share of the ranking needs every paper's embedding
      new BackgroundEmbedder(index, embedder::paper, threads, Long.MAX_VALUE, EmbedProgress.NONE)
          .run();
      return new EvalIndex(folder, index, summary);
    } catch (IOException | RuntimeException e) {
      index.close();
      delete(folder);
      throw e;
    }
  }

  static Path corpusOf(Path collection) {
    Path beir = collection.resolve("corpus.jsonl");
    return Files.isDirectory(collection) && Files.isRegularFile(beir) ? beir : collection;
  }

  public LuceneIndex index() {
    return index;
  }

  public IngestSummary summary() {
    return summary;
  }

  @Override
  public void close() throws IOException {
    try {
      index.close();
    } finally {
      delete(folder);
    }
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
