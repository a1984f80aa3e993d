package org.anodex.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.anodex.Fixtures;
import org.anodex.index.LuceneIndex;

/** A real Anodex server (API and web UI) over a real index, and a JDK client that asks its API. */
final class UiServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final EmbeddedServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  UiServer(LuceneIndex index, Map<String, Object> properties) {
    server = Fixtures.serve(index, properties);
  }

  /** The address of a path on this server, e.g. {@code url("/?q=silicon")}. */
  String url(String pathAndQuery) {
    return "http://localhost:" + server.getPort() + pathAndQuery;
  }

  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(url(pathAndQuery))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The API's JSON answer (any status) to a GET. */
  JsonNode json(String pathAndQuery) throws IOException, InterruptedException {
    return JSON.readTree(get(pathAndQuery).body());
  }

  /** POSTs a JSON record with the bearer token; answers the status. */
  int postJson(String json, String token) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url("/api/papers")))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.getApplicationContext().close();
  }
}
