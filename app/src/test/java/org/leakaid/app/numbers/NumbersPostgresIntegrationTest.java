package org.leakaid.app.numbers;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.leakaid.app.PostgresTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The numbers API on a real PostgreSQL server, in the test run's own schema. */
@EnabledIfEnvironmentVariable(
    named = PostgresTestDatabase.VARIABLE,
    matches = "jdbc:postgresql:.+",
    disabledReason = "set LEAKAID_TEST_POSTGRES_URL to run the numbers tests on PostgreSQL")
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "leakaid.numbers.reports-per-day-new-account=5")
class NumbersPostgresIntegrationTest extends NumbersContract {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    PostgresTestDatabase.register(registry);
  }
}
