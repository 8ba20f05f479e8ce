package org.leakaid.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The servlet container's error dispatch ({@code /error}) for everything not answered by a
 * controller: unknown paths, wrong methods, oversized uploads, exceptions in page controllers.
 * Requests that were for {@code /api} get {@link ApiError} JSON, pages get the error page; neither
 * shows a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

  private final ApiErrorWriter apiErrors;

  ErrorPages(ApiErrorWriter apiErrors) {
    this.apiErrors = apiErrors;
  }

  @RequestMapping("/error")
  ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
    HttpStatus status = statusOf(request);
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri == null ? "" : uri.toString();
    String contextPath = request.getContextPath();
    if (path.startsWith(contextPath + "/api/") || path.equals(contextPath + "/api")) {
      apiErrors.write(response, status, apiErrorFor(status));
      return null;
    }
    ModelAndView page = new ModelAndView("error");
    page.setStatus(status);
    page.addObject("status", status.value());
    page.addObject(
        "kind",
        switch (status) {
          case NOT_FOUND, FORBIDDEN, BAD_REQUEST, METHOD_NOT_ALLOWED, CONTENT_TOO_LARGE ->
              status.name();
          default -> status.is4xxClientError() ? "BAD_REQUEST" : "INTERNAL_SERVER_ERROR";
        });
    return page;
  }

  private static HttpStatus statusOf(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (code == null) {
      // Not an error dispatch: someone asked for /error itself, which is no page of its own.
      return HttpStatus.NOT_FOUND;
    }
    if (code instanceof Integer value) {
      HttpStatus status = HttpStatus.resolve(value);
      if (status != null && status.isError()) {
        return status;
      }
    }
    return HttpStatus.INTERNAL_SERVER_ERROR;
  }

  /** The generic error for a status, used when nothing more specific is known. */
  static ApiError apiErrorFor(HttpStatus status) {
    return switch (status) {
      case BAD_REQUEST -> new ApiError("INVALID_INPUT", "the request is not valid");
      case UNAUTHORIZED ->
          new ApiError(
              "UNAUTHORIZED", "send Authorization: Bearer TOKEN (POST /api/auth/token gives one)");
      case FORBIDDEN -> new ApiError("FORBIDDEN", "not allowed");
      case NOT_FOUND -> new ApiError("NOT_FOUND", "no such resource");
      case METHOD_NOT_ALLOWED ->
          new ApiError("METHOD_NOT_ALLOWED", "this resource does not support that HTTP method");
      case NOT_ACCEPTABLE -> new ApiError("NOT_ACCEPTABLE", "this resource answers in JSON");
      case UNSUPPORTED_MEDIA_TYPE ->
          new ApiError("UNSUPPORTED_MEDIA_TYPE", "send Content-Type: application/json");
      case CONTENT_TOO_LARGE -> new ApiError("PAYLOAD_TOO_LARGE", "the request body is too large");
      case TOO_MANY_REQUESTS -> new ApiError("TOO_MANY_ATTEMPTS", "too many attempts, wait");
      default ->
          status.is4xxClientError()
              ? new ApiError("INVALID_REQUEST", status.getReasonPhrase())
              : new ApiError(
                  "INTERNAL_ERROR", "something went wrong on our side; nothing was saved");
    };
  }
}
