package org.anodex.api;

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
import org.anodex.index.LuceneIndex;
import org.anodex.search.LuceneSearcher;

/** A real Anodex HTTP server over a real index, and a plain JDK client to talk to it. */
final class Http implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final EmbeddedServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  Http(LuceneIndex index) {
    this.server = AnodexServer.start(new LuceneSearcher(index), -1, Map.of());
  }

  record Answer(int status, String contentType, String body) {
    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }
  }

  Answer get(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
    return new Answer(r.statusCode(), r.headers().firstValue("content-type").orElse(""), r.body());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.getApplicationContext().close();
  }
}
