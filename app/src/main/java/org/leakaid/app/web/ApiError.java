package org.leakaid.app.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The body of every error response under {@code /api}: a stable machine-readable code and a
 * human-readable English message. Messages never contain stack traces or other users' data.
 */
public record ApiError(String error, String message) {

  /**
   * This error as the answer of an exception handler, as JSON whatever the request's Accept header
   * says: with the content type set here Spring does not negotiate, so a malformed or unsatisfiable
   * Accept cannot turn an error answer into a second failure.
   */
  public ResponseEntity<ApiError> withStatus(HttpStatusCode status) {
    return withStatus(status, HttpHeaders.EMPTY);
  }

  /** As {@link #withStatus(HttpStatusCode)}, with headers such as Retry-After. */
  public ResponseEntity<ApiError> withStatus(HttpStatusCode status, HttpHeaders headers) {
    return ResponseEntity.status(status)
        .headers(headers)
        .contentType(MediaType.APPLICATION_JSON)
        .body(this);
  }
}
