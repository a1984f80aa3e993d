package org.anodex.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A scholarly API played from fixture files by a local JDK server: each request is keyed by its
 * path and the value of the paging parameter ({@code /works?*}), and answered with the next reply
 * queued for that key (the last one repeats). Every request is recorded with its User-Agent.
 */
final class FixtureApi implements AutoCloseable {
  record Reply(int status, Map<String, String> headers, byte[] body, boolean hangs) {
    static Reply file(String resource, String contentType) {
      try (InputStream in = FixtureApi.class.getResourceAsStream("/harvest/" + resource)) {
        if (in == null) {
          throw new IllegalArgumentException("no fixture " + resource);
        }
        return new Reply(200, Map.of("Content-Type", contentType), in.readAllBytes(), false);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    static Reply json(String resource) {
      return file(resource, "application/json;charset=UTF-8");
    }

    static Reply status(int status, String... headerPairs) {
      Map<String, String> h = new LinkedHashMap<>();
      for (int i = 0; i < headerPairs.length; i += 2) {
        h.put(headerPairs[i], headerPairs[i + 1]);
      }
      return new Reply(
          status,
          h,
          ("{\"error\": \"fixture status " + status + "\"}").getBytes(StandardCharsets.UTF_8),
          false);
    }

    static Reply bytes(String contentType, byte[] body) {
      return new Reply(200, Map.of("Content-Type", contentType), body, false);
    }

    /** A request that gets no answer until the server closes: a harvest caught mid-page. */
    static Reply hanging() {
      return new Reply(503, Map.of(), new byte[0], true);
    }
  }

  private final HttpServer server;
  private final String pagingParam;
  private final Map<String, Deque<Reply>> routes = new ConcurrentHashMap<>();
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  private final List<String> userAgents = Collections.synchronizedList(new ArrayList<>());
  private final CountDownLatch hanging = new CountDownLatch(1);
  private final CountDownLatch closing = new CountDownLatch(1);

  FixtureApi(String pagingParam) throws IOException {
    this.pagingParam = pagingParam;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "fixture-api");
              t.setDaemon(true);
              return t;
            }));
    server.start();
  }

  /**
   * Queues the replies to requests of {@code path} whose paging parameter is {@code value}
   * (replacing any).
   */
  FixtureApi on(String path, String value, Reply... replies) {
    routes.put(path + "?" + value, new ArrayDeque<>(List.of(replies)));
    return this;
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The keys of the requests served so far, in order ({@code /works?*}). */
  List<String> requests() {
    return List.copyOf(requests);
  }

  List<String> userAgents() {
    return List.copyOf(userAgents);
  }

  /** Waits until a request reached a {@link Reply#hanging()}. */
  boolean awaitHang(long seconds) throws InterruptedException {
    return hanging.await(seconds, TimeUnit.SECONDS);
  }

  /** The query parameters of a request, decoded. */
  static Map<String, String> params(String rawQuery) {
    Map<String, String> params = new LinkedHashMap<>();
    if (rawQuery != null) {
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          params.put(
              URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return params;
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String key =
          ex.getRequestURI().getPath()
              + "?"
              + params(ex.getRequestURI().getRawQuery()).get(pagingParam);
      requests.add(key);
      userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
      Deque<Reply> queue = routes.get(key);
      Reply reply;
      if (queue == null) {
        reply = Reply.status(404);
      } else {
        synchronized (queue) {
          reply = queue.size() > 1 ? queue.poll() : queue.peek();
        }
      }
      if (reply.hangs()) {
        hanging.countDown();
        try {
          closing.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      reply.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
      ex.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
      if (reply.body().length > 0) {
        ex.getResponseBody().write(reply.body());
      }
    }
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
  }
}
