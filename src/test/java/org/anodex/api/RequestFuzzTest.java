package org.anodex.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.anodex.Fixtures;
import org.anodex.index.LuceneIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generated requests against a live server ({@link FuzzedRequests}): none may answer a 5xx or time
 * out, every 4xx is a problem document, and every answer carries the security headers ({@link
 * ResponseHeaders}). {@code -Danodex.fuzz.requests=N} (default 3,000; the {@code fuzz-long} profile
 * of {@code .ci/run} sends more) and {@code -Danodex.fuzz.seed=S} choose the requests; a failure
 * names its request, which can be sent again as it is.
 */
class RequestFuzzTest {
  private static final String TOKEN = "fuzz-token";
  private static final int REQUESTS = Integer.getInteger("anodex.fuzz.requests", 3000);
  private static final long SEED = Long.getLong("anodex.fuzz.seed", 15);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static LuceneIndex index;
  private static Http http;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
  private final List<String> cursors = Collections.synchronizedList(new ArrayList<>());

  @BeforeAll
  static void start() throws IOException {
    index = LuceneIndex.openForWriting(Files.createTempDirectory("anodex-fuzz"), Fixtures.schema());
    Fixtures.rebuildInto(
        index,
        List.of(
            Fixtures.sampleData().resolve("real-si-anodes.jsonl"),
            Fixtures.sampleData().resolve("real-si-anodes.bib")));
    http = new Http(index, Map.of("anodex.token", TOKEN, "anodex.max-upload-mb", 1));
  }

  @AfterAll
  static void stop() throws IOException {
    http.close();
    index.close();
  }

  @Test
  void generatedRequestsGetNo5xxAndEvery4xxIsAProblemDocument() throws Exception {
    FuzzedRequests requests = new FuzzedRequests(SEED);
    AtomicInteger next = new AtomicInteger();
    long[] slowest = {0};
    String[] slowestRequest = {""};
    int[] statuses = new int[6];
    ExecutorService workers = Executors.newFixedThreadPool(2);
    List<Future<?>> running = new ArrayList<>();
    for (int w = 0; w < 2; w++) {
      running.add(
          workers.submit(
              () -> {
                for (int n; (n = next.getAndIncrement()) < REQUESTS; ) {
                  FuzzedRequests.Request r = requests.request(n, cursors);
                  long t0 = System.nanoTime();
                  int status = send(n, r);
                  long ms = (System.nanoTime() - t0) / 1_000_000;
                  synchronized (statuses) {
                    statuses[Math.min(status / 100, 5)]++;
                    if (ms > slowest[0]) {
                      slowest[0] = ms;
                      slowestRequest[0] = "#" + n + " " + r;
                    }
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    workers.shutdown();
    int raw = 0;
    for (String line : FuzzedRequests.rawRequestLines()) {
      checkRaw(line);
      raw++;
    }
    System.out.printf(
        "request fuzzing, seed %d: %d generated + %d raw requests; 2xx %d, 3xx %d, 4xx %d, 5xx %d, "
            + "no answer %d; slowest %d ms: %s%n",
        SEED,
        REQUESTS,
        raw,
        statuses[2],
        statuses[3],
        statuses[4],
        statuses[5],
        statuses[0],
        slowest[0],
        slowestRequest[0]);
    assertThat(failures).as("requests answered wrongly (seed " + SEED + ")").isEmpty();
  }

  /** Sends request {@code n} and checks its answer; the status, 0 where none came. */
  private int send(int n, FuzzedRequests.Request r) {
    try {
      HttpRequest.Builder b;
      if (r.contentType() != null && r.contentType().startsWith("multipart:")) {
        b = http.uploadRequest(r.contentType().substring("multipart:".length()), r.body());
      } else {
        b =
            HttpRequest.newBuilder(http.uri(r.path()))
                .method(
                    r.method(),
                    r.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(r.body()));
        if (r.contentType() != null) {
          b.header("Content-Type", r.contentType());
        }
      }
      HttpResponse<String> a =
          client.send(
              Http.auth(b.timeout(Duration.ofSeconds(30)), TOKEN).build(),
              HttpResponse.BodyHandlers.ofString());
      check(
          "#" + n + " " + r,
          r.method(),
          a.statusCode(),
          a.headers().firstValue("content-type").orElse(""),
          a.body(),
          a.headers().firstValue("content-security-policy").isPresent()
              && a.headers().firstValue("x-content-type-options").isPresent());
      if (a.statusCode() == 200 && a.body().contains("\"next_cursor\":\"")) {
        cursors.add(JSON.readTree(a.body()).get("next_cursor").asText());
      }
      return a.statusCode();
    } catch (IOException | InterruptedException e) {
      failures.add("#" + n + " " + r + ": no answer: " + e);
      return 0;
    }
  }

  private void check(
      String request, String method, int status, String contentType, String body, boolean headers) {
    if (!headers) {
      failures.add(request + ": " + status + " without the security headers");
    }
    if (status >= 500) {
      failures.add(request + ": " + status + " " + body);
    } else if (status >= 400 && !method.equals("HEAD")) {
      try {
        JsonNode p = JSON.readTree(body);
        if (!contentType.startsWith(Problem.MEDIA_TYPE)
            || p == null
            || p.path("status").asInt() != status) {
          failures.add(
              request + ": " + status + " not a problem document: " + contentType + " " + body);
        }
      } catch (IOException e) {
        failures.add(
            request + ": " + status + " not a problem document: " + contentType + " " + body);
      }
    }
  }

  /**
   * Request lines the JDK client would not send (bad percent-encodings, absolute targets, huge
   * lines).
   */
  private void checkRaw(String line) throws IOException {
    try (Socket s = new Socket("localhost", http.port())) {
      s.setSoTimeout(30_000);
      s.getOutputStream()
          .write(
              (line + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.UTF_8));
      InputStream in = s.getInputStream();
      ByteArrayOutputStream got = new ByteArrayOutputStream();
      in.transferTo(got);
      String answer = got.toString(StandardCharsets.UTF_8);
      String shown = line.length() > 200 ? line.substring(0, 200) + "…" : line;
      if (answer.isEmpty()) {
        failures.add("raw " + shown + ": no answer");
        return;
      }
      int status = Integer.parseInt(answer.substring(9, 12));
      int split = answer.indexOf("\r\n\r\n");
      String head = answer.substring(0, split).toLowerCase(java.util.Locale.ROOT);
      String type =
          head.lines()
              .filter(h -> h.startsWith("content-type:"))
              .map(h -> h.substring(13).strip())
              .findFirst()
              .orElse("");
      String body = answer.substring(split + 4);
      if (head.contains("transfer-encoding: chunked")) {
        body =
            body.substring(
                body.indexOf("\r\n") + 2,
                Math.max(body.indexOf("\r\n") + 2, body.lastIndexOf("\r\n0\r\n")));
      }
      check(
          "raw " + shown,
          "GET",
          status,
          type,
          body,
          head.contains("content-security-policy:")
              && head.contains("x-content-type-options: nosniff"));
    }
  }
}
