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
    description = {"Ingests files and folders, recursively; never deletes.",
        "Full texts (PDF, HTML, XML, DOCX, ODT, TXT, ...) and record files (JSON Lines, JSON, BibTeX, RIS, PubMed XML).",
        "Exit status 0 when every file was read, 1 when some failed (named in the summary)."})
final class IngestCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PATH", arity = "1..*", description = "files and folders")
  List<Path> paths;

  @Mixin
  TaggingOptions indexOptions;

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
      return summary.failed() == 0 ? 0 : 1;
    }
    boolean terminal = System.console() != null;
    try (Store store = Store.forWriting(indexOptions); Sources sources = ingestOptions.sources()) {
      IngestSummary summary = ingest(store.index, sources, indexOptions, ingestOptions, paths, terminal);
      System.out.print(summary.toText()); // the words are committed and searchable from here
      if (store.index instanceof LuceneIndex lucene && !noEmbed) {
        System.out.print(EmbedCommand.embedAll(lucene, ingestOptions.threads, terminal).toText());
      }
      return summary.failed() == 0 ? 0 : 1;
    }
  }

  static IngestSummary ingest(PaperIndex index, Sources sources, IndexOptions io, IngestOptions ing,
      List<Path> paths, boolean terminal) throws Exception {
    Ingester ingester = new Ingester(sources, io.enrichers(), index, ing.threads, ing.commitEvery,
        Progress.to(System.err, terminal));
    return ingester.ingest(paths);
  }
}
