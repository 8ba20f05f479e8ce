package org.leakaid.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leakaid.app.ApiClient.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The REST API as DESIGN.md specifies it, over real HTTP against the app and a real database.
 * Subclasses choose the database (H2, PostgreSQL), so persistence is checked on both.
 */
public abstract class ApiContract {

  protected static final String INTAKE =
      """
      {"leaked":["PHONE","BANK_CARD"],"symptoms":["HARASSING_CALLS","MONEY_LOST"],
       "moneyLostYuan":2000,"suspectedSource":"某购物平台","noticedOn":"2026-11-20"}""";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  protected ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  @Test
  void registerTokenIntakeAndPlan() {
    String username = ApiClient.uniqueUsername();
    Response registered = api.register(username, ApiClient.PASSWORD);
    assertThat(registered.status()).isEqualTo(201);
    assertThat(registered.json().get("username").asString()).isEqualTo(username);

    Response token = api.tokenResponse(username, ApiClient.PASSWORD);
    assertThat(token.status()).isEqualTo(200);
    String bearer = token.json().get("token").asString();
    assertThat(bearer).startsWith("lk_").hasSize(46);

    Response created = api.post("/api/cases", bearer, INTAKE);
    assertThat(created.status()).isEqualTo(201);
    JsonNode body = created.json();
    String id = body.get("id").asString();
    assertThat(UUID.fromString(id).version()).isEqualTo(4);
    assertThat(created.header("Location")).isEqualTo("/api/cases/" + id);
    assertThat(body.at("/risk/level").asString()).isIn("HIGH", "CRITICAL");
    assertThat(body.at("/risk/reasons").size()).isPositive();
    assertThat(body.at("/intake/suspectedSource").asString()).isEqualTo("某购物平台");

    List<String> keys = new ArrayList<>();
    List<String> urgencies = new ArrayList<>();
    for (JsonNode step : body.get("plan")) {
      keys.add(step.get("key").asString());
      urgencies.add(step.get("urgency").asString());
      assertThat(step.get("status").asString()).isEqualTo("TODO");
      assertThat(step.get("title").asString()).isNotBlank();
      assertThat(step.get("why").asString()).isNotBlank();
      assertThat(step.get("how").asString()).isNotBlank();
      assertThat(step.get("legalBasis").isArray()).isTrue();
    }
    assertThat(keys)
        .contains(
            "call-police-110",
            "freeze-payment-accounts",
            "collect-evidence",
            "report-police",
            "enable-call-filter",
            "ignore-noise")
        .doesNotContain("protect-id-copies", "replace-account");
    // IMMEDIATE steps come first.
    int lastImmediate = urgencies.lastIndexOf("IMMEDIATE");
    int firstOther =
        urgencies.indexOf(
            urgencies.stream().filter(u -> !u.equals("IMMEDIATE")).findFirst().orElseThrow());
    assertThat(lastImmediate).isLessThan(firstOther);
    assertThat(body.at("/progress/total").asInt()).isEqualTo(keys.size());

    Response fetched = api.get("/api/cases/" + id, bearer);
    assertThat(fetched.status()).isEqualTo(200);
    assertThat(fetched.json().get("plan")).isEqualTo(body.get("plan"));
    Response list = api.get("/api/cases", bearer);
    assertThat(list.json().size()).isEqualTo(1);
    assertThat(list.json().get(0).get("id").asString()).isEqualTo(id);
  }

  @Test
  void everyOtherCallNeedsAToken() {
    for (Response response :
        List.of(
            api.get("/api/cases", null),
            api.post("/api/cases", null, INTAKE),
            api.get("/api/account/export", null),
            api.get("/api/law/articles/PIPL-47", null),
            api.get("/api/cases", "lk_" + "A".repeat(43)),
            api.send("GET", "/api/cases", null, null, null))) {
      assertThat(response.status()).isEqualTo(401);
      assertThat(response.json().get("error").asString()).isEqualTo("UNAUTHORIZED");
      assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }
  }

