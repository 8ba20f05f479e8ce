package org.leakaid.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leakaid.app.evidence.EvidenceHttp.PartSpec.field;
import static org.leakaid.app.evidence.EvidenceHttp.PartSpec.file;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.leakaid.app.PageBrowser;
import org.leakaid.app.PostgresTestDatabase;
import org.leakaid.app.ShippedApp;
import org.leakaid.app.evidence.EvidenceHttp.Response;
import org.leakaid.evidence.pack.PackageVerification;
import org.leakaid.evidence.pack.PackageVerifier;
import tools.jackson.databind.JsonNode;

/**
 * Two nodes of the packaged app, as behind a load balancer: one PostgreSQL schema, one data
 * directory, each node a process of its own. What one node knows, the other must know too: the
 * session a user signed in with, the API token, the failed sign-ins and registrations counted
 * against an address, and the tail of a case's hash chain while both append to it at once.
 */
@EnabledIfEnvironmentVariable(
    named = PostgresTestDatabase.VARIABLE,
    matches = "jdbc:postgresql:.+",
    disabledReason = "set " + PostgresTestDatabase.VARIABLE + " to run two nodes on PostgreSQL")
class TwoNodesShippedTest {
  private static final String PASSWORD = EvidenceHttp.PASSWORD;

  @TempDir Path work;

  ShippedApp nodeA;
  ShippedApp nodeB;
  EvidenceHttp a;
  EvidenceHttp b;

  @BeforeEach
  void twoNodesOnOneDatabaseAndOneDataDirectory() throws Exception {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.putAll(PostgresTestDatabase.propertiesOfNewSchema());
    // Small limits, so that counting on each node apart would stay under them.
    properties.put("leakaid.registration.max-per-address", "4");
    properties.put("leakaid.login.free-failures", "3");
    properties.put("leakaid.login.first-delay", "10m");
    properties.put("leakaid.evidence.startup-grace", "5m");
    Path data = work.resolve("data");
    // Each node spools uploads on its own disk (docs/several-nodes.md).
    nodeA = new ShippedApp(data, withSpool(properties, work.resolve("spool-a")));
    nodeB = new ShippedApp(data, withSpool(properties, work.resolve("spool-b")));
    // One after the other: two JVMs starting at once on a busy 2-core machine took longer than a
    // start may take. The first runs the migrations on the empty schema.
    nodeA.start();
    nodeB.start();
    a = new EvidenceHttp(nodeA.baseUrl());
    b = new EvidenceHttp(nodeB.baseUrl());
  }

  @AfterEach
  void stop() throws Exception {
    if (nodeA != null) {
      nodeA.close();
    }
    if (nodeB != null) {
      nodeB.close();
    }
  }

  @Test
  void nodesShareSessionsTokensThrottlesAndEachCasesChain() throws Exception {
    // Registrations from one address count on both nodes: 4 allowed in all, not 4 on each.
    List<String> users = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String username = "node" + i + UUID.randomUUID().toString().substring(0, 6);
      Response registered =
          (i % 2 == 0 ? a : b).json("POST", "/api/auth/register", null, creds(username, PASSWORD));
      assertThat(registered.status()).as("registration %d", i).isEqualTo(201);
      users.add(username);
    }
    Response fifth =
        a.json(
            "POST",
            "/api/auth/register",
            null,
            creds("node5" + UUID.randomUUID().toString().substring(0, 6), PASSWORD));
    assertThat(fifth.status()).isEqualTo(429);
    assertThat(fifth.json().get("error").asString()).isEqualTo("TOO_MANY_REGISTRATIONS");

    // Failed sign-ins count on both nodes: 3 are free in all, so after 2 on each the right
    // password is refused too (each node counting alone would still let it through).
    String guessed = users.get(0);
    for (int i = 0; i < 4; i++) {
      Response wrong =
          (i % 2 == 0 ? a : b).json("POST", "/api/auth/token", null, creds(guessed, "wrong-" + i));
      assertThat(wrong.status()).as("failure %d", i).isEqualTo(401);
    }
    Response locked = a.json("POST", "/api/auth/token", null, creds(guessed, PASSWORD));
    assertThat(locked.status()).isEqualTo(429);
    assertThat(locked.json().get("error").asString()).isEqualTo("TOO_MANY_ATTEMPTS");
    assertThat(locked.header("Retry-After")).isNotNull();
    assertThat(b.json("POST", "/api/auth/token", null, creds(guessed, PASSWORD)).status())
        .isEqualTo(429);

