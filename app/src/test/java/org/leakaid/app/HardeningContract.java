package org.leakaid.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leakaid.app.ApiClient.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The security and fault probe of issue 17, request by request, against the running app: every
 * malformed request is a 4xx with the error JSON (or the error page) and saves nothing; uploads are
 * read only after authentication; registrations per address are limited; X-Forwarded-For counts
 * only from a trusted proxy; the throttle slows the guesser, not the holder; input is taken as
 * written. Subclasses choose the database; both trust 127.0.0.1 as a proxy, so each test can speak
 * from addresses of its own with X-Forwarded-For, and allow 3 registrations per address.
 */
public abstract class HardeningContract {

  protected static final String PROPERTIES_TRUSTED_PROXY = "leakaid.trusted-proxies=127.0.0.1";
  protected static final String PROPERTIES_REGISTRATIONS = "leakaid.registration.max-per-address=3";
  protected static final String PROPERTIES_USERNAME_CEILING =
      "leakaid.login.max-failures-per-username=12";

  static final String ITEM =
      "{\"kind\":\"SMS\",\"occurredAt\":\"2026-11-20T14:03:00+08:00\",\"counterpart\":\"10690000123\","
          + "\"content\":\"【某贷】您的借款已逾期\"}";

  private static final AtomicInteger ADDRESSES = new AtomicInteger();

  @LocalServerPort protected int port;
  @Autowired protected JdbcClient jdbc;

  protected ApiClient api;

