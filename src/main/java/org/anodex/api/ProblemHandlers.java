package org.anodex.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
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
    return HttpResponse.<Problem>status(status).contentType(Problem.MEDIA_TYPE)
        .body(Problem.of(status.getCode(), title, detail));
  }

  @Singleton
  @Produces(Problem.MEDIA_TYPE)
  static final class InvalidRequest implements ExceptionHandler<InvalidRequestException, HttpResponse<Problem>> {
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
      return e.status == HttpStatus.UNAUTHORIZED ? r.header("WWW-Authenticate", "Bearer") : r;
    }
  }

  @Singleton
  @Produces(Problem.MEDIA_TYPE)
  @Replaces(io.micronaut.http.server.exceptions.ConversionErrorHandler.class)
  static final class Conversion implements ExceptionHandler<ConversionErrorException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConversionErrorException e) {
      return problem(HttpStatus.BAD_REQUEST, "Bad parameter", "parameter '" + e.getArgument().getName()
          + "' has a value of the wrong kind: " + e.getConversionError().getOriginalValue().orElse(""));
    }
  }

  @Singleton
  @Produces(Problem.MEDIA_TYPE)
  static final class Unexpected implements ExceptionHandler<Exception, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, Exception e) {
      LOG.error("{} {} failed", request.getMethod(), request.getPath(), e);
      return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "the server failed to answer; see its log");
    }
  }

  /** Micronaut's own errors (404 for unknown routes, 405, 415 ...) as problem documents too. */
  @Singleton
  @Replaces(io.micronaut.http.server.exceptions.response.HateoasErrorResponseProcessor.class)
  static final class Errors implements ErrorResponseProcessor<Problem> {
    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
      String detail = context.getErrors().isEmpty() ? response.getStatus().getReason()
          : context.getErrors().get(0).getMessage();
      return response.contentType(Problem.MEDIA_TYPE)
          .body(Problem.of(response.getStatus().getCode(), response.getStatus().getReason(), detail));
    }
  }
}
