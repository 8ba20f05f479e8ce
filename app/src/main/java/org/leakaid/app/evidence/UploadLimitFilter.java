package org.leakaid.app.evidence;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.leakaid.app.web.ApiError;
import org.leakaid.app.web.ApiErrorWriter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads multipart bodies before anything else does, so that an upload over the size limits is
 * answered 413 JSON for the API, and sends the evidence form back with the reason, rather than
 * failing inside whichever filter first asks for a parameter (the CSRF filter for pages), which
 * would show as a 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadLimitFilter extends OncePerRequestFilter {

  private static final java.util.regex.Pattern EVIDENCE_FORM =
      java.util.regex.Pattern.compile("/cases/[0-9a-fA-F-]{36}/evidence");

  private static final java.util.regex.Pattern IMPORT_FORM =
      java.util.regex.Pattern.compile("/cases/[0-9a-fA-F-]{36}/evidence/import/(eml|calls)");

  private final ApiErrorWriter apiErrors;

  UploadLimitFilter(ApiErrorWriter apiErrors) {
    this.apiErrors = apiErrors;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String type = request.getContentType();
    return !"POST".equals(request.getMethod())
        || type == null
        || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      request.getParts();
    } catch (IllegalStateException | IOException | ServletException e) {
      if (causedBySize(e)) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
          apiErrors.write(
              response,
              HttpStatus.CONTENT_TOO_LARGE,
              new ApiError(
                  "PAYLOAD_TOO_LARGE",
                  "the upload is larger than the server accepts for one file or one request"));
        } else if (EVIDENCE_FORM.matcher(path).matches()) {
          // Back to the form with the reason; a 413 error page would itself trip over the body.
          response.sendRedirect(request.getContextPath() + path + "/new?tooLarge");
        } else if (IMPORT_FORM.matcher(path).matches()) {
          String evidence = path.substring(0, path.indexOf("/import/"));
          response.sendRedirect(request.getContextPath() + evidence + "/capture?tooLarge");
        } else {
          response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
        }
        return;
      }
      // Anything else (a malformed body) is left to the handlers, which answer 400.
    }
    chain.doFilter(request, response);
  }

  private static boolean causedBySize(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SizeException) {
        return true;
      }
    }
    return false;
  }
}
