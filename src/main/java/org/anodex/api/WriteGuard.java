package org.anodex.api;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Writes need {@code Authorization: Bearer <token>}, the token set by {@code anodex.token}
 * (environment {@code ANODEX_TOKEN}). Without a configured token every write is refused. Checked as
 * a filter, on the request's headers: a stranger's body is refused before it is read, not after
 * megabytes are buffered.
 */
@ServerFilter(
    value = {"/api/papers", "/api/papers/**"},
    methods = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE})
final class WriteGuard {
  private final String token;

  WriteGuard(@Value("${anodex.token:}") String token) {
    this.token = token == null ? "" : token.strip();
  }

  @RequestFilter
  void check(HttpRequest<?> request) {
    if (token.isEmpty()) {
      throw new ApiException(
          HttpStatus.FORBIDDEN,
          "Writes disabled",
          "this server has no write token configured (set ANODEX_TOKEN before starting it)");
    }
    String header = request.getHeaders().getAuthorization().orElse("");
    String given =
        header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : "";
    if (!MessageDigest.isEqual(
        given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
      throw new ApiException(
          HttpStatus.UNAUTHORIZED,
          "Unauthorized",
          given.isEmpty()
              ? "writes need the header 'Authorization: Bearer <token>'"
              : "the bearer token is wrong");
    }
  }
}
