package org.leakaid.app.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leakaid.app.ApiClient;
import org.leakaid.app.ApiClient.Response;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The sources API as DESIGN.md specifies it, over real HTTP against the app and a real database (H2
 * and PostgreSQL subclasses): ledger, canaries and matching, a case's suspects with a canary hit in
 * its evidence, the five-victim rule of the statistics, group consent, and 404 for other users.
 */
public abstract class SourcesContract {

  static final String INTAKE =
      "{\"leaked\":[\"NAME\",\"PHONE\",\"ADDRESS\"],\"symptoms\":[\"HARASSING_CALLS\",\"SPAM_SMS\"],"
          + "\"moneyLostYuan\":0,\"suspectedSource\":\"\",\"noticedOn\":\"2026-11-02\"}";

  static Path newDataDir() {
    try {
      return Files.createTempDirectory("leakaid-sources-it");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @LocalServerPort int port;
  ApiClient api;
  String token;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
    token = api.newUserToken();
  }

  String newCase(String user) {
    Response created = api.post("/api/cases", user, INTAKE);
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    return created.json().get("id").asString();
  }

  /** Records an evidence item without files through the evidence API; returns its id. */
  String evidence(String user, String caseId, String kind, String at, String from, String text) {
    return new SourcesContractSupport(api).evidence(user, caseId, kind, at, from, text);
  }

  Response ledger(String user, String platform, String data, String on, String purpose) {
    return api.post(
        "/api/sources/ledger",
        user,
        "{\"platform\":\""
            + platform
            + "\",\"data\":"
            + data
            + ",\"disclosedOn\":"
            + (on == null ? "null" : "\"" + on + "\"")
            + ",\"purpose\":\""
            + purpose
            + "\"}");
  }

  JsonNode canary(String user, String platform, String kind, String base) {
    Response r =
        api.post(
            "/api/sources/canaries",
            user,
            ApiClient.JSON.writeValueAsString(
                Map.of("platform", platform, "kind", kind, "base", base)));
    assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
    return r.json();
  }

  static void assertError(Response r, int status, String code, String messageStart) {
    assertThat(r.status()).as(r.raw().body()).isEqualTo(status);
    assertThat(r.json().get("error").asString()).isEqualTo(code);
    assertThat(r.json().get("message").asString()).startsWith(messageStart);
  }

  @Test
  void theLedgerKeepsWhatWentWhereAndRefusesBadLines() {
    Response created = ledger(token, "京东", "[\"NAME\",\"PHONE\",\"ADDRESS\"]", "2025-06", "收货");
    assertThat(created.status()).isEqualTo(201);
    JsonNode line = created.json();
    assertThat(line.get("platform").asString()).isEqualTo("京东");
    assertThat(line.get("data").toString()).isEqualTo("[\"NAME\",\"PHONE\",\"ADDRESS\"]");
    assertThat(line.get("disclosedOn").asString()).isEqualTo("2025-06");
    assertThat(line.get("purpose").asString()).isEqualTo("收货");
    assertThat(api.get("/api/sources/ledger", token).json().size()).isEqualTo(1);

    assertError(ledger(token, " ", "[\"NAME\"]", null, ""), 400, "INVALID_INPUT", "platform:");
    assertError(ledger(token, "京东", "[]", null, ""), 400, "INVALID_INPUT", "data:");
    assertError(ledger(token, "京东", "[\"SHOE_SIZE\"]", null, ""), 400, "INVALID_INPUT", "data:");
    assertError(
        ledger(token, "京东", "[\"NAME\"]", "2999-01", ""), 400, "INVALID_INPUT", "disclosedOn:");
    assertError(ledger(token, "京东", "[\"NAME\"]", "六月", ""), 400, "INVALID_INPUT", "disclosedOn:");
    assertError(
        api.post("/api/sources/ledger", token, "{\"platform\":"), 400, "MALFORMED_JSON", "");
    assertThat(api.get("/api/sources/ledger", null).status()).isEqualTo(401);

    // Another user sees nothing of it and cannot delete it: 404 as for an id that does not exist.
    String other = api.newUserToken();
    assertThat(api.get("/api/sources/ledger", other).json().size()).isZero();
    String id = line.get("id").asString();
    assertError(api.delete("/api/sources/ledger/" + id, other), 404, "NOT_FOUND", "");
    assertError(api.delete("/api/sources/ledger/not-a-uuid", token), 404, "NOT_FOUND", "");
    assertThat(api.delete("/api/sources/ledger/" + id, token).status()).isEqualTo(204);
    assertThat(api.get("/api/sources/ledger", token).json().size()).isZero();
  }

  @Test
  void canariesAreMadePerPlatformAndFoundInMessagesWrittenAnyWay() {
    JsonNode email = canary(token, "京东", "EMAIL", "Zhang.Wei@Example.com");
    String alias = email.get("value").asString();
    assertThat(alias).matches("Zhang\\.Wei\\+[a-z2-9]{4}@example\\.com");
    assertThat(email.get("kind").asString()).isEqualTo("EMAIL");
    assertThat(email.get("platform").asString()).isEqualTo("京东");
    JsonNode name = canary(token, "京东", "NAME", "张先生");
    assertThat(name.get("value").asString()).isEqualTo("张先生-京");
    // A second platform starting with the same character gets another mark, never a longer form.
    assertThat(canary(token, "京造", "NAME", "张先生").get("value").asString()).isEqualTo("张先生-造");
    JsonNode address = canary(token, "顺丰", "ADDRESS", "北京市朝阳区望京街道花园小区3号楼501");
    assertThat(address.get("value").asString()).matches("北京市朝阳区望京街道花园小区3号楼501-[A-Z][2-9]");
    assertThat(api.get("/api/sources/canaries", token).json().size()).isEqualTo(4);

    // Upper case, full-width letters, spaces, another dash: still the same canary.
    String shouted = toFullWidth(alias.toUpperCase());
    Response found =
        api.post(
            "/api/sources/match",
            token,
            ApiClient.JSON.writeValueAsString(
                Map.of("text", "收件人：" + shouted + "，张先生 — 京，您的包裹已到")));
    assertThat(found.status()).isEqualTo(200);
    List<String> platforms = new ArrayList<>();
    found.json().get("matches").forEach(m -> platforms.add(m.get("platform").asString()));
    assertThat(platforms).containsExactlyInAnyOrder("京东", "京东");
    assertThat(found.json().get("matches").get(0).has("value")).isTrue();

    String door = address.get("value").asString();
    String tail = door.substring(door.length() - 7); // "号楼501-K7": the end of the address
    JsonNode byDoor =
        api.post(
                "/api/sources/match",
                token,
                ApiClient.JSON.writeValueAsString(Map.of("text", "送到3" + tail.replace("-", " "))))
            .json();
    assertThat(byDoor.get("matches").size()).isEqualTo(1);
    assertThat(byDoor.at("/matches/0/platform").asString()).isEqualTo("顺丰");

    JsonNode none = api.post("/api/sources/match", token, "{\"text\":\"张先生，你好，京东618大促\"}").json();
    assertThat(none.get("matches").size()).as("张先生 and 京东 apart are no canary").isZero();

    // Another user's message with my canary finds nothing: canaries are per user.
    String other = api.newUserToken();
    assertThat(
            api.post(
                    "/api/sources/match",
                    other,
                    ApiClient.JSON.writeValueAsString(Map.of("text", alias)))
                .json()
                .get("matches")
                .size())
        .isZero();
    assertError(
        api.post(
            "/api/sources/canaries",
            token,
            "{\"platform\":\"京东\",\"kind\":\"EMAIL\",\"base\":\"not mail\"}"),
        400,
        "INVALID_INPUT",
        "base:");
    assertError(
        api.post(
            "/api/sources/canaries",
            token,
            "{\"platform\":\"京东\",\"kind\":\"PHONE\",\"base\":\"x\"}"),
        400,
        "INVALID_INPUT",
        "kind:");
    assertError(api.post("/api/sources/match", token, "{}"), 400, "INVALID_INPUT", "text:");
    assertError(
        api.delete("/api/sources/canaries/" + email.get("id").asString(), other),
        404,
        "NOT_FOUND",
        "");
  }

  @Test
  void aCanaryInTheEvidenceNamesTheLeakingPlatformFirst() {
    String caseId = newCase(token);
    assertThat(ledger(token, "优品商城", "[\"NAME\",\"PHONE\",\"ADDRESS\"]", "2026-03", "网购").status())
        .isEqualTo(201);
    assertThat(ledger(token, "京东", "[\"NAME\",\"PHONE\"]", "2026-05-10", "网购").status())
        .isEqualTo(201);
    assertThat(ledger(token, "快递柜", "[\"PHONE\"]", "2026-11-15", "取件").status()).isEqualTo(201);
    String variant = canary(token, "京东", "NAME", "王喆").get("value").asString();
    evidence(token, caseId, "CALL", "2026-11-01T10:00:00+08:00", "17012345678", "推销贷款");
    String hitItem =
        evidence(
            token,
            caseId,
            "SMS",
            "2026-11-20T14:03:00+08:00",
            "10690012345678",
            "【速贷】" + variant.replace("-", " - ") + "，你的借款已逾期");

    Response r = api.get("/api/cases/" + caseId + "/sources", token);
    assertThat(r.status()).isEqualTo(200);
    JsonNode first = r.json().get(0);
    assertThat(first.get("platform").asString()).isEqualTo("京东");
    assertThat(first.get("decisive").asBoolean()).isTrue();
    assertThat(first.get("score").asInt()).isGreaterThanOrEqualTo(Attribution.CANARY_POINTS);
    assertThat(first.at("/canaryHits/0/itemId").asString()).isEqualTo(hitItem);
    assertThat(first.at("/canaryHits/0/evidenceNumber").asInt()).isEqualTo(2);
    assertThat(first.get("reasons").get(0).asString()).contains("证据2").contains(variant);
    JsonNode second = r.json().get(1);
    assertThat(second.get("platform").asString()).isEqualTo("优品商城");
    assertThat(second.get("decisive").asBoolean()).isFalse();
    assertThat(second.get("reasons").toString()).contains("线索");
    JsonNode last = r.json().get(2);
    assertThat(last.get("platform").asString()).isEqualTo("快递柜");
    assertThat(last.get("reasons").toString()).contains("解释不了最早的骚扰");
    Response en = api.send("GET", "/api/cases/" + caseId + "/sources", token, null, null, "en");
    assertThat(en.json().at("/0/reasons/0").asString()).startsWith("Evidence 2 contains");

    // Another user's case is 404, as is a case id that is not one.
    String other = api.newUserToken();
    assertError(api.get("/api/cases/" + caseId + "/sources", other), 404, "CASE_NOT_FOUND", "");
    assertThat(api.get("/api/cases/nope/sources", token).status()).isEqualTo(404);
    assertThat(api.get("/api/cases/" + caseId + "/sources/statistics", other).status())
        .isEqualTo(404);
  }

  @Test
  void myDataExportHasTheSourcesAndDeletingTheAccountRemovesThem() {
    String username = ApiClient.uniqueUsername();
    api.register(username, ApiClient.PASSWORD);
    String user = api.token(username, ApiClient.PASSWORD);
    String caseId = newCase(user);
    assertThat(ledger(user, "京东", "[\"PHONE\"]", "2025-06", "收货").status()).isEqualTo(201);
    canary(user, "京东", "EMAIL", "me@example.com");
    api.send(
        "PUT",
        "/api/cases/" + caseId + "/sources/statistics",
        user,
        "application/json",
        "{\"optIn\":true}");
    assertThat(join(user, "京东" + UUID.randomUUID(), caseId, true, false, false).status())
        .isEqualTo(201);
    JsonNode export = api.get("/api/account/export", user).json();
    assertThat(export.at("/sources/ledger/0/platform").asString()).isEqualTo("京东");
    assertThat(export.at("/sources/canaries/0/value").asString()).startsWith("me+");
    assertThat(export.at("/sources/statisticsCases/0").asString()).isEqualTo(caseId);
    Response deleted = api.deleteAccount(user, ApiClient.PASSWORD);
    assertThat(deleted.status()).as(deleted.raw().body()).isIn(200, 204);
  }

  /** A victim: a case harassed from {@code number}, with {@code platforms} in the ledger. */
  String victim(String number, List<String> platforms, boolean optIn) {
    String user = api.newUserToken();
    String caseId = newCase(user);
    evidence(user, caseId, "CALL", "2026-11-10T09:00:00+08:00", number, "催收");
    for (String p : platforms) {
      assertThat(ledger(user, p, "[\"NAME\",\"PHONE\"]", "2026-01", "网购").status()).isEqualTo(201);
    }
    if (optIn) {
      Response r =
          api.send(
              "PUT",
              "/api/cases/" + caseId + "/sources/statistics",
              user,
              "application/json",
              "{\"optIn\":true}");
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.json().get("optedIn").asBoolean()).isTrue();
    }
    return user + " " + caseId;
  }

