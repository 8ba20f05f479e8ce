package org.leakaid.app.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP against the app: JSON calls, file downloads as bytes, and evidence uploads. */
final class DocumentsHttp {
  static final JsonMapper JSON = JsonMapper.builder().build();

  record Response(int status, byte[] body, HttpResponse<byte[]> raw) {
    JsonNode json() {
      return JSON.readTree(body);
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  DocumentsHttp(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  Response send(String method, String path, String token, String contentType, byte[] body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    try {
      HttpResponse<byte[]> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Response(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Response get(String path, String token) {
    return send("GET", path, token, null, null);
  }

  Response post(String path, String token, String json) {
    return send("POST", path, token, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  String newUser() {
    String username = "d" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String credentials =
        "{\"username\":\"" + username + "\",\"password\":\"correct horse battery\"}";
    if (post("/api/auth/register", null, credentials).status() != 201) {
      throw new IllegalStateException("could not register");
    }
    return post("/api/auth/token", null, credentials).json().get("token").asString();
  }

  String newCase(String token, String intake) {
    Response created = post("/api/cases", token, intake);
    if (created.status() != 201) {
      throw new IllegalStateException("case: " + created.status() + " " + created.text());
    }
    return created.json().get("id").asString();
  }

  /** Records an evidence item without files; returns its id. */
  String evidence(String token, String caseId, String itemJson) {
    String boundary = "----leakaid" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"item\"\r\n"
                + "Content-Type: application/json\r\n\r\n"
                + itemJson
                + "\r\n--"
                + boundary
                + "--\r\n")
            .getBytes(StandardCharsets.UTF_8));
    Response created =
        send(
            "POST",
            "/api/cases/" + caseId + "/evidence",
            token,
            "multipart/form-data; boundary=" + boundary,
            body.toByteArray());
    if (created.status() != 201) {
      throw new IllegalStateException("evidence: " + created.status() + " " + created.text());
    }
    return created.json().get("id").asString();
  }
}
