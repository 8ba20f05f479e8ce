package org.leakaid.app.evidence;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.leakaid.app.PostgresTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Quick capture, my identifiers and the imports on a real PostgreSQL server. Skipped, naming the
 * variable, when {@code LEAKAID_TEST_POSTGRES_URL} is not set.
 */
@EnabledIfEnvironmentVariable(
    named = PostgresTestDatabase.VARIABLE,
    matches = ".+",
    disabledReason = "set LEAKAID_TEST_POSTGRES_URL to run the capture tests on PostgreSQL")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CapturePostgresIntegrationTest extends CaptureContract {
  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    PostgresTestDatabase.register(registry);
    String dir = newDataDir().toString(); // once: the supplier runs on every lookup
    registry.add("leakaid.data-dir", () -> dir);
  }
}
