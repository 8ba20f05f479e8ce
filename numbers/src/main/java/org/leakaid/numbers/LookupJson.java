package org.leakaid.numbers;

import java.util.List;
import java.util.Map;

/**
 * {@link LookupResult} as one line of JSON, with the field names and order of the API, for the CLI
 * (which carries no JSON library).
 */
public final class LookupJson {

  private LookupJson() {}

  public static String write(LookupResult r) {
    StringBuilder out = new StringBuilder(512).append('{');
    field(out, "input").append(string(r.input())).append(',');
    field(out, "e164").append(string(r.e164())).append(',');
    field(out, "valid").append(r.valid()).append(',');
    field(out, "type").append(string(r.type().name())).append(',');
    field(out, "region").append(string(r.region())).append(',');
    field(out, "carrier").append(string(r.carrier())).append(',');
    field(out, "verdict").append(string(r.verdict().name())).append(',');
    field(out, "reasons");
    list(out, r.reasons()).append(',');
    field(out, "reports").append('{');
    boolean first = true;
    for (Map.Entry<String, Integer> e : r.reports().entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      out.append(string(e.getKey())).append(':').append(e.getValue());
    }
    out.append("},");
    field(out, "official");
    if (r.official() == null) {
      out.append("null");
    } else {
      LookupResult.Official o = r.official();
      out.append('{');
      field(out, "number").append(string(o.number())).append(',');
      field(out, "name").append(string(o.name())).append(',');
      field(out, "category").append(string(o.category())).append(',');
      field(out, "source").append(string(o.source())).append('}');
    }
    out.append(',');
    field(out, "notes");
    list(out, r.notes()).append(',');
    field(out, "extension").append(string(r.extension()));
    return out.append('}').toString();
  }

  private static StringBuilder field(StringBuilder out, String name) {
    return out.append('"').append(name).append("\":");
  }

  private static StringBuilder list(StringBuilder out, List<String> values) {
    out.append('[');
    for (int i = 0; i < values.size(); i++) {
      out.append(i == 0 ? "" : ",").append(string(values.get(i)));
    }
    return out.append(']');
  }

  static String string(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
