package org.leakaid.app.web;

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

  public HttpProblem(HttpStatus status, String code, String message) {
    super(status, message);
    this.code = code;
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
