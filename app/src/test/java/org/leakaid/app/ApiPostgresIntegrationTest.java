package org.leakaid.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same API contract on a real PostgreSQL server, in a schema of its own. */
@EnabledIfEnvironmentVariable(
    named = PostgresTestDatabase.VARIABLE,
    matches = "jdbc:postgresql:.+",
    disabledReason = "set " + PostgresTestDatabase.VARIABLE + " to run the API tests on PostgreSQL")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiPostgresIntegrationTest extends ApiContract {

  @Test
  void reallyRunsOnPostgres() {
    assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    PostgresTestDatabase.register(registry);
  }
}