  @Test
  void anotherUsersCaseIsNotFound() {
    String alice = api.newUserToken();
    String bob = api.newUserToken();
    String id = api.post("/api/cases", alice, INTAKE).json().get("id").asString();

    Response peek = api.get("/api/cases/" + id, bob);
    Response unknown = api.get("/api/cases/" + UUID.randomUUID(), bob);
    assertThat(peek.status()).isEqualTo(404);
    // Indistinguishable from a case that does not exist at all.
    assertThat(peek.raw().body()).isEqualTo(unknown.raw().body());
    assertThat(peek.json().get("error").asString()).isEqualTo("CASE_NOT_FOUND");

    Response patch =
        api.patch("/api/cases/" + id + "/steps/report-police", bob, "{\"status\":\"DONE\"}");
    assertThat(patch.status()).isEqualTo(404);
    assertThat(api.get("/api/cases", bob).json().size()).isZero();

    JsonNode step = stepOf(api.get("/api/cases/" + id, alice).json(), "report-police");
    assertThat(step.get("status").asString()).isEqualTo("TODO");
  }

  @Test
  void stepProgressIsStored() {
    String token = api.newUserToken();
    String id = api.post("/api/cases", token, INTAKE).json().get("id").asString();

    Response done =
        api.patch(
            "/api/cases/" + id + "/steps/report-police",
            token,
            "{\"status\":\"DONE\",\"note\":\"报案回执编号 2026-118\"}");
    assertThat(done.status()).isEqualTo(200);
    assertThat(done.json().get("status").asString()).isEqualTo("DONE");
    api.patch("/api/cases/" + id + "/steps/ignore-noise", token, "{\"status\":\"SKIPPED\"}");

    JsonNode reread = api.get("/api/cases/" + id, token).json();
    assertThat(stepOf(reread, "report-police").get("note").asString()).isEqualTo("报案回执编号 2026-118");
    assertThat(reread.at("/progress/done").asInt()).isEqualTo(1);
    assertThat(reread.at("/progress/skipped").asInt()).isEqualTo(1);

    api.patch("/api/cases/" + id + "/steps/report-police", token, "{\"status\":\"TODO\"}");
    reread = api.get("/api/cases/" + id, token).json();
    assertThat(stepOf(reread, "report-police").get("status").asString()).isEqualTo("TODO");
    assertThat(reread.at("/progress/done").asInt()).isZero();

    Response unknownKey =
        api.patch("/api/cases/" + id + "/steps/no-such-step", token, "{\"status\":\"DONE\"}");
    assertThat(unknownKey.status()).isEqualTo(404);
    assertThat(unknownKey.json().get("error").asString()).isEqualTo("STEP_NOT_FOUND");
    // A playbook step that does not apply to this intake is not part of this case's plan.
    Response notInPlan =
        api.patch("/api/cases/" + id + "/steps/protect-id-copies", token, "{\"status\":\"DONE\"}");
    assertThat(notInPlan.status()).isEqualTo(404);
    for (String bad :
        List.of(
            "{\"status\":\"FINISHED\"}",
            "{}",
            "{\"status\":\"DONE\",\"note\":\"" + "长".repeat(1001) + "\"}",
            "{\"status\":5}",
            "not json")) {
      Response rejected = api.patch("/api/cases/" + id + "/steps/report-police", token, bad);
      assertThat(rejected.status()).as(bad).isEqualTo(400);
      assertThat(rejected.json().get("error").asString()).as(bad).isNotBlank();
    }
  }

