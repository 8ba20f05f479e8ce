package org.leakaid.app.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leakaid.app.ApiClient;
import org.leakaid.app.ApiClient.Response;
import org.leakaid.numbers.ReportTag;
import org.leakaid.numbers.Verdict;
import org.leakaid.numbers.offline.Label;
import org.leakaid.numbers.offline.OfflineDb;
import org.leakaid.numbers.offline.OfflineDelta;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The numbers API as DESIGN.md specifies it, over real HTTP against the app and a real database (H2
 * and PostgreSQL subclasses). Subclasses set {@code leakaid.numbers.reports-per-day-new-account=5}.
 */
public abstract class NumbersContract {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  ApiClient api;
  String token;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
    token = api.newUserToken();
  }

  /** A user whose account is {@code age} old (its creation time moved back in the database). */
  String userAged(Duration age) {
    String username = ApiClient.uniqueUsername();
    api.register(username, ApiClient.PASSWORD);
    jdbc.sql("UPDATE account SET created_at = ? WHERE username = ?")
        .params(Instant.now().minus(age).atOffset(ZoneOffset.UTC), username)
        .update();
    return api.token(username, ApiClient.PASSWORD);
  }

  /** A mobile number no other test uses. */
  static String freshMobile() {
    long n = Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000_000L);
    return "139" + String.format("%08d", n);
  }

  Response report(String user, String number, String tag) {
    return api.post("/api/numbers/" + number + "/reports", user, "{\"tag\":\"" + tag + "\"}");
  }

  @Test
  void aLookupHasTheContractsFields() {
    assertThat(api.get("/api/numbers/13800138000", null).status()).isEqualTo(401);
    Response r = api.get("/api/numbers/13800138000", token);
    assertThat(r.status()).isEqualTo(200);
    JsonNode j = r.json();
    assertThat(j.get("input").asString()).isEqualTo("13800138000");
    assertThat(j.get("e164").asString()).isEqualTo("+8613800138000");
    assertThat(j.get("valid").asBoolean()).isTrue();
    assertThat(j.get("type").asString()).isEqualTo("MOBILE");
    assertThat(j.get("region").asString()).isEqualTo("北京市");
    assertThat(j.get("carrier").asString()).isEqualTo("中国移动");
    assertThat(j.get("verdict").asString()).isIn("UNKNOWN", "SUSPICIOUS", "HARASSMENT", "FRAUD");
    assertThat(j.get("reasons").isArray()).isTrue();
    assertThat(j.get("reports").isObject()).isTrue();
    assertThat(j.get("notes").toString()).contains("携号转网");
    Response en = api.send("GET", "/api/numbers/13800138000", token, null, null, "en");
    assertThat(en.json().get("region").asString()).isEqualTo("Beijing");
    assertThat(en.json().get("carrier").asString()).isEqualTo("China Mobile");
  }

  @Test
  void anyWrittenFormInThePath() {
    for (String path :
        List.of(
            "+86%20138%200013%208000",
            "138-0013-8000",
            "0086-13800138000",
            "%EF%BC%91%EF%BC%93%EF%BC%98%EF%BC%90%EF%BC%90%EF%BC%91%EF%BC%93%EF%BC%98%EF%BC%90"
                + "%EF%BC%90%EF%BC%90")) {
      Response r = api.get("/api/numbers/" + path, token);
      assertThat(r.status()).as(path).isEqualTo(200);
      assertThat(r.json().get("e164").asString()).as(path).isEqualTo("+8613800138000");
    }
  }

  @Test
  void whatIsNotANumberIs400() {
    for (String bad : List.of("abc", "138%400013", "1234567890123456789012")) {
      Response r = api.get("/api/numbers/" + bad, token);
      assertThat(r.status()).as(bad).isEqualTo(400);
      assertThat(r.json().get("error").asString()).isEqualTo("INVALID_NUMBER");
      assertThat(r.json().get("message").asString()).startsWith("not a phone number");
    }
  }

  @Test
  void typesOfficialNumbersAndImitations() {
    JsonNode icbc = api.get("/api/numbers/95588", token).json();
    assertThat(icbc.get("type").asString()).isEqualTo("SERVICE");
    assertThat(icbc.get("verdict").asString()).isEqualTo("SAFE");
    assertThat(icbc.at("/official/name").asString()).isEqualTo("中国工商银行");
    JsonNode fake = api.get("/api/numbers/+95588", token).json();
    assertThat(fake.get("verdict").asString()).isEqualTo("FRAUD");
    assertThat(fake.get("reasons").toString()).contains("95588");
    assertThat(api.get("/api/numbers/17012345678", token).json().get("type").asString())
        .isEqualTo("VIRTUAL_MOBILE");
    assertThat(api.get("/api/numbers/400-810-8888", token).json().get("type").asString())
        .isEqualTo("TOLL_FREE");
    assertThat(api.get("/api/numbers/+12125551234", token).json().get("type").asString())
        .isEqualTo("OVERSEAS");
    JsonNode claimed =
        api.get("/api/numbers/13800138000?claims=%E5%B7%A5%E5%95%86%E9%93%B6%E8%A1%8C", token)
            .json();
    assertThat(claimed.get("verdict").asString()).isEqualTo("SUSPICIOUS");
    assertThat(claimed.get("reasons").toString()).contains("95588", "不会用手机号码");
  }

  @Test
  void oneReportPerUserALaterOneReplacesIt() {
    String number = freshMobile();
    // Looked up before anyone reported it: a report must not wait behind the remembered answer.
    assertThat(api.get("/api/numbers/" + number, token).json().get("reports").toString())
        .isEqualTo("{}");
    Response first = report(token, number, "HARASSMENT");
    assertThat(first.status()).isEqualTo(201);
    assertThat(first.json().get("number").asString()).isEqualTo("+86" + number);
    assertThat(first.json().get("replaced").asBoolean()).isFalse();
    assertThat(api.get("/api/numbers/" + number, token).json().get("reports").toString())
        .isEqualTo("{\"HARASSMENT\":1}");
    Response second =
        api.post(
            "/api/numbers/+86%20" + number + "/reports",
            token,
            "{\"tag\":\"FRAUD\",\"note\":\"自称银行客服\"}");
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.json().get("replaced").asBoolean()).isTrue();
    JsonNode looked = api.get("/api/numbers/" + number, token).json();
    assertThat(looked.get("reports").toString()).isEqualTo("{\"FRAUD\":1}");
    assertThat(report(api.newUserToken(), number, "FRAUD").status()).isEqualTo(201);
    assertThat(api.get("/api/numbers/" + number, token).json().get("reports").toString())
        .isEqualTo("{\"FRAUD\":2}");

    Response mine = api.get("/api/numbers/reports", token);
    assertThat(mine.json().toString()).contains("+86" + number, "自称银行客服");
    assertThat(api.delete("/api/numbers/" + number + "/reports", token).status()).isEqualTo(204);
    assertThat(api.delete("/api/numbers/" + number + "/reports", token).status()).isEqualTo(404);
    assertThat(api.get("/api/numbers/" + number, token).json().get("reports").toString())
        .isEqualTo("{\"FRAUD\":1}");
  }

  @Test
  void establishedUsersMakeAVerdictABurstOfNewAccountsDoesNot() {
    String number = freshMobile();
    for (int i = 0; i < 8; i++) {
      assertThat(report(api.newUserToken(), number, "FRAUD").status()).isEqualTo(201);
    }
    JsonNode burst = api.get("/api/numbers/" + number, token).json();
    assertThat(burst.get("verdict").asString()).isEqualTo("UNKNOWN");
    assertThat(burst.get("reports").toString()).isEqualTo("{\"FRAUD\":8}");
    assertThat(burst.get("reasons").toString()).contains("新注册");
    for (int i = 0; i < 3; i++) {
      report(userAged(Duration.ofDays(30)), number, "FRAUD");
    }
    assertThat(api.get("/api/numbers/" + number, token).json().get("verdict").asString())
        .isEqualTo("FRAUD");
    for (int i = 0; i < 8; i++) {
      report(api.newUserToken(), number, "SAFE");
    }
    assertThat(api.get("/api/numbers/" + number, token).json().get("verdict").asString())
        .isEqualTo("FRAUD");
  }

  @Test
  void badReportsAreRefusedClearly() {
    String number = freshMobile();
    Response tag = api.post("/api/numbers/" + number + "/reports", token, "{\"tag\":\"SPAM\"}");
    assertThat(tag.status()).isEqualTo(400);
    assertThat(tag.json().get("message").asString()).contains("HARASSMENT", "FAKE_OFFICIAL");
    Response noTag = api.post("/api/numbers/" + number + "/reports", token, "{\"note\":\"x\"}");
    assertThat(noTag.status()).isEqualTo(400);
    Response longNote =
        api.post(
            "/api/numbers/" + number + "/reports",
            token,
            "{\"tag\":\"FRAUD\",\"note\":\"" + "长".repeat(501) + "\"}");
    assertThat(longNote.status()).isEqualTo(400);
    assertThat(longNote.json().get("message").asString()).contains("500");
    Response badNumber = api.post("/api/numbers/xyz/reports", token, "{\"tag\":\"FRAUD\"}");
    assertThat(badNumber.json().get("error").asString()).isEqualTo("INVALID_NUMBER");
    assertThat(report(null, number, "FRAUD").status()).isEqualTo(401);
    assertThat(api.get("/api/numbers/" + number, token).json().get("reports").toString())
        .isEqualTo("{}");
  }

  @Test
  void aNewAccountIsRateLimited() {
    String fresh = api.newUserToken();
    for (int i = 0; i < 5; i++) {
      assertThat(report(fresh, freshMobile(), "MARKETING").status()).isEqualTo(201);
    }
    Response sixth = report(fresh, freshMobile(), "MARKETING");
    assertThat(sixth.status()).isEqualTo(429);
    assertThat(sixth.json().get("error").asString()).isEqualTo("TOO_MANY_REPORTS");
    assertThat(sixth.header("Retry-After")).isEqualTo("86400");
  }

  @Test
  void theOfflineDatabaseAndItsDeltas() throws Exception {
    byte[] before = download("/api/numbers/offline-db");
    OfflineDb old = OfflineDb.read(before);
    assertThat(old.lookup(8695588L)).isEqualTo(Label.OFFICIAL);
    assertThat(old.lookup(8612315L)).isEqualTo(Label.OFFICIAL);

    String number = freshMobile();
    long key = Long.parseLong("86" + number);
    assertThat(old.lookup(key)).isNull();
    for (int i = 0; i < 3; i++) {
      report(userAged(Duration.ofDays(10)), number, "DEBT_COLLECTION");
    }
    OfflineDb now = OfflineDb.read(download("/api/numbers/offline-db"));
    assertThat(now.version()).isGreaterThan(old.version());
    Label label = now.lookup(key);
    assertThat(label.verdict()).isEqualTo(Verdict.HARASSMENT);
    assertThat(label.tag()).isEqualTo(ReportTag.DEBT_COLLECTION);
    assertThat(label.countClass()).isEqualTo(Label.countClass(3));

    byte[] delta = download("/api/numbers/offline-db?since=" + old.version());
    assertThat(OfflineDelta.isDelta(delta)).isTrue();
    OfflineDb applied = OfflineDelta.apply(old, delta);
    assertThat(applied.version())
        .isEqualTo(OfflineDb.read(download("/api/numbers/offline-db")).version());
    assertThat(applied.lookup(key)).isEqualTo(label);

    Response future = api.get("/api/numbers/offline-db?since=999999999", token);
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.json().get("error").asString()).isEqualTo("UNKNOWN_VERSION");
    assertThat(api.get("/api/numbers/offline-db?since=abc", token).status()).isEqualTo(400);
    assertThat(api.get("/api/numbers/offline-db", null).status()).isEqualTo(401);
  }

  @Test
  void deletingAnAccountTakesItsReportsAndLabelsAlong() throws Exception {
    String number = freshMobile();
    List<String> users = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      users.add(userAged(Duration.ofDays(10)));
      report(users.get(i), number, "FRAUD");
    }
    long key = Long.parseLong("86" + number);
    assertThat(OfflineDb.read(download("/api/numbers/offline-db")).lookup(key)).isNotNull();
    assertThat(api.get("/api/numbers/" + number, token).json().get("reports").toString())
        .isEqualTo("{\"FRAUD\":3}");
    assertThat(api.deleteAccount(users.get(0), ApiClient.PASSWORD).status()).isEqualTo(204);
    assertThat(api.get("/api/numbers/" + number, token).json().get("reports").toString())
        .isEqualTo("{\"FRAUD\":2}");
    Label after = OfflineDb.read(download("/api/numbers/offline-db")).lookup(key);
    assertThat(after.verdict()).isEqualTo(Verdict.SUSPICIOUS);
  }

  private byte[] download(String path) throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Bearer " + token)
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/octet-stream");
    assertThat(response.headers().firstValue("X-LeakAid-Db-Version")).isPresent();
    return response.body();
  }
}
