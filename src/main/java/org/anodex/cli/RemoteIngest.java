package org.anodex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.UUID;
import org.anodex.ingest.IngestSummary;
import org.anodex.ingest.FileWalk;
import org.anodex.source.SourceFile;

/**
 * {@code anodex ingest --server URL}: every file sent to a running server ({@code POST /api/papers}),
 * which parses, tags and indexes it; the answers are summed up like a local ingest.
 */
final class RemoteIngest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI endpoint;
  private final String token;

  RemoteIngest(String server, String token) {
    this.endpoint = URI.create(server.replaceAll("/+$", "") + "/api/papers");
    this.token = token;
  }

  IngestSummary ingest(List<Path> paths) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    List<IngestSummary.Failure> failures = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<SourceFile> files = FileWalk.expand(paths, failures, skipped);
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    List<String> ids = new ArrayList<>();
    List<IngestSummary.Failure> partial = new ArrayList<>();
    for (SourceFile f : files) {
      HttpResponse<String> r = http.send(upload(f), HttpResponse.BodyHandlers.ofString());
      JsonNode body = r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
      if (r.statusCode() == 401 || r.statusCode() == 403) {
        throw new IOException(endpoint + " refused the write (" + r.statusCode() + "): " + body.path("detail").asText());
      }
      if (r.statusCode() >= 300) {
        failures.add(new IngestSummary.Failure(f.name(), body.path("detail").asText("HTTP " + r.statusCode())));
        continue;
      }
      added += body.path("added").asInt();
      updated += body.path("updated").asInt();
      unchanged += body.path("unchanged").asInt();
      body.path("ids").forEach(id -> ids.add(id.asText()));
      for (JsonNode fail : body.path("failures")) {
        failures.add(new IngestSummary.Failure(fail.path("where").asText(), fail.path("reason").asText()));
      }
      for (JsonNode cut : body.path("partial")) {
        partial.add(new IngestSummary.Failure(cut.path("where").asText(), cut.path("reason").asText()));
      }
    }
    return new IngestSummary(files.size(), added, updated, unchanged, failures, skipped,
        Duration.ofNanos(System.nanoTime() - t0), ids.size() > IngestSummary.MAX_IDS ? ids.subList(0, IngestSummary.MAX_IDS) : ids,
        IngestSummary.Embeddings.NONE, partial, null, IngestSummary.Slowest.NONE);
  }

  private HttpRequest upload(SourceFile f) throws IOException {
    String boundary = "anodex-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String name = f.name().replace("\"", "'");
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(Files.readAllBytes(f.path()));
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(endpoint)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("Authorization", "Bearer " + token)
        .timeout(Duration.ofMinutes(10))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
        .build();
  }
}