  @Test
  void aSharedSuspectNeedsFiveVictimsAndBelowThatNothingIsShown() {
    String number =
        "1709" + String.format("%07d", Math.floorMod(UUID.randomUUID().hashCode(), 10_000_000));
    String platform = "共享商城" + UUID.randomUUID().toString().substring(0, 6);
    // Victims elsewhere, so that the population is larger than the linked group.
    for (int i = 0; i < 3; i++) {
      victim("1310000" + String.format("%04d", i), List.of("别的平台"), true);
    }
    List<String> linked = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      linked.add(victim(" +86 " + number, List.of(platform), true));
    }
    // One linked victim who did not opt in: never counted.
    victim(number, List.of(platform), false);
    String fourth =
        victim(number.substring(0, 3) + "-" + number.substring(3), List.of(platform), true);
    linked.add(fourth);
    String[] asker = fourth.split(" ");
    JsonNode four = api.get("/api/cases/" + asker[1] + "/sources/statistics", asker[0]).json();
    assertThat(four.get("optedIn").asBoolean()).isTrue();
    assertThat(four.get("linkedVictims").isNull()).as("4 linked: the count is not shown").isTrue();
    assertThat(four.get("shared").size()).isZero();
    String suspects4 = api.get("/api/cases/" + asker[1] + "/sources", asker[0]).raw().body();
    assertThat(suspects4).doesNotContain("\"shared\":{");

