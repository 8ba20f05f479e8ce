package org.leakaid.app.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.leakaid.app.ApiClient;

/** Records evidence items through the evidence API, as a client does. */
final class SourcesContractSupport {
  private final ApiClient api;

  SourcesContractSupport(ApiClient api) {
    this.api = api;
  }

  String evidence(String user, String caseId, String kind, String at, String from, String text) {
    String item =
        ApiClient.JSON.writeValueAsString(
            Map.of("kind", kind, "occurredAt", at, "counterpart", from, "content", text));
    String boundary = "----sources" + UUID.randomUUID();
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"item\"\r\n"
            + "Content-Type: application/json\r\n\r\n"
            + item
            + "\r\n--"
            + boundary
            + "--\r\n";
    ApiClient.Response r =
        api.sendBytesWithHeaders(
            "POST",
            "/api/cases/" + caseId + "/evidence",
            "multipart/form-data; boundary=" + boundary,
            body.getBytes(StandardCharsets.UTF_8),
            Map.of("Authorization", "Bearer " + user));
    assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
    return r.json().get("id").asString();
  }
}
