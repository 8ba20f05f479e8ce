package org.leakaid.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket: for what a normal client will not do, such as announcing a large
 * body and then waiting for the answer before sending it, or going away in the middle of a
 * download.
 */
public final class RawHttp {

  /** An answer: the status, the headers (names in lower case) and the body as text. */
  public record Answer(int status, Map<String, String> headers, String body) {}

  private RawHttp() {}

  /**
   * Sends the head of a request and the first part of its body, then only reads: the answer the
   * server gives without the rest of the body. Throws {@link SocketTimeoutException} when the
   * server waits for the rest instead.
   */
  public static Answer answerBeforeTheBodyIsSent(
      int port, String head, byte[] firstPartOfBody, Duration wait) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout((int) wait.toMillis());
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.write(firstPartOfBody);
      out.flush();
      return readHead(socket.getInputStream());
    }
  }

  /**
   * Sends a request, reads the status line and headers and {@code bytes} bytes of the body, then
   * resets the connection (as a phone that loses its signal does) without reading the rest.
   */
  public static Answer goAwayDuringTheBody(int port, String request, int bytes, Duration wait)
      throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout((int) wait.toMillis());
      socket.setReceiveBufferSize(4096);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      InputStream in = socket.getInputStream();
      Answer answer = readHead(in);
      in.readNBytes(bytes);
      socket.setSoLinger(true, 0); // close sends RST: the server's next write fails
      return answer;
    }
  }

  private static Answer readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed before the answer's headers ended: " + head);
      }
      head.write(b);
      matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(
            lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).strip());
      }
    }
    return new Answer(status, headers, "");
  }
}
