package org.leakaid.app.documents;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import org.leakaid.app.cases.OwnedCase;
import org.leakaid.documents.Draft;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** Sends documents and the all-in-one ZIP, for the API and the pages alike. */
final class DocumentDownloads {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd");

  private DocumentDownloads() {}

  static void send(
      Draft draft, CaseDocuments.Format format, byte[] content, HttpServletResponse response)
      throws IOException {
    send(draft.fileName() + "." + format.extension, format.mediaType, content, response);
  }

  /** One file as an attachment that no cache keeps. */
  static void send(String fileName, String mediaType, byte[] content, HttpServletResponse response)
      throws IOException {
    response.setContentType(mediaType);
    response.setContentLength(content.length);
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName));
    response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
    response.getOutputStream().write(content);
  }

  /** Checks the evidence log first (a damaged one is a clean 409), then streams the ZIP. */
  static void sendAll(CaseDocuments documents, OwnedCase owned, HttpServletResponse response)
      throws IOException {
    String day = DAY.format(documents.today());
    documents.facts(owned);
    response.setContentType("application/zip");
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment("文书包-" + day + ".zip"));
    response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
    OutputStream out = response.getOutputStream();
    documents.writeAll(owned, out);
    out.flush();
  }

  static String attachment(String filename) {
    return ContentDisposition.attachment()
        .filename(filename, StandardCharsets.UTF_8)
        .build()
        .toString();
  }
}
