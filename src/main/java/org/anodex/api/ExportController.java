package org.anodex.api;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Parameter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.anodex.api.export.AtomFeed;
import org.anodex.api.export.ExportFormat;
import org.anodex.paper.Paper;
import org.anodex.search.SearchPlan;
import org.anodex.search.SearchRequest;
import org.anodex.search.Searcher;

/**
 * Every match of a search as a file ({@code /api/export}), and the newest as an Atom feed ({@code
 * /api/feed}).
 */
@Controller("/api")
class ExportController {
  private static final int FEED_SIZE = 50;

  private final Searcher searcher;
  private final StreamedAnswers answers;
  private final String publicUrl;
  private final BeanProvider<EmbeddedServer> server;

  /**
   * @param publicUrl where users reach this server ({@code anodex.public-url}, {@code
   *     --public-url}), which feed links are made of: never the request's {@code Host} header,
   *     which any client can set
   */
  ExportController(
      Searcher searcher,
      StreamedAnswers answers,
      @Value("${anodex.public-url:}") String publicUrl,
      BeanProvider<EmbeddedServer> server) {
    this.searcher = searcher;
    this.answers = answers;
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
    return HttpResponse.ok(
        answers.stream(
            f.mediaType(),
            "anodex",
            f.extension(),
            (out, begun) -> {
              f.begin(out);
              searcher.forEachMatch(
                  plan,
                  paper -> {
                    begun.run();
                    f.write(paper, out);
                  });
            }));
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
