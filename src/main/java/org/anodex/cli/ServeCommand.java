package org.anodex.cli;

import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.anodex.api.AnodexServer;
import org.anodex.index.LuceneIndex;
import org.anodex.ingest.IngestSummary;
import org.anodex.search.LuceneSearcher;
import org.anodex.source.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves the HTTP API and the web UI.",
        "Where the index is missing or empty, first ingests the sample data."})
final class ServeCommand implements Callable<Integer> {
  @Mixin
  IndexOptions indexOptions;

  @Mixin
  IngestOptions ingestOptions;

  @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE})")
  int port = 8080;

  @Option(names = "--sample-data", paramLabel = "DIR", description = "what an empty index is filled with (default: ${DEFAULT-VALUE})")
  Path sampleData = Path.of("sample-data");

  @Override
  public Integer call() throws Exception {
    try (LuceneIndex index = LuceneIndex.openForWriting(indexOptions.index(), indexOptions.schema())) {
      if (index.stats().papers() == 0) {
        if (Files.isDirectory(sampleData)) {
          System.err.println("The index at " + indexOptions.index() + " is empty: ingesting " + sampleData + " first.");
          try (Sources sources = ingestOptions.sources()) {
            IngestSummary s = IngestCommand.ingest(index, sources, indexOptions, ingestOptions, List.of(sampleData), false);
            System.err.print(s.toText());
          }
        } else {
          System.err.println("The index is empty and there is no " + sampleData + " to fill it with; ingest papers with 'anodex ingest'.");
        }
      }
      EmbeddedServer server = AnodexServer.start(new LuceneSearcher(index), port, Map.of());
      System.err.println("Anodex is serving " + index.stats().papers() + " papers at http://localhost:" + server.getPort() + "/");
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        server.getApplicationContext().close();
        stopped.countDown();
      }, "anodex-shutdown"));
      stopped.await();
    }
    return 0;
  }
}
