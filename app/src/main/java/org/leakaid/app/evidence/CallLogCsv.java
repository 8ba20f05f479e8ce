package org.leakaid.app.evidence;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A call log exported from a phone or a carrier's app as CSV: one call per row, with the columns
 * number, time, duration and direction under Chinese (号码, 时间, 通话时长, 类型) or English headers, in
 * UTF-8 (with or without BOM) or GBK/GB18030 (detected: bytes that are not valid UTF-8 are
 * GB18030). Comma, semicolon or tab separated, quotes as in RFC 4180.
 *
 * <p>Rows are read one by one: a bad row is reported with its line number and the reason, and the
 * good rows still count. The file as a whole is refused only when the header lacks a number or time
 * column, since then no row can be read.
 */
final class CallLogCsv {
  static final int MAX_ROWS = 5000;

  enum Direction {
    INCOMING("呼入", "incoming"),
    OUTGOING("呼出", "outgoing"),
    MISSED("未接", "missed"),
    REJECTED("拒接", "rejected");

    final String zh;
    final String en;

    Direction(String zh, String en) {
      this.zh = zh;
      this.en = en;
    }
  }

  record Call(int line, String number, OffsetDateTime time, Integer seconds, Direction direction) {}

  record BadRow(int line, String reason) {}

  record Parsed(String encoding, List<Call> calls, List<BadRow> badRows) {}

  /** The file cannot be read at all (no header naming the number and time columns). */
  static final class UnreadableLog extends Exception {
    UnreadableLog(String message) {
      super(message);
    }
  }

  private static final Map<String, String> HEADER_NAMES =
      Map.ofEntries(
          Map.entry("号码", "number"),
          Map.entry("电话号码", "number"),
          Map.entry("对方号码", "number"),
          Map.entry("手机号码", "number"),
          Map.entry("来电号码", "number"),
          Map.entry("number", "number"),
          Map.entry("phone", "number"),
          Map.entry("phone number", "number"),
          Map.entry("时间", "time"),
          Map.entry("通话时间", "time"),
          Map.entry("开始时间", "time"),
          Map.entry("日期", "time"),
          Map.entry("time", "time"),
          Map.entry("date", "time"),
          Map.entry("start time", "time"),
          Map.entry("通话时长", "duration"),
          Map.entry("时长", "duration"),
          Map.entry("duration", "duration"),
          Map.entry("类型", "direction"),
          Map.entry("通话类型", "direction"),
          Map.entry("呼叫类型", "direction"),
          Map.entry("direction", "direction"),
          Map.entry("type", "direction"));

  private static final Pattern TIME =
      Pattern.compile(
          "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?\\s*[T ]?\\s*(\\d{1,2})[:：时](\\d{1,2})(?:[:：分](\\d{1,2})秒?)?");
  private static final Pattern CLOCK = Pattern.compile("(?:(\\d+):)?(\\d{1,2}):(\\d{1,2})");
  private static final Pattern CHINESE_DURATION =
      Pattern.compile("(?:(\\d+)\\s*(?:小时|时))?\\s*(?:(\\d+)\\s*分(?:钟)?)?\\s*(?:(\\d+)\\s*秒)?");

  private CallLogCsv() {}

