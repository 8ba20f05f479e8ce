package org.leakaid.app.evidence;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.leakaid.app.PostgresTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The pool turnover on a real PostgreSQL server. */
@EnabledIfEnvironmentVariable(
    named = PostgresTestDatabase.VARIABLE,
    matches = ".+",
    disabledReason = "set LEAKAID_TEST_POSTGRES_URL to run the pool turnover test on PostgreSQL")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PoolTurnoverPostgresIntegrationTest extends PoolTurnoverContract {
  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    PostgresTestDatabase.register(registry);
    String dir = EvidenceContract.newDataDir().toString();
    registry.add("leakaid.data-dir", () -> dir);
    // The pool under test names its sessions: other test contexts' pools stay open on the same
    // database while this one turns over.
    registry.add(
        "spring.datasource.hikari.data-source-properties.ApplicationName", () -> APPLICATION);
  }

  static final String APPLICATION = "leakaid-pool-turnover";

  @Override
  String openSessionIdsSql() {
    return "SELECT pid || '@' || backend_start FROM pg_stat_activity"
        + " WHERE datname = current_database() AND application_name = '"
        + APPLICATION
        + "'";
  }
}
