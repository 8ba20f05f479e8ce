package org.leakaid.scanner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Mainland mobile number segments (resource {@code mobile-segments.txt}): which 3- and 4-digit
 * prefixes are allocated, to whom, and whether they are ordinary, virtual-operator, IoT/data-only
 * or satellite numbers. A table of the 1000 four-digit prefixes 1000-1999 makes lookups O(1).
 */
public final class MobileSegments {

  /** What kind of numbers a segment holds. */
  public enum Kind {
    MOBILE,
    /** Virtual network operators (170/171/162/165/167): common for fraud and spam calls. */
    VIRTUAL,
    /** Data-only and IoT segments (141/144/146/148/149): cannot normally receive calls. */
    IOT,
    SATELLITE
  }

  /** Network operator holding a segment. */
  public enum Carrier {
    CHINA_MOBILE("中国移动"),
    CHINA_UNICOM("中国联通"),
    CHINA_TELECOM("中国电信"),
    CHINA_BROADNET("中国广电"),
    SATELLITE_OPERATOR("卫星通信");

    private final String chineseName;

    Carrier(String chineseName) {
      this.chineseName = chineseName;
    }

    public String chineseName() {
      return chineseName;
    }
  }

  /** A segment: its prefix as written in the table, kind and carrier. */
  public record Segment(String prefix, Kind kind, Carrier carrier) {}

  private static final Segment[] BY_PREFIX4 = new Segment[1000];

  static {
    try (InputStream in = MobileSegments.class.getResourceAsStream("mobile-segments.txt")) {
      if (in == null) {
        throw new IllegalStateException(
            "resource mobile-segments.txt missing from the scanner jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Segment[] three = new Segment[100];
      Segment[] four = new Segment[1000];
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank() || line.charAt(0) == '#') {
          continue;
        }
        String[] f = line.trim().split("\\s+");
        Segment s = new Segment(f[0], Kind.valueOf(f[1]), Carrier.valueOf(f[2]));
        int p = Integer.parseInt(f[0]);
        if (f[0].length() == 3) {
          three[p - 100] = s;
        } else {
          four[p - 1000] = s;
        }
      }
      for (int i = 0; i < 1000; i++) {
        BY_PREFIX4[i] = four[i] != null ? four[i] : three[i / 10];
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private MobileSegments() {}

  /**
   * The segment of a mobile number in any common written form ({@code 13812345678}, {@code +86 138
   * 1234 5678}, {@code 0086-138...}, full-width digits), or empty if it is not an allocated
   * 11-digit mainland mobile number.
   */
  public static Optional<Segment> lookup(CharSequence number) {
    StringBuilder digits = new StringBuilder(16);
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c >= '０' && c <= '９') {
        digits.append((char) (c - '０' + '0'));
      } else if (c != ' ' && c != '-' && c != '+' && c != '(' && c != ')' && c != '（' && c != '）') {
        return Optional.empty();
      }
    }
    String d = digits.toString();
    if (d.length() == 15 && d.startsWith("0086")) {
      d = d.substring(4);
    } else if (d.length() == 13 && d.startsWith("86")) {
      d = d.substring(2);
    }
    if (d.length() != 11 || d.charAt(0) != '1') {
      return Optional.empty();
    }
    return Optional.ofNullable(BY_PREFIX4[Integer.parseInt(d.substring(0, 4)) - 1000]);
  }

  /** Segment for the four leading digits 1000..1999, or null when unallocated. */
  static Segment byPrefix4(int prefix4) {
    return prefix4 >= 1000 && prefix4 < 2000 ? BY_PREFIX4[prefix4 - 1000] : null;
  }
}
