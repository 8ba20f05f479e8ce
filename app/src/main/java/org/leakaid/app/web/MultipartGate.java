package org.leakaid.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.tomcat.util.http.fileupload.FileUploadException;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.apache.tomcat.util.http.fileupload.MultipartStream;
import org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.FileUploadIOException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * The one place that reads a multipart body, placed in the security filter chains after the user is
 * known: nobody who is not signed in makes the server read an upload (an anonymous request is
 * answered from its headers, and Tomcat drops the rest of the body), and every way the body can be
 * wrong gets a 4xx that says what is wrong, before a filter or controller trips over it.
 *
 * <ul>
 *   <li>API: after authorisation, so a request without a valid token has already had its 401. A
 *       multipart body to an endpoint that needs no token (register, token) is 415: those take
 *       JSON.
 *   <li>Pages: before the CSRF filter, which would otherwise read the body to find the form's
 *       token. A visitor who is not signed in is sent to the login page.
 * </ul>
 *
 * <p>Refusals: an upload too large for the limits is 413 (a page form that knows it goes back to
 * the form, see {@link UploadFormPages}); no boundary, a wrong boundary, a body cut short, a part
 * header too long or a NUL in a file name is 400. Tomcat keeps the parsed parts, so controllers
 * read them without parsing again.
 */
final class MultipartGate extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(MultipartGate.class);

  /** Which security chain the gate sits in: it answers in that chain's language. */
  enum Chain {
    API,
    PAGES
  }

  /** Why a multipart body was refused: the status, the API error and whether it was its size. */
  record Refusal(HttpStatus status, ApiError error, boolean tooLarge) {}

  private final Chain chain;
  private final ApiErrorWriter apiErrors;
  private final List<UploadFormPages> forms;

  MultipartGate(Chain chain, ApiErrorWriter apiErrors, List<UploadFormPages> forms) {
    this.chain = chain;
    this.apiErrors = apiErrors;
    this.forms = forms;
  }

  static boolean isMultipart(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !isMultipart(request);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain filters)
      throws ServletException, IOException {
    if (!signedIn()) {
      // Answered from the headers alone; Tomcat reads at most server.tomcat.max-swallow-size of
      // the body before it closes the connection.
      if (chain == Chain.API) {
        apiErrors.write(
            response,
            HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            new ApiError("UNSUPPORTED_MEDIA_TYPE", "send Content-Type: application/json"));
      } else {
        response.sendRedirect(request.getContextPath() + "/login");
      }
      return;
    }
    Optional<Refusal> refused = parse(request);
    if (refused.isEmpty()) {
      filters.doFilter(request, response);
      return;
    }
    Refusal refusal = refused.get();
    if (chain == Chain.API) {
      apiErrors.write(response, refusal.status(), refusal.error());
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (refusal.tooLarge()) {
      for (UploadFormPages form : forms) {
        Optional<String> back = form.backToFormWhenTooLarge(path);
        if (back.isPresent()) {
          response.sendRedirect(request.getContextPath() + back.get());
          return;
        }
      }
    }
    showErrorPage(request, response, refusal.status());
  }

  private static boolean signedIn() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null
        && auth.isAuthenticated()
        && !(auth instanceof AnonymousAuthenticationToken);
  }

  /** Reads the whole body into parts; empty when it is well-formed and within the limits. */
  static Optional<Refusal> parse(HttpServletRequest request) throws IOException, ServletException {
    try {
      request.getParts();
      return Optional.empty();
    } catch (IOException
        | ServletException
        | IllegalStateException
        | IllegalArgumentException
        | InvalidFileNameException e) {
      Optional<Refusal> refusal = refusalFor(e);
      if (refusal.isEmpty()) {
        throw e; // not the client's doing (the temporary directory, say): a real 500
      }
      if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
        log.info("Client went away while sending an upload ({})", e.getClass().getSimpleName());
      }
      return refusal;
    }
  }

  /** What the client did wrong, from the parser's exception; empty when it was not the client. */
  static Optional<Refusal> refusalFor(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof FileSizeLimitExceededException size) {
        return Optional.of(
            tooLarge(
                "file "
                    + quote(size.getFileName())
                    + " is larger than "
                    + megabytes(size.getPermittedSize())
                    + ", the most one file may have"));
      }
      if (t instanceof FileCountLimitExceededException count) {
        return Optional.of(
            tooLarge("the request has more than " + count.getLimit() + " parts, the most allowed"));
      }
      if (t instanceof SizeException size) {
        if (String.valueOf(size.getMessage()).startsWith("Header section")) {
          return Optional.of(
              invalid(
                  "a part's headers are longer than "
                      + size.getPermittedSize()
                      + " bytes; is its file name that long? A file name may have at most 255"
                      + " characters"));
        }
        return Optional.of(
            tooLarge(
                "the request is larger than "
                    + megabytes(size.getPermittedSize())
                    + ", the most one upload may have"));
      }
      if (t instanceof InvalidFileNameException) {
        return Optional.of(
            invalid("a file name contains a NUL character; send the file under its real name"));
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof FileUploadException
          || t instanceof MultipartStream.MalformedStreamException
          || t instanceof MultipartStream.IllegalBoundaryException
          || t instanceof FileUploadIOException
          || t instanceof java.io.EOFException
          || t instanceof IllegalArgumentException // a boundary longer than the parser's buffer
          || DisconnectedClientHelper.isClientDisconnectedException(t)) {
        return Optional.of(
            invalid(
                "the body is not well-formed multipart/form-data: no boundary in the"
                    + " Content-Type, a boundary that does not match the body, or a body cut"
                    + " short"));
      }
    }
    return Optional.empty();
  }

  private static Refusal tooLarge(String message) {
    return new Refusal(
        HttpStatus.CONTENT_TOO_LARGE, new ApiError("PAYLOAD_TOO_LARGE", message), true);
  }

  private static Refusal invalid(String message) {
    return new Refusal(HttpStatus.BAD_REQUEST, new ApiError("INVALID_INPUT", message), false);
  }

  private static String megabytes(long bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
  }

  private static String quote(String value) {
    String text = String.valueOf(value);
    return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
  }

  /**
   * The error page with the refusal's status. An error dispatch (sendError) would run the security
   * filters and the dispatcher over the same multipart body again, and they would trip over it; a
   * forward to the error controller, with the body hidden, does not.
   */
  private static void showErrorPage(
      HttpServletRequest request, HttpServletResponse response, HttpStatus status)
      throws ServletException, IOException {
    HttpServletRequest withoutBody = new BodyHidden(request);
    withoutBody.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status.value());
    withoutBody.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
    response.setStatus(status.value());
    request.getRequestDispatcher("/error").forward(withoutBody, response);
  }

  /** The request as a GET without a body or parameters, for rendering the error page. */
  private static final class BodyHidden extends HttpServletRequestWrapper {
    BodyHidden(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public String getContentType() {
      return null;
    }

    @Override
    public String getHeader(String name) {
      return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)
          ? Collections.emptyEnumeration()
          : super.getHeaders(name);
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }
  }
}
