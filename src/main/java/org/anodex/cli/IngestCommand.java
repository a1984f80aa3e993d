package org.anodex.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.anodex.index.LuceneIndex;
import org.anodex.index.PaperIndex;
import org.anodex.ingest.FolderWatch;
import org.anodex.ingest.IngestSummary;
import org.anodex.ingest.Ingester;
import org.anodex.ingest.Progress;
import org.anodex.source.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Ingests files and folders, recursively; never deletes.",
      "Full texts (PDF, HTML, XML, DOCX, ODT, TXT, ...) and record files (JSON Lines, JSON, BibTeX, RIS, PubMed XML).",
      "Exit status: 0 every file was read; 3 some files or records failed (each named in the",
      "summary with its reason; everything else was ingested); 1 the run itself failed (the index",
      "could not be opened or written: the summary says why; what was committed before is kept);",
      "2 the command line is wrong."
    })
final class IngestCommand implements Callable<Integer> {
  /**
   * Some files or records failed, the rest was ingested: a script can tell this from a failed run
   * (1).
   */
  static final int SOME_FAILED = 3;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "files and folders")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--watch",
      paramLabel = "DIR",
      arity = "1..*",
      description = {
        "keep folders in sync: new and changed files are ingested once they stop changing",
        "(checked every second); runs until stopped"
      })
  List<Path> watch = new ArrayList<>();

  @Option(
      names = "--sync",
      description = "with --watch: delete the papers of files that are removed")
  boolean sync;

  @Spec CommandSpec spec;

  @Mixin TaggingOptions indexOptions;

  @Mixin IngestOptions ingestOptions;

  @Mixin ServerOptions server;

  @Option(
      names = "--no-embed",
      description = {
        "leave the papers' embeddings to the next 'anodex serve' or",
        "'anodex embed' (by default they are computed once the words are committed, with progress)"
      })
  boolean noEmbed;

  @Override
  public Integer call() throws Exception {
    if (paths.isEmpty() && watch.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "Missing required parameter: PATH (or --watch DIR)");
    }
    if (sync && watch.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--sync goes with --watch");
    }
    if (!watch.isEmpty()) {
      if (server.given()) {
        throw new IllegalArgumentException(
            "--watch writes the index itself; run 'anodex serve --watch DIR' to watch with a server");
      }
      try (Store store = Store.forWriting(indexOptions);
          Sources sources = ingestOptions.sources()) {
        List<Path> all = new ArrayList<>(watch);
        all.addAll(paths);
        watcher(store.index, sources, indexOptions, ingestOptions, all, sync).run();
        return 0;
      }
    }
    if (server.given()) {
      IngestSummary summary = server.client().ingest(paths);
      System.out.print(summary.toText());
      return status(summary);
    }
    boolean terminal = System.console() != null;
    try (Store store = Store.forWriting(indexOptions);
        Sources sources = ingestOptions.sources()) {
      IngestSummary summary =
          ingest(store.index, sources, indexOptions, ingestOptions, paths, terminal);
      System.out.print(summary.toText()); // the words are committed and searchable from here
      if (store.index instanceof LuceneIndex lucene && !noEmbed && !summary.runFailed()) {
        System.out.print(
            EmbedCommand.embedAll(lucene, indexOptions.embedder(), ingestOptions.threads, terminal)
                .toText());
      }
      if (!summary.runFailed()) {
        store.mergeSmallSegments();
      }
      return status(summary);
    }
  }

  static int status(IngestSummary summary) {
    return summary.runFailed() ? 1 : summary.failed() == 0 ? 0 : SOME_FAILED;
  }

  /** What keeps {@code folders} in sync with the index, once run. */
  static FolderWatch watcher(
      PaperIndex index,
      Sources sources,
      IndexOptions io,
      IngestOptions ing,
      List<Path> folders,
      boolean sync)
      throws Exception {
    Ingester ingester =
        new Ingester(
            sources, io.enrichers(), index, ing.threads, ing.commits, Progress.NONE, ing.budget());
    return new FolderWatch(
        folders, ingester, index, sync, Duration.ofSeconds(1), System.err::println);
  }

  static IngestSummary ingest(
      PaperIndex index,
      Sources sources,
      IndexOptions io,
      IngestOptions ing,
      List<Path> paths,
      boolean terminal)
      throws Exception {
    Ingester ingester =
        new Ingester(
            sources,
            io.enrichers(),
            index,
            ing.threads,
            ing.commits,
            Progress.to(System.err, terminal),
            ing.budget());
    return ingester.ingest(paths);
  }
}
