package org.anodex.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.anodex.index.LuceneIndex;
import org.anodex.ingest.Commits;
import org.anodex.ingest.Harvester;
import org.anodex.ingest.Ingester;
import org.anodex.ingest.OpenAccessPdfs;
import org.anodex.ingest.Progress;
import org.anodex.paper.Dois;
import org.anodex.source.Sources;
import org.anodex.source.harvest.Checkpoint;
import org.anodex.source.harvest.HarvestSource;
import org.anodex.source.harvest.HarvestSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "harvest",
    mixinStandardHelpOptions = true,
    description = {
      "Ingests papers from an open scholarly API, page by page.",
      "Sources: openalex, europepmc, arxiv, crossref ('harvest SOURCE --query Q'), or papers by DOI"
          + " ('harvest doi DOI...' or 'harvest doi --file F').",
      "Resumable: a run stopped at any point goes on from its last page when run again with the same options.",
      "A paper already held (same DOI or arXiv id) is merged with the record, never duplicated.",
      "Writes to --index DIR, to SolrCloud (--backend solr), or through a running 'anodex serve' that holds the"
          + " index (--server URL, with --token T or $ANODEX_TOKEN).",
      "Exit status 0 when the harvest finished, 1 when a source or the server refused it (the reason is printed)."
    })
