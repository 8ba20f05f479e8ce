package org.leakaid.app.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;
import tools.jackson.core.JacksonException;

/**
 * Turns exceptions thrown in {@code @RestController}s into {@link ApiError} JSON. Errors raised
 * before a controller is chosen (unknown path, wrong method, wrong content type, oversized upload)
 * go through the servlet error dispatch instead and are answered by {@link ErrorPages} in the same
 * shape. Messages name the offending field ({@link JsonInputErrors}) and never echo more than a
 * short prefix of its value.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(HttpProblem.class)
  ResponseEntity<ApiError> problem(HttpProblem e) {
    return e.toApiError().withStatus(e.getStatusCode(), e.getHeaders());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonBodyLimitFilter.BodyTooLargeException) {
        return withStatus(HttpStatus.CONTENT_TOO_LARGE);
      }
    }
    return badRequest(describeUnreadable(e));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
    return badRequest(
        new ApiError(
            "INVALID_INPUT",
            e.getName() + ": " + JsonInputErrors.quote(e.getValue()) + " is not valid"));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
    return badRequest(
        new ApiError("INVALID_INPUT", "query parameter '" + e.getParameterName() + "' is missing"));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
    return withStatus(HttpStatus.METHOD_NOT_ALLOWED);
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException e) {
    return withStatus(HttpStatus.NOT_ACCEPTABLE);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
    return withStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
    return withStatus(HttpStatus.CONTENT_TOO_LARGE);
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ApiError> noResource(NoResourceFoundException e) {
    return withStatus(HttpStatus.NOT_FOUND);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ApiError> unexpected(Exception e) {
    if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
      // Nobody is left to answer, and nothing went wrong on our side: one line, no stack trace.
      log.info("Client went away before the answer was sent ({})", e.getClass().getSimpleName());
      return null;
    }
    // The stack trace goes to the log only (masked there); the client sees a code.
    log.error("Unhandled exception in API request", e);
    return withStatus(HttpStatus.INTERNAL_SERVER_ERROR);
  }

  /** The standard error JSON for a status. */
  private static ResponseEntity<ApiError> withStatus(HttpStatus status) {
    return ErrorPages.apiErrorFor(status).withStatus(status);
  }

  private static ResponseEntity<ApiError> badRequest(ApiError error) {
    return error.withStatus(HttpStatus.BAD_REQUEST);
  }

  static ApiError describeUnreadable(HttpMessageNotReadableException e) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof JacksonException jackson) {
        return JsonInputErrors.describe(jackson);
      }
    }
    return new ApiError("MALFORMED_JSON", "the request body is missing or is not JSON");
  }
}