  protected static Path newDataDir() {
    try {
      return Files.createTempDirectory("leakaid-hardening-it");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  /** An address no other test speaks from (a range reserved for benchmarking, RFC 2544). */
  static String freshAddress() {
    int n = ADDRESSES.incrementAndGet();
    return "198.18." + (n / 250) + "." + (1 + n % 250);
  }

  private Response call(
      String method,
      String path,
      String token,
      String address,
      String contentType,
      byte[] body,
      String... headers) {
    Map<String, String> all = new LinkedHashMap<>();
    if (token != null) {
      all.put("Authorization", "Bearer " + token);
    }
    if (address != null) {
      all.put("X-Forwarded-For", address);
    }
    for (int i = 0; i < headers.length; i += 2) {
      all.put(headers[i], headers[i + 1]);
    }
    return api.sendBytesWithHeaders(
        method, path, contentType, body == null ? new byte[0] : body, all);
  }

  private Response json(String method, String path, String token, String body, String... headers) {
    return call(
        method,
        path,
        token,
        freshAddress(),
        "application/json",
        body.getBytes(StandardCharsets.UTF_8),
        headers);
  }

  private Response register(String username, String password, String address) {
    return call(
        "POST",
        "/api/auth/register",
        null,
        address,
        "application/json",
        credentials(username, password));
  }

  private Response token(String username, String password, String address) {
    return call(
        "POST",
        "/api/auth/token",
        null,
        address,
        "application/json",
        credentials(username, password));
  }

  private static byte[] credentials(String username, String password) {
    return ApiClient.JSON
        .writeValueAsString(Map.of("username", username, "password", password))
        .getBytes(StandardCharsets.UTF_8);
  }

  private String newUserToken() {
    String username = ApiClient.uniqueUsername();
    String address = freshAddress();
    assertThat(register(username, ApiClient.PASSWORD, address).status()).isEqualTo(201);
    return token(username, ApiClient.PASSWORD, address).json().get("token").asString();
  }

  private String newCase(String token) {
    Response created = json("POST", "/api/cases", token, ApiContract.INTAKE);
    assertThat(created.status()).isEqualTo(201);
    return created.json().get("id").asString();
  }

  private int items(String token, String caseId) {
    return json("GET", "/api/cases/" + caseId + "/evidence", token, "").json().size();
  }

  private int cases(String token) {
    return json("GET", "/api/cases", token, "").json().size();
  }

  /** One part of a multipart body. */
  record Part(String name, String filename, String contentType, byte[] content) {
    static Part item(String json) {
      return new Part("item", null, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    static Part file(String filename, byte[] content) {
      return new Part("files", filename, "application/octet-stream", content);
    }
  }

  static byte[] multipart(String boundary, Part... parts) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Part part : parts) {
      StringBuilder head = new StringBuilder("--" + boundary + "\r\n");
      head.append("Content-Disposition: form-data; name=\"").append(part.name()).append('"');
      if (part.filename() != null) {
        head.append("; filename=\"").append(part.filename()).append('"');
      }
      head.append("\r\nContent-Type: ").append(part.contentType()).append("\r\n\r\n");
      body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
      body.writeBytes(part.content());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }

  private Response upload(
      String token, String caseId, String contentType, byte[] body, String... h) {
    return call("POST", "/api/cases/" + caseId + "/evidence", token, null, contentType, body, h);
  }

  private Response upload(String token, String caseId, Part... parts) {
    return upload(
        token, caseId, "multipart/form-data; boundary=b0undary", multipart("b0undary", parts));
  }

  static void assertErrorJson(Response response, int status, String code) {
    assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
    assertThat(response.header("Content-Type")).startsWith("application/json");
    if (code != null) {
      assertThat(response.json().get("error").asString()).isEqualTo(code);
    }
    assertThat(response.json().get("message").asString()).isNotBlank().doesNotContain("Exception");
  }

  // ------------------------------------------------------------------ malformed requests

  @Test
  void malformedMultipartBodiesAre4xxAndSaveNothing() {
    String token = newUserToken();
    String caseId = newCase(token);
    byte[] good = multipart("b0undary", Part.item(ITEM), Part.file("a.txt", "你好".getBytes()));
    Map<String, Object[]> malformed = new LinkedHashMap<>();
    malformed.put("no boundary", new Object[] {"multipart/form-data", good});
    malformed.put("empty boundary", new Object[] {"multipart/form-data; boundary=", good});
    malformed.put(
        "boundary longer than the parser's buffer",
        new Object[] {"multipart/form-data; boundary=" + "b".repeat(5000), good});
    malformed.put(
        "cut short",
        new Object[] {
          "multipart/form-data; boundary=b0undary", Arrays.copyOf(good, good.length - 30)
        });
    malformed.put(
        "cut inside the part headers",
        new Object[] {"multipart/form-data; boundary=b0undary", Arrays.copyOf(good, 40)});
    for (var entry : malformed.entrySet()) {
      String type = (String) entry.getValue()[0];
      byte[] body = (byte[]) entry.getValue()[1];
      // Anonymous: never parsed, the endpoints take JSON.
      for (String open : List.of("/api/auth/register", "/api/auth/token")) {
        assertErrorJson(
            call("POST", open, null, freshAddress(), type, body), 415, "UNSUPPORTED_MEDIA_TYPE");
      }
      Response refused = upload(token, caseId, type, body);
      assertErrorJson(refused, 400, "INVALID_INPUT");
      assertThat(refused.json().get("message").asString())
          .as(entry.getKey())
          .contains("multipart/form-data");
      Response asCase = call("POST", "/api/cases", token, null, type, body);
      assertThat(asCase.status()).as(entry.getKey()).isEqualTo(400);
    }
    // A wrong boundary finds no parts at all: the upload misses its item.
    assertErrorJson(
        upload(token, caseId, "multipart/form-data; boundary=other", good), 400, "INVALID_INPUT");
    assertThat(items(token, caseId)).isZero();
    assertThat(cases(token)).isEqualTo(1);
  }

  @Test
  void aNulInAFileNameIs400AtEveryUrl() {
    String token = newUserToken();
    String caseId = newCase(token);
    byte[] body = multipart("b0undary", Part.item(ITEM), Part.file("张伟\0身份证.txt", "x".getBytes()));
    String type = "multipart/form-data; boundary=b0undary";

    Response evidence = upload(token, caseId, type, body);
    assertErrorJson(evidence, 400, "INVALID_INPUT");
    assertThat(evidence.json().get("message").asString()).contains("NUL");
    assertErrorJson(call("POST", "/api/cases", token, null, type, body), 400, "INVALID_INPUT");
    assertErrorJson(call("POST", "/api/law/search", token, null, type, body), 400, "INVALID_INPUT");
    assertThat(items(token, caseId)).isZero();

    // Pages: a visitor is sent to sign in before anything is read; a signed-in user gets the
    // error page.
    HttpResponse<String> anonymous = pagesFrom(freshAddress()).post("/login", type, body);
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    PageBrowser session = pagesFrom(freshAddress());
    session.register(ApiClient.uniqueUsername());
    HttpResponse<String> page =
        session.post("/cases/" + UUID.randomUUID() + "/evidence", type, body);
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(page.body()).contains("<html").doesNotContain("Exception");
  }

  @Test
  void aMalformedAcceptHeaderIs400BeforeTheHandlerActs() {
    String token = newUserToken();
    String caseId = newCase(token);
    for (String accept : List.of("foo", "*/*;q=abc", "application/json;q=")) {
      Response create = json("POST", "/api/cases", token, ApiContract.INTAKE, "Accept", accept);
      assertErrorJson(create, 400, "INVALID_INPUT");
      assertThat(create.json().get("message").asString()).contains("Accept");
      assertErrorJson(json("GET", "/api/cases", token, "", "Accept", accept), 400, null);
      assertErrorJson(
          upload(
              token,
              caseId,
              "multipart/form-data; boundary=b0undary",
              multipart("b0undary", Part.item(ITEM)),
              "Accept",
              accept),
          400,
          "INVALID_INPUT");
      assertErrorJson(
          json(
              "PATCH",
              "/api/cases/" + caseId + "/steps/report-police",
              token,
              "{\"status\":\"DONE\"}",
              "Accept",
              accept),
          400,
          null);
    }
    // Well-formed but without JSON: 406, also before anything is saved.
    assertErrorJson(
        json("POST", "/api/cases", token, ApiContract.INTAKE, "Accept", "image/png"),
        406,
        "NOT_ACCEPTABLE");
    assertThat(cases(token)).isEqualTo(1);
    assertThat(items(token, caseId)).isZero();
    JsonNode plan = json("GET", "/api/cases/" + caseId, token, "").json();
    assertThat(plan.at("/progress/done").asInt()).isZero();
  }

  @Test
  void errorIsNoPageOfItsOwn() {
    Response direct = call("GET", "/error", null, null, null, null);
    assertThat(direct.status()).isEqualTo(404);
    assertThat(direct.header("Content-Type")).startsWith("text/html");
    assertThat(call("GET", "/error", null, null, null, null, "Accept", "application/json").status())
        .isEqualTo(404);
  }

  @Test
  void anAnonymousUploadIsRefusedBeforeItsBodyIsRead() throws IOException {
    byte[] start =
        ("--x\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.png\"\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] firstPart = Arrays.copyOf(start, 64 * 1024);
    for (String authorization :
        new String[] {"", "Authorization: Bearer lk_" + "A".repeat(43) + "\r\n"}) {
      RawHttp.Answer api =
          RawHttp.answerBeforeTheBodyIsSent(
              port,
              "POST /api/cases/"
                  + UUID.randomUUID()
                  + "/evidence HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  + authorization
                  + "Content-Type: multipart/form-data; boundary=x\r\n"
                  + "Content-Length: 40000000\r\n\r\n",
              firstPart,
              Duration.ofSeconds(20));
      assertThat(api.status()).isEqualTo(401);
    }
    RawHttp.Answer page =
        RawHttp.answerBeforeTheBodyIsSent(
            port,
            "POST /cases/"
                + UUID.randomUUID()
                + "/evidence HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: multipart/form-data; boundary=x\r\n"
                + "Content-Length: 40000000\r\n\r\n",
            firstPart,
            Duration.ofSeconds(20));
    assertThat(page.status()).isEqualTo(302);
    assertThat(page.headers().get("location")).endsWith("/login");
  }

  // ------------------------------------------------------------------ accounts and throttling

  @Test
  void registrationsPerAddressAreLimited() {
    String address = freshAddress();
    for (int i = 0; i < 3; i++) {
      assertThat(register(ApiClient.uniqueUsername(), ApiClient.PASSWORD, address).status())
          .isEqualTo(201);
    }
    String fourth = ApiClient.uniqueUsername();
    Response refused = register(fourth, ApiClient.PASSWORD, address);
    assertErrorJson(refused, 429, "TOO_MANY_REGISTRATIONS");
    assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 3600);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM account WHERE username = ?")
                .param(fourth)
                .query(Long.class)
                .single())
        .isZero();
    // The page counts the same; another address is not affected.
    PageBrowser sameAddress = pagesFrom(address);
    assertThat(sameAddress.register(ApiClient.uniqueUsername()).statusCode()).isEqualTo(429);
    assertThat(register(fourth, ApiClient.PASSWORD, freshAddress()).status()).isEqualTo(201);
  }

  @Test
  void theGuesserWaitsAndTheHolderSignsInFromElsewhere() {
    String username = ApiClient.uniqueUsername();
    assertThat(register(username, ApiClient.PASSWORD, freshAddress()).status()).isEqualTo(201);
    String guesser = freshAddress();
    for (int i = 0; i < 6; i++) {
      assertThat(token(username, "wrong-password-" + i, guesser).status()).isEqualTo(401);
    }
    Response waiting = token(username, ApiClient.PASSWORD, guesser);
    assertErrorJson(waiting, 429, "TOO_MANY_ATTEMPTS");
    assertThat(Integer.parseInt(waiting.header("Retry-After"))).isGreaterThan(60);
    assertThat(token(username, ApiClient.PASSWORD, freshAddress()).status()).isEqualTo(200);
  }

  @Test
  void guessingFromManyAddressesLocksTheUsernameButNotForTheHoldersOwnAddress() {
    String username = ApiClient.uniqueUsername();
    String holder = freshAddress();
    assertThat(register(username, ApiClient.PASSWORD, holder).status()).isEqualTo(201);
    assertThat(token(username, ApiClient.PASSWORD, holder).status()).isEqualTo(200);
    for (int guesser = 0; guesser < 3; guesser++) {
      String address = freshAddress();
      for (int i = 0; i < 4; i++) {
        assertThat(token(username, "wrong-" + guesser + "-" + i, address).status()).isEqualTo(401);
      }
    }
    assertErrorJson(token(username, ApiClient.PASSWORD, freshAddress()), 429, "TOO_MANY_ATTEMPTS");
    assertThat(token(username, ApiClient.PASSWORD, holder).status()).isEqualTo(200);
  }

  @Test
  void deletingTheAccountOverTheApiNeedsThePassword() {
    String token = newUserToken();
    String caseId = newCase(token);
    assertErrorJson(
        call("DELETE", "/api/account", token, null, null, null), 400, "PASSWORD_REQUIRED");
    assertErrorJson(json("DELETE", "/api/account", token, "{}"), 400, "PASSWORD_REQUIRED");
    Response wrong = json("DELETE", "/api/account", token, "{\"password\":\"not-the-password\"}");
    assertErrorJson(wrong, 403, "WRONG_PASSWORD");
    assertThat(json("GET", "/api/cases/" + caseId, token, "").status()).isEqualTo(200);

    assertThat(api.deleteAccount(token, ApiClient.PASSWORD).status()).isEqualTo(204);
    assertThat(json("GET", "/api/cases", token, "").status()).isEqualTo(401);
  }

  // ------------------------------------------------------------------ input taken as written

  @Test
  void registrationTakesStringsOnly() {
    for (String body :
        List.of(
            "{\"username\":123456,\"password\":\"" + ApiClient.PASSWORD + "\"}",
            "{\"username\":true,\"password\":\"" + ApiClient.PASSWORD + "\"}",
            "{\"username\":\"" + ApiClient.uniqueUsername() + "\",\"password\":12345678901}")) {
      Response refused =
          call(
              "POST",
              "/api/auth/register",
              null,
              freshAddress(),
              "application/json",
              body.getBytes(StandardCharsets.UTF_8));
      assertErrorJson(refused, 400, "INVALID_INPUT");
      assertThat(refused.json().get("message").asString()).containsAnyOf("username", "password");
    }
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM account WHERE username IN ('123456', 'true')")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void datesAreDates() {
    String token = newUserToken();
    for (String noticedOn : List.of("[]", "[2026,11,1]", "\"2026-11-01T10:00:00\"", "20261101")) {
      Response refused =
          json(
              "POST",
              "/api/cases",
              token,
              "{\"leaked\":[\"PHONE\"],\"noticedOn\":" + noticedOn + "}");
      assertErrorJson(refused, 400, "INVALID_INPUT");
      assertThat(refused.json().get("message").asString()).startsWith("noticedOn");
    }
    assertThat(cases(token)).isZero();
  }

  @Test
  void evidenceInputIsCheckedBeforeAnythingIsStored() {
    String token = newUserToken();
    String caseId = newCase(token);
    Map<String, String> times =
        Map.of(
            "-999999999-01-01T00:00", "before 1990-01-01",
            "1989-12-31T23:59", "before 1990-01-01",
            "+10000-01-01T00:00", "future");
    for (var time : times.entrySet()) {
      Response refused =
          upload(
              token,
              caseId,
              Part.item("{\"kind\":\"CALL\",\"occurredAt\":\"" + time.getKey() + "\"}"));
      assertErrorJson(refused, 400, "INVALID_INPUT");
      assertThat(refused.json().get("message").asString())
          .startsWith("occurredAt")
          .contains(time.getValue());
    }
    Response numberAsKind =
        upload(token, caseId, Part.item("{\"kind\":5,\"occurredAt\":\"2026-11-20T14:03\"}"));
    assertErrorJson(numberAsKind, 400, "INVALID_INPUT");
    assertThat(numberAsKind.json().get("message").asString())
        .isEqualTo("item.kind: '5' is not a string");

    Response empty = upload(token, caseId, Part.item(ITEM), Part.file("截图.png", new byte[0]));
    assertErrorJson(empty, 400, "INVALID_INPUT");
    assertThat(empty.json().get("message").asString()).contains("files[0]", "empty");

    String longName = "长".repeat(296) + ".txt";
    Response tooLong = upload(token, caseId, Part.item(ITEM), Part.file(longName, "hi".getBytes()));
    assertErrorJson(tooLong, 400, "INVALID_INPUT");
    assertThat(tooLong.json().get("message").asString()).contains("300 characters", "255");

    Response farTooLong =
        upload(
            token, caseId, Part.item(ITEM), Part.file("a".repeat(9000) + ".txt", "hi".getBytes()));
    assertErrorJson(farTooLong, 400, "INVALID_INPUT");
    assertThat(farTooLong.json().get("message").asString()).contains("headers", "255");

    assertThat(items(token, caseId)).isZero();
  }

  // ------------------------------------------------------------------ operations

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void aClientThatGoesAwayIsLoggedInOneLine(CapturedOutput output) throws Exception {
    String token = newUserToken();
    String caseId = newCase(token);
    byte[] png = new byte[16 * 1024 * 1024];
    new Random(17).nextBytes(png);
    System.arraycopy(HexFormat.of().parseHex("89504e470d0a1a0a"), 0, png, 0, 8);
    Response stored = upload(token, caseId, Part.item(ITEM), Part.file("录音截图.png", png));
    assertThat(stored.status()).isEqualTo(201);
    String sha256 = stored.json().at("/files/0/sha256").asString();
    int before = output.getOut().length();

    RawHttp.Answer download =
        RawHttp.goAwayDuringTheBody(
            port,
            "GET /api/cases/"
                + caseId
                + "/evidence/files/"
                + sha256
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                + token
                + "\r\n\r\n",
            1000,
            Duration.ofSeconds(20));
    assertThat(download.status()).isEqualTo(200);

    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!output.getOut().substring(before).contains("Client went away")
        && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    String logged = output.getOut().substring(before);
    assertThat(logged).contains("INFO").contains("Client went away");
    assertThat(logged).doesNotContain("ERROR").doesNotContain("\tat ");
  }

  /** A browser on the pages whose requests come from one client address. */
  private PageBrowser pagesFrom(String address) {
    return new PageBrowser(port).withHeader("X-Forwarded-For", address);
  }
}
