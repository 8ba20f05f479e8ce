package org.leakaid.app.account;

import java.time.Clock;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Real {@link ThrottleCounters} for unit tests: a fresh in-memory H2 database per call, set up by
 * the app's own migrations, in the mode the app runs H2 in.
 */
final class H2Counters {

  private H2Counters() {}

  static ThrottleCounters create(Clock clock) {
    DataSource dataSource =
        new DriverManagerDataSource(
            "jdbc:h2:mem:throttle-"
                + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "sa",
            "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    return new ThrottleCounters(
        JdbcClient.create(dataSource), new DataSourceTransactionManager(dataSource), clock);
  }
}
