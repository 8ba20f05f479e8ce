package org.leakaid.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps non-multipart API request bodies (JSON) so one request cannot make the server buffer an
 * unbounded document. A declared Content-Length over the cap gets 413 straight away; a chunked body
 * is cut off while reading, which the API error handler also answers with 413. Multipart uploads
 * are limited by {@code spring.servlet.multipart.*} instead.
 */
@Component
class JsonBodyLimitFilter extends OncePerRequestFilter {

  private final long maxBytes;
  private final ApiErrorWriter errors;

  JsonBodyLimitFilter(
      @Value("${leakaid.api.max-json-bytes:1MB}") DataSize maxBytes, ApiErrorWriter errors) {
    this.maxBytes = maxBytes.toBytes();
    this.errors = errors;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String contentType = request.getContentType();
    return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
        || (contentType != null && contentType.toLowerCase().startsWith("multipart/"));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBytes) {
      errors.write(
          response,
          HttpStatus.CONTENT_TOO_LARGE,
          new ApiError(
              "PAYLOAD_TOO_LARGE", "the request body is larger than " + maxBytes + " bytes"));
      return;
    }
    chain.doFilter(new LimitedRequest(request, maxBytes), response);
  }

  /** Thrown while reading a body that grows past the cap. */
  static final class BodyTooLargeException extends IOException {
    BodyTooLargeException(long max) {
      super("request body larger than " + max + " bytes");
    }
  }

  private static final class LimitedRequest extends HttpServletRequestWrapper {
    private final long max;
    private ServletInputStream limited;

    LimitedRequest(HttpServletRequest request, long max) {
      super(request);
      this.max = max;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (limited == null) {
        ServletInputStream in = super.getInputStream();
        limited =
            new ServletInputStream() {
              private long count;

              @Override
              public int read() throws IOException {
                int b = in.read();
                if (b >= 0 && ++count > max) {
                  throw new BodyTooLargeException(max);
                }
                return b;
              }

              @Override
              public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = in.read(buffer, offset, length);
                if (n > 0 && (count += n) > max) {
                  throw new BodyTooLargeException(max);
                }
                return n;
              }

              @Override
              public boolean isFinished() {
                return in.isFinished();
              }

              @Override
              public boolean isReady() {
                return in.isReady();
              }

              @Override
              public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
              }
            };
      }
      return limited;
    }
  }
}
