package org.leakaid.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leakaid.app.evidence.EvidenceHttp.PartSpec.field;
import static org.leakaid.app.evidence.EvidenceHttp.PartSpec.file;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leakaid.app.evidence.EvidenceHttp.Response;
import org.leakaid.evidence.pack.PackageVerification;
import org.leakaid.evidence.pack.PackageVerifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The evidence API against the real app over HTTP, on the database the subclass chooses. The data
 * directory is a fresh temporary directory per test class; uploads are capped at 1 MB by the
 * evidence store and 2 MB per file by the multipart parser, so both limits can be hit cheaply.
 */
abstract class EvidenceContract {
  static final String ITEM_SMS =
      "{\"kind\":\"SMS\",\"occurredAt\":\"2026-11-20T14:03:00+08:00\",\"counterpart\":\"10690000123\","
          + "\"content\":\"【某贷】张先生，您的借款已逾期\",\"notes\":\"对方知道我的姓名\"}";

  static Path dataDir;

  static Path newDataDir() {
    try {
      dataDir = Files.createTempDirectory("leakaid-evidence-it");
      return dataDir;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  EvidenceHttp http;
  String token;
  String caseId;

  @BeforeEach
  void userWithACase() {
    http = new EvidenceHttp(port);
    token = http.newUser();
    caseId = http.newCase(token);
  }

  String evidence() {
    return "/api/cases/" + caseId + "/evidence";
  }

  static byte[] png(int size, long seed) {
    byte[] data = new byte[size];
    new Random(seed).nextBytes(data);
    System.arraycopy(HexFormat.of().parseHex("89504e470d0a1a0a"), 0, data, 0, 8);
    return data;
  }

  static String sha256(byte[] data) throws Exception {
    return HexFormat.of()
        .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
  }

  Response upload(String itemJson, EvidenceHttp.PartSpec... files) {
    List<EvidenceHttp.PartSpec> parts = new java.util.ArrayList<>();
    parts.add(field("item", "application/json", itemJson));
    parts.addAll(List.of(files));
    return http.multipart(evidence(), token, parts);
  }

  long storedObjects() throws IOException {
    Path objects = dataDir.resolve("evidence/objects");
    try (Stream<Path> files = Files.walk(objects)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  @Test
  void recordsAnItemWithFilesAndAnswersItsHashes() throws Exception {
    byte[] shot = png(50_000, 1);
    byte[] gbkText = "短信：您的快递到了，取件码 1234".getBytes(Charset.forName("GBK"));
    Response created = upload(ITEM_SMS, file("短信截图.png", shot), file("短信导出.txt", gbkText));

    assertThat(created.status()).isEqualTo(201);
    JsonNode item = created.json();
    assertThat(created.header("Location")).isEqualTo(evidence() + "/" + item.get("id").asString());
    assertThat(item.get("kind").asString()).isEqualTo("SMS");
    assertThat(item.get("category").asString()).isEqualTo("ELECTRONIC_DATA");
    assertThat(item.get("categoryLabel").asString()).isEqualTo("电子数据");
    assertThat(item.get("counterpart").asString()).isEqualTo("10690000123");
    assertThat(item.get("occurredAt").asString()).isEqualTo("2026-11-20T14:03+08:00");
    JsonNode files = item.get("files");
    assertThat(files).hasSize(2);
    assertThat(files.get(0).get("name").asString()).isEqualTo("短信截图.png");
    assertThat(files.get(0).get("sha256").asString()).isEqualTo(sha256(shot));
    assertThat(files.get(0).get("size").asLong()).isEqualTo(50_000);
    assertThat(files.get(1).get("type").asString()).isEqualTo("text/plain");

    Response list = http.get(evidence(), token);
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json()).hasSize(1);

    Response download = http.get(evidence() + "/files/" + sha256(shot), token);
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(shot);
    assertThat(download.header("Content-Type")).isEqualTo("image/png");

    // At rest the file is encrypted: its bytes are nowhere in the data directory.
    try (Stream<Path> stored = Files.walk(dataDir)) {
      for (Path p : stored.filter(Files::isRegularFile).toList()) {
        byte[] content = Files.readAllBytes(p);
        assertThat(indexOf(content, java.util.Arrays.copyOfRange(shot, 8, 40)))
            .as(p.toString())
            .isEqualTo(-1);
      }
    }
  }

  static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Test
  void aCallWithoutFilesDefaultsToElectronicDataAndTheCategoryCanBeChosen() {
    Response call =
        upload(
            "{\"kind\":\"CALL\",\"occurredAt\":\"2026-11-21T09:30\",\"counterpart\":\"17012345678\"}");
    assertThat(call.status()).isEqualTo(201);
    assertThat(call.json().get("category").asString()).isEqualTo("ELECTRONIC_DATA");
    assertThat(call.json().get("occurredAt").asString()).isEqualTo("2026-11-21T09:30+08:00");
    assertThat(call.json().get("files")).isEmpty();

    Response letter =
        upload(
            "{\"kind\":\"LETTER\",\"occurredAt\":\"2026-11-21T09:30\",\"category\":\"PHYSICAL\"}");
    assertThat(letter.json().get("category").asString()).isEqualTo("PHYSICAL");
  }

  @Test
  void anotherUsersCaseIs404Everywhere() {
    String stranger = http.newUser();
    assertThat(http.get(evidence(), stranger).status()).isEqualTo(404);
    assertThat(http.get(evidence() + "/export", stranger).status()).isEqualTo(404);
    Response upload =
        http.multipart(evidence(), stranger, List.of(field("item", "application/json", ITEM_SMS)));
    assertThat(upload.status()).isEqualTo(404);
    assertThat(upload.json().get("error").asString()).isEqualTo("CASE_NOT_FOUND");
    assertThat(http.get("/api/cases/not-a-uuid/evidence", token).status()).isEqualTo(404);
    assertThat(http.get(evidence(), null).status()).isEqualTo(401);
  }

  @Test
  void aWrongFileTypeIsRefusedAndNothingIsRecorded() throws Exception {
    long before = storedObjects();
    byte[] exe = HexFormat.of().parseHex("4d5a90000300000004000000ffff0000");
    Response refused = upload(ITEM_SMS, file("ok.png", png(1000, 2)), file("invoice.pdf", exe));
    assertThat(refused.status()).isEqualTo(415);
    assertThat(refused.json().get("error").asString()).isEqualTo("UNSUPPORTED_FILE_TYPE");
    assertThat(refused.json().get("message").asString())
        .startsWith("files[1] 'invoice.pdf': not an accepted type");
    assertThat(http.get(evidence(), token).json()).isEmpty();
    // The accepted first file may stay in the store unreferenced (the sweep removes it later);
    // the refused one is never written.
    assertThat(storedObjects()).isLessThanOrEqualTo(before + 1);
  }

  @Test
  void filesOverTheLimitsAre413WithAClearCode() {
    Response overStoreLimit = upload(ITEM_SMS, file("big.png", png(1_200_000, 3)));
    assertThat(overStoreLimit.status()).isEqualTo(413);
    assertThat(overStoreLimit.json().get("error").asString()).isEqualTo("FILE_TOO_LARGE");
    assertThat(overStoreLimit.json().get("message").asString()).contains("limit of 1 MB");

    Response overMultipartLimit = upload(ITEM_SMS, file("huge.png", png(2_100_000, 4)));
    assertThat(overMultipartLimit.status()).isEqualTo(413);
    assertThat(overMultipartLimit.json().get("error").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
    assertThat(http.get(evidence(), token).json()).isEmpty();
  }

  @Test
  void badItemsAre400NamingTheField() {
    Response malformed = upload("{\"kind\":");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().get("error").asString()).isEqualTo("MALFORMED_JSON");

    Response unknownKind = upload("{\"kind\":\"FAX\",\"occurredAt\":\"2026-11-20T14:03\"}");
    assertThat(unknownKind.status()).isEqualTo(400);
    assertThat(unknownKind.json().get("message").asString())
        .isEqualTo(
            "kind: 'FAX' is not one of CALL, SMS, EMAIL, CHAT, WEB_POST, LETTER, IN_PERSON, OTHER");

    Response badTime = upload("{\"kind\":\"SMS\",\"occurredAt\":\"昨天\"}");
    assertThat(badTime.json().get("message").asString())
        .startsWith("occurredAt: '昨天' is not a date");

    Response unknownField =
        upload("{\"kind\":\"SMS\",\"occurredAt\":\"2026-11-20T14:03\",\"x\":1}");
    assertThat(unknownField.json().get("message").asString()).startsWith("item: unknown field 'x'");

    Response noItem = http.multipart(evidence(), token, List.of(file("a.png", png(100, 5))));
    assertThat(noItem.status()).isEqualTo(400);

    Response hostile =
        upload(
            "{\"kind\":\"SMS\",\"occurredAt\":\"2026-11-20T14:03\",\"content\":\"<script>alert(1)</script>\"}");
    assertThat(hostile.status()).isEqualTo(201);
    assertThat(hostile.json().get("content").asString()).isEqualTo("<script>alert(1)</script>");
  }

  @Test
  void amendmentsAndWithdrawalsAppendToTheLog() {
    String id = upload(ITEM_SMS).json().get("id").asString();
    String head1 = http.get(evidence() + "/log", token).json().get("head").asString();

    Response amended =
        http.json(
            "PATCH",
            evidence() + "/" + id,
            token,
            "{\"notes\":\"第二次收到\",\"category\":\"DOCUMENTARY\"}");
    assertThat(amended.status()).isEqualTo(200);
    assertThat(amended.json().get("notes").asString()).isEqualTo("第二次收到");
    assertThat(amended.json().get("category").asString()).isEqualTo("DOCUMENTARY");
    assertThat(amended.json().get("content").asString()).isEqualTo("【某贷】张先生，您的借款已逾期");

    Response withdrawn =
        http.send("DELETE", evidence() + "/" + id + "?reason=dup", token, null, null);
    assertThat(withdrawn.status()).isEqualTo(200);
    assertThat(withdrawn.json().get("withdrawn").asBoolean()).isTrue();

    JsonNode log = http.get(evidence() + "/log", token).json();
    assertThat(log.get("entries").asInt()).isEqualTo(3);
    assertThat(log.get("intact").asBoolean()).isTrue();
    assertThat(log.get("head").asString()).isNotEqualTo(head1);

    Response again = http.json("PATCH", evidence() + "/" + id, token, "{\"notes\":\"x\"}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(http.json("PATCH", evidence() + "/nope", token, "{\"notes\":\"x\"}").status())
        .isEqualTo(404);
  }

  @Test
  void theExportVerifiesAndATamperedCopyDoesNot() throws Exception {
    byte[] shot = png(30_000, 6);
    upload(ITEM_SMS, file("短信截图.png", shot));
    upload(
        "{\"kind\":\"CALL\",\"occurredAt\":\"2026-11-19T09:30+08:00\",\"counterpart\":\"17012345678\"}",
        file("录音.m4a", m4a(20_000)));
    String withdrawnId =
        upload("{\"kind\":\"OTHER\",\"occurredAt\":\"2026-11-18T09:30\"}")
            .json()
            .get("id")
            .asString();
    http.send("DELETE", evidence() + "/" + withdrawnId, token, null, null);

    Response export = http.get(evidence() + "/export", token);
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.header("Content-Type")).isEqualTo("application/zip");
    assertThat(export.header("Content-Disposition")).startsWith("attachment;").contains(".zip");
    Path zip = Files.write(dataDir.resolve("export-" + caseId + ".zip"), export.body());

    PackageVerification verified = PackageVerifier.verify(zip);
    assertThat(verified.intact()).as(verified.message()).isTrue();
    assertThat(verified.files()).isEqualTo(2);
    assertThat(verified.entries()).isEqualTo(4);
    assertThat(verified.chainHead())
        .isEqualTo(http.get(evidence() + "/log", token).json().get("head").asString());

    Path tampered = dataDir.resolve("tampered-" + caseId + ".zip");
    try (var in = new java.util.zip.ZipFile(zip.toFile());
        var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(tampered))) {
      for (var e : java.util.Collections.list(in.entries())) {
        byte[] data = in.getInputStream(e).readAllBytes();
        if (e.getName().equals("files/002-短信截图.png")) {
          data[500] ^= 1;
        }
        out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        out.write(data);
        out.closeEntry();
      }
    }
    PackageVerification broken = PackageVerifier.verify(tampered);
    assertThat(broken.intact()).isFalse();
    assertThat(broken.message()).startsWith("files/002-短信截图.png was changed");
  }

  @Test
  void concurrentAppendsToOneCaseLeaveOneChainWithEveryItem() throws Exception {
    String first = upload(ITEM_SMS).json().get("id").asString();
    List<java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<byte[]>>> sent =
        new java.util.ArrayList<>();
    java.util.Set<String> hashes = new java.util.HashSet<>();
    for (int i = 0; i < 12; i++) {
      byte[] shot = png(8_000, 100 + i);
      hashes.add(sha256(shot));
      String path = i % 4 == 3 ? evidence() + "/" + first + "/files" : evidence();
      List<EvidenceHttp.PartSpec> parts =
          i % 4 == 3
              ? List.of(file("补充-" + i + ".png", shot))
              : List.of(
                  field("item", "application/json", ITEM_SMS), file("截图-" + i + ".png", shot));
      sent.add(
          http.client()
              .sendAsync(
                  http.multipartRequest(path, token, parts),
                  java.net.http.HttpResponse.BodyHandlers.ofByteArray()));
    }
    for (var response : sent) {
      assertThat(response.get().statusCode()).isIn(200, 201);
    }

    JsonNode items = http.get(evidence(), token).json();
    assertThat(items).hasSize(10);
    java.util.Set<String> stored = new java.util.HashSet<>();
    items.forEach(item -> item.get("files").forEach(f -> stored.add(f.get("sha256").asString())));
    assertThat(stored).isEqualTo(hashes);
    Path zip =
        Files.write(
            dataDir.resolve("concurrent-" + caseId + ".zip"),
            http.get(evidence() + "/export", token).body());
    PackageVerification verified = PackageVerifier.verify(zip);
    assertThat(verified.intact()).as(verified.message()).isTrue();
    assertThat(verified.entries()).isEqualTo(13);
    assertThat(verified.files()).isEqualTo(12);
  }

  static byte[] m4a(int size) {
    byte[] data = png(size, 7);
    System.arraycopy(HexFormat.of().parseHex("000000206674797" + "04d344120"), 0, data, 0, 12);
    return data;
  }

  @Test
  void aLogChangedInTheDatabaseIsReportedNotServed() {
    upload(ITEM_SMS);
    jdbc.sql("UPDATE evidence_log SET payload = ? WHERE case_id = ? AND seq = 1")
        .params("{\"kind\":\"SMS\"}", java.util.UUID.fromString(caseId))
        .update();
    Response list = http.get(evidence(), token);
    assertThat(list.status()).isEqualTo(409);
    assertThat(list.json().get("error").asString()).isEqualTo("EVIDENCE_LOG_DAMAGED");
    assertThat(list.json().get("message").asString()).contains("entry #1 (ITEM_ADDED) was edited");
    assertThat(http.get(evidence() + "/export", token).status()).isEqualTo(409);
  }

  @Test
  void deletingTheAccountRemovesItsLogAndItsFiles() throws Exception {
    byte[] shot = png(10_000, 8);
    upload(ITEM_SMS, file("a.png", shot));
    Path stored =
        dataDir
            .resolve("evidence/objects")
            .resolve(sha256(shot).substring(0, 2))
            .resolve(sha256(shot));
    assertThat(stored).exists(); // just written: no grace period may keep it after the deletion

    JsonNode exported = http.get("/api/account/export", token).json();
    assertThat(exported.get("evidence").get(0).get("items")).hasSize(1);

    assertThat(
            http.json(
                    "DELETE",
                    "/api/account",
                    token,
                    "{\"password\":\"" + EvidenceHttp.PASSWORD + "\"}")
                .status())
        .isEqualTo(204);
    assertThat(stored).doesNotExist();
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM evidence_log WHERE case_id = ?")
                .param(java.util.UUID.fromString(caseId))
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void theOpenApiDocumentListsTheEvidenceEndpoints() {
    String doc = new String(http.get("/v3/api-docs", null).body(), StandardCharsets.UTF_8);
    assertThat(doc).contains("/api/cases/{id}/evidence", "/api/cases/{id}/evidence/export");
  }
}
