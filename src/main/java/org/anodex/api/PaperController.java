package org.anodex.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.SystemFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Parameter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.anodex.ingest.IngestSummary;
import org.anodex.ingest.Writes;
import org.anodex.paper.Paper;
import org.anodex.paper.PaperIds;
import org.anodex.search.SearchResult;
import org.anodex.search.Searcher;

/** One paper: read it, find similar ones, write and delete (writes need the bearer token). */
@Controller("/api/papers")
@ExecuteOn(TaskExecutors.BLOCKING)
class PaperController {
  private final Searcher searcher;
  private final Writes writes;
  private final WriteGuard guard;

  PaperController(Searcher searcher, Writes writes, WriteGuard guard) {
    this.searcher = searcher;
    this.writes = writes;
    this.guard = guard;
  }

  @Get("/{id}")
  PaperView paper(
      @Parameter(description = "the paper's id, or its DOI (10.5555/anodex.2024.0001)") @PathVariable String id,
      @Parameter(description = "body: also answer the paper's full text") @Nullable @QueryValue String include)
      throws IOException {
    boolean body = include != null && include.contains("body");
    return searcher.paper(known(id)).map(p -> PaperView.of(p, body))
        .orElseThrow(() -> notFound(id));
  }

  @Get("/{id}/similar")
  Map<String, Object> similar(
      @Parameter(description = "the paper's id, or its DOI") @PathVariable String id,
      @Parameter(description = "papers to answer, 1 to 100 (default 10)") @Nullable @QueryValue Integer size)
      throws IOException {
    size = size == null ? 10 : size;
    if (size < 1 || size > 100) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "Bad size", "size must be between 1 and 100, was " + size);
    }
    List<SearchResult.Hit> hits = searcher.similar(known(id), size).orElseThrow(() -> notFound(id));
    return Map.of("id", known(id), "hits", hits);
  }

  /**
   * The file the paper was ingested from (a PDF, an HTML page, ...), with its content type. Only such files:
   * the path comes from the index, never from the request. Sandboxed, so that an HTML page runs no script
   * in Anodex's origin.
   */
  @Get("/{id}/file")
  HttpResponse<SystemFile> file(@Parameter(description = "the paper's id, or its DOI") @PathVariable String id)
      throws IOException {
    Paper p = searcher.paper(known(id)).orElseThrow(() -> notFound(id));
    if (p.file() == null) {
      throw new ApiException(HttpStatus.NOT_FOUND, "No file", "Anodex has no file of paper '" + p.id()
          + "': it was read from a record (" + p.format() + ") or written through the API");
    }
    Path file = Path.of(p.file());
    if (!Files.isRegularFile(file)) {
      throw new ApiException(HttpStatus.NOT_FOUND, "No file", "the file of paper '" + p.id()
          + "' is no longer where it was ingested from (" + p.source() + ")");
    }
    MediaType type = MediaType.forFilename(file.getFileName().toString()); // octet-stream where the name says nothing
    return HttpResponse.ok(new SystemFile(file.toFile(), type))
        .header("Content-Security-Policy", "sandbox")
        .header("X-Content-Type-Options", "nosniff");
  }

  /**
   * A DOI pasted with its slash ({@code /api/papers/10.5555/anodex.2024.0001[/similar]}) spans two or more path
   * segments, which {@code {id}} does not match; here it is put back together. Hidden: the document describes
   * {@code {id}}, whose description says that a DOI is taken too.
   */
  @Hidden
  @Get("/{prefix}/{+rest}")
  Object byDoi(@PathVariable String prefix, @PathVariable String rest, @Nullable @QueryValue String include,
      @Nullable @QueryValue Integer size) throws IOException {
    if (rest.endsWith(SIMILAR)) {
      return similar(prefix + "/" + rest.substring(0, rest.length() - SIMILAR.length()), size);
    }
    if (rest.endsWith(FILE)) {
      return file(prefix + "/" + rest.substring(0, rest.length() - FILE.length()));
    }
    return paper(prefix + "/" + rest, include);
  }

  @Hidden
  @Delete("/{prefix}/{+rest}")
  HttpResponse<Void> deleteByDoi(HttpRequest<?> request, @PathVariable String prefix, @PathVariable String rest)
      throws IOException {
    return delete(request, prefix + "/" + rest);
  }

  private static final String SIMILAR = "/similar";
  private static final String FILE = "/file";

  @Post(consumes = MediaType.APPLICATION_JSON)
  HttpResponse<WriteResult> postRecord(HttpRequest<?> request, @Body byte[] json) throws IOException {
    guard.check(request);
    return answer(writes.ingestRecord(json, "record.json"));
  }

  @Post(consumes = MediaType.MULTIPART_FORM_DATA)
  HttpResponse<WriteResult> upload(HttpRequest<?> request, CompletedFileUpload file) throws IOException {
    guard.check(request);
    String name = Path.of(file.getFilename() == null || file.getFilename().isBlank() ? "upload" : file.getFilename())
        .getFileName().toString();
    Path dir = Files.createTempDirectory("anodex-upload");
    Path tmp = dir.resolve(name);
    try (InputStream in = file.getInputStream()) {
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      return answer(writes.ingest(tmp, name));
    } finally {
      Files.deleteIfExists(tmp);
      Files.deleteIfExists(dir);
    }
  }

  @Delete("/{id}")
  HttpResponse<Void> delete(HttpRequest<?> request,
      @Parameter(description = "the paper's id, or its DOI") @PathVariable String id) throws IOException {
    guard.check(request);
    if (!writes.delete(known(id))) {
      throw notFound(id);
    }
    return HttpResponse.noContent();
  }

  /** 201 when something was written; 415 when nothing could be read, with the reasons. */
  private static HttpResponse<WriteResult> answer(IngestSummary s) {
    WriteResult result = WriteResult.of(s);
    if (s.papers() == 0) {
      String why = s.failures().isEmpty() ? "no paper in it" : s.failures().get(0).reason();
      throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unreadable", "nothing could be read: " + why);
    }
    return HttpResponse.status(s.added() > 0 ? HttpStatus.CREATED : HttpStatus.OK).body(result);
  }

  /** The id that {@code idOrDoi} names (an id, or a DOI as users paste it), or a 404. */
  private static String known(String idOrDoi) {
    String id = PaperIds.resolve(idOrDoi);
    if (id == null) {
      throw notFound(idOrDoi);
    }
    return id;
  }

  private static ApiException notFound(String id) {
    return new ApiException(HttpStatus.NOT_FOUND, "Not found", "no paper with id '" + id + "'");
  }
}
