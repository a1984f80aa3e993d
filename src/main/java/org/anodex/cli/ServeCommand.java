package org.anodex.cli;

import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.anodex.api.AnodexServer;
import org.anodex.api.Backend;
import org.anodex.index.PaperIndex;
import org.anodex.ingest.IngestSummary;
import org.anodex.ingest.Writes;
import org.anodex.semantic.Embedder;
import org.anodex.source.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves the HTTP API and the web UI.",
        "Where the index is missing or empty, first ingests the sample data.",
        "Writes (POST/DELETE /api/papers) need the token in $ANODEX_TOKEN; without it they are refused."})
final class ServeCommand implements Callable<Integer> {
  @Mixin
  IndexOptions indexOptions;

  @Mixin
  IngestOptions ingestOptions;

  @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE})")
  int port = 8080;

  @Option(names = "--sample-data", paramLabel = "DIR", description = "what an empty index is filled with (default: ${DEFAULT-VALUE})")
  Path sampleData = Path.of("sample-data");

  @Option(names = "--cors", paramLabel = "ORIGINS",
      description = "comma-separated origins allowed to call the API from a browser (default: $ANODEX_CORS, else none)")
  String cors = System.getenv("ANODEX_CORS");

  @Option(names = "--max-upload-mb", paramLabel = "MB", description = "largest upload accepted (default: ${DEFAULT-VALUE})")
  int maxUploadMb = 50;

  @Override
  public Integer call() throws Exception {
    try (Store store = Store.forWriting(indexOptions); Sources sources = ingestOptions.sources()) {
      PaperIndex index = store.index;
      if (index.stats().papers() == 0) {
        fillWithSampleData(index, sources);
      }
      Writes writes = new Writes(sources, indexOptions.enrichers(), index);
      Thread warmUp = new Thread(Embedder::shared, "anodex-embedder"); // loads the model before the first search needs it
      warmUp.setDaemon(true);
      warmUp.start();
      Map<String, Object> props = new HashMap<>();
      props.put("anodex.max-upload-mb", maxUploadMb);
      if (cors != null) {
        props.put("anodex.cors", cors);
      }
      EmbeddedServer server = AnodexServer.start(new Backend(store.searcher, writes, indexOptions.taxonomy(), indexOptions.schema().propertyUnits()), port, props);
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

  private void fillWithSampleData(PaperIndex index, Sources sources) throws Exception {
    if (!Files.isDirectory(sampleData)) {
      System.err.println("The index is empty and there is no " + sampleData + " to fill it with; ingest papers with 'anodex ingest'.");
      return;
    }
    System.err.println("The index is empty: ingesting " + sampleData + " first.");
    IngestSummary s = IngestCommand.ingest(index, sources, indexOptions, ingestOptions, List.of(sampleData), false);
    System.err.print(s.toText());
  }
}
