package org.leakaid.app.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP against the app on its port, with hand-built multipart bodies: what a client sends. */
final class EvidenceHttp {
  static final JsonMapper JSON = JsonMapper.builder().build();

  record Response(int status, byte[] body, HttpResponse<byte[]> raw) {
    JsonNode json() {
      return JSON.readTree(body);
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  /** One multipart part: a form field (no file name) or a file. */
  record PartSpec(String name, String filename, String contentType, byte[] content) {
    static PartSpec field(String name, String contentType, String value) {
      return new PartSpec(name, null, contentType, value.getBytes(StandardCharsets.UTF_8));
    }

    static PartSpec file(String filename, byte[] content) {
      return new PartSpec("files", filename, "application/octet-stream", content);
    }
  }

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  EvidenceHttp(int port) {
    this("http://127.0.0.1:" + port);
  }

  EvidenceHttp(String base) {
    this.base = base;
  }

  HttpClient client() {
    return http;
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

  Response json(String method, String path, String token, String json) {
    return send(method, path, token, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  Response get(String path, String token) {
    return send("GET", path, token, null, null);
  }

  Response multipart(String path, String token, List<PartSpec> parts) {
    String boundary = "----leakaid" + UUID.randomUUID();
    return send(
        "POST",
        path,
        token,
        "multipart/form-data; boundary=" + boundary,
        multipartBody(boundary, parts));
  }

  /** The same upload as {@link #multipart}, as a request to send as the caller likes. */
  HttpRequest multipartRequest(String path, String token, List<PartSpec> parts) {
    String boundary = "----leakaid" + UUID.randomUUID();
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(multipartBody(boundary, parts)))
        .build();
  }

  private static byte[] multipartBody(String boundary, List<PartSpec> parts) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (PartSpec part : parts) {
      StringBuilder head = new StringBuilder("--" + boundary + "\r\n");
      head.append("Content-Disposition: form-data; name=\"").append(part.name()).append('"');
      if (part.filename() != null) {
        head.append("; filename=\"").append(part.filename()).append('"');
      }
      head.append("\r\n");
      if (part.contentType() != null) {
        head.append("Content-Type: ").append(part.contentType()).append("\r\n");
      }
      head.append("\r\n");
      body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
      body.writeBytes(part.content());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }

  static final String PASSWORD = "correct horse battery";

  /** Registers a fresh user and returns a bearer token. */
  String newUser() {
    String username = "u" + UUID.randomUUID().toString().substring(0, 8);
    String credentials = "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}";
    Response registered = json("POST", "/api/auth/register", null, credentials);
    if (registered.status() != 201) {
      throw new IllegalStateException("register: " + registered.status());
    }
    return json("POST", "/api/auth/token", null, credentials).json().get("token").asString();
  }

  /** Opens a case for the user and returns its id. */
  String newCase(String token) {
    Response created =
        json(
            "POST",
            "/api/cases",
            token,
            "{\"leaked\":[\"PHONE\",\"NAME\"],\"symptoms\":[\"SPAM_SMS\"],\"moneyLostYuan\":0,"
                + "\"suspectedSource\":\"快递\",\"noticedOn\":\"2026-11-01\"}");
    if (created.status() != 201) {
      throw new IllegalStateException(
          "case: " + created.status() + " " + new String(created.body(), StandardCharsets.UTF_8));
    }
    return created.json().get("id").asString();
  }
}
