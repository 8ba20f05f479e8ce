package org.leakaid.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leakaid.app.PostgresTestDatabase;
import org.leakaid.app.account.ThrottleCounters.Counter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The shared counts on H2 and, when its URL is set, on PostgreSQL. */
class ThrottleCountersTest {

  record Database(String name, ThrottleCounters counters, JdbcClient jdbc) {
    @Override
    public String toString() {
      return name;
    }
  }

  final LoginThrottleTest.ManualClock clock = new LoginThrottleTest.ManualClock();

  static Stream<String> databases() {
    return System.getenv(PostgresTestDatabase.VARIABLE) == null
        ? Stream.of("h2")
        : Stream.of("h2", "postgresql");
  }

  Database open(String name) {
    DriverManagerDataSource dataSource;
    if (name.equals("h2")) {
      dataSource =
          new DriverManagerDataSource(
              "jdbc:h2:mem:counters-"
                  + UUID.randomUUID()
                  + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
              "sa",
              "");
      Flyway.configure().dataSource(dataSource).load().migrate();
    } else {
      Map<String, String> p = PostgresTestDatabase.properties();
      dataSource =
          new DriverManagerDataSource(
              p.get("spring.datasource.url"),
              p.get("spring.datasource.username"),
              p.get("spring.datasource.password"));
      Flyway.configure()
          .dataSource(dataSource)
          .schemas(p.get("spring.flyway.schemas"))
          .defaultSchema(p.get("spring.flyway.default-schema"))
          .load()
          .migrate();
    }
    return new Database(
        name,
        new ThrottleCounters(
            JdbcClient.create(dataSource), new DataSourceTransactionManager(dataSource), clock),
        JdbcClient.create(dataSource));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void concurrentCountsOfOneKeyAreNeverLost(String name) throws Exception {
    Database db = open(name);
    String key = "a:203.0.113." + UUID.randomUUID();
    Instant now = clock.instant();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Counter>> increments = new ArrayList<>();
      for (int i = 0; i < 80; i++) {
        increments.add(
            () ->
                db.counters()
                    .update(
                        key,
                        now,
                        c ->
                            new Counter(
                                c == null ? 1 : c.count() + 1,
                                null,
                                now.plus(Duration.ofMinutes(15)))));
      }
      for (Future<Counter> done : pool.invokeAll(increments)) {
        done.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(db.counters().live(List.of(key), now).get(key).count()).isEqualTo(80);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aNewKeyStartsWithNoCounterWhateverTheDatabaseRoundsTimesTo(String name) {
    Database db = open(name);
    // PostgreSQL keeps microseconds and rounds: this instant is stored a little later than it is.
    Instant now = Instant.parse("2026-11-29T08:00:00.000000999Z");
    String key = "r:192.0.2." + UUID.randomUUID();
    java.util.List<Counter> seen = new java.util.ArrayList<>();
    db.counters()
        .update(
            key,
            now,
            c -> {
              seen.add(c);
              return new Counter(1, null, now.plusSeconds(3600));
            });
    assertThat(seen).containsExactly((Counter) null);
    assertThat(db.counters().live(List.of(key), now.plusSeconds(1)).get(key).count()).isOne();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void keysAreStoredOnlyAsTheirHash(String name) {
    Database db = open(name);
    String key = "p:198.51.100.23|alice-" + UUID.randomUUID();
    Instant now = clock.instant();
    db.counters().update(key, now, c -> new Counter(1, null, now.plusSeconds(60)));
    List<String> stored =
        db.jdbc()
            .sql("SELECT key_hash FROM throttle_counter WHERE key_hash = ?")
            .param(ThrottleCounters.hash(key))
            .query(String.class)
            .list();
    assertThat(stored).singleElement().asString().hasSize(64).doesNotContain("198.51.100.23");
  }

  @ParameterizedTest
  @MethodSource("databases")
  void countsThatNoLongerMatterAreDeleted(String name) {
    Database db = open(name);
    String passing = "u:passing-" + UUID.randomUUID();
    String blocking = "u:blocking-" + UUID.randomUUID();
    Instant now = clock.instant();
    db.counters().update(passing, now, c -> new Counter(3, null, now.plusSeconds(60)));
    db.counters()
        .update(blocking, now, c -> new Counter(30, now.plusSeconds(900), now.plusSeconds(60)));
    clock.pass(Duration.ofMinutes(5));
    db.counters().deleteExpired();
    assertThat(countOf(db, passing)).isZero();
    assertThat(countOf(db, blocking)).isOne();
    assertThat(db.counters().live(List.of(passing, blocking), clock.instant()))
        .containsOnlyKeys(blocking);
    clock.pass(Duration.ofMinutes(15));
    db.counters().deleteExpired();
    assertThat(countOf(db, blocking)).isZero();
  }

  private static long countOf(Database db, String key) {
    return db.jdbc()
        .sql("SELECT COUNT(*) FROM throttle_counter WHERE key_hash = ?")
        .param(ThrottleCounters.hash(key))
        .query(Long.class)
        .single();
  }
}
