package org.leakaid.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client against the app on its random port: what an API user sees, byte for byte. */
public final class ApiClient {

  /** A response with its body parsed as JSON when it is JSON. */
  public record Response(int status, HttpResponse<String> raw, JsonNode json) {
    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  public static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  public ApiClient(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  public Response send(String method, String path, String token, String contentType, String body) {
    return send(method, path, token, contentType, body, null);
  }

  public Response send(
      String method,
      String path,
      String token,
      String contentType,
      String body,
      String acceptLanguage) {
    return send(
        method,
        path,
        token,
        contentType,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body),
        acceptLanguage == null ? Map.of() : Map.of("Accept-Language", acceptLanguage));
  }

  /** A request with extra headers (Accept, X-Forwarded-For, Authorization ...). */
  public Response sendWithHeaders(
      String method, String path, String contentType, String body, Map<String, String> headers) {
    return send(
        method,
        path,
        null,
        contentType,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body),
        headers);
  }

  /** A body of raw bytes with extra headers (multipart bodies built by hand). */
  public Response sendBytesWithHeaders(
      String method, String path, String contentType, byte[] body, Map<String, String> headers) {
    return send(
        method, path, null, contentType, HttpRequest.BodyPublishers.ofByteArray(body), headers);
  }

  /** {@code DELETE /api/account} with the password, as the API asks for it. */
  public Response deleteAccount(String token, String password) {
    return send(
        "DELETE",
        "/api/account",
        token,
        "application/json",
        JSON.writeValueAsString(Map.of("password", password)));
  }

  /** A body of raw bytes, for encodings other than UTF-8. */
  public Response sendBytes(
      String method, String path, String token, String contentType, byte[] body) {
    return send(
        method, path, token, contentType, HttpRequest.BodyPublishers.ofByteArray(body), Map.of());
  }

  private Response send(
      String method,
      String path,
      String token,
      String contentType,
      HttpRequest.BodyPublisher body,
      Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    headers.forEach(request::header);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    request.method(method, body);
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String type = response.headers().firstValue("Content-Type").orElse("");
      JsonNode json =
          type.startsWith("application/json") && !response.body().isEmpty()
              ? JSON.readTree(response.body())
              : null;
      return new Response(response.statusCode(), response, json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Response get(String path, String token) {
    return send("GET", path, token, null, null);
  }

  public Response post(String path, String token, String json) {
    return send("POST", path, token, "application/json", json);
  }

  public Response patch(String path, String token, String json) {
    return send("PATCH", path, token, "application/json", json);
  }

  public Response delete(String path, String token) {
    return send("DELETE", path, token, null, null);
  }

  /** Registers a fresh user with a unique name and returns a token for it. */
  public String newUserToken() {
    String username = uniqueUsername();
    register(username, PASSWORD);
    return token(username, PASSWORD);
  }

  public static final String PASSWORD = "leak-aid-test-pw";

  public static String uniqueUsername() {
    return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  public Response register(String username, String password) {
    return post(
        "/api/auth/register",
        null,
        JSON.writeValueAsString(Map.of("username", username, "password", password)));
  }

  public Response tokenResponse(String username, String password) {
    return post(
        "/api/auth/token",
        null,
        JSON.writeValueAsString(Map.of("username", username, "password", password)));
  }

  public String token(String username, String password) {
    Response response = tokenResponse(username, password);
    if (response.status() != 200) {
      throw new IllegalStateException("token: " + response.status() + " " + response.raw().body());
    }
    return response.json().get("token").asString();
  }
}
