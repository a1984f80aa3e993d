package org.anodex.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.BufferLengthExceededException;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.anodex.search.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every error into {@code application/problem+json}. */
final class ProblemHandlers {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemHandlers.class);

  private ProblemHandlers() {}

  static MutableHttpResponse<Problem> problem(HttpStatus status, String title, String detail) {
    return HttpResponse.<Problem>status(status)
        .contentType(Problem.MEDIA_TYPE)
        .body(Problem.of(status.getCode(), title, detail));
  }

  @Singleton
  @Produces(Problem.MEDIA_TYPE)
  static final class InvalidRequest
      implements ExceptionHandler<InvalidRequestException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, InvalidRequestException e) {
      return problem(HttpStatus.BAD_REQUEST, e.title(), e.getMessage());
    }
  }

  @Singleton
  @Produces(Problem.MEDIA_TYPE)
  static final class Api implements ExceptionHandler<ApiException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ApiException e) {
      MutableHttpResponse<Problem> r = problem(e.status, e.title, e.getMessage());
      if (e.status == HttpStatus.UNAUTHORIZED || e.status == HttpStatus.FORBIDDEN) {
        // A refused write's body is not read: the connection ends with the answer instead.
        r.header(HttpHeaders.CONNECTION, "close");
      }
      return e.status == HttpStatus.UNAUTHORIZED ? r.header("WWW-Authenticate", "Bearer") : r;
    }
  }

  @Singleton
  @Produces(Problem.MEDIA_TYPE)
  @Replaces(io.micronaut.http.server.exceptions.ConversionErrorHandler.class)
  static final class Conversion
      implements ExceptionHandler<ConversionErrorException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConversionErrorException e) {
      return problem(
          HttpStatus.BAD_REQUEST,
          "Bad parameter",
          "parameter '"
              + e.getArgument().getName()
              + "' has a value of the wrong kind: "
              + e.getConversionError().getOriginalValue().orElse(""));
    }
  }

  /**
   * A body over the limit, JSON or upload: the limit in megabytes, not the server's configuration
   * keys.
   */
  static HttpResponse<Problem> tooLarge(HttpServerConfiguration config) {
    return problem(
            HttpStatus.REQUEST_ENTITY_TOO_LARGE,
            "Too large",
            "the request body is over this server's limit of "
                + config.getMaxRequestSize() / (1024 * 1024)
                + " MB")
        .header(HttpHeaders.CONNECTION, "close");
  }

  @Singleton
  @Produces(Problem.MEDIA_TYPE)
  @Replaces(io.micronaut.http.server.exceptions.ContentLengthExceededHandler.class)
  static final class ContentTooLong
      implements ExceptionHandler<ContentLengthExceededException, HttpResponse<Problem>> {
    private final HttpServerConfiguration config;

    ContentTooLong(HttpServerConfiguration config) {
      this.config = config;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ContentLengthExceededException e) {
      return tooLarge(config);
    }
  }

  @Singleton
  @Produces(Problem.MEDIA_TYPE)
  @Replaces(io.micronaut.http.server.exceptions.BufferLengthExceededHandler.class)
  static final class BufferTooLong
      implements ExceptionHandler<BufferLengthExceededException, HttpResponse<Problem>> {
    private final HttpServerConfiguration config;

    BufferTooLong(HttpServerConfiguration config) {
      this.config = config;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, BufferLengthExceededException e) {
      return tooLarge(config);
    }
  }

  @Singleton
  @Produces(Problem.MEDIA_TYPE)
  static final class Unexpected implements ExceptionHandler<Exception, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, Exception e) {
      LOG.error("{} {} failed", request.getMethod(), request.getPath(), e);
      return problem(
          HttpStatus.INTERNAL_SERVER_ERROR,
          "Internal error",
          "the server failed to answer; see its log");
    }
  }

  /** Micronaut's own errors (404 for unknown routes, 405, 415 ...) as problem documents too. */
  @Singleton
  @Replaces(io.micronaut.http.server.exceptions.response.HateoasErrorResponseProcessor.class)
  static final class Errors implements ErrorResponseProcessor<Problem> {
    @Override
    public MutableHttpResponse<Problem> processResponse(
        ErrorContext context, MutableHttpResponse<?> response) {
      String detail =
          context.getErrors().isEmpty()
              ? response.getStatus().getReason()
              : context.getErrors().get(0).getMessage();
      ResponseHeaders.addTo(response);
      return response
          .contentType(Problem.MEDIA_TYPE)
          .body(
              Problem.of(response.getStatus().getCode(), response.getStatus().getReason(), detail));
    }
  }
}
