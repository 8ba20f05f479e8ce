package org.leakaid.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A browser without JavaScript on the pages: its own cookie jar, forms posted with the page's CSRF
 * token, redirects not followed so tests can check where they lead. Where {@link ApiClient} is what
 * an API user sees, this is what a page user sees.
 */
public final class PageBrowser {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final HttpClient http;
  private final String base;
  private final Map<String, String> headers;

  /** A new browser on the app at {@code port}, asking for Chinese pages as most users do. */
  public PageBrowser(int port) {
    this("http://127.0.0.1:" + port);
  }

  /** A new browser on the app at {@code baseUrl} (no trailing slash). */
  public PageBrowser(String baseUrl) {
    this(
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build(),
        baseUrl,
        Map.of("Accept-Language", "zh-CN"));
  }

  private PageBrowser(HttpClient http, String base, Map<String, String> headers) {
    this.http = http;
    this.base = base;
    this.headers = headers;
  }

  /**
   * The same browser, cookies and all, on another node at {@code baseUrl}: one browser behind a
   * load balancer (cookies do not depend on the port).
   */
  public PageBrowser sameCookiesAt(String baseUrl) {
    return new PageBrowser(http, baseUrl, headers);
  }

  /** The same browser sending one more header on every request (X-Forwarded-For, ...). */
  public PageBrowser withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new PageBrowser(http, base, Map.copyOf(more));
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<byte[]> bytes(String path) {
    return send(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The page at {@code path}, which must answer 200, parsed. */
  public Document page(String path) {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(response.body());
  }

  /** Posts a form as it stands, CSRF token or not. */
  public HttpResponse<String> post(String path, Map<String, String> form) {
    return post(path, List.copyOf(form.entrySet()));
  }

  /** Posts a form whose fields may repeat (check boxes), in this order. */
  public HttpResponse<String> post(String path, List<Map.Entry<String, String>> form) {
    String body =
        form.stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return post(path, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8));
  }

  public HttpResponse<String> post(String path, String contentType, byte[] body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Posts text fields as multipart/form-data, as a form with a file input sends them. */
  public HttpResponse<String> postMultipart(String path, Map<String, String> fields) {
    String boundary = "----b" + UUID.randomUUID();
    StringBuilder body = new StringBuilder();
    fields.forEach(
        (name, value) ->
            body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
    body.append("--").append(boundary).append("--\r\n");
    return post(
        path,
        "multipart/form-data; boundary=" + boundary,
        body.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Posts a form the way the page would, with the CSRF token from the page at {@code pagePath}. */
  public HttpResponse<String> submit(String pagePath, String action, Map<String, String> fields) {
    return submit(pagePath, action, List.copyOf(fields.entrySet()));
  }

  /** {@link #submit(String, String, Map)} with fields that may repeat (check boxes). */
  public HttpResponse<String> submit(
      String pagePath, String action, List<Map.Entry<String, String>> fields) {
    List<Map.Entry<String, String>> form = new ArrayList<>(fields);
    form.add(Map.entry("_csrf", csrf(get(pagePath).body())));
    return post(action, form);
  }

  /** Registers through the form, which also signs in. */
  public HttpResponse<String> register(String username) {
    return submit(
        "/register",
        "/register",
        Map.of(
            "username", username,
            "password", ApiClient.PASSWORD,
            "passwordRepeat", ApiClient.PASSWORD));
  }

  /** Signs in through the form and checks that it worked. */
  public void login(String username, String password) {
    HttpResponse<String> done =
        submit("/login", "/login", Map.of("username", username, "password", password));
    assertThat(done.statusCode()).isEqualTo(302);
    assertThat(done.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
  }

  /** The CSRF token of a page's form. */
  public static String csrf(String html) {
    Matcher m = CSRF.matcher(html);
    assertThat(m.find()).as("page has a CSRF token").isTrue();
    return m.group(1);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    headers.forEach(request::header);
    return request;
  }

  private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
    try {
      return http.send(request.build(), body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
