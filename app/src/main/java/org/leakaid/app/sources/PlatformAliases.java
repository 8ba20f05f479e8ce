package org.leakaid.app.sources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Platforms known under several names (京东 = JD.com = 京东商城), read once from the curated {@code
 * platform-aliases.txt}. A ledger line for "JD.com" and a canary for "京东" must count as one
 * platform in attribution, statistics and groups, or a leak splits into suspects none of which
 * reaches the five-victim threshold.
 */
final class PlatformAliases {

  private static final String RESOURCE = "platform-aliases.txt";
  private static final Map<String, String> CANONICAL = new HashMap<>();
  private static final Map<String, Set<String>> SPELLINGS = new HashMap<>();

  static {
    try (InputStream in = PlatformAliases.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String canonical = null;
        for (String name : line.split("=")) {
          String key = MatchingText.rawKey(name);
          if (key.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": empty name in " + line);
          }
          canonical = canonical == null ? key : canonical;
          String before = CANONICAL.putIfAbsent(key, canonical);
          if (before != null && !before.equals(canonical)) {
            throw new IllegalStateException(
                RESOURCE + ": " + name.strip() + " names two platforms");
          }
          SPELLINGS.computeIfAbsent(canonical, k -> new LinkedHashSet<>()).add(key);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private PlatformAliases() {}

  /** The platform's one key: the first name's key for a known alias, else the key itself. */
  static String canonical(String key) {
    return CANONICAL.getOrDefault(key, key);
  }

  /** Every key the platform with this canonical key is known by (itself at least). */
  static Set<String> spellings(String canonicalKey) {
    return SPELLINGS.getOrDefault(canonicalKey, Set.of(canonicalKey));
  }

  /** Pairs (alias key, canonical key) for every alias that is not itself canonical. */
  static List<Map.Entry<String, String>> renamings() {
    return CANONICAL.entrySet().stream().filter(e -> !e.getKey().equals(e.getValue())).toList();
  }
}