  static Stream<Arguments> badIntakes() {
    String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).toString();
    return Stream.of(
        Arguments.of("malformed JSON", "{\"leaked\":[\"NAME\"],", "MALFORMED_JSON"),
        Arguments.of("trailing garbage", "{\"leaked\":[\"NAME\"]} x", "MALFORMED_JSON"),
        Arguments.of("empty body", "", "MALFORMED_JSON"),
        Arguments.of("not an object", "[1,2]", "INVALID_INPUT"),
        Arguments.of("unknown leaked value", "{\"leaked\":[\"SHOE_SIZE\"]}", "INVALID_INPUT"),
        Arguments.of("unknown symptom", "{\"symptoms\":[\"BOREDOM\"]}", "INVALID_INPUT"),
        Arguments.of("enum by number", "{\"leaked\":[1]}", "INVALID_INPUT"),
        Arguments.of("null in list", "{\"leaked\":[null]}", "INVALID_INPUT"),
        Arguments.of("list as string", "{\"leaked\":\"NAME\"}", "INVALID_INPUT"),
        Arguments.of(
            "money as text", "{\"leaked\":[\"NAME\"],\"moneyLostYuan\":\"lots\"}", "INVALID_INPUT"),
        Arguments.of(
            "negative money", "{\"leaked\":[\"NAME\"],\"moneyLostYuan\":-1}", "INVALID_INPUT"),
        Arguments.of(
            "money below fen", "{\"leaked\":[\"NAME\"],\"moneyLostYuan\":0.001}", "INVALID_INPUT"),
        Arguments.of(
            "future date",
            "{\"leaked\":[\"NAME\"],\"noticedOn\":\"" + tomorrow + "\"}",
            "INVALID_INPUT"),
        Arguments.of(
            "impossible date",
            "{\"leaked\":[\"NAME\"],\"noticedOn\":\"2026-02-30\"}",
            "INVALID_INPUT"),
        Arguments.of(
            "date as number", "{\"leaked\":[\"NAME\"],\"noticedOn\":20261120}", "INVALID_INPUT"),
        Arguments.of(
            "source too long",
            "{\"leaked\":[\"NAME\"],\"suspectedSource\":\"" + "某".repeat(201) + "\"}",
            "INVALID_INPUT"),
        Arguments.of(
            "unknown field", "{\"leaked\":[\"NAME\"],\"leakd\":[\"PHONE\"]}", "INVALID_INPUT"),
        Arguments.of("nothing chosen", "{\"leaked\":[],\"symptoms\":[]}", "INVALID_INPUT"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badIntakes")
  void badIntakeIsRejectedWithErrorJsonAndStoresNothing(String what, String body, String code) {
    String token = api.newUserToken();
    Response response = api.post("/api/cases", token, body);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("error").asString()).isEqualTo(code);
    assertThat(response.json().get("message").asString()).isNotBlank().doesNotContain("Exception");
    assertThat(api.get("/api/cases", token).json().size()).isZero();
  }

  @Test
  void gbkJsonIsReadWhenItsCharsetIsNamedAndRefusedClearlyWhenNot() {
    String token = api.newUserToken();
    byte[] gbk =
        "{\"leaked\":[\"PHONE\"],\"suspectedSource\":\"某快递平台\"}".getBytes(Charset.forName("GBK"));

    Response named =
        api.sendBytes("POST", "/api/cases", token, "application/json; charset=GBK", gbk);
    assertThat(named.status()).isEqualTo(201);
    assertThat(named.json().get("intake").get("suspectedSource").asString()).isEqualTo("某快递平台");

    Response unnamed = api.sendBytes("POST", "/api/cases", token, "application/json", gbk);
    assertThat(unnamed.status()).isEqualTo(400);
    assertThat(unnamed.json().get("error").asString()).isEqualTo("MALFORMED_JSON");
    assertThat(unnamed.json().get("message").asString()).contains("UTF-8", "charset=GBK");
  }

  @Test
  void errorsAreJsonForEveryStatus() {
    String token = api.newUserToken();
    Response unknownPath = api.get("/api/no-such-thing", token);
    assertThat(unknownPath.status()).isEqualTo(404);
    assertThat(unknownPath.json().get("error").asString()).isEqualTo("NOT_FOUND");

    Response wrongMethod = api.send("PUT", "/api/cases", token, "application/json", "{}");
    assertThat(wrongMethod.status()).isEqualTo(405);
    assertThat(wrongMethod.json().get("error").asString()).isEqualTo("METHOD_NOT_ALLOWED");

    Response wrongType = api.send("POST", "/api/cases", token, "text/plain", "PHONE");
    assertThat(wrongType.status()).isEqualTo(415);
    assertThat(wrongType.json().get("error").asString()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");

    String huge = "{\"suspectedSource\":\"" + "x".repeat(2_000_000) + "\"}";
    Response tooLarge = api.post("/api/cases", token, huge);
    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(tooLarge.json().get("error").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
    assertThat(api.get("/api/cases", token).json().size()).isZero();
  }

  @Test
  void registrationRules() {
    String username = ApiClient.uniqueUsername();
    assertThat(api.register(username, "short").json().get("error").asString())
        .isEqualTo("WEAK_PASSWORD");
    assertThat(api.register(username, username).status()).isEqualTo(400);
    assertThat(api.register("a", ApiClient.PASSWORD).json().get("error").asString())
        .isEqualTo("INVALID_USERNAME");
    assertThat(api.register("<script>", ApiClient.PASSWORD).status()).isEqualTo(400);
    assertThat(api.register(username, ApiClient.PASSWORD).status()).isEqualTo(201);
    Response again = api.register(username.toUpperCase(), ApiClient.PASSWORD);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("error").asString()).isEqualTo("USERNAME_TAKEN");
    // The password is stored as an Argon2 hash, never as given.
    String stored =
        jdbc.sql("SELECT password_hash FROM account WHERE username = ?")
            .param(username)
            .query(String.class)
            .single();
    assertThat(stored).startsWith("{argon2}$argon2id$").doesNotContain(ApiClient.PASSWORD);
    Response wrong = api.tokenResponse(username, "not-the-password");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.json().get("error").asString()).isEqualTo("BAD_CREDENTIALS");
  }

  @Test
  void tokensAreStoredOnlyAsHashes() {
    String username = ApiClient.uniqueUsername();
    api.register(username, ApiClient.PASSWORD);
    String token = api.token(username, ApiClient.PASSWORD);
    List<String> stored =
        jdbc.sql(
                "SELECT t.token_hash FROM api_token t JOIN account a ON a.id = t.account_id"
                    + " WHERE a.username = ?")
            .param(username)
            .query(String.class)
            .list();
    assertThat(stored).hasSize(1);
    assertThat(stored.get(0)).hasSize(64).isNotEqualTo(token).doesNotContain(token.substring(3));
    assertThat(api.delete("/api/auth/token", token).status()).isEqualTo(204);
    assertThat(api.get("/api/cases", token).status()).isEqualTo(401);
  }

  @Test
  void repeatedFailuresMakeTheirAddressWaitWhateverItsForwardedForSays() {
    String username = ApiClient.uniqueUsername();
    api.register(username, ApiClient.PASSWORD);
    // No proxy is trusted by default: X-Forwarded-For cannot give each guess a fresh address.
    for (int i = 0; i < 6; i++) {
      Response wrong =
          api.sendWithHeaders(
              "POST",
              "/api/auth/token",
              "application/json",
              "{\"username\":\"" + username + "\",\"password\":\"wrong-password-" + i + "\"}",
              java.util.Map.of("X-Forwarded-For", "203.0.113." + (10 + i)));
      assertThat(wrong.status()).isEqualTo(401);
    }
    Response waiting = api.tokenResponse(username, ApiClient.PASSWORD);
    assertThat(waiting.status()).isEqualTo(429);
    assertThat(waiting.json().get("error").asString()).isEqualTo("TOO_MANY_ATTEMPTS");
    assertThat(Integer.parseInt(waiting.header("Retry-After"))).isPositive();
    // Other users are not affected.
    String other = ApiClient.uniqueUsername();
    api.register(other, ApiClient.PASSWORD);
    assertThat(api.tokenResponse(other, ApiClient.PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void exportContainsEverything() {
    String username = ApiClient.uniqueUsername();
    api.register(username, ApiClient.PASSWORD);
    String token = api.token(username, ApiClient.PASSWORD);
    String id = api.post("/api/cases", token, INTAKE).json().get("id").asString();
    api.patch(
        "/api/cases/" + id + "/steps/report-police",
        token,
        "{\"status\":\"DONE\",\"note\":\"已报案\"}");

    Response export = api.get("/api/account/export", token);
    assertThat(export.status()).isEqualTo(200);
    JsonNode json = export.json();
    assertThat(json.at("/account/username").asString()).isEqualTo(username);
    assertThat(json.get("cases").size()).isEqualTo(1);
    JsonNode exported = json.get("cases").get(0);
    assertThat(exported.get("id").asString()).isEqualTo(id);
    assertThat(exported.at("/intake/suspectedSource").asString()).isEqualTo("某购物平台");
    assertThat(exported.at("/intake/leaked").toString()).contains("PHONE", "BANK_CARD");
    assertThat(exported.at("/steps/0/key").asString()).isEqualTo("report-police");
    assertThat(exported.at("/steps/0/note").asString()).isEqualTo("已报案");
    assertThat(export.raw().body()).doesNotContain("password", "argon2");
  }

  @Test
  void deletingTheAccountRemovesEverything() {
    String username = ApiClient.uniqueUsername();
    api.register(username, ApiClient.PASSWORD);
    String token = api.token(username, ApiClient.PASSWORD);
    String id = api.post("/api/cases", token, INTAKE).json().get("id").asString();
    api.patch("/api/cases/" + id + "/steps/report-police", token, "{\"status\":\"DONE\"}");

    assertThat(api.deleteAccount(token, ApiClient.PASSWORD).status()).isEqualTo(204);

    assertThat(api.get("/api/cases", token).status()).isEqualTo(401);
    assertThat(api.tokenResponse(username, ApiClient.PASSWORD).status()).isEqualTo(401);
    UUID caseId = UUID.fromString(id);
    assertThat(count("SELECT COUNT(*) FROM leak_case WHERE id = ?", caseId)).isZero();
    assertThat(count("SELECT COUNT(*) FROM case_step WHERE case_id = ?", caseId)).isZero();
    assertThat(count("SELECT COUNT(*) FROM account WHERE username = ?", username)).isZero();
    // The name is free again, for a new and empty account.
    assertThat(api.register(username, ApiClient.PASSWORD).status()).isEqualTo(201);
    String fresh = api.token(username, ApiClient.PASSWORD);
    assertThat(api.get("/api/cases", fresh).json().size()).isZero();
    assertThat(api.get("/api/cases/" + id, fresh).status()).isEqualTo(404);
  }

  @Test
  void stepTextsFollowTheRequestLanguage() {
    String token = api.newUserToken();
    String id = api.post("/api/cases", token, INTAKE).json().get("id").asString();
    String zh =
        stepOf(api.get("/api/cases/" + id, token).json(), "report-police").get("title").asString();
    String en =
        stepOf(api.get("/api/cases/" + id + "?lang=en", token).json(), "report-police")
            .get("title")
            .asString();
    Response byHeader =
        api.send("GET", "/api/cases/" + id, token, null, null, "en-US,en;q=0.9,zh;q=0.5");
    assertThat(zh).isNotEqualTo(en).matches(".*\\p{IsHan}.*");
    assertThat(en).doesNotContainPattern("\\p{IsHan}");
    assertThat(stepOf(byHeader.json(), "report-police").get("title").asString()).isEqualTo(en);
  }

  @Test
  void lawArticlesAndSearch() {
    String token = api.newUserToken();
    Response article = api.get("/api/law/articles/PIPL-47", token);
    assertThat(article.status()).isEqualTo(200);
    assertThat(article.json().get("ref").asString()).isEqualTo("PIPL-47");
    assertThat(article.json().get("text").asString()).contains("删除");
    Response unknown = api.get("/api/law/articles/PIPL-999", token);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("error").asString()).isEqualTo("ARTICLE_NOT_FOUND");
    Response search =
        api.get(
            "/api/law/search?q="
                + java.net.URLEncoder.encode("删除", java.nio.charset.StandardCharsets.UTF_8),
            token);
    assertThat(search.status()).isEqualTo(200);
    assertThat(search.json().size()).isPositive();
    assertThat(api.get("/api/law/search", token).status()).isEqualTo(400);
  }

  @Test
  void openApiListsTheApi() {
    Response docs = api.get("/v3/api-docs", null);
    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.json().get("paths").propertyNames())
        .contains(
            "/api/auth/register",
            "/api/auth/token",
            "/api/cases",
            "/api/cases/{id}",
            "/api/cases/{id}/steps/{key}",
            "/api/law/articles/{ref}",
            "/api/law/search",
            "/api/account/export",
            "/api/account");
    assertThat(docs.json().at("/components/securitySchemes/bearer/scheme").asString())
        .isEqualTo("bearer");
  }

  private long count(String sql, Object param) {
    return jdbc.sql(sql).param(param).query(Long.class).single();
  }

  static JsonNode stepOf(JsonNode caseJson, String key) {
    for (JsonNode step : caseJson.get("plan")) {
      if (step.get("key").asString().equals(key)) {
        return step;
      }
    }
    throw new AssertionError("no step " + key + " in " + caseJson);
  }
}
