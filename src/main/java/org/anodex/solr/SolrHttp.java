package org.anodex.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Solr's HTTP/JSON APIs over the JDK's HTTP client (SolrJ's Jetty clients clash with the
 * application's dependencies). Any node of a SolrCloud cluster answers for the whole collection; a
 * node that does not answer is skipped for the next one, so that a cluster with a node down still
 * serves.
 */
public final class SolrHttp {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final List<String> nodes;
  private final AtomicInteger preferred = new AtomicInteger();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  /**
   * @param nodes base URLs of Solr nodes, e.g. {@code http://host:8983/solr}
   */
  public SolrHttp(List<String> nodes) {
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("no Solr node URL given");
    }
    this.nodes = nodes.stream().map(n -> n.replaceAll("/+$", "")).toList();
  }

  public static SolrHttp of(String commaSeparatedUrls) {
    List<String> urls = new ArrayList<>();
    for (String u : commaSeparatedUrls.split(",")) {
      if (!u.isBlank()) {
        urls.add(u.strip());
      }
    }
    return new SolrHttp(urls);
  }

  /**
   * POSTs a JSON body to {@code path} (relative to a node's base URL) and returns the JSON answer.
   */
  public JsonNode post(String path, Object body) throws IOException {
    byte[] bytes = body instanceof byte[] b ? b : JSON.writeValueAsBytes(body);
    return send(path, "application/json", bytes);
  }

  public JsonNode get(String pathAndQuery) throws IOException {
    return send(pathAndQuery, null, null);
  }

  /** POSTs raw bytes (a configset zip) with the given content type. */
  public JsonNode send(String path, String contentType, byte[] body) throws IOException {
    IOException last = null;
    int start = preferred.get();
    for (int k = 0; k < nodes.size(); k++) {
      int i = (start + k) % nodes.size();
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(nodes.get(i) + path)).timeout(Duration.ofMinutes(2));
      if (body != null) {
        b.header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
      }
      try {
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        preferred.set(i);
        JsonNode json = r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
        if (r.statusCode() >= 300) {
          String msg = json.path("error").path("msg").asText(r.body());
          if (r.statusCode() >= 500 && k + 1 < nodes.size()) {
            last =
                new IOException(
                    "Solr at " + nodes.get(i) + " answered " + r.statusCode() + ": " + msg);
            continue; // a node that is shutting down or lost its shard: try another
          }
          throw new SolrException(r.statusCode(), msg);
        }
        return json;
      } catch (ConnectException | HttpTimeoutException e) {
        last = new IOException("Solr at " + nodes.get(i) + " does not answer: " + e, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      } catch (IOException e) {
        if (e instanceof SolrException) {
          throw e;
        }
        last = new IOException("Solr at " + nodes.get(i) + " failed: " + e.getMessage(), e);
      }
    }
    throw last;
  }

  /** Solr refused a request (4xx): the message says why. */
  public static final class SolrException extends IOException {
    public final int status;

    SolrException(int status, String message) {
      super("Solr: " + message);
      this.status = status;
    }
  }
}
