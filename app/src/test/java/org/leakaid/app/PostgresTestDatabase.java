package org.leakaid.app;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh schema on the PostgreSQL server named by {@code LEAKAID_TEST_POSTGRES_URL} for one test
 * JVM: created on first use, migrated by the app's own Flyway run, dropped when the JVM exits, so
 * runs never see each other's rows.
 */
public final class PostgresTestDatabase {

  public static final String VARIABLE = "LEAKAID_TEST_POSTGRES_URL";

  private static String schema;

  private PostgresTestDatabase() {}

  public static synchronized void register(DynamicPropertyRegistry registry) {
    properties().forEach((name, value) -> registry.add(name, () -> value));
  }

  /**
   * The Spring properties that point the app at this JVM's schema: for tests that start the app in
   * a process of its own, as command-line arguments.
   */
  public static synchronized Map<String, String> properties() {
    if (schema == null) {
      schema = createSchema();
    }
    return propertiesOf(schema);
  }

  /**
   * Like {@link #properties()}, but for a schema of its own, for a test whose counts (the login
   * throttle's, say) must not meet those of the other tests in the JVM.
   */
  public static synchronized Map<String, String> propertiesOfNewSchema() {
    return propertiesOf(createSchema());
  }

  private static String createSchema() {
    String url = System.getenv(VARIABLE);
    String created =
        "leakaid_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute(url, "CREATE SCHEMA " + created);
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> execute(url, "DROP SCHEMA " + created + " CASCADE")));
    return created;
  }

  private static Map<String, String> propertiesOf(String schema) {
    String url = System.getenv(VARIABLE);
    Map<String, String> query = query(url);
    String separator = url.contains("?") ? "&" : "?";
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("spring.datasource.url", url + separator + "currentSchema=" + schema);
    if (query.containsKey("user")) {
      properties.put("spring.datasource.username", query.get("user"));
    }
    if (query.containsKey("password")) {
      properties.put("spring.datasource.password", query.get("password"));
    }
    properties.put("spring.flyway.schemas", schema);
    properties.put("spring.flyway.default-schema", schema);
    return properties;
  }

  private static Map<String, String> query(String url) {
    Map<String, String> params = new HashMap<>();
    int start = url.indexOf('?');
    if (start >= 0) {
      for (String pair : url.substring(start + 1).split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          params.put(
              pair.substring(0, eq),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return params;
  }

  private static void execute(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + VARIABLE + ": " + e.getMessage(), e);
    }
  }
}
