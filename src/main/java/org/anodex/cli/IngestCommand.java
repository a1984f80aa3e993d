package org.anodex.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.anodex.index.LuceneIndex;
import org.anodex.index.PaperIndex;
import org.anodex.ingest.IngestSummary;
import org.anodex.ingest.Ingester;
import org.anodex.ingest.Progress;
import org.anodex.source.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Ingests files and folders (recursively): full texts (PDF, HTML, XML, DOCX, ODT, TXT, ...)",
        "and record files (JSON Lines, JSON, BibTeX, RIS, PubMed XML). Never deletes.",
        "Exit status: 0 every file was read; 3 some files or records failed (each named in the",
        "summary with its reason; everything else was ingested); 1 the run itself failed (the index",
        "could not be opened or written: the summary says why; what was committed before is kept);",
        "2 the command line is wrong."})
final class IngestCommand implements Callable<Integer> {
  /** Some files or records failed, the rest was ingested: a script can tell this from a failed run (1). */
  static final int SOME_FAILED = 3;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "files and folders")
  List<Path> paths;

  @Mixin
  IndexOptions indexOptions;

  @Mixin
  IngestOptions ingestOptions;

  @Option(names = "--server", paramLabel = "URL",
      description = "send the files to a running 'anodex serve' at URL instead of writing an index")
  String server;

  @Option(names = "--token", description = "the server's write token (default: $ANODEX_TOKEN)")
  String token = System.getenv("ANODEX_TOKEN");

  @Option(names = "--no-embed", description = {"leave the papers' embeddings to the next 'anodex serve' or",
      "'anodex embed' (by default they are computed once the words are committed, with progress)"})
  boolean noEmbed;

  @Override
  public Integer call() throws Exception {
    if (server != null) {
      IngestSummary summary = new RemoteIngest(server, token == null ? "" : token).ingest(paths);
      System.out.print(summary.toText());
      return status(summary);
    }
    boolean terminal = System.console() != null;
    try (Store store = Store.forWriting(indexOptions); Sources sources = ingestOptions.sources()) {
      IngestSummary summary = ingest(store.index, sources, indexOptions, ingestOptions, paths, terminal);
      System.out.print(summary.toText()); // the words are committed and searchable from here
      if (store.index instanceof LuceneIndex lucene && !noEmbed && !summary.runFailed()) {
        System.out.print(EmbedCommand.embedAll(lucene, ingestOptions.threads, terminal).toText());
      }
      return status(summary);
    }
  }

  static int status(IngestSummary summary) {
    return summary.runFailed() ? 1 : summary.failed() == 0 ? 0 : SOME_FAILED;
  }

  static IngestSummary ingest(PaperIndex index, Sources sources, IndexOptions io, IngestOptions ing,
      List<Path> paths, boolean progressBar) throws Exception {
    Ingester ingester = new Ingester(sources,
        io.enrichers(), index,
        ing.threads, ing.commitEvery, progressBar ? Progress.bar(System.err) : Progress.NONE, ing.budget());
    return ingester.ingest(paths);
  }
}
