package org.leakaid.numbers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads this module's CSV resources: {@code #} starts a comment line, fields are split on commas
 * and only the last field may contain commas (it is free text).
 */
final class ResourceTables {

  private ResourceTables() {}

  static List<String[]> read(String name, int fields) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = ResourceTables.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " missing from the numbers jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNumber = 0;
      for (String line; (line = reader.readLine()) != null; ) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] row = line.split(",", fields);
        if (row.length != fields) {
          throw new IllegalStateException(
              name + " line " + lineNumber + ": " + fields + " fields expected, " + row.length);
        }
        for (int i = 0; i < row.length; i++) {
          row[i] = row[i].strip();
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
