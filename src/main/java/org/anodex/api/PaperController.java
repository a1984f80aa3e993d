package org.anodex.api;

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.anodex.ingest.IngestSummary;
import org.anodex.ingest.Writes;
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
  PaperView paper(@PathVariable String id, @QueryValue(defaultValue = "") String include) throws IOException {
    return searcher.paper(known(id)).map(p -> PaperView.of(p, include.contains("body")))
        .orElseThrow(() -> notFound(id));
  }

  @Get("/{id}/similar")
  Map<String, Object> similar(@PathVariable String id, @QueryValue(defaultValue = "10") int size) throws IOException {
    if (size < 1 || size > 100) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "Bad size", "size must be between 1 and 100, was " + size);
    }
    List<SearchResult.Hit> hits = searcher.similar(known(id), size).orElseThrow(() -> notFound(id));
    return Map.of("id", id, "hits", hits);
  }

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
  HttpResponse<Void> delete(HttpRequest<?> request, @PathVariable String id) throws IOException {
    guard.check(request);
    if (!writes.delete(known(id))) {
      throw notFound(id);
    }
    return HttpResponse.noContent();
  }

  /** 201 when something was written; 415 when nothing could be read, with the reasons. */
  private static HttpResponse<WriteResult> answer(IngestSummary s) {
    WriteResult result = WriteResult.of(s);
    if (s.runFailed()) {
      throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "Index unavailable",
          "the index could not be written; nothing of this request was kept");
    }
    if (s.papers() == 0) {
      String why = s.failures().isEmpty() ? "no paper in it" : s.failures().get(0).reason();
      throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unreadable", "nothing could be read: " + why);
    }
    return HttpResponse.status(s.added() > 0 ? HttpStatus.CREATED : HttpStatus.OK).body(result);
  }

  private static String known(String id) {
    if (!PaperIds.isWellFormed(id)) {
      throw notFound(id);
    }
    return id;
  }

  private static ApiException notFound(String id) {
    return new ApiException(HttpStatus.NOT_FOUND, "Not found", "no paper with id '" + id + "'");
  }
}
