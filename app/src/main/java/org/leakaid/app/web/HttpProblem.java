package org.leakaid.app.web;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A request the app refuses, with the HTTP status and error code to answer with. Thrown from API
 * controllers it becomes {@link ApiError} JSON; thrown from page controllers it becomes the error
 * page with the same status. Extends {@link ResponseStatusException} so Spring's resolver applies
 * the status for pages.
 */
public class HttpProblem extends ResponseStatusException {

  private final String code;
  private Duration retryAfter;

  public HttpProblem(HttpStatus status, String code, String message) {
    super(status, message);
    this.code = code;
  }

  /** Adds {@code Retry-After} (whole seconds, rounded up) to the answer: 429 and 503 name it. */
  public HttpProblem retryAfter(Duration wait) {
    this.retryAfter = wait;
    return this;
  }

  @Override
  public HttpHeaders getHeaders() {
    if (retryAfter == null) {
      return super.getHeaders();
    }
    HttpHeaders headers = new HttpHeaders();
    headers.putAll(super.getHeaders());
    headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(retrySeconds(retryAfter)));
    return headers;
  }

  /** A wait in whole seconds, at least 1, rounded up: never tells a client to retry too early. */
  public static long retrySeconds(Duration wait) {
    long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }

  public static HttpProblem notFound(String code, String message) {
    return new HttpProblem(HttpStatus.NOT_FOUND, code, message);
  }

  public static HttpProblem badRequest(String code, String message) {
    return new HttpProblem(HttpStatus.BAD_REQUEST, code, message);
  }

  public static HttpProblem conflict(String code, String message) {
    return new HttpProblem(HttpStatus.CONFLICT, code, message);
  }

  public String code() {
    return code;
  }

  public ApiError toApiError() {
    return new ApiError(code, getReason());
  }
}
