package org.leakaid.protect.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** Word lists shipped as resources: one entry a line, # comments, duplicates dropped. */
final class Wordlists {

  private Wordlists() {}

  /** A list of this module ({@code chinese-passwords.txt} ...), in file order. */
  static List<String> ours(String name) {
    return read(Wordlists.class.getResourceAsStream(name), name);
  }

  /** One of nbvcxz's own lists ({@code passwords.txt}, {@code eff_large.txt}). */
  static List<String> nbvcxz(String name) {
    return read(me.gosimple.nbvcxz.Nbvcxz.class.getResourceAsStream("/dictionaries/" + name), name);
  }

  private static List<String> read(InputStream resource, String name) {
    if (resource == null) {
      throw new IllegalStateException("word list " + name + " is missing from the classpath");
    }
    LinkedHashSet<String> words = new LinkedHashSet<>();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(resource, StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        String w = line.strip().toLowerCase(Locale.ROOT);
        if (!w.isEmpty() && !w.startsWith("#")) {
          words.add(w);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ArrayList<>(words);
  }
}
