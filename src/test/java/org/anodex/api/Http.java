package org.anodex.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
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

/** A real Anodex HTTP server over a real index, and a plain JDK client to talk to it. */
final class Http implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final EmbeddedServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  Http(LuceneIndex index) {
    this(index, Map.of());
  }

  Http(LuceneIndex index, Map<String, Object> properties) {
    this.server = Fixtures.serve(index, properties);
  }

  record Answer(int status, HttpResponse<String> response) {
    JsonNode json() throws IOException {
      return JSON.readTree(body());
    }

    String body() {
      return response.body();
    }

    String contentType() {
      return header("content-type");
    }

    String header(String name) {
      return response.headers().firstValue(name).orElse("");
    }
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://localhost:" + server.getPort() + pathAndQuery);
  }

  Answer get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return send(b.build());
  }

  Answer postJson(String json, String token) throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri("/api/papers"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    return send(auth(b, token).build());
  }

  Answer upload(String fileName, byte[] content, String token)
      throws IOException, InterruptedException {
    return send(auth(uploadRequest(fileName, content), token).build());
  }

  /** A multipart POST of one file to {@code /api/papers}, as a browser form sends it. */
  HttpRequest.Builder uploadRequest(String fileName, byte[] content) {
    String boundary = "test-boundary-42";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(uri("/api/papers"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
  }

  Answer delete(String id, String token) throws IOException, InterruptedException {
    return send(auth(HttpRequest.newBuilder(uri("/api/papers/" + id)).DELETE(), token).build());
  }

  static HttpRequest.Builder auth(HttpRequest.Builder b, String token) {
    return token == null ? b : b.header("Authorization", "Bearer " + token);
  }

  Answer send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
    return new Answer(r.statusCode(), r);
  }

  int port() {
    return server.getPort();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.getApplicationContext().close();
  }
}
