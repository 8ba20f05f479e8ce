package org.leakaid.protect.password;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The public k-anonymity range API for breached passwords: only the first 5 hex digits of the
 * password's SHA-1 leave the machine (one of about a million prefixes, each shared by hundreds of
 * breached passwords), the service answers with every suffix under that prefix, and the match is
 * made here. With {@code Add-Padding: true} the answer's size does not give the prefix away either.
 *
 * <p>Used only when the operator configured its address and the user allowed network use for that
 * check. This project's machines reach no such service, so its tests run against a local server.
 */
public final class RangeApi {

  /** The answer: found or not, or why there is none. */
  public record Answer(Boolean found, String failure) {}

  private final URI base;
  private final HttpClient http;
  private final Duration timeout;

  /** {@code base}: the range endpoint, the prefix is appended ({@code .../range/}). */
  public RangeApi(URI base, Duration timeout) {
    String b = base.toString();
    this.base = URI.create(b.endsWith("/") ? b : b + "/");
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  public Answer check(String sha1Hex) {
    String prefix = sha1Hex.substring(0, 5);
    String suffix = sha1Hex.substring(5);
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(prefix))
            .timeout(timeout)
            .header("Add-Padding", "true")
            .header("User-Agent", "LeakAid-password-check")
            .GET()
            .build();
    try {
      HttpResponse<String> response =
          http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.US_ASCII));
      if (response.statusCode() != 200) {
        return new Answer(null, "the range service answered HTTP " + response.statusCode());
      }
      for (String line : response.body().split("\r?\n")) {
        int colon = line.indexOf(':');
        if (colon == 35 && line.regionMatches(true, 0, suffix, 0, 35)) {
          return new Answer(!line.substring(36).strip().equals("0"), null);
        }
      }
      return new Answer(false, null);
    } catch (IOException e) {
      return new Answer(
          null, "the range service could not be reached (" + e.getClass().getSimpleName() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(null, "interrupted");
    }
  }
}
