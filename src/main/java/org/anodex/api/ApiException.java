package org.anodex.api;

import io.micronaut.http.HttpStatus;

/** An error of the API with its HTTP status, answered as a problem document. */
class ApiException extends RuntimeException {
  final HttpStatus status;
  final String title;

  ApiException(HttpStatus status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }
}
