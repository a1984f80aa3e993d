package org.anodex.api;

import io.micronaut.core.annotation.Nullable;
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

/**
 * One paper: read it, find similar ones, write and delete (writes need the bearer token: {@link
 * WriteGuard}).
 */
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
  PaperView paper(
      @Parameter(description = "the paper's id, or its DOI (10.5555/anodex.2024.0001)")
          @PathVariable
          String id,
      @Parameter(description = "body: also answer the paper's full text") @Nullable @QueryValue
          String include)
      throws IOException {
    boolean body = include != null && include.contains("body");
    return searcher
        .paper(known(id))
        .map(p -> PaperView.of(p, body))
        .orElseThrow(() -> notFound(id));
  }

  @Get("/{id}/similar")
  Map<String, Object> similar(
      @Parameter(description = "the paper's id, or its DOI") @PathVariable String id,
      @Parameter(description = "papers to answer, 1 to 100 (default 10)") @Nullable @QueryValue
          Integer size)
      throws IOException {
    size = size == null ? 10 : size;
    if (size < 1 || size > 100) {
      throw new ApiException(
          HttpStatus.BAD_REQUEST, "Bad size", "size must be between 1 and 100, was " + size);
    }
    List<SearchResult.Hit> hits = searcher.similar(known(id), size).orElseThrow(() -> notFound(id));
    return Map.of("id", known(id), "hits", hits);
  }

  /**
   * The file the paper was ingested from (a PDF, an HTML page, ...), with its content type. Only
   * such files: the path comes from the index, never from the request. Sandboxed, so that an HTML
   * page runs no script in Anodex's origin.
   */
  @Get("/{id}/file")
  HttpResponse<SystemFile> file(
      @Parameter(description = "the paper's id, or its DOI") @PathVariable String id)
      throws IOException {
    Paper p = searcher.paper(known(id)).orElseThrow(() -> notFound(id));
    if (p.file() == null) {
      throw new ApiException(
          HttpStatus.NOT_FOUND,
          "No file",
          "Anodex has no file of paper '"
              + p.id()
              + "': it was read from a record ("
              + p.format()
              + ") or written through the API");
    }
    Path file = Path.of(p.file());
    if (!Files.isRegularFile(file)) {
      throw new ApiException(
          HttpStatus.NOT_FOUND,
          "No file",
          "the file of paper '"
              + p.id()
              + "' is no longer where it was ingested from ("
              + p.source()
              + ")");
    }
    MediaType type =
        MediaType.forFilename(
            file.getFileName().toString()); // octet-stream where the name says nothing
    return HttpResponse.ok(new SystemFile(file.toFile(), type))
        .header("Content-Security-Policy", "sandbox")
        .header("X-Content-Type-Options", "nosniff");
  }

  /**
   * A DOI pasted with its slash ({@code /api/papers/10.5555/anodex.2024.0001[/similar]}) spans two
   * or more path segments, which {@code {id}} does not match; here it is put back together. Hidden:
   * the document describes {@code {id}}, whose description says that a DOI is taken too.
   */
  @Hidden
  @Get("/{prefix}/{+rest}")
  Object byDoi(
      @PathVariable String prefix,
      @PathVariable String rest,
      @Nullable @QueryValue String include,
      @Nullable @QueryValue Integer size)
      throws IOException {
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
  HttpResponse<Void> deleteByDoi(@PathVariable String prefix, @PathVariable String rest)
      throws IOException {
    return delete(prefix + "/" + rest);
  }

  private static final String SIMILAR = "/similar";
  private static final String FILE = "/file";

  @Post(consumes = MediaType.APPLICATION_JSON)
  HttpResponse<WriteResult> postRecord(@Body byte[] json) throws IOException {
    return answer(writes.ingestRecord(json, "record.json"));
  }

  @Post(consumes = MediaType.MULTIPART_FORM_DATA)
  HttpResponse<WriteResult> upload(CompletedFileUpload file) throws IOException {
    String name = uploadName(file.getFilename());
    // The client's name never becomes a path: a temporary file of our own naming holds the bytes,
    // with the name's extension, which is what chooses the reader.
    Path tmp = Files.createTempFile("anodex-upload", extension(name));
    try (InputStream in = file.getInputStream()) {
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      return answer(writes.ingest(tmp, name));
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * The name an upload is known by (ids of papers without DOI or key derive from it): the last
   * segment of what the client sent, without control or format characters (NUL, bidi overrides), at
   * most {@link #MAX_NAME} characters; "upload" where nothing usable is left ({@code ..}, {@code
   * /}, blank).
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
  HttpResponse<Void> delete(
      @Parameter(description = "the paper's id, or its DOI") @PathVariable String id)
      throws IOException {
    if (!writes.delete(known(id))) {
      throw notFound(id);
    }
    return HttpResponse.noContent();
  }

  /** 201 when something was written; 415 when nothing could be read, with the reasons. */
  private static HttpResponse<WriteResult> answer(IngestSummary s) {
    WriteResult result = WriteResult.of(s);
    if (s.runFailed()) {
      throw new ApiException(
          HttpStatus.SERVICE_UNAVAILABLE,
          "Index unavailable",
          "the index could not be written; nothing of this request was kept");
    }
    if (s.papers() == 0) {
      String why = s.failures().isEmpty() ? "no paper in it" : s.failures().get(0).reason();
      throw new ApiException(
          HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unreadable", "nothing could be read: " + why);
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
