package org.leakaid.app.protect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.leakaid.app.PostgresTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same contract on a real PostgreSQL server. The context is closed after the class, so its
 * pool's sessions do not stay open in the database (PoolTurnoverPostgresIntegrationTest waits for
 * every session it saw to close).
 */
@DirtiesContext
@EnabledIfEnvironmentVariable(
    named = PostgresTestDatabase.VARIABLE,
    matches = "jdbc:postgresql:.+",
    disabledReason = "set " + PostgresTestDatabase.VARIABLE + " to run the tests on PostgreSQL")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProtectPostgresIntegrationTest extends ProtectContract {

  @Autowired JdbcClient jdbc;

  @Test
  void reallyRunsOnPostgres() {
    assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    PostgresTestDatabase.register(registry);
  }
}
