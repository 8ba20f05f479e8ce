package org.leakaid.app.sources;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.leakaid.app.PostgresTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The sources API on a real PostgreSQL server, in the test run's own schema. */
@EnabledIfEnvironmentVariable(
    named = PostgresTestDatabase.VARIABLE,
    matches = "jdbc:postgresql:.+",
    disabledReason = "set LEAKAID_TEST_POSTGRES_URL to run the sources tests on PostgreSQL")
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "leakaid.registration.max-per-address=10000")
class SourcesPostgresIntegrationTest extends SourcesContract {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    PostgresTestDatabase.register(registry);
    String dir = newDataDir().toString();
    registry.add("leakaid.data-dir", () -> dir);
  }
}
