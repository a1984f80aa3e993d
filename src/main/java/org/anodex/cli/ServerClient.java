package org.anodex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.anodex.ingest.FileWalk;
import org.anodex.ingest.Harvester;
import org.anodex.ingest.IngestSummary;
import org.anodex.paper.Paper;
import org.anodex.source.SourceFile;

/**
 * A running {@code anodex serve}, written through its API (it holds the index's write lock): {@code
 * anodex ingest --server URL} sends it files, {@code anodex harvest --server URL} reads the papers
 * it holds ({@code GET /api/papers/{id}}) and posts merged records ({@code POST /api/papers}). The
 * answers are summed up like a local ingest; a refused token stops the command.
 */
final class ServerClient implements Harvester.Target {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI endpoint;
  private final String token;

  ServerClient(String server, String token) {
    this.endpoint = URI.create(server.replaceAll("/+$", "") + "/api/papers");
    this.token = token;
  }

  IngestSummary ingest(List<Path> paths) throws IOException {
    long t0 = System.nanoTime();
    List<IngestSummary.Failure> failures = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<SourceFile> files = FileWalk.expand(paths, failures, skipped);
    Counts counts = new Counts(failures);
    for (SourceFile f : files) {
      counts.add(f.name(), send(upload(f)));
    }
    return counts.summary(files.size(), skipped, t0);
  }

  @Override
  public Optional<Paper> find(String id) throws IOException {
    HttpResponse<String> r = send(HttpRequest.newBuilder(paperUri(id, "?include=body")).GET());
    if (r.statusCode() == 404) {
      return Optional.empty();
    }
    if (r.statusCode() != 200) {
      throw new IOException(endpoint + "/" + id + " answered " + r.statusCode() + ": " + detail(r));
    }
    return Optional.of(held(JSON.readTree(r.body())));
  }

