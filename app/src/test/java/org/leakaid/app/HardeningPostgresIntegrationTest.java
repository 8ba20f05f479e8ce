package org.leakaid.app;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The probe's requests against the app on a real PostgreSQL server, in a schema of its own. */
@EnabledIfEnvironmentVariable(
    named = PostgresTestDatabase.VARIABLE,
    matches = "jdbc:postgresql:.+",
    disabledReason = "set " + PostgresTestDatabase.VARIABLE + " to run these tests on PostgreSQL")
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      HardeningContract.PROPERTIES_TRUSTED_PROXY,
      HardeningContract.PROPERTIES_REGISTRATIONS,
      HardeningContract.PROPERTIES_USERNAME_CEILING
    })
class HardeningPostgresIntegrationTest extends HardeningContract {

  @DynamicPropertySource
  static void postgresAndDataDir(DynamicPropertyRegistry registry) {
    PostgresTestDatabase.register(registry);
    String dir = newDataDir().toString();
    registry.add("leakaid.data-dir", () -> dir);
  }
}
