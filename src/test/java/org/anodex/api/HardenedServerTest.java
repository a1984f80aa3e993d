package org.anodex.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.anodex.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a stranger's request meets besides the API: headers, limits, management, CORS, the feed's
 * links.
 */
class HardenedServerTest {
  private static final String TOKEN = "hardened-token";
  private static Http http;

  @BeforeAll
  static void start() {
    http =
        new Http(
            Fixtures.sample().index(),
            Map.of(
                "anodex.token",
                TOKEN,
                "anodex.max-upload-mb",
                1,
                "anodex.cors",
                "http://notebooks.example",
                "anodex.public-url",
                "https://anodex.example.org/"));
  }

  @AfterAll
  static void stop() {
    http.close();
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() throws Exception {
    for (String path :
        new String[] {
          "/",
          "/app.css",
          "/js/main.js",
          "/api/search?q=silicon",
          "/api/search?q=%28",
          "/api/papers/no-such-paper",
          "/no/such/route",
          "/health",
          "/api/feed",
          "/api/export?format=ris"
        }) {
      Http.Answer a = http.get(path);
      assertThat(a.header("content-security-policy"))
          .as(path)
          .contains("default-src 'self'", "frame-ancestors 'none'");
      assertThat(a.header("x-content-type-options")).as(path).isEqualTo("nosniff");
      assertThat(a.header("x-frame-options")).as(path).isEqualTo("DENY");
      assertThat(a.header("referrer-policy")).as(path).isEqualTo("no-referrer");
    }
    assertThat(http.postJson("{}", null).header("content-security-policy")).isNotEmpty();
  }

  @Test
  void managementEndpointsDoNotExistAndHealthSaysItsStatusAlone() throws Exception {
    for (String path :
        new String[] {
          "/beans", "/routes", "/threaddump", "/info", "/env", "/loggers", "/metrics"
        }) {
      Http.Answer a = http.get(path);
      assertThat(a.status()).as(path).isEqualTo(404);
      assertThat(a.contentType()).as(path).startsWith("application/problem+json");
    }
    Http.Answer refresh =
        http.send(
            java.net.http.HttpRequest.newBuilder(http.uri("/refresh"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json")
                .build());
    assertThat(refresh.status()).isEqualTo(404);
    Http.Answer health = http.get("/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().get("status").asText()).isEqualTo("UP");
    health
        .json()
        .fields()
        .forEachRemaining(
            f ->
                assertThat(f.getKey().equals("status") || f.getValue().isNull())
                    .as("only the status has a value: " + health.body())
                    .isTrue());
  }

  @Test
  void aDisallowedCorsOriginGetsAProblem() throws Exception {
    Http.Answer preflight =
        http.send(
            java.net.http.HttpRequest.newBuilder(http.uri("/api/papers"))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .build());
    Http.Answer post =
        http.send(
            java.net.http.HttpRequest.newBuilder(http.uri("/api/papers"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json")
                .header("Origin", "http://evil.example")
                .build());
    for (Http.Answer a : new Http.Answer[] {preflight, post}) {
      assertThat(a.status()).isEqualTo(403);
      assertThat(a.contentType()).startsWith("application/problem+json");
      assertThat(a.json().get("detail").asText())
          .contains("http://evil.example")
          .contains("not allowed");
    }
    assertThat(http.get("/api/search?q=silicon", "Origin", "http://notebooks.example").status())
        .isEqualTo(200);
  }

  @Test
  void theFeedLinksToTheConfiguredAddressWhateverTheHostHeaderSays() throws Exception {
    String feed =
        raw(
            "GET /api/feed?q=silicon HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n",
            null,
            10_000);
    assertThat(feed)
        .startsWith("HTTP/1.1 200")
        .contains("https://anodex.example.org/api/feed?q=silicon")
        .doesNotContain("evil.example");
  }

  @Test
  void oneBodyLimitForJsonAndUploadsSaidInMegabytes() throws Exception {
    String json = "{\"title\": \"" + "x".repeat(1_200_000) + "\"}";
    // As curl sends a body over 1 MB: "Expect: 100-continue", so the refusal comes before the body.
    // (Without it, a client still sending when the server answers and closes may lose the answer to
    // the reset.)
    Http.Answer record =
        http.send(
            Http.auth(
                    java.net.http.HttpRequest.newBuilder(http.uri("/api/papers"))
                        .header("Content-Type", "application/json")
                        .expectContinue(true)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)),
                    TOKEN)
                .build());
    Http.Answer upload =
        http.send(
            Http.auth(
                    http.uploadRequest("big.txt", new byte[1_200_000]).expectContinue(true), TOKEN)
                .build());
    for (Http.Answer a : new Http.Answer[] {record, upload}) {
      assertThat(a.status()).isEqualTo(413);
      assertThat(a.contentType()).startsWith("application/problem+json");
      assertThat(a.json().get("detail").asText())
          .isEqualTo("the request body is over this server's limit of 1 MB")
          .doesNotContain("micronaut");
    }
  }

  @Test
  void aStrangersBigPostIsRefusedBeforeItsBodyIsRead() throws Exception {
    // The headers announce 9 MiB, and only 64 KiB follow: the answer must come without the rest.
    String head =
        "POST /api/papers HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            + "Content-Length: "
            + (9 << 20)
            + "\r\n\r\n";
    String answer = raw(head, new byte[64 * 1024], 5_000);
    assertThat(answer).startsWith("HTTP/1.1 401").contains("application/problem+json");
  }

  /**
   * Sends a request over a plain socket and reads the answer until the server closes or goes quiet.
   */
  private static String raw(String head, byte[] body, int timeoutMs) throws IOException {
    try (Socket s = new Socket("localhost", http.port())) {
      s.setSoTimeout(timeoutMs);
      OutputStream out = s.getOutputStream();
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream got = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      try {
        for (int n; (n = in.read(buf)) > 0; ) {
          got.write(buf, 0, n);
          if (body != null && got.toString(StandardCharsets.UTF_8).contains("\"status\"")) {
            break; // the problem document has come
          }
        }
      } catch (SocketTimeoutException e) {
        // what came so far is the answer
      }
      return got.toString(StandardCharsets.UTF_8);
    }
  }
}