  /**
   * One request a paper, so that each is read as {@code record.json:1} and a re-harvest finds it
   * unchanged.
   */
  @Override
  public IngestSummary write(List<Paper> papers) throws IOException {
    long t0 = System.nanoTime();
    Counts counts = new Counts(new ArrayList<>());
    for (Paper p : papers) {
      HttpResponse<String> r =
          send(
              HttpRequest.newBuilder(endpoint)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(record(p)))));
      if (r.statusCode() == 503) {
        throw new IOException(
            endpoint + " could not write its index: " + detail(r)); // stop at the last checkpoint
      }
      JsonNode body = counts.add(p.source(), r);
      String held = body.path("ids").path(0).asText(p.id());
      if (!held.equals(p.id())) {
        counts.failures.add(
            new IngestSummary.Failure(
                p.source(), "the server holds it as " + held + ", not " + p.id()));
      }
    }
    return counts.summary(0, List.of(), t0);
  }

  @Override
  public void delete(Set<String> ids) throws IOException {
    for (String id : ids) {
      HttpResponse<String> r = send(HttpRequest.newBuilder(paperUri(id, "")).DELETE());
      if (r.statusCode() != 204 && r.statusCode() != 404) {
        throw new IOException(
            "DELETE " + endpoint + "/" + id + " answered " + r.statusCode() + ": " + detail(r));
      }
    }
  }

  /**
   * The paper as a JSON record under the keys that {@code record-fields.yaml} reads first. Its id
   * comes back as it is: from the DOI, else from the record key ({@code k-KEY} is sent as {@code
   * KEY}).
   */
  static ObjectNode record(Paper p) {
    ObjectNode r = JSON.createObjectNode();
    if (p.doi() == null && p.id().startsWith("k-")) {
      r.put("id", p.id().substring(2));
    }
    r.put("doi", p.doi())
        .put("title", p.title())
        .put("abstract", p.abstractText())
        .put("journal", p.journal())
        .put("year", p.year())
        .put("date", p.date())
        .put("body", p.body())
        .put("citations", p.citations())
        .put("oa_url", p.oaUrl());
    p.authors().forEach(r.putArray("authors")::add);
    p.keywords().forEach(r.putArray("keywords")::add);
    ObjectNode ids = r.putObject("source_ids");
    p.sourceIds().forEach(ids::put);
    return r;
  }

  /**
   * A paper from the server's {@code /api/papers/{id}?include=body} answer, as its record was read.
   */
  static Paper held(JsonNode n) {
    Paper.Builder b =
        Paper.builder()
            .id(n.path("id").asText())
            .doi(text(n, "doi"))
            .title(text(n, "title"))
            .date(text(n, "date"))
            .journal(text(n, "journal"))
            .abstractText(text(n, "abstract"))
            .body(text(n, "body"))
            .format(text(n, "format"))
            .source(text(n, "source"))
            .oaUrl(text(n, "oa_url"))
            .year(n.path("year").isInt() ? n.path("year").asInt() : null)
            .citations(n.path("citations").isInt() ? n.path("citations").asInt() : null);
    n.path("authors").forEach(a -> b.author(a.asText()));
    n.path("keywords").forEach(k -> b.keyword(k.asText()));
    n.path("source_ids")
        .fields()
        .forEachRemaining(e -> b.sourceId(e.getKey(), e.getValue().asText()));
    return b.build(null);
  }

  private static String text(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }

  private URI paperUri(String id, String query) {
    return URI.create(endpoint + "/" + id + query); // ids are URL-safe (PaperIds);
  }

  /** Sends with the token; a refused token is the end of the command, with the server's reason. */
  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
    HttpResponse<String> r;
    try {
      r =
          http.send(
              request
                  .header("Authorization", "Bearer " + token)
                  .timeout(Duration.ofMinutes(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (java.net.ConnectException e) {
      throw new IOException(
          "no server answers at " + endpoint + " (is 'anodex serve' running there?)", e);
    }
    if (r.statusCode() == 401 || r.statusCode() == 403) {
      throw new IOException(endpoint + " refused the write (" + r.statusCode() + "): " + detail(r));
    }
    return r;
  }

  private static String detail(HttpResponse<String> r) throws IOException {
    JsonNode body = r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
    return body.path("detail").asText("HTTP " + r.statusCode());
  }

  private HttpRequest.Builder upload(SourceFile f) throws IOException {
    String boundary = "anodex-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String name = f.name().replace("\"", "'");
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(Files.readAllBytes(f.path()));
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(endpoint)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
  }

  /** The server's write answers ({@code WriteResult}) summed up. */
  private static final class Counts {
    final List<IngestSummary.Failure> failures;
    final List<IngestSummary.Failure> partial = new ArrayList<>();
    final List<String> ids = new ArrayList<>();
    int added;
    int updated;
    int unchanged;

    Counts(List<IngestSummary.Failure> failures) {
      this.failures = failures;
    }

    /**
     * Counts one answer; one that wrote nothing is a failure of {@code where}, with the server's
     * reason.
     */
    JsonNode add(String where, HttpResponse<String> r) throws IOException {
      if (r.statusCode() >= 300) {
        failures.add(new IngestSummary.Failure(where, detail(r)));
        return JSON.createObjectNode();
      }
      JsonNode body = JSON.readTree(r.body());
      added += body.path("added").asInt();
      updated += body.path("updated").asInt();
      unchanged += body.path("unchanged").asInt();
      body.path("ids").forEach(id -> ids.add(id.asText()));
      for (JsonNode fail : body.path("failures")) {
        failures.add(
            new IngestSummary.Failure(fail.path("where").asText(), fail.path("reason").asText()));
      }
      for (JsonNode cut : body.path("partial")) {
        partial.add(
            new IngestSummary.Failure(cut.path("where").asText(), cut.path("reason").asText()));
      }
      return body;
    }

    IngestSummary summary(int files, List<String> skipped, long t0) {
      return new IngestSummary(
          files,
          added,
          updated,
          unchanged,
          failures,
          skipped,
          Duration.ofNanos(System.nanoTime() - t0),
          ids.size() > IngestSummary.MAX_IDS ? ids.subList(0, IngestSummary.MAX_IDS) : ids,
          IngestSummary.Embeddings.NONE,
          partial,
          null,
          IngestSummary.Slowest.NONE);
    }
  }
}
