package org.anodex.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * GETs of fixed addresses over HTTP/1.1 keep-alive, one JDK client (so one connection) per caller;
 * the body is read whole and dropped. Only 127.0.0.1.
 */
public final class HttpTarget implements Target {
  private final List<URI> uris;

  public HttpTarget(String base, String path, List<String> queryStrings) {
    if (!base.startsWith("http://127.0.0.1:")) {
      throw new IllegalArgumentException("the benchmark only talks to 127.0.0.1: " + base);
    }
    this.uris = queryStrings.stream().map(q -> URI.create(base + path + "?" + q)).toList();
  }

  @Override
  public Caller caller() {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    return i -> {
      HttpRequest r =
          HttpRequest.newBuilder(uris.get(i % uris.size())).timeout(Duration.ofSeconds(60)).build();
      HttpResponse<byte[]> response = client.send(r, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            response.statusCode()
                + " for "
                + r.uri()
                + ": "
                + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
      }
    };
  }

  /** One request, for checks and start-up probes: the body, or an exception. */
  public static String get(String url) throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(r.statusCode() + " for " + url + ": " + r.body());
    }
    return r.body();
  }
}
