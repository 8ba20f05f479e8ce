package org.leakaid.app.web;

import java.util.Arrays;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * What is wrong with a JSON input, as an {@link ApiError} that names the field and what it should
 * be, for request bodies and for JSON inside other requests (the {@code item} part of an upload).
 * Messages never echo more than a short prefix of the rejected value.
 */
public final class JsonInputErrors {

  private JsonInputErrors() {}

  /** The error for a JSON input that Jackson refused. */
  public static ApiError describe(JacksonException jackson) {
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
  static String quote(Object value) {
    String text = String.valueOf(value);
    return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
  }
}
