package org.leakaid.app.evidence;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.leakaid.app.cases.OwnedCase;
import org.leakaid.app.web.HttpProblem;
import org.leakaid.evidence.EvidenceFile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** Sends the package and single files, for the API and the pages alike. */
final class EvidenceDownloads {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("uuuuMMdd").withZone(ItemRequest.CHINA);

  private EvidenceDownloads() {}

  /** Streams the ZIP; the case log is verified before the first byte goes out. */
  static void sendPackage(
      EvidenceLocker locker, OwnedCase owned, Clock clock, HttpServletResponse response)
      throws IOException {
    locker.liveItems(owned); // verifies the log, so a damaged one is a clean 409, not a cut ZIP
    response.setContentType("application/zip");
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION, attachment("证据包-" + DAY.format(clock.instant()) + ".zip"));
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    OutputStream out = response.getOutputStream();
    locker.export(owned, out);
    out.flush();
  }

  static void sendFile(
      EvidenceLocker locker, OwnedCase owned, String sha256, HttpServletResponse response)
      throws IOException {
    EvidenceFile file =
        locker.liveItems(owned).stream()
            .flatMap(i -> i.files().stream())
            .filter(f -> f.sha256().equals(sha256))
            .findFirst()
            .orElseThrow(
                () -> HttpProblem.notFound("FILE_NOT_FOUND", "this case has no such file"));
    try (InputStream in = locker.openFile(owned, sha256)) {
      response.setContentType(file.type());
      response.setContentLengthLong(file.size());
      response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(file.name()));
      response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
      in.transferTo(response.getOutputStream());
    }
  }

  static String attachment(String filename) {
    return ContentDisposition.attachment()
        .filename(filename, StandardCharsets.UTF_8)
        .build()
        .toString();
  }
}
