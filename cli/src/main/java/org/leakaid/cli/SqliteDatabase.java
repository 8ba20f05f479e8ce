package org.leakaid.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.leakaid.scanner.dump.FormatReader;
import org.leakaid.scanner.dump.SheetRows;

/**
 * A SQLite database, the data file of many apps: each table is read as rows of tab-separated values
 * under a header row of its column names, as a sheet is (path {@code app.db!/users}, line 1 the
 * header, line N+1 the N-th row). Phones stored as integers come out as their digits.
 *
 * <p>The file is opened read-only and {@code immutable} (no lock, no journal, no WAL file next to
 * it): a leaked database may be evidence, and reading it must not change it. The price: rows still
 * in a write-ahead log beside it ({@code app.db-wal}) are not read. A database inside an archive or
 * on stdin is skipped with a note, as 7z archives are: SQLite reads from a file.
 */
final class SqliteDatabase implements FormatReader {
  /** Rows read from the table per refill of the text stream. */
  private static final int ROWS_PER_BATCH = 1024;

  @Override
  public boolean reads(byte[] magic, int n) {
    return FormatReader.startsWith(
        magic, n, 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', 0);
  }

  @Override
  public void read(Path file, InputStream in, Parts parts) throws IOException {
    if (file == null) {
      parts.skip("SQLite database inside another archive or on stdin (unpack it first)");
      return;
    }
    String url = "jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1&mode=ro";
    try (Connection db = DriverManager.getConnection(url)) {
      for (String table : tables(db)) {
        try (Statement st = db.createStatement();
            ResultSet rows = st.executeQuery("SELECT * FROM " + quoted(table))) {
          parts.accept(table, new TableText(rows));
        }
      }
    } catch (SQLException e) {
      throw new IOException("not a readable SQLite database (" + e.getMessage() + ")", e);
    }
  }

  private static List<String> tables(Connection db) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement st = db.createStatement();
        ResultSet r =
            st.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite_%' ORDER BY rowid")) {
      while (r.next()) {
        names.add(r.getString(1));
      }
    }
    return names;
  }

  private static String quoted(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /** A table's rows as text, read from the result set as the stream is read. */
  private static final class TableText extends InputStream {
    private final ResultSet rows;
    private final int columns;
    private boolean headerWritten;
    private boolean done;
    private InputStream batch = InputStream.nullInputStream();
    private final byte[] one = new byte[1];

    TableText(ResultSet rows) throws SQLException {
      this.rows = rows;
      this.columns = rows.getMetaData().getColumnCount();
    }

    @Override
    public int read() throws IOException {
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = batch.read(b, off, len);
      while (n < 0 && !done) {
        batch = new ByteArrayInputStream(nextBatch());
        n = batch.read(b, off, len);
      }
      return n;
    }

    private byte[] nextBatch() throws IOException {
      SheetRows text = new SheetRows();
      try {
        if (!headerWritten) {
          headerWritten = true;
          ResultSetMetaData meta = rows.getMetaData();
          text.startRow(0);
          for (int c = 1; c <= columns; c++) {
            text.cell(c - 1, meta.getColumnName(c));
          }
          text.endRow();
        }
        for (int k = 0; k < ROWS_PER_BATCH; k++) {
          if (!rows.next()) {
            done = true;
            break;
          }
          text.startRow(0); // the next row: rows are numbered by the lines of the stream
          for (int c = 1; c <= columns; c++) {
            Object value = rows.getObject(c);
            // A BLOB (an image, an encrypted field) is no text: an empty cell keeps the columns.
            text.cell(c - 1, value == null || value instanceof byte[] ? "" : value.toString());
          }
          text.endRow();
        }
      } catch (SQLException e) {
        throw new IOException("a SQLite table cannot be read (" + e.getMessage() + ")", e);
      }
      return text.toByteArray();
    }
  }
}
