package org.leakaid.app.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Compacts the embedded H2 database file when the app starts, before the pool opens it.
 *
 * <p>The default URL appends every commit to the file ({@code REUSE_SPACE=FALSE}, see
 * application.properties: with space reuse a kill -9 lost acknowledged evidence). Space freed by
 * later commits is then never reused while the database is open, and H2 does not give it back when
 * it closes. Measured: 20,000 small commits grew a file to 512 MB that held 0.5 MB of data (25 KB
 * per commit), and the 10-minute soak grew the app's file to 3.8 GB. {@code SHUTDOWN COMPACT}
 * rewrites only the live data: that file became 0.5 MB in 4.5 s. So each start compacts, and the
 * file holds at most what one run wrote. PostgreSQL reuses its space by itself (autovacuum).
 */
@Component
class H2Compaction implements BeanPostProcessor {
  private static final Logger log = LoggerFactory.getLogger(H2Compaction.class);
  private static final String FILE_URL = "jdbc:h2:file:";

  private final boolean enabled;

  H2Compaction(@Value("${leakaid.h2.compact-on-start:true}") boolean enabled) {
    this.enabled = enabled;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    // Spring Boot's Hikari pool starts on its first getConnection(), so the file is not open yet.
    if (enabled && bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
      compact(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
    }
    return bean;
  }

  /**
   * Compacts the database at {@code url} if it is an H2 file database that exists. A failure (the
   * file is open in another process) is logged and left to the pool to report.
   */
  static void compact(String url, String user, String password) {
    if (!url.startsWith(FILE_URL)) {
      return;
    }
    int settings = url.indexOf(';');
    String name = url.substring(FILE_URL.length(), settings < 0 ? url.length() : settings);
    Path file = Path.of(name + ".mv.db");
    if (!Files.isRegularFile(file)) {
      return;
    }
    long started = System.nanoTime();
    try {
      long before = Files.size(file);
      try (Connection connection = DriverManager.getConnection(url, user, password)) {
        connection.createStatement().execute("SHUTDOWN COMPACT");
      }
      log.info(
          "Compacted the database file from {} MB to {} MB in {} ms",
          before >> 20,
          Files.size(file) >> 20,
          (System.nanoTime() - started) / 1_000_000);
    } catch (SQLException | IOException e) {
      log.warn("Could not compact the database file: {}", e.getMessage());
    }
  }
}
