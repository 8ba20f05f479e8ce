package org.leakaid.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./leakaid serve} as users run it: the launcher, the built jar, a fresh data directory. */
class ServeShippedTest {
  @TempDir Path work;

  @Test
  void servesTheHomePageAndKeepsItsFilesToItself() throws Exception {
    Path data = work.resolve("data");
    try (ShippedApp app = ShippedApp.viaLauncher(data).start()) {
      HttpResponse<String> home =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(app.baseUrl() + "/")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(home.statusCode()).isEqualTo(200);
      assertThat(home.body()).contains("挽回");

      // umask 077 in the launcher and the app's own checks: nothing in the data directory is
      // readable by another account of the machine.
      try (Stream<Path> files = Files.walk(data)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
          assertThat(mode.substring(3)).as(file.toString()).isEqualTo("------");
        }
      }
    }
  }
}
