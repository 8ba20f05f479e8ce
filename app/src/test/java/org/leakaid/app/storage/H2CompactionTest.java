package org.leakaid.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2CompactionTest {
  @TempDir Path dir;

  @Test
  void aFileGrownByAppendedCommitsShrinksToItsDataAndKeepsEveryRow() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("leakaid") + ";WRITE_DELAY=0;REUSE_SPACE=FALSE";
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      c.createStatement().execute("CREATE TABLE item(id INT PRIMARY KEY, body VARCHAR(600))");
      PreparedStatement insert = c.prepareStatement("INSERT INTO item VALUES (?, ?)");
      for (int i = 0; i < 1000; i++) {
        insert.setInt(1, i);
        insert.setString(2, "x".repeat(500));
        insert.executeUpdate();
      }
    }
    Path file = dir.resolve("leakaid.mv.db");
    long grown = Files.size(file);
    // About 25 KB per commit with appends only: a file many times its data.
    assertThat(grown).isGreaterThan(10L << 20);

    H2Compaction.compact(url, "sa", "");

    assertThat(Files.size(file)).isLessThan(grown / 10);
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        ResultSet rows = c.createStatement().executeQuery("SELECT COUNT(*) FROM item")) {
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(1000);
    }
  }

  @Test
  void anotherDatabaseOrAMissingFileIsLeftAlone() {
    H2Compaction.compact("jdbc:postgresql://127.0.0.1:1/none", "u", "p");
    H2Compaction.compact("jdbc:h2:file:" + dir.resolve("absent"), "sa", "");
    assertThat(dir.resolve("absent.mv.db")).doesNotExist();
  }
}
