package org.leakaid.app.protect;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** Sends a result file: as an attachment, never cached, with a name that says what it is. */
final class ProtectDownloads {

  private ProtectDownloads() {}

  static void send(HttpServletResponse response, String fileName, String mediaType, byte[] bytes)
      throws IOException {
    response.setContentType(mediaType);
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename(fileName, StandardCharsets.UTF_8)
            .build()
            .toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  /**
   * {@code 身份证.jpeg} -> {@code 身份证-watermarked.jpg}: the original name, what was done, the kind.
   */
  static String name(String original, String suffix, String extension) {
    String base = original == null ? "" : original.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "");
    int dot = base.lastIndexOf('.');
    if (dot > 0) {
      base = base.substring(0, dot);
    }
    if (base.isBlank()) {
      base = "leakaid";
    }
    if (base.length() > 80) {
      base = base.substring(0, 80);
    }
    return base + "-" + suffix + "." + extension.toLowerCase(Locale.ROOT);
  }
}
