package org.leakaid.app.storage;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes a committed transaction survive a power cut before the app answers for it.
 *
 * <p>PostgreSQL does so on every commit by itself (fsync of its write-ahead log, with the default
 * {@code synchronous_commit=on}): nothing to do. The embedded H2 database, with the settings of the
 * default URL ({@code WRITE_DELAY=0;REUSE_SPACE=FALSE}, see application.properties), appends each
 * commit to its file and hands it to the operating system at once, which survives the app's crash
 * but not the machine's; {@code CHECKPOINT SYNC} also forces the file to the disk (about 8 ms on
 * this machine's disk, measured with 60 MB of rows). Evidence writes call {@link #flush()}: they
 * are rare, and the ones a victim must be able to count on.
 */
@Component
public class DurableCommits {
  private final JdbcClient jdbc;
  private final boolean h2;

  DurableCommits(JdbcClient jdbc, DataSource dataSource) throws SQLException {
    this.jdbc = jdbc;
    try (Connection connection = dataSource.getConnection()) {
      this.h2 = "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
    }
  }

  /** Call after a commit: returns once what it committed is on the disk. */
  public void flush() {
    if (h2) {
      jdbc.sql("CHECKPOINT SYNC").update();
    }
  }
}
