package org.leakaid.app.protect;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Multipart and JSON calls to the protect API over real HTTP, bodies as bytes. */
final class ProtectHttp {

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

  /** A form field or a file part. */
  record Part(String name, String filename, byte[] content) {
    static Part field(String name, String value) {
      return new Part(name, null, value.getBytes(StandardCharsets.UTF_8));
    }

    static Part file(String filename, byte[] content) {
      return new Part("file", filename, content);
    }
  }

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  ProtectHttp(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  Response multipart(String path, String token, List<Part> parts) {
    String boundary = "----leakaid" + UUID.randomUUID();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body(boundary, parts)));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request.build());
  }

  Response json(String method, String path, String token, String body, String language) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return send(request.build());
  }

  Response get(String path, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request.build());
  }

  private Response send(HttpRequest request) {
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Response(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static byte[] body(String boundary, List<Part> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Part p : parts) {
      StringBuilder head = new StringBuilder("--" + boundary + "\r\n");
      head.append("Content-Disposition: form-data; name=\"").append(p.name()).append('"');
      if (p.filename() != null) {
        head.append("; filename=\"").append(p.filename()).append('"');
        head.append("\r\nContent-Type: application/octet-stream");
      }
      head.append("\r\n\r\n");
      out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
      out.writeBytes(p.content());
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  static List<Part> parts(Part... parts) {
    return new ArrayList<>(List.of(parts));
  }
}
