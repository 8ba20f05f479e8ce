package org.leakaid.app.evidence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The evidence API on a real PostgreSQL server, in a schema of its own that is dropped afterwards.
 * Skipped, naming the variable, when {@code LEAKAID_TEST_POSTGRES_URL} is not set.
 */
@EnabledIfEnvironmentVariable(
    named = "LEAKAID_TEST_POSTGRES_URL",
    matches = ".+",
    disabledReason = "set LEAKAID_TEST_POSTGRES_URL to run the evidence tests on PostgreSQL")
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "leakaid.evidence.max-file-size=1MB",
      "spring.servlet.multipart.max-file-size=2MB",
      "spring.servlet.multipart.max-request-size=3MB"
    })
class EvidencePostgresIntegrationTest extends EvidenceContract {
  private static final String SCHEMA =
      "evidence_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) throws SQLException {
    String url = System.getenv("LEAKAID_TEST_POSTGRES_URL");
    try (Connection c = DriverManager.getConnection(url)) {
      c.createStatement().execute("CREATE SCHEMA " + SCHEMA);
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try (Connection c = DriverManager.getConnection(url)) {
                    c.createStatement().execute("DROP SCHEMA " + SCHEMA + " CASCADE");
                  } catch (SQLException e) {
                    // best effort: the schema name is unique, a leftover harms no other run
                  }
                }));
    registry.add(
        "spring.datasource.url",
        () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
    registry.add("spring.datasource.username", () -> "");
    registry.add("spring.datasource.password", () -> "");
    registry.add("spring.flyway.schemas", () -> SCHEMA);
    registry.add("spring.flyway.default-schema", () -> SCHEMA);
    registry.add("leakaid.data-dir", () -> newDataDir().toString());
  }
}
