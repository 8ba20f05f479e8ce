package org.leakaid.scanner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Every GB/T 2260 division code in use at any time since 1981 (resource {@code region-codes.txt},
 * derived from the yescallop/areacodes data set, CC0). Loaded once; lookups are a bit test.
 */
public final class RegionCodes {

  private static final BitSet KNOWN = new BitSet(1_000_000);
  private static final Map<Integer, String> NAMES = new HashMap<>();

  static {
    try (InputStream in = RegionCodes.class.getResourceAsStream("region-codes.txt")) {
      if (in == null) {
        throw new IllegalStateException("resource region-codes.txt missing from the scanner jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        int code = Integer.parseInt(line.substring(0, 6));
        KNOWN.set(code);
        NAMES.put(code, line.substring(7));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private RegionCodes() {}

  /** True if the 6-digit code was a division code at some time since 1981. */
  public static boolean isKnown(int code) {
    return code >= 0 && code < 1_000_000 && KNOWN.get(code);
  }

  /**
   * True for the two-digit province-level prefixes that resident ID numbers start with, including
   * 81/82/83 of the residence permits for Hong Kong, Macao and Taiwan residents.
   */
  public static boolean isProvince(int twoDigits) {
    return twoDigits == 83 || (twoDigits > 10 && twoDigits < 100 && KNOWN.get(twoDigits * 10000));
  }

  /** The (latest) name of a code, or null. */
  public static String nameOf(int code) {
    return NAMES.get(code);
  }

  /** Every known code, ascending (a fresh array). */
  public static int[] allCodes() {
    return KNOWN.stream().toArray();
  }

  /** All names, for building place-name dictionaries. */
  static Iterable<String> names() {
    return NAMES.values();
  }
}