final class HarvestCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "SOURCE",
      description = "openalex, europepmc, arxiv, crossref or doi")
  String source;

  @Parameters(index = "1..*", paramLabel = "DOI", description = "with 'doi': the DOIs to add")
  List<String> dois = new ArrayList<>();

  @Option(
      names = "--file",
      paramLabel = "F",
      description = "with 'doi': a file of DOIs (any text; every DOI in it)")
  Path doiFile;

  @Option(names = "--query", paramLabel = "Q", description = "what to search the source for")
  String query;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description = "only papers published on or after DATE (yyyy-mm-dd)")
  String since;

  @Option(
      names = "--max",
      paramLabel = "N",
      description = "stop after N records (default: every record)")
  long max = Long.MAX_VALUE;

  @Option(
      names = "--api-url",
      paramLabel = "URL",
      description = "the API's address (a mirror or a test server)")
  URI apiUrl;

  @Option(
      names = "--mailto",
      paramLabel = "EMAIL",
      description =
          "your address, sent in the User-Agent as OpenAlex and Crossref ask (default: $ANODEX_MAILTO)")
  String mailto = IndexOptions.env("ANODEX_MAILTO", null);

  @Option(
      names = "--checkpoints",
      paramLabel = "DIR",
      description =
          "where harvests keep their place (default: $ANODEX_HARVEST_STATE, else ~/.cache/anodex/harvest)")
  Path checkpoints;

  @Option(
      names = "--pdfs",
      paramLabel = "DIR",
      description =
          "download open-access PDFs into DIR (one per paper) and ingest their full text into the paper")
  Path pdfs;

  @Option(
      names = "--max-pdf-mb",
      paramLabel = "MB",
      description = "largest PDF downloaded (default: ${DEFAULT-VALUE})")
  long maxPdfMb = 50;

  @Option(
      names = "--no-embed",
      description = "leave the papers' embeddings to the next 'anodex serve' or 'anodex embed'")
  boolean noEmbed;

  @Option(
      names = "--min-interval-ms",
      hidden = true,
      description = "least time between requests (tests)")
  Long minIntervalMs;

  @Mixin IndexOptions indexOptions;

  @Mixin IngestOptions ingestOptions;

  @Mixin ServerOptions server;

  @Override
  public Integer call() throws Exception {
    Consumer<String> log = System.err::println;
    Duration interval = minIntervalMs == null ? null : Duration.ofMillis(minIntervalMs);
    HarvestSource from = source(interval, log);
    if (server.given()) {
      if (indexOptions.index != null) {
        throw new IllegalArgumentException(
            "--server writes through the server's index: leave out --index");
      }
      try (Sources sources = ingestOptions.sources()) {
        Harvester.Summary summary = harvester(from, server.client(), sources, interval, log).run();
        System.out.print(summary.toText()); // the server embeds the papers in the background
        return status(summary);
      }
    }
    try (Store store = Store.forWriting(indexOptions);
        Sources sources = ingestOptions.sources()) {
      Ingester ingester =
          new Ingester(
              sources, indexOptions.enrichers(), store.index, 1, Commits.atTheEnd(), Progress.NONE);
      Harvester.Target target =
          Harvester.Target.index(ingester, store.index, store.searcher::paper);
      Harvester.Summary summary = harvester(from, target, sources, interval, log).run();
      System.out.print(summary.toText());
      if (store.index instanceof LuceneIndex lucene && !noEmbed) {
        System.out.print(
            EmbedCommand.embedAll(
                    lucene,
                    indexOptions.embedder(),
                    ingestOptions.threads,
                    System.console() != null)
                .toText());
      }
      return status(summary);
    }
  }

  private Harvester harvester(
      HarvestSource from,
      Harvester.Target target,
      Sources sources,
      Duration interval,
      Consumer<String> log)
      throws IOException {
    Checkpoint checkpoint =
        Checkpoint.in(
            checkpointDir(),
            from.name(),
            source,
            query,
            since,
            String.valueOf(max),
            String.valueOf(apiUrl),
            String.join(" ", dois),
            target());
    Harvester harvester = new Harvester(from, target, checkpoint, max, log);
    if (pdfs != null) {
      harvester.withPdfs(
          new OpenAccessPdfs(
              HarvestSources.downloads(mailto, interval, log), pdfs, maxPdfMb << 20, sources, log));
    }
    return harvester;
  }

  private static int status(Harvester.Summary summary) {
    return summary.failures().isEmpty() ? 0 : 1;
  }

  private HarvestSource source(Duration interval, Consumer<String> log) throws IOException {
    if (since != null) {
      try {
        LocalDate.parse(since);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("--since must be a date as yyyy-mm-dd, was " + since);
      }
    }
    if (source.equals("doi")) {
      Set<String> all = new LinkedHashSet<>();
      for (String d : dois) {
        String doi = Dois.normalize(d);
        if (doi == null) {
          throw new IllegalArgumentException("not a DOI: " + d);
        }
        all.add(doi);
      }
      if (doiFile != null) {
        java.util.regex.Matcher m =
            java.util.regex.Pattern.compile("\\b10\\.\\d{4,9}/\\S+")
                .matcher(Files.readString(doiFile));
        while (m.find()) {
          String doi = Dois.normalize(m.group());
          if (doi != null) {
            all.add(doi);
          }
        }
      }
      if (all.isEmpty()) {
        throw new IllegalArgumentException("harvest doi needs DOIs or --file F");
      }
      return HarvestSources.dois(List.copyOf(all), apiUrl, mailto, interval, log);
    }
    if (!dois.isEmpty() || doiFile != null) {
      throw new IllegalArgumentException(
          "DOIs and --file go with 'harvest doi', not with " + source);
    }
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("harvest " + source + " needs --query Q");
    }
    return HarvestSources.of(source, query, since, apiUrl, mailto, interval, log);
  }

  private Path checkpointDir() {
    if (checkpoints != null) {
      return checkpoints;
    }
    String env = IndexOptions.env("ANODEX_HARVEST_STATE", null);
    return env != null
        ? Path.of(env)
        : Path.of(System.getProperty("user.home"), ".cache", "anodex", "harvest");
  }

  /**
   * What the harvest writes to, as part of its identity: the same query into two indexes is two
   * harvests.
   */
  private String target() {
    if (server.given()) {
      return server.server;
    }
    return indexOptions.onSolr()
        ? indexOptions.solr + "/" + indexOptions.collection
        : indexOptions.index().toAbsolutePath().normalize().toString();
  }
}