  static Parsed parse(byte[] bytes, OffsetDateTime now) throws UnreadableLog {
    String encoding = "UTF-8";
    String text;
    int offset = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xEF
        && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF) {
      offset = 3;
    }
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
              .toString();
    } catch (CharacterCodingException e) {
      encoding = "GB18030";
      text = new String(bytes, Charset.forName("GB18030"));
    }
    List<String> lines = text.lines().toList();
    int headerIndex = 0;
    while (headerIndex < lines.size() && lines.get(headerIndex).isBlank()) {
      headerIndex++;
    }
    if (headerIndex == lines.size()) {
      throw new UnreadableLog("the file is empty");
    }
    String headerLine = lines.get(headerIndex);
    char separator = separator(headerLine);
    List<String> header = fields(headerLine, separator);
    int number = -1;
    int time = -1;
    int duration = -1;
    int direction = -1;
    for (int i = 0; i < header.size(); i++) {
      String column = HEADER_NAMES.get(header.get(i).strip().toLowerCase(Locale.ROOT));
      if (column == null) {
        continue;
      }
      switch (column) {
        case "number" -> number = number < 0 ? i : number;
        case "time" -> time = time < 0 ? i : time;
        case "duration" -> duration = duration < 0 ? i : duration;
        default -> direction = direction < 0 ? i : direction;
      }
    }
    if (number < 0 || time < 0) {
      throw new UnreadableLog(
          "line "
              + (headerIndex + 1)
              + ": the header needs a number column (号码 or number) and a time column (时间 or"
              + " time); optional: 通话时长/duration, 类型/direction");
    }
    List<Call> calls = new ArrayList<>();
    List<BadRow> bad = new ArrayList<>();
    for (int i = headerIndex + 1; i < lines.size(); i++) {
      int line = i + 1;
      if (lines.get(i).isBlank()) {
        continue;
      }
      if (calls.size() + bad.size() >= MAX_ROWS) {
        bad.add(new BadRow(line, "more than " + MAX_ROWS + " rows: split the file"));
        break;
      }
      List<String> row = fields(lines.get(i), separator);
      try {
        calls.add(
            new Call(
                line,
                parseNumber(cell(row, number)),
                parseTime(cell(row, time), now),
                duration < 0 ? null : parseDuration(cell(row, duration)),
                direction < 0 ? null : parseDirection(cell(row, direction))));
      } catch (IllegalArgumentException e) {
        bad.add(new BadRow(line, e.getMessage()));
      }
    }
    return new Parsed(encoding, calls, bad);
  }

  private static String cell(List<String> row, int index) {
    return index < row.size() ? row.get(index).strip() : "";
  }

  static String parseNumber(String value) {
    String compact = value.replaceAll("[\\s\\-()（）]", "");
    if (compact.isEmpty()) {
      throw new IllegalArgumentException("number: empty");
    }
    if (!compact.matches("\\+?\\d{3,20}")) {
      throw new IllegalArgumentException("number: not a phone number");
    }
    return compact;
  }

  static OffsetDateTime parseTime(String value, OffsetDateTime now) {
    Matcher m = TIME.matcher(value);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "time: " + ItemRequest.quote(value) + " is not a date and time like 2026-11-20 14:03");
    }
    OffsetDateTime t;
    try {
      t =
          LocalDateTime.of(
                  Integer.parseInt(m.group(1)),
                  Integer.parseInt(m.group(2)),
                  Integer.parseInt(m.group(3)),
                  Integer.parseInt(m.group(4)),
                  Integer.parseInt(m.group(5)),
                  m.group(6) == null ? 0 : Integer.parseInt(m.group(6)))
              .atZone(ItemRequest.CHINA)
              .toOffsetDateTime();
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("time: " + ItemRequest.quote(value) + " is no real date");
    }
    if (t.isAfter(now.plusDays(1))) {
      throw new IllegalArgumentException("time: " + ItemRequest.quote(value) + " is in the future");
    }
    return t;
  }

  /** Seconds from {@code 65}, {@code 1:05}, {@code 00:01:05}, {@code 1分5秒}; blank is unknown. */
  static Integer parseDuration(String value) {
    String v = value.strip();
    if (v.isEmpty()) {
      return null;
    }
    if (v.matches("\\d{1,7}")) {
      return Integer.parseInt(v);
    }
    Matcher clock = CLOCK.matcher(v);
    if (clock.matches()) {
      int h = clock.group(1) == null ? 0 : Integer.parseInt(clock.group(1));
      return h * 3600 + Integer.parseInt(clock.group(2)) * 60 + Integer.parseInt(clock.group(3));
    }
    Matcher zh = CHINESE_DURATION.matcher(v);
    if (zh.matches() && (zh.group(1) != null || zh.group(2) != null || zh.group(3) != null)) {
      return (zh.group(1) == null ? 0 : Integer.parseInt(zh.group(1))) * 3600
          + (zh.group(2) == null ? 0 : Integer.parseInt(zh.group(2))) * 60
          + (zh.group(3) == null ? 0 : Integer.parseInt(zh.group(3)));
    }
    throw new IllegalArgumentException(
        "duration: " + ItemRequest.quote(value) + " is not seconds, m:ss or 1分5秒");
  }

  static Direction parseDirection(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "" -> null;
      case "呼入", "来电", "已接来电", "已接", "incoming", "in", "received" -> Direction.INCOMING;
      case "呼出", "去电", "已拨电话", "已拨", "outgoing", "out", "dialed", "dialled" -> Direction.OUTGOING;
      case "未接", "未接来电", "missed" -> Direction.MISSED;
      case "拒接", "已拒接", "rejected", "declined", "blocked", "拦截" -> Direction.REJECTED;
      default ->
          throw new IllegalArgumentException(
              "direction: "
                  + ItemRequest.quote(value)
                  + " is not one of 呼入, 呼出, 未接, 拒接 (incoming, outgoing, missed, rejected)");
    };
  }

  private static char separator(String header) {
    int commas = count(header, ',');
    int tabs = count(header, '\t');
    int semicolons = count(header, ';');
    if (tabs > commas && tabs >= semicolons) {
      return '\t';
    }
    return semicolons > commas ? ';' : ',';
  }

  private static int count(String s, char c) {
    return (int) s.chars().filter(x -> x == c).count();
  }

  /** One CSV line's fields; quotes may enclose separators and doubled quotes. */
  static List<String> fields(String line, char separator) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == separator) {
        out.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    out.add(field.toString());
    return out;
  }
}