    // A session made on one node is valid on the other, CSRF token and all.
    String holder = users.get(1);
    PageBrowser onA = new PageBrowser(nodeA.baseUrl());
    PageBrowser onB = onA.sameCookiesAt(nodeB.baseUrl());
    HttpResponse<String> signedIn =
        onA.submit("/login", "/login", Map.of("username", holder, "password", PASSWORD));
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    HttpResponse<String> account = onB.get("/account");
    assertThat(account.statusCode()).isEqualTo(200);
    assertThat(account.body()).contains(holder);
    String csrfFromA = PageBrowser.csrf(onA.get("/account").body());
    HttpResponse<String> signedOut = onB.post("/logout", Map.of("_csrf", csrfFromA));
    assertThat(signedOut.statusCode()).isEqualTo(302);
    assertThat(signedOut.headers().firstValue("Location").orElseThrow()).endsWith("/?signedOut");
    HttpResponse<String> afterSignOut = onA.get("/account");
    assertThat(afterSignOut.statusCode()).isEqualTo(302);
    assertThat(afterSignOut.headers().firstValue("Location").orElseThrow()).endsWith("/login");

    // A token issued by one node works on the other.
    String token =
        a.json("POST", "/api/auth/token", null, creds(holder, PASSWORD))
            .json()
            .get("token")
            .asString();
    String caseId = b.newCase(token);
    String evidence = "/api/cases/" + caseId + "/evidence";
    assertThat(a.get("/api/cases/" + caseId, token).status()).isEqualTo(200);

    // Uploads to one case through both nodes at once: one chain, every item in it.
    int uploads = 16;
    Map<String, byte[]> files = new HashMap<>(); // SHA-256 -> content
    List<CompletableFuture<HttpResponse<byte[]>>> sent = new ArrayList<>();
    for (int i = 0; i < uploads; i++) {
      byte[] content = EvidenceContract.png(20_000 + i, 500L + i);
      files.put(EvidenceContract.sha256(content), content);
      EvidenceHttp node = i % 2 == 0 ? a : b;
      sent.add(
          node.client()
              .sendAsync(
                  node.multipartRequest(
                      evidence,
                      token,
                      List.of(
                          field("item", "application/json", EvidenceContract.ITEM_SMS),
                          file("截图-" + i + ".png", content))),
                  HttpResponse.BodyHandlers.ofByteArray()));
    }
    for (int i = 0; i < uploads; i++) {
      HttpResponse<byte[]> response = sent.get(i).get(2, TimeUnit.MINUTES);
      assertThat(response.statusCode())
          .as("upload %d: %s", i, new String(response.body(), StandardCharsets.UTF_8))
          .isEqualTo(201);
    }

    JsonNode items = b.get(evidence, token).json();
    assertThat(items).hasSize(uploads);
    List<String> stored = new ArrayList<>();
    items.forEach(item -> stored.add(item.get("files").get(0).get("sha256").asString()));
    assertThat(stored).containsExactlyInAnyOrderElementsOf(files.keySet());
    // Each node serves every file, whichever node stored it: one data directory, one key.
    for (String sha256 : stored) {
      assertThat(a.get(evidence + "/files/" + sha256, token).body()).isEqualTo(files.get(sha256));
      assertThat(b.get(evidence + "/files/" + sha256, token).body()).isEqualTo(files.get(sha256));
    }
    JsonNode log = a.get(evidence + "/log", token).json();
    assertThat(log.get("intact").asBoolean()).isTrue();
    assertThat(log.get("entries").asInt()).isEqualTo(uploads);

    Path zip =
        Files.write(work.resolve("two-nodes.zip"), a.get(evidence + "/export", token).body());
    PackageVerification verified = PackageVerifier.verify(zip);
    assertThat(verified.intact()).as(verified.message()).isTrue();
    assertThat(verified.entries()).isEqualTo(uploads);
    assertThat(verified.files()).isEqualTo(uploads);
    assertThat(verified.chainHead()).isEqualTo(log.get("head").asString());
  }

  private static Map<String, String> withSpool(Map<String, String> properties, Path spool) {
    Map<String, String> node = new LinkedHashMap<>(properties);
    node.put("leakaid.upload-dir", spool.toString());
    return node;
  }

  private static String creds(String username, String password) {
    return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
  }
}
