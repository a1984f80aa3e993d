package org.anodex.api;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * What every answer carries, the web UI's files and errors included: a content security policy (the
 * UI's own scripts and styles only, never framed), no content-type sniffing, no referrer sent
 * elsewhere. An error that reaches here without a body (a disallowed CORS origin, a refusal of the
 * server's own) gets its problem document.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class ResponseHeaders implements Ordered {
  static final String CSP =
      "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
          + "frame-ancestors 'none'";

  /** First in, last out: the headers go on what the filters after it answer too (CORS refusals). */
  @Override
  public int getOrder() {
    return HIGHEST_PRECEDENCE;
  }

  @ResponseFilter
  void headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
    addTo(response);
    if (response.code() >= 400 && response.getBody().isEmpty()) {
      String detail =
          response.code() == 403 && request.getHeaders().getOrigin().isPresent()
              ? "requests from the origin '"
                  + request.getHeaders().getOrigin().get()
                  + "' are not allowed"
              : response.getStatus().getReason();
      response
          .contentType(Problem.MEDIA_TYPE)
          .body(Problem.of(response.code(), response.getStatus().getReason(), detail));
    }
  }

  /** The headers, also for the answers no filter sees (a request line too long to be read). */
  static void addTo(MutableHttpResponse<?> response) {
    response
        .header("Content-Security-Policy", CSP)
        .header("X-Content-Type-Options", "nosniff")
        .header("X-Frame-Options", "DENY")
        .header("Referrer-Policy", "no-referrer");
  }
}
