package org.leakaid.app.web;

import java.util.Arrays;
import java.util.stream.Collectors;
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
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns exceptions thrown in {@code @RestController}s into {@link ApiError} JSON. Errors raised
 * before a controller is chosen (unknown path, wrong method, wrong content type, oversized upload)
 * go through the servlet error dispatch instead and are answered by {@link ErrorPages} in the same
 * shape. Messages name the offending field and never echo more than a short prefix of its value.
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
        new ApiError("INVALID_INPUT", e.getName() + ": " + quote(e.getValue()) + " is not valid"));
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
    JacksonException jackson = null;
    for (Throwable t = e.getCause(); t != null && jackson == null; t = t.getCause()) {
      if (t instanceof JacksonException found) {
        jackson = found;
      }
    }
    if (jackson == null) {
      return new ApiError("MALFORMED_JSON", "the request body is missing or is not JSON");
    }
    String field = jackson.getPath().isEmpty() ? "body" : path(jackson);
    if (jackson instanceof UnrecognizedPropertyException unknown) {
      return new ApiError(
          "INVALID_INPUT",
          "unknown field '"
              + unknown.getPropertyName()
              + "'; known fields: "
              + unknown.getKnownPropertyIds().stream()
                  .map(String::valueOf)
                  .sorted()
                  .collect(Collectors.joining(", ")));
    }
    if (jackson instanceof InvalidFormatException format) {
      Class<?> target = format.getTargetType();
      if (target != null && target.isEnum()) {
        return new ApiError(
            "INVALID_INPUT",
            field
                + ": "
                + quote(format.getValue())
                + " is not one of "
                + Arrays.stream(target.getEnumConstants())
                    .map(String::valueOf)
                    .collect(Collectors.joining(", ")));
      }
      return new ApiError(
          "INVALID_INPUT", field + ": " + quote(format.getValue()) + " is not " + typeName(target));
    }
    if (jackson instanceof InvalidNullException) {
      return new ApiError("INVALID_INPUT", field + ": must not be null");
    }
    if (jackson instanceof MismatchedInputException mismatch) {
      return new ApiError(
          "INVALID_INPUT", field + ": expected " + typeName(mismatch.getTargetType()));
    }
    if (jackson instanceof StreamReadException read && isEncodingProblem(read)) {
      return new ApiError(
          "MALFORMED_JSON",
          "the request body is not valid UTF-8: send UTF-8, or name the encoding"
              + " (Content-Type: application/json; charset=GBK)");
    }
    if (jackson instanceof StreamReadException) {
      return new ApiError("MALFORMED_JSON", "the request body is not well-formed JSON");
    }
    return new ApiError("INVALID_INPUT", field + ": invalid value");
  }

  /** GBK or GB18030 text sent as UTF-8: Jackson's parser names the bad byte. */
  private static boolean isEncodingProblem(StreamReadException e) {
    String message = e.getOriginalMessage();
    return message != null && message.contains("Invalid UTF-8");
  }

  private static String path(JacksonException e) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "body" : path.toString();
  }

  private static String typeName(Class<?> type) {
    if (type == null) {
      return "value";
    }
    if (type.isEnum()) {
      return "one of "
          + Arrays.stream(type.getEnumConstants())
              .map(String::valueOf)
              .collect(Collectors.joining(", "));
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
      return "a number";
    }
    if (type == java.time.LocalDate.class) {
      return "a date (YYYY-MM-DD)";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    return "an object";
  }

  /** The rejected value for the message, cut short so the error does not replay a huge input. */
  private static String quote(Object value) {
    String text = String.valueOf(value);
    return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
  }
}
