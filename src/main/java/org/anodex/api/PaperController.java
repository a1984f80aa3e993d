package org.anodex.api;

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

/** One paper: read it, find similar ones, write and delete (writes need the bearer token: {@link WriteGuard}). */
@Controller("/api/papers")
@ExecuteOn(TaskExecutors.BLOCKING)
class PaperController {
  /** Characters of an upload's name that are kept: file systems refuse names over 255 bytes. */
  static final int MAX_NAME = 120;
  private final Searcher searcher;
  private final Writes writes;

  PaperController(Searcher searcher, Writes writes) {
    this.searcher = searcher;
    this.writes = writes;
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
  HttpResponse<WriteResult> postRecord(@Body byte[] json) throws IOException {
    return answer(writes.ingestRecord(json, "record.json"));
  }

  @Post(consumes = MediaType.MULTIPART_FORM_DATA)
  HttpResponse<WriteResult> upload(CompletedFileUpload file) throws IOException {
    String name = uploadName(file.getFilename());
    // The client's name never becomes a path: a temporary file of our own naming holds the bytes, with
    // the name's extension, which is what chooses the reader.
    Path tmp = Files.createTempFile("anodex-upload", extension(name));
    try (InputStream in = file.getInputStream()) {
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      return answer(writes.ingest(tmp, name));
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * The name an upload is known by (ids of papers without DOI or key derive from it): the last segment of
   * what the client sent, without control or format characters (NUL, bidi overrides), at most
   * {@link #MAX_NAME} characters; "upload" where nothing usable is left ({@code ..}, {@code /}, blank).
   */
  static String uploadName(String given) {
    String s = given == null ? "" : given.replaceAll("[\\p{Cc}\\p{Cf}]", "");
    s = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1).strip();
    if (s.isEmpty() || s.chars().allMatch(c -> c == '.')) {
      return "upload";
    }
    if (s.length() > MAX_NAME) {
      String ext = extension(s);
      int cut = MAX_NAME - ext.length();
      s = s.substring(0, Character.isHighSurrogate(s.charAt(cut - 1)) ? cut - 1 : cut) + ext;
    }
    return s;
  }

  /** ".pdf" for "paper.PDF": letters and digits only, else none. */
  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1);
    return ext.matches("[A-Za-z0-9]{1,12}") ? "." + ext.toLowerCase(java.util.Locale.ROOT) : "";
  }

  @Delete("/{id}")
  HttpResponse<Void> delete(@PathVariable String id) throws IOException {
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
