package org.leakaid.app.documents;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.leakaid.app.PostgresTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The documents API on a real PostgreSQL server (the test run's own schema, see {@link
 * PostgresTestDatabase}). Skipped, naming the variable, when {@code LEAKAID_TEST_POSTGRES_URL} is
 * not set.
 */
@EnabledIfEnvironmentVariable(
    named = PostgresTestDatabase.VARIABLE,
    matches = ".+",
    disabledReason = "set LEAKAID_TEST_POSTGRES_URL to run the documents tests on PostgreSQL")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentsPostgresIntegrationTest extends DocumentsContract {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    PostgresTestDatabase.register(registry);
    String dir = newDataDir().toString(); // once: the supplier runs on every lookup
    registry.add("leakaid.data-dir", () -> dir);
  }
}
