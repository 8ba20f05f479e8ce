package org.leakaid.evidence.chain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The one byte form of a JSON value that the hash chain hashes, so that anyone can recompute a hash
 * from the JSON in a manifest with any JSON library.
 *
 * <p>It is RFC 8785 (JSON Canonicalization Scheme) restricted to the values the case log uses,
 * which makes it simple to state and to reimplement:
 *
 * <ul>
 *   <li>no whitespace anywhere;
 *   <li>object members sorted by their names compared as sequences of UTF-16 code units (Java's
 *       {@code String.compareTo}, JavaScript's default sort); duplicate names are rejected;
 *   <li>strings: {@code "} and {@code \} escaped as {@code \"} and {@code \\}; U+0008, U+0009,
 *       U+000A, U+000C, U+000D as {@code \b \t \n \f \r}; any other character below U+0020 as
 *       {@code \}{@code u00xx} with lower-case hex; every other character as itself; lone
 *       surrogates are rejected;
 *   <li>numbers: integers only, between -(2^53-1) and 2^53-1, in plain decimal (no fractions or
 *       exponents, which JCS would need ECMAScript's number printing for);
 *   <li>{@code true}, {@code false}, {@code null} as themselves;
 *   <li>the result encoded as UTF-8.
 * </ul>
 */
public final class CanonicalJson {
  private static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

  private CanonicalJson() {}

  public static byte[] bytes(JsonNode value) {
    return string(value).getBytes(StandardCharsets.UTF_8);
  }

  public static String string(JsonNode value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(JsonNode value, StringBuilder out) {
    switch (value.getNodeType()) {
      case OBJECT -> {
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>(value.properties());
        members.sort(Map.Entry.comparingByKey());
        out.append('{');
        for (int i = 0; i < members.size(); i++) {
          if (i > 0) {
            if (members.get(i).getKey().equals(members.get(i - 1).getKey())) {
              throw new IllegalArgumentException("duplicate member " + members.get(i).getKey());
            }
            out.append(',');
          }
          writeString(members.get(i).getKey(), out);
          out.append(':');
          write(members.get(i).getValue(), out);
        }
        out.append('}');
      }
      case ARRAY -> {
        out.append('[');
        int i = 0;
        for (JsonNode element : value.values()) {
          if (i++ > 0) {
            out.append(',');
          }
          write(element, out);
        }
        out.append(']');
      }
      case STRING -> writeString(value.stringValue(), out);
      case NUMBER -> {
        if (!value.isIntegralNumber()
            || !value.canConvertToLong()
            || Math.abs(value.longValue()) > MAX_SAFE_INTEGER) {
          throw new IllegalArgumentException(
              "canonical JSON allows integers up to 2^53-1 only, not " + value);
        }
        out.append(value.longValue());
      }
      case BOOLEAN -> out.append(value.booleanValue());
      case NULL -> out.append("null");
      default ->
          throw new IllegalArgumentException("not a JSON value: " + value.getNodeType().name());
    }
  }

  private static void writeString(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            throw new IllegalArgumentException("lone surrogate at index " + i);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
