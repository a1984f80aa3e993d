package org.anodex.cli;

import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.anodex.api.AnodexServer;
import org.anodex.api.Backend;
import org.anodex.index.LuceneIndex;
import org.anodex.index.PaperIndex;
import org.anodex.ingest.BackgroundEmbedder;
import org.anodex.ingest.EmbedProgress;
import org.anodex.ingest.FolderWatch;
import org.anodex.ingest.IngestSummary;
import org.anodex.ingest.Writes;
import org.anodex.semantic.Embedder;
import org.anodex.source.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the HTTP API and the web UI.",
      "Where the index is missing or empty, first ingests the sample data.",
      "Writes (POST/DELETE /api/papers) need the token in $ANODEX_TOKEN; without it they are refused."
    })
final class ServeCommand implements Callable<Integer> {
  @Mixin TaggingOptions indexOptions;

  @Mixin IngestOptions ingestOptions;

  @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE})")
  int port = 8080;

  @Option(
      names = "--sample-data",
      paramLabel = "DIR",
      description = "what an empty index is filled with (default: ${DEFAULT-VALUE})")
  Path sampleData = Path.of("sample-data");

  @Option(
      names = "--cors",
      paramLabel = "ORIGINS",
      description =
          "comma-separated origins allowed to call the API from a browser (default: $ANODEX_CORS, else none)")
  String cors = System.getenv("ANODEX_CORS");

  @Option(
      names = "--max-upload-mb",
      paramLabel = "MB",
      description =
          "largest request body accepted, JSON record or upload (default: ${DEFAULT-VALUE})")
  int maxUploadMb = 50;

  @Option(
      names = "--public-url",
      paramLabel = "URL",
      description =
          "where users reach this server, for links in feeds (default: $ANODEX_PUBLIC_URL, else http://localhost:PORT)")
  String publicUrl = System.getenv("ANODEX_PUBLIC_URL");

  @Option(
      names = "--watch",
      paramLabel = "DIR",
      arity = "1..*",
      description =
          "keep folders in sync while serving: new and changed files are ingested once they stop changing")
  List<Path> watch = new java.util.ArrayList<>();

  @Option(
      names = "--sync",
      description = "with --watch: delete the papers of files that are removed")
  boolean sync;

  /** How often the background embedder looks for papers written since it last ran dry. */
  static final long EMBED_POLL_MILLIS = 5_000;

  @Override
  public Integer call() throws Exception {
    try (Store store = Store.forWriting(indexOptions);
        Sources sources = ingestOptions.sources()) {
      PaperIndex index = store.index;
      if (index.stats().papers() == 0) {
        fillWithSampleData(index, sources);
      }
      Writes writes = new Writes(sources, indexOptions.enrichers(), index);
      if (indexOptions.schema().ranking().semantic().weight() > 0) {
        Thread warmUp =
            new Thread(
                indexOptions.embedder()::load,
                "anodex-embedder"); // before the first search needs it
        warmUp.setDaemon(true);
        warmUp.start();
      }
      BackgroundEmbedder embedder =
          index instanceof LuceneIndex lucene
              ? startEmbedding(lucene, indexOptions.embedder())
              : null;
      Map<String, Object> props = new HashMap<>();
      props.put("anodex.max-upload-mb", maxUploadMb);
      if (cors != null) {
        props.put("anodex.cors", cors);
      }
      if (publicUrl != null) {
        props.put("anodex.public-url", publicUrl);
      }
      EmbeddedServer server =
          AnodexServer.start(
              new Backend(
                  store.searcher,
                  writes,
                  indexOptions.taxonomy(),
                  indexOptions.schema().propertyUnits()),
              port,
              props);
      System.err.println(
          "Anodex is serving "
              + index.stats().papers()
              + " papers at http://localhost:"
              + server.getPort()
              + "/ (heap limit "
              + (Runtime.getRuntime().maxMemory() >> 20)
              + " MB)"); // docs/MEASUREMENTS.md: what it needs
      if (index instanceof LuceneIndex lucene && lucene.oldFacetLayout()) {
        System.err.println(
            "Papers in this index were written by an earlier Anodex: facet counts and filters miss"
                + " them until `anodex retag` rewrites them from the index (no source file needed)");
      }
      FolderWatch watcher =
          watch.isEmpty()
              ? null
              : IngestCommand.watcher(index, sources, indexOptions, ingestOptions, watch, sync);
      if (watcher != null) {
        startWatching(watcher);
      }
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    if (embedder != null) {
                      embedder.stop();
                    }
                    if (watcher != null) {
                      watcher.stop();
                    }
                    server.getApplicationContext().close();
                    stopped.countDown();
                  },
                  "anodex-shutdown"));
      stopped.await();
    }
    return 0;
  }

  /**
   * Watches the --watch folders on a thread of its own; a failure there is said, and the server
   * goes on.
   */
  private void startWatching(FolderWatch watcher) {
    Thread t =
        new Thread(
            () -> {
              try {
                watcher.run();
              } catch (Exception e) {
                System.err.println("anodex: watching " + watch + " stopped: " + Anodex.oneLine(e));
              }
            },
            "anodex-watch");
    t.setDaemon(true);
    t.start();
  }

  /**
   * Embeds the papers that wait for it, in the background on one thread (the other cores answer
   * searches), and then those that writes add, looking every {@link #EMBED_POLL_MILLIS}.
   */
  private static BackgroundEmbedder startEmbedding(LuceneIndex index, Embedder model) {
    BackgroundEmbedder embedder =
        new BackgroundEmbedder(
            index,
            model::paper,
            1,
            EmbedCommand.COMMIT_EVERY_MILLIS,
            EmbedProgress.lines(System.err, 60_000, false));
    Thread t =
        new Thread(
            () -> {
              try {
                embedder.runContinuously(
                    EMBED_POLL_MILLIS,
                    r -> System.err.print("background embedding: " + r.toText()));
              } catch (IOException | RuntimeException e) {
                System.err.println("background embedding stopped: " + e);
              }
            },
            "anodex-background-embedder");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
    return embedder;
  }

  private void fillWithSampleData(PaperIndex index, Sources sources) throws Exception {
    if (!Files.isDirectory(sampleData)) {
      System.err.println(
          "The index is empty and there is no "
              + sampleData
              + " to fill it with; ingest papers with 'anodex ingest'.");
      return;
    }
    System.err.println("The index is empty: ingesting " + sampleData + " first.");
    IngestSummary s =
        IngestCommand.ingest(
            index, sources, indexOptions, ingestOptions, List.of(sampleData), false);
    System.err.print(s.toText());
  }
}