    String fifth = victim(number, List.of(platform), true);
    String[] me = fifth.split(" ");
    JsonNode five = api.get("/api/cases/" + me[1] + "/sources/statistics", me[0]).json();
    assertThat(five.get("linkedVictims").asInt()).isEqualTo(5);
    assertThat(five.get("shared").size()).isEqualTo(1);
    JsonNode shared = five.get("shared").get(0);
    assertThat(shared.get("platform").asString()).isEqualTo(platform);
    assertThat(shared.get("linkedVictimsWith").asInt()).isEqualTo(5);
    assertThat(shared.get("linkedVictims").asInt()).isEqualTo(5);
    assertThat(shared.get("victimsWith").asInt()).isGreaterThanOrEqualTo(5);
    assertThat(shared.get("pValue").asDouble()).isBetween(0.0, 1.0);
    JsonNode top = api.get("/api/cases/" + me[1] + "/sources", me[0]).json().get(0);
    assertThat(top.get("platform").asString()).isEqualTo(platform);
    assertThat(top.get("shared").get("linkedVictimsWith").asInt()).isEqualTo(5);

    // The one who opted out learns nothing, and after opting out again no one counts the fifth.
    Response out =
        api.send(
            "PUT",
            "/api/cases/" + me[1] + "/sources/statistics",
            me[0],
            "application/json",
            "{\"optIn\":false}");
    assertThat(out.json().get("optedIn").asBoolean()).isFalse();
    assertThat(out.json().get("shared").size()).isZero();
    JsonNode again = api.get("/api/cases/" + asker[1] + "/sources/statistics", asker[0]).json();
    assertThat(again.get("shared").size()).isZero();
    assertThat(again.get("linkedVictims").isNull()).isTrue();
    assertError(
        api.send(
            "PUT", "/api/cases/" + me[1] + "/sources/statistics", me[0], "application/json", "{}"),
        400,
        "INVALID_INPUT",
        "optIn:");
  }

  @Test
  void aGroupShowsOnlyWhatConsentingMembersShare() {
    String platform = "群组商城" + UUID.randomUUID().toString().substring(0, 6);
    String a = api.newUserToken();
    String caseA = newCase(a);
    evidence(a, caseA, "CALL", "2026-10-01T09:00:00+08:00", "17011112222", "催收");
    evidence(a, caseA, "SMS", "2026-10-05T09:00:00+08:00", "17033334444", "催收");
    String b = api.newUserToken();
    String caseB = newCase(b);
    evidence(b, caseB, "CALL", "2026-11-01T09:00:00+08:00", "17011112222", "催收");
    String c = api.newUserToken();
    String caseC = newCase(c);
    evidence(c, caseC, "CALL", "2026-09-01T09:00:00+08:00", "17033334444", "催收");
    evidence(c, caseC, "CALL", "2026-12-01T09:00:00+08:00", "17033334444", "催收");

    Response opened = join(a, platform, caseA, true, true, true);
    assertThat(opened.status()).isEqualTo(201);
    String groupId = opened.json().get("id").asString();
    assertThat(join(b, platform, caseB, true, true, true).status()).isEqualTo(201);
    // C joins but shares nothing: C's case adds to no figure.
    assertThat(join(c, platform, caseC, false, false, false).status()).isEqualTo(201);

    JsonNode view = api.get("/api/sources/groups/" + groupId, c).json();
    assertThat(view.get("members").asInt()).isEqualTo(3);
    assertThat(view.get("events").asInt()).isEqualTo(3);
    assertThat(view.get("sharingEvents").asInt()).isEqualTo(2);
    assertThat(view.get("firstEvent").asString()).isEqualTo("2026-10-01");
    assertThat(view.get("lastEvent").asString()).isEqualTo("2026-11-01");
    assertThat(view.get("topCounterparts").size()).isEqualTo(1);
    assertThat(view.at("/topCounterparts/0/counterpart").asString()).isEqualTo("17011112222");
    assertThat(view.at("/topCounterparts/0/members").asInt()).isEqualTo(2);
    assertThat(view.toString()).doesNotContain(caseA).doesNotContain(caseB);

    // C changes their mind and shares numbers only: 17033334444 now counts twice, events do not.
    assertThat(join(c, platform, caseC, false, false, true).status()).isEqualTo(200);
    JsonNode after = api.get("/api/sources/groups/" + groupId, a).json();
    assertThat(after.get("events").asInt()).isEqualTo(3);
    assertThat(after.get("topCounterparts").size()).isEqualTo(2);

    // Outsiders see nothing; consent must be explicit; a case must be one's own.
    String outsider = api.newUserToken();
    assertError(api.get("/api/sources/groups/" + groupId, outsider), 404, "NOT_FOUND", "");
    assertError(
        api.post(
            "/api/sources/groups",
            outsider,
            "{\"platform\":\"" + platform + "\",\"caseId\":\"" + caseA + "\"}"),
        400,
        "INVALID_INPUT",
        "shareEvents");
    assertThat(join(outsider, platform, caseA, true, true, true).status()).isEqualTo(404);
    assertThat(api.get("/api/sources/groups", a).json().size()).isEqualTo(1);
    assertThat(api.delete("/api/sources/groups/" + groupId + "/membership", b).status())
        .isEqualTo(204);
    assertThat(api.get("/api/sources/groups/" + groupId, a).json().get("members").asInt())
        .isEqualTo(2);
    assertThat(api.get("/api/sources/groups/" + groupId, b).status()).isEqualTo(404);
  }

  @Test
  void theCoordinatorWritesJointDocumentsFromConsentingMembersOnly() {
    String platform = "联名商城" + UUID.randomUUID().toString().substring(0, 6);
    String a = api.newUserToken();
    String caseA = newCase(a);
    evidence(a, caseA, "CALL", "2026-10-01T09:00:00+08:00", "17055550001", "甲的催收电话");
    String b = api.newUserToken();
    String caseB = newCase(b);
    evidence(b, caseB, "SMS", "2026-10-02T09:00:00+08:00", "17099990009", "乙不同意分享的短信");
    String c = api.newUserToken();
    String caseC = newCase(c);
    evidence(c, caseC, "CALL", "2026-11-03T09:00:00+08:00", "17055550001", "丙的催收电话");

    Response opened = joinSharing(a, platform, caseA, true);
    String groupId = opened.json().get("id").asString();
    assertThat(opened.json().at("/coordinator/you").asBoolean()).isTrue();
    assertThat(joinSharing(b, platform, caseB, false).status()).isEqualTo(201);
    assertThat(joinSharing(c, platform, caseC, true).status()).isEqualTo(201);
    JsonNode seenByB = api.get("/api/sources/groups/" + groupId, b).json();
    assertThat(seenByB.at("/coordinator/you").asBoolean()).isFalse();
    assertThat(seenByB.at("/coordinator/member").asBoolean()).isTrue();
    assertThat(seenByB.at("/coordinator/name").isNull()).isTrue();
    assertThat(seenByB.get("sharingDocuments").asInt()).isEqualTo(2);

    String base = "/api/sources/groups/" + groupId + "/documents/";
    Response complaint = api.get(base + "joint-complaint?format=txt", a);
    assertThat(complaint.status()).as(complaint.raw().body()).isEqualTo(200);
    Response list = api.get(base + "joint-evidence-list?format=txt", a);
    assertThat(list.status()).isEqualTo(200);
    for (String text : List.of(complaint.raw().body(), list.raw().body())) {
      assertThat(text).contains(platform).doesNotContain("17099990009");
    }
    assertThat(complaint.raw().body())
        .contains("原告共2人")
        .contains("17055550001")
        // Quoted verbatim from the official texts (CPL 2023 arts. 56, 57; PIPL art. 70).
        .contains("《民事诉讼法》第五十六条")
        .contains("当事人一方人数众多的共同诉讼，可以由当事人推选代表人进行诉讼。")
        .contains("诉讼标的是同一种类、当事人一方人数众多在起诉时人数尚未确定的，人民法院可以发出公告")
        .contains("《个人信息保护法》第七十条")
        .contains("人民检察院、法律规定的消费者组织和由国家网信部门确定的组织可以依法向人民法院提起诉讼。");
    assertThat(list.raw().body()).contains("原告1").contains("原告2").doesNotContain("原告3");
    assertThat(
            api.get(base + "joint-complaint?format=pdf", a)
                .raw()
                .headers()
                .firstValue("Content-Type")
                .orElse(""))
        .startsWith("application/pdf");

    // Members who do not coordinate get 403; outsiders 404, as for anything not theirs.
    assertError(api.get(base + "joint-complaint?format=txt", b), 403, "NOT_COORDINATOR", "");
    String outsider = api.newUserToken();
    assertError(api.get(base + "joint-complaint?format=txt", outsider), 404, "NOT_FOUND", "");
    assertError(api.get(base + "nonsense", a), 404, "NOT_FOUND", "");

    // A lawyer is invited by account name, accepts, and coordinates without being a member.
    String lawyerName = ApiClient.uniqueUsername();
    api.register(lawyerName, ApiClient.PASSWORD);
    String lawyer = api.token(lawyerName, ApiClient.PASSWORD);
    String invite = base.replace("/documents/", "/invitations");
    assertThat(api.post(invite, b, "{\"account\":\"" + lawyerName + "\"}").status()).isEqualTo(403);
    assertThat(api.post(invite, a, "{\"account\":\"" + lawyerName + "\"}").status()).isEqualTo(202);
    // Unknown accounts get the same answer: invitations do not reveal who has an account.
    assertThat(api.post(invite, a, "{\"account\":\"nobody-" + lawyerName + "\"}").status())
        .isEqualTo(202);
    assertThat(api.get("/api/sources/groups/" + groupId, lawyer).status()).isEqualTo(404);
    JsonNode invitations = api.get("/api/sources/invitations", lawyer).json();
    assertThat(invitations.size()).isEqualTo(1);
    assertThat(invitations.at("/0/platform").asString()).isEqualTo(platform);
    assertThat(api.post("/api/sources/groups/" + groupId + "/coordinator", outsider, "{}").status())
        .isEqualTo(404);
    Response accepted = api.post("/api/sources/groups/" + groupId + "/coordinator", lawyer, "{}");
    assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(200);
    assertThat(accepted.json().at("/coordinator/you").asBoolean()).isTrue();
    assertThat(accepted.json().get("mine").isNull()).isTrue();
    assertThat(accepted.json().get("members").asInt()).isEqualTo(3);
    assertThat(accepted.json().toString()).doesNotContain("17099990009").doesNotContain(caseB);
    assertThat(api.get("/api/sources/coordinating", lawyer).json().size()).isEqualTo(1);
    assertThat(
            api.get("/api/sources/groups/" + groupId, c).json().at("/coordinator/name").asString())
        .isEqualTo(lawyerName);
    Response byLawyer = api.get(base + "joint-evidence-list?format=txt", lawyer);
    assertThat(byLawyer.status()).isEqualTo(200);
    assertThat(byLawyer.raw().body()).contains("17055550001").doesNotContain("17099990009");
    assertError(api.get(base + "joint-complaint?format=txt", a), 403, "NOT_COORDINATOR", "");

    // B agrees after all: B's items now appear; C withdraws: C's disappear.
    assertThat(joinSharing(b, platform, caseB, true).status()).isEqualTo(200);
    assertThat(joinSharing(c, platform, caseC, false).status()).isEqualTo(200);
    String after = api.get(base + "joint-evidence-list?format=txt", lawyer).raw().body();
    assertThat(after).contains("17099990009").contains("2026年10月1日").doesNotContain("2026年11月3日");
  }

  @Test
  void aliasesOfAPlatformAreOneGroupAndOneSuspect() {
    String a = api.newUserToken();
    String caseA = newCase(a);
    String b = api.newUserToken();
    String caseB = newCase(b);
    String g1 = join(a, "ＪＤ．ｃｏｍ", caseA, true, true, true).json().get("id").asString();
    String g2 = join(b, "京东商城", caseB, true, true, true).json().get("id").asString();
    assertThat(g2).isEqualTo(g1);

    assertThat(ledger(a, "jd", "[\"NAME\",\"PHONE\"]", "2025-06", "收货").status()).isEqualTo(201);
    assertThat(ledger(a, "京东", "[\"ADDRESS\"]", "2025-07", "收货").status()).isEqualTo(201);
    assertThat(ledger(a, "淘宝", "[\"ADDRESS\"]", "2025-07", "收货").status()).isEqualTo(201);
    List<String> suspects = new ArrayList<>();
    api.get("/api/cases/" + caseA + "/sources", a)
        .json()
        .forEach(s -> suspects.add(s.get("platform").asString()));
    assertThat(suspects).hasSize(2);
  }

  @Test
  void manyVictimsOpeningTheSameGroupAtOnceGetOneGroupAndNoError() throws Exception {
    String platform = "同时商城" + UUID.randomUUID().toString().substring(0, 6);
    int n = 8;
    List<String> users = new ArrayList<>();
    List<String> caseIds = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      users.add(api.newUserToken());
      caseIds.add(newCase(users.get(i)));
    }
    java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(n);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(n);
    try {
      List<java.util.concurrent.Future<Response>> answers = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int k = i;
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return join(users.get(k), platform, caseIds.get(k), true, true, true);
                }));
      }
      java.util.Set<String> ids = new java.util.HashSet<>();
      int coordinators = 0;
      for (java.util.concurrent.Future<Response> answer : answers) {
        Response r = answer.get();
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        ids.add(r.json().get("id").asString());
      }
      assertThat(ids).hasSize(1);
      JsonNode group = api.get("/api/sources/groups/" + ids.iterator().next(), users.get(0)).json();
      assertThat(group.get("members").asInt()).isEqualTo(n);
      for (String user : users) {
        if (api.get("/api/sources/groups/" + ids.iterator().next(), user)
            .json()
            .at("/coordinator/you")
            .asBoolean()) {
          coordinators++;
        }
      }
      assertThat(coordinators).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  Response joinSharing(String user, String platform, String caseId, boolean documents) {
    return api.post(
        "/api/sources/groups",
        user,
        ApiClient.JSON.writeValueAsString(
            Map.of(
                "platform",
                platform,
                "caseId",
                caseId,
                "shareEvents",
                true,
                "shareDates",
                true,
                "shareNumbers",
                true,
                "shareDocuments",
                documents)));
  }

  Response join(
      String user, String platform, String caseId, boolean events, boolean dates, boolean numbers) {
    return api.post(
        "/api/sources/groups",
        user,
        ApiClient.JSON.writeValueAsString(
            Map.of(
                "platform", platform,
                "caseId", caseId,
                "shareEvents", events,
                "shareDates", dates,
                "shareNumbers", numbers)));
  }

  static String toFullWidth(String ascii) {
    StringBuilder out = new StringBuilder();
    for (char ch : ascii.toCharArray()) {
      out.append(ch > 0x20 && ch < 0x7f ? (char) (ch - 0x21 + 0xFF01) : ch);
    }
    return out.toString();
  }
}
