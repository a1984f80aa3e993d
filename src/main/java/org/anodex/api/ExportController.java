package org.anodex.api;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Parameter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.anodex.api.export.AtomFeed;
import org.anodex.api.export.ExportFormat;
import org.anodex.paper.Paper;
import org.anodex.search.SearchPlan;
import org.anodex.search.SearchRequest;
import org.anodex.search.Searcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every match of a search as a file ({@code /api/export}), and the newest as an Atom feed ({@code
 * /api/feed}).
 */
@Controller("/api")
class ExportController {
  private static final Logger LOG = LoggerFactory.getLogger(ExportController.class);
  private static final int FEED_SIZE = 50;
  private static final AtomicInteger THREADS = new AtomicInteger();

  /** Writers of exports: each streams into a bounded pipe that the HTTP response drains. */
  private final ExecutorService writers =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "anodex-export-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
          });

  private final Searcher searcher;
  private final String publicUrl;
  private final BeanProvider<EmbeddedServer> server;

  /**
   * @param publicUrl where users reach this server ({@code anodex.public-url}, {@code
   *     --public-url}), which feed links are made of: never the request's {@code Host} header,
   *     which any client can set
   */
  ExportController(
      Searcher searcher,
      @Value("${anodex.public-url:}") String publicUrl,
      BeanProvider<EmbeddedServer> server) {
    this.searcher = searcher;
    this.publicUrl = publicUrl.strip().replaceAll("/+$", "");
    this.server = server;
  }

  @Get("/export")
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<StreamedFile> export(
      @Parameter(description = SearchController.Q) @Nullable @QueryValue String q,
      @RequestBean SearchParams params,
      @Parameter(description = "csv (default), jsonl, bibtex or ris") @Nullable @QueryValue
          String format)
      throws IOException {
    format = format == null ? "csv" : format;
    ExportFormat f = ExportFormat.named(format);
    if (f == null) {
      throw new ApiException(
          HttpStatus.BAD_REQUEST,
          "Bad format",
          "format must be csv, jsonl, bibtex or ris, was '" + format + "'");
    }
    SearchPlan plan =
        searcher.plan(params.toRequest(q, false)); // refused here, before the response starts
    PipedInputStream in = new PipedInputStream(64 * 1024);
    PipedOutputStream pipe = new PipedOutputStream(in);
    writers.submit(
        () -> {
          try (Writer out =
              new BufferedWriter(new OutputStreamWriter(pipe, StandardCharsets.UTF_8))) {
            f.begin(out);
            searcher.forEachMatch(plan, paper -> f.write(paper, out));
          } catch (IOException | RuntimeException e) {
            LOG.info("export ended early: {}", e.getMessage()); // usually a client that went away
          }
        });
    String file = "anodex-" + LocalDate.now(java.time.ZoneId.systemDefault()) + "." + f.extension();
    return HttpResponse.ok(new StreamedFile(in, MediaType.of(f.mediaType())).attach(file));
  }

  @Get(value = "/feed", produces = "application/atom+xml")
  @ExecuteOn(TaskExecutors.BLOCKING)
  String feed(
      HttpRequest<?> http,
      @Parameter(description = SearchController.Q) @Nullable @QueryValue String q,
      @RequestBean SearchParams params)
      throws IOException {
    SearchRequest r = params.toRequest(q, false);
    searcher.plan(r); // a request the search refuses, the feed refuses alike
    SearchRequest newest =
        new SearchRequest(
            r.q(),
            r.filters(),
            r.ranges(),
            List.of(),
            1,
            "-date",
            Math.min(r.size(), FEED_SIZE),
            1,
            null,
            false,
            r.rank());
    List<Paper> papers = new ArrayList<>();
    for (var hit : searcher.search(newest).hits()) {
      searcher.paper(hit.id()).ifPresent(papers::add);
    }
    String base = publicUrl.isEmpty() ? "http://localhost:" + server.get().getPort() : publicUrl;
    String title =
        "Anodex: "
            + (r.q().isBlank() ? "all papers" : r.q())
            + (r.filters().isEmpty() ? "" : " [" + String.join(", ", r.filters()) + "]");
    String self =
        base
            + http.getUri().getRawPath()
            + (http.getUri().getRawQuery() == null ? "" : "?" + http.getUri().getRawQuery());
    return AtomFeed.of(title, self, base, papers);
  }
}
