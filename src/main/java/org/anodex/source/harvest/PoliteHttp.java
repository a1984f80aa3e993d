package org.anodex.source.harvest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The one way harvest clients reach an outside API: a User-Agent that names Anodex and whom to
 * contact, no more than one request per {@code interval} (the source's documented rate), {@code
 * Retry-After} obeyed on 429 and 503, other 5xx and broken connections retried with doubling waits,
 * and any other refusal turned into an error that says who refused what and why.
 */
public final class PoliteHttp {
  /** The longest {@code Retry-After} obeyed: a source that asks for more is treated as refusing. */
  static final Duration LONGEST_WAIT = Duration.ofMinutes(10);

  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(20))
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();
  private final String source;
  private final String userAgent;
  private final Duration interval;
  private final int tries;
  private final Duration firstBackoff;
  private final Consumer<String> log;
  private long lastRequest;

  /**
   * @param source the API's name, for messages
   * @param mailto who runs the harvest (in the User-Agent: the "polite pool" of OpenAlex and
   *     Crossref), or null
   * @param interval the least time between two requests
   * @param tries attempts of one request before giving up
   * @param firstBackoff the wait after the first failure, doubled after each further one
   */
  public PoliteHttp(
      String source,
      String mailto,
      Duration interval,
      int tries,
      Duration firstBackoff,
      Consumer<String> log) {
    this.source = source;
    this.userAgent =
        "Anodex/0.1 (battery-literature search; https://github.com/anodex"
            + (mailto == null ? "" : "; mailto:" + mailto)
            + ")";
    this.interval = interval;
    this.tries = tries;
    this.firstBackoff = firstBackoff;
    this.log = log;
  }

  public String userAgent() {
    return userAgent;
  }

  /** The body of a successful GET, as text. */
  public String get(URI uri) throws IOException {
    HttpResponse<byte[]> r =
        send(
            uri,
            "application/json, application/atom+xml;q=0.9, */*;q=0.1",
            HttpResponse.BodyHandlers.ofByteArray());
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  /** A successful GET whose body is left to the caller to read (and close). */
  public HttpResponse<InputStream> stream(URI uri, String accept) throws IOException {
    return send(uri, accept, HttpResponse.BodyHandlers.ofInputStream());
  }

  private <T> HttpResponse<T> send(URI uri, String accept, HttpResponse.BodyHandler<T> handler)
      throws IOException {
    Duration backoff = firstBackoff;
    String lastProblem = null;
    for (int attempt = 1; attempt <= tries; attempt++) {
      pace();
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .header("User-Agent", userAgent)
              .header("Accept", accept)
              .timeout(Duration.ofMinutes(2))
              .GET()
              .build();
      HttpResponse<T> r;
      try {
        r = client.send(request, handler);
      } catch (IOException e) {
        lastProblem = "no answer (" + e.getMessage() + ")";
        backoff = waitAfter(lastProblem, backoff, null, attempt);
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      int status = r.statusCode();
      if (status >= 200 && status < 300) {
        return r;
      }
      String detail = excerpt(r);
      if (status == 429 || status == 503 || status >= 500) {
        lastProblem = "HTTP " + status + detail;
        Duration asked = status == 429 || status == 503 ? retryAfter(r) : null;
        if (asked != null && asked.compareTo(LONGEST_WAIT) > 0) {
          throw new HarvestException(
              source
                  + " asks to wait "
                  + asked.toMinutes()
                  + " min before the next request ("
                  + lastProblem
                  + "); try again later");
        }
        backoff = waitAfter(lastProblem, backoff, asked, attempt);
        continue;
      }
      throw new HarvestException(
          source + " refused " + uri + ": HTTP " + status + detail + hint(status));
    }
    throw new HarvestException(
        source
            + " did not answer "
            + uri
            + " after "
            + tries
            + " tries (last: "
            + lastProblem
            + ")");
  }

  private static String hint(int status) {
    return switch (status) {
      case 401, 403 ->
          " (the source wants a key or refuses this client: see its limits in the README)";
      case 400 -> " (the query is not one the source accepts)";
      default -> "";
    };
  }

  /** Waits {@code asked} (a Retry-After) or the backoff; answers the next backoff. */
  private Duration waitAfter(String problem, Duration backoff, Duration asked, int attempt)
      throws IOException {
    if (attempt == tries) {
      return backoff;
    }
    Duration wait = asked != null ? asked : backoff;
    log.accept(
        source
            + ": "
            + problem
            + "; waiting "
            + seconds(wait)
            + (asked != null ? " as Retry-After asks" : "")
            + " (attempt "
            + (attempt + 1)
            + " of "
            + tries
            + ")");
    sleep(wait);
    return backoff.multipliedBy(2);
  }

  private synchronized void pace() throws IOException {
    long wait = lastRequest + interval.toNanos() - System.nanoTime();
    if (lastRequest != 0 && wait > 0) {
      sleep(Duration.ofNanos(wait));
    }
    lastRequest = System.nanoTime();
  }

  /** Retry-After as seconds or as an HTTP date; null where absent or unreadable. */
  static Duration retryAfter(HttpResponse<?> r) {
    String v = r.headers().firstValue("Retry-After").orElse(null);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(v.strip())));
    } catch (NumberFormatException e) {
      try {
        Duration d =
            Duration.between(
                ZonedDateTime.now(),
                ZonedDateTime.parse(v.strip(), DateTimeFormatter.RFC_1123_DATE_TIME));
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  private static String excerpt(HttpResponse<?> r) {
    Object body = r.body();
    String text;
    try {
      text =
          body instanceof byte[] b
              ? new String(b, StandardCharsets.UTF_8)
              : body instanceof InputStream in
                  ? new String(in.readNBytes(300), StandardCharsets.UTF_8)
                  : "";
      if (body instanceof InputStream in) {
        in.close();
      }
    } catch (IOException e) {
      text = "";
    }
    text = text.replaceAll("\\s+", " ").strip();
    return text.isEmpty() ? "" : ": " + (text.length() > 200 ? text.substring(0, 200) + "…" : text);
  }

  private static String seconds(Duration d) {
    return d.toMillis() < 1000
        ? d.toMillis() + " ms"
        : String.format(Locale.ROOT, "%.0f s", d.toMillis() / 1000.0);
  }

  private static void sleep(Duration d) throws IOException {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
