package org.anodex.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.anodex.index.LuceneIndex;
import org.anodex.ingest.BackgroundEmbedder;
import org.anodex.ingest.EmbedProgress;
import org.anodex.semantic.Embedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "embed",
    mixinStandardHelpOptions = true,
    description = {
      "Embeds the papers that are searchable by their words but have no embedding yet.",
      "This is what 'ingest' does after the words (unless --no-embed), and 'serve' in the background.",
      "Commits as it goes: stopped or killed, it carries on where it was at the next run."
    })
final class EmbedCommand implements Callable<Integer> {
  /** A killed run loses at most this much embedding work. */
  static final long COMMIT_EVERY_MILLIS = 10_000;

  @Mixin IndexOptions indexOptions;

  @Option(
      names = "--threads",
      description = "papers embedded at once (default: the number of cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws Exception {
    if (indexOptions.onSolr()) {
      throw new IllegalArgumentException(
          "embed works on the embedded index; on SolrCloud papers are embedded as they are written");
    }
    try (Store store = Store.forUpdating(indexOptions)) {
      System.out.print(
          embedAll(
                  (LuceneIndex) store.index,
                  indexOptions.embedder(),
                  threads,
                  System.console() != null)
              .toText());
    }
    return 0;
  }

  /** Embeds every paper still waiting, with a progress line on stderr (in place on a terminal). */
  static BackgroundEmbedder.Result embedAll(
      LuceneIndex index, Embedder model, int threads, boolean terminal) throws Exception {
    BackgroundEmbedder embedder =
        new BackgroundEmbedder(
            index,
            model::paper,
            threads,
            COMMIT_EVERY_MILLIS,
            EmbedProgress.lines(System.err, terminal ? 500 : 30_000, terminal));
    CountDownLatch finished = new CountDownLatch(1);
    Thread stop =
        new Thread(
            () -> { // Ctrl-C: the papers in hand are written and committed before the JVM exits
              embedder.stop();
              try {
                finished.await(30, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "anodex-embed-stop");
    Runtime.getRuntime().addShutdownHook(stop);
    try {
      return embedder.run();
    } finally {
      finished.countDown();
      removeHook(stop);
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook has run
    }
  }
}
