package org.leakaid.app.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An e-mail as saved in a {@code .eml} file, read with the JDK alone: the headers an evidence item
 * needs (From, To, Subject, Date, the Received chain) and the body text.
 *
 * <p>Chinese mail is the hard part. Header values come as RFC 2047 encoded-words in UTF-8, GBK,
 * GB2312 or GB18030, Base64 or quoted-printable, often split mid-character across adjacent words,
 * so adjacent words of one charset are joined as bytes before decoding; GBK and GB2312 are decoded
 * as GB18030, their superset, because real senders label GBK text GB2312. Some clients send raw
 * 8-bit headers instead: those are taken as UTF-8 when they decode as such, else GB18030. Folded
 * headers (RFC 5322: a line starting with white space continues the previous one) are unfolded. The
 * body is the first text/plain part of a (nested) multipart message, else the first text/html part
 * with its tags stripped.
 */
record EmlMessage(
    String from,
    String fromAddress,
    String to,
    String subject,
    OffsetDateTime date,
    List<String> received,
    String body) {

  /** How much of a file is parsed; the original is stored whole all the same. */
  static final int MAX_PARSED_BYTES = 4 * 1024 * 1024;

  private static final Pattern ENCODED_WORD =
      Pattern.compile("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?\\s]*)\\?=");
  private static final Pattern ANGLE_ADDRESS = Pattern.compile("<([^<>\\s]+@[^<>\\s]+)>");
  private static final Pattern BARE_ADDRESS =
      Pattern.compile("[\\w.+\\-]+@[\\w\\-]+(?:\\.[\\w\\-]+)+");

  /** One header field, unfolded and decoded. */
  record Header(String name, String value) {}

  /** Thrown when the bytes are not an e-mail at all. */
  static final class NotAnEmail extends Exception {
    NotAnEmail(String message) {
      super(message);
    }
  }

  static EmlMessage parse(InputStream in) throws IOException, NotAnEmail {
    byte[] bytes = in.readNBytes(MAX_PARSED_BYTES);
    return parse(bytes);
  }

  static EmlMessage parse(byte[] bytes) throws NotAnEmail {
    Part message = Part.split(bytes);
    if (message.headers().isEmpty()
        || (first(message.headers(), "from") == null && first(message.headers(), "date") == null)) {
      throw new NotAnEmail("no From or Date header: not an e-mail message");
    }
    String from = first(message.headers(), "from");
    List<String> received = new ArrayList<>();
    for (Header h : message.headers()) {
      if (h.name().equalsIgnoreCase("received")) {
        received.add(summariseReceived(h.value()));
      }
    }
    String dateText = first(message.headers(), "date");
    return new EmlMessage(
        from,
        address(from),
        first(message.headers(), "to"),
        first(message.headers(), "subject"),
        dateText == null ? null : parseDate(dateText),
        received,
        bodyText(message));
  }

  /** The address in a From value ({@code 名字 <a@b.cn>} or a bare address), else null. */
  static String address(String value) {
    if (value == null) {
      return null;
    }
    Matcher angle = ANGLE_ADDRESS.matcher(value);
    if (angle.find()) {
      return angle.group(1);
    }
    Matcher bare = BARE_ADDRESS.matcher(value);
    return bare.find() ? bare.group() : null;
  }

  /** RFC 5322 date; comments like "(CST)" and runs of spaces are tolerated. Null if unreadable. */
  static OffsetDateTime parseDate(String value) {
    try {
      return ZonedDateTime.parse(cleanDate(value), DateTimeFormatter.RFC_1123_DATE_TIME)
          .toOffsetDateTime();
    } catch (RuntimeException e) {
      return null;
    }
  }

  static String cleanDate(String value) {
    String v = value.replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").strip();
    // the weekday is redundant and often wrong in real mail: drop it rather than refuse the date
    v = v.replaceFirst("^[A-Za-z]{3},\\s*", "");
    // "GMT+08:00" and "+0800 CST" forms seen from some Chinese clients
    v = v.replaceAll("GMT([+-]\\d{2}):?(\\d{2})$", "$1$2").replaceAll("([+-]\\d{4}) \\w+$", "$1");
    return v;
  }

  /** "from A by B; date": the hop's two hosts and when, without the noise in between. */
  static String summariseReceived(String value) {
    String v = value.replaceAll("\\s+", " ").strip();
    String when = "";
    int semicolon = v.lastIndexOf(';');
    if (semicolon >= 0) {
      when = v.substring(semicolon + 1).strip();
      v = v.substring(0, semicolon);
    }
    Matcher from = Pattern.compile("(?i)\\bfrom\\s+(\\S+(?:\\s+\\([^)]*\\))?)").matcher(v);
    Matcher by = Pattern.compile("(?i)\\bby\\s+(\\S+)").matcher(v);
    StringBuilder out = new StringBuilder();
    if (from.find()) {
      out.append("from ").append(from.group(1));
    }
    if (by.find()) {
      out.append(out.isEmpty() ? "" : " ").append("by ").append(by.group(1));
    }
    if (out.isEmpty()) {
      out.append(v.length() > 200 ? v.substring(0, 200) : v);
    }
    if (!when.isEmpty()) {
      out.append("; ").append(when);
    }
    return out.length() > 400 ? out.substring(0, 400) : out.toString();
  }

  private static String first(List<Header> headers, String name) {
    for (Header h : headers) {
      if (h.name().equalsIgnoreCase(name)) {
        return h.value();
      }
    }
    return null;
  }

  /** A MIME entity: its headers and its raw body bytes. */
  private record Part(List<Header> headers, byte[] body) {

    static Part split(byte[] bytes) {
      int bodyStart = bytes.length;
      int headerEnd = bytes.length;
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          int next = i + 1;
          if (next < bytes.length && bytes[next] == '\r') {
            next++;
          }
          if (next < bytes.length && bytes[next] == '\n') {
            headerEnd = i;
            bodyStart = next + 1;
            break;
          }
          if (i == 0) {
            headerEnd = 0;
            bodyStart = 1;
            break;
          }
        }
      }
      String headerText = decodeRaw(bytes, 0, headerEnd);
      List<Header> headers = new ArrayList<>();
      StringBuilder current = null;
      for (String line : headerText.split("\r?\n")) {
        if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
          if (current != null) {
            current.append(line); // unfolding removes only the line break
          }
          continue;
        }
        if (current != null) {
          addHeader(headers, current.toString());
        }
        current = line.indexOf(':') > 0 ? new StringBuilder(line) : null;
      }
      if (current != null) {
        addHeader(headers, current.toString());
      }
      byte[] body = new byte[bytes.length - Math.min(bodyStart, bytes.length)];
      System.arraycopy(bytes, Math.min(bodyStart, bytes.length), body, 0, body.length);
      return new Part(headers, body);
    }

    private static void addHeader(List<Header> headers, String line) {
      int colon = line.indexOf(':');
      String name = line.substring(0, colon).strip();
      if (name.matches("[!-9;-~]+")) {
        headers.add(new Header(name, decodeWords(line.substring(colon + 1).strip())));
      }
    }

    String header(String name) {
      return first(headers, name);
    }
  }

  /** Decodes RFC 2047 encoded-words; white space between adjacent words is dropped. */
  static String decodeWords(String value) {
    StringBuilder out = new StringBuilder();
    Matcher m = ENCODED_WORD.matcher(value);
    int done = 0;
    String pendingCharset = null;
    ByteArrayOutputStream pending = new ByteArrayOutputStream();
    while (m.find()) {
      String between = value.substring(done, m.start());
      boolean adjacent = pendingCharset != null && between.isBlank();
      String charset = m.group(1).toLowerCase(Locale.ROOT).replaceFirst("\\*.*$", "");
      if (!adjacent || !charset.equals(pendingCharset)) {
        flush(out, pending, pendingCharset);
        pendingCharset = null;
        if (!adjacent) {
          out.append(between);
        }
      }
      byte[] decoded = decodeWordBytes(m.group(2), m.group(3));
      if (decoded == null) {
        flush(out, pending, pendingCharset);
        pendingCharset = null;
        out.append(m.group());
      } else {
        pending.writeBytes(decoded);
        pendingCharset = charset;
      }
      done = m.end();
    }
    flush(out, pending, pendingCharset);
    out.append(value.substring(done));
    return out.toString();
  }

  private static void flush(StringBuilder out, ByteArrayOutputStream pending, String charset) {
    if (charset != null && pending.size() > 0) {
      out.append(new String(pending.toByteArray(), charset(charset)));
    }
    pending.reset();
  }

  private static byte[] decodeWordBytes(String encoding, String text) {
    try {
      if (encoding.equalsIgnoreCase("B")) {
        return Base64.getDecoder().decode(text); // strict: a mangled word stays as written
      }
      return quotedPrintable(text.replace('_', ' ').getBytes(StandardCharsets.US_ASCII));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** GBK and GB2312 as GB18030 (their superset); unknown charsets as UTF-8. */
  static Charset charset(String name) {
    String n = name == null ? "" : name.strip().replace("\"", "").toLowerCase(Locale.ROOT);
    if (n.equals("gbk")
        || n.equals("gb2312")
        || n.equals("gb18030")
        || n.equals("x-gbk")
        || n.equals("cp936")
        || n.equals("euc-cn")) {
      return Charset.forName("GB18030");
    }
    try {
      return n.isEmpty() ? StandardCharsets.UTF_8 : Charset.forName(n);
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }

  static byte[] quotedPrintable(byte[] in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    for (int i = 0; i < in.length; i++) {
      byte b = in[i];
      if (b == '=') {
        if (i + 2 < in.length && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
          out.write(hex(in[i + 1]) * 16 + hex(in[i + 2]));
          i += 2;
          continue;
        }
        // a soft line break: '=' at the end of a line
        int j = i + 1;
        if (j < in.length && in[j] == '\r') {
          j++;
        }
        if (j < in.length && in[j] == '\n') {
          i = j;
          continue;
        }
        if (j >= in.length) {
          continue;
        }
      }
      out.write(b);
    }
    return out.toByteArray();
  }

  private static int hex(byte b) {
    return Character.digit(b, 16);
  }

  /** Raw header or body bytes: UTF-8 when they decode as such, else GB18030. */
  private static String decodeRaw(byte[] bytes, int from, int to) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(ByteBuffer.wrap(bytes, from, to - from))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, from, to - from, Charset.forName("GB18030"));
    }
  }

  private static String bodyText(Part message) {
    String plain = findText(message, "text/plain", 0);
    if (plain != null) {
      return plain.strip();
    }
    String html = findText(message, "text/html", 0);
    return html == null ? "" : stripHtml(html).strip();
  }

  private static String findText(Part part, String wanted, int depth) {
    String type = part.header("content-type");
    String mime =
        type == null ? "text/plain" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (mime.startsWith("multipart/") && depth < 10) {
      String boundary = parameter(type, "boundary");
      if (boundary == null) {
        return null;
      }
      for (byte[] child : multipartChildren(part.body(), boundary)) {
        String found = findText(Part.split(child), wanted, depth + 1);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    String disposition = part.header("content-disposition");
    if (!mime.equals(wanted)
        || (disposition != null && disposition.toLowerCase(Locale.ROOT).startsWith("attachment"))) {
      return null;
    }
    byte[] decoded = decodeTransfer(part.body(), part.header("content-transfer-encoding"));
    String charset = parameter(type, "charset");
    if (charset == null) {
      return decodeRaw(decoded, 0, decoded.length);
    }
    return new String(decoded, charset(charset));
  }

  private static byte[] decodeTransfer(byte[] body, String encoding) {
    String e = encoding == null ? "" : encoding.strip().toLowerCase(Locale.ROOT);
    try {
      return switch (e) {
        case "base64" ->
            Base64.getMimeDecoder().decode(new String(body, StandardCharsets.US_ASCII).strip());
        case "quoted-printable" -> quotedPrintable(body);
        default -> body;
      };
    } catch (IllegalArgumentException broken) {
      return body;
    }
  }

  static String parameter(String header, String name) {
    if (header == null) {
      return null;
    }
    Matcher m =
        Pattern.compile("(?i);\\s*" + Pattern.quote(name) + "\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]+))")
            .matcher(header);
    return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
  }

  private static List<byte[]> multipartChildren(byte[] body, String boundary) {
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i + delimiter.length <= body.length; i++) {
      if ((i == 0 || body[i - 1] == '\n') && startsWith(body, i, delimiter)) {
        starts.add(i);
      }
    }
    List<byte[]> children = new ArrayList<>();
    for (int k = 0; k + 1 < starts.size(); k++) {
      int from = starts.get(k) + delimiter.length;
      while (from < body.length && body[from] != '\n') {
        from++;
      }
      from++;
      int to = starts.get(k + 1);
      if (to > 0 && body[to - 1] == '\n') {
        to--;
      }
      if (to > 0 && body[to - 1] == '\r') {
        to--;
      }
      if (from < to) {
        byte[] child = new byte[to - from];
        System.arraycopy(body, from, child, 0, child.length);
        children.add(child);
      }
    }
    return children;
  }

  private static boolean startsWith(byte[] body, int at, byte[] prefix) {
    for (int j = 0; j < prefix.length; j++) {
      if (body[at + j] != prefix[j]) {
        return false;
      }
    }
    return true;
  }

  /** Text of an HTML body: scripts and styles dropped, tags removed, common entities decoded. */
  static String stripHtml(String html) {
    String text =
        html.replaceAll("(?is)<(script|style|head)[^>]*>.*?</\\1\\s*>", " ")
            .replaceAll("(?i)<br\\s*/?>|</p\\s*>|</div\\s*>|</tr\\s*>|</li\\s*>", "\n")
            .replaceAll("(?s)<[^>]*>", "")
            .replace("&nbsp;", " ")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&");
    return text.replaceAll("[ \\t\\x0B\\f\\r]+", " ")
        .replaceAll(" ?\n ?", "\n")
        .replaceAll("\n{3,}", "\n\n");
  }
}
