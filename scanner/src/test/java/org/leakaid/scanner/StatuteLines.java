package org.leakaid.scanner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The statutes under {@code prose/} (texts that hold nobody's personal information), scanned line
 * by line in either encoding. Shared with the prose-names module through the scanner's test jar.
 */
public final class StatuteLines {

  private StatuteLines() {}

  /** The statute's text, as stored (UTF-8). */
  public static String text(String file) throws IOException {
    try (InputStream in = StatuteLines.class.getResourceAsStream("prose/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** What {@code scanner} reports in the statute, as "TYPE value in line"; empty if nothing. */
  public static List<String> findings(Scanner scanner, String file, TextEncoding enc)
      throws IOException {
    Charset cs = enc == TextEncoding.UTF_8 ? StandardCharsets.UTF_8 : Charset.forName("GB18030");
    ScanSession session = scanner.newSession();
    List<String> found = new ArrayList<>();
    for (String line : text(file).split("\n")) {
      byte[] b = line.getBytes(cs);
      session.scanLine(
          b,
          0,
          b.length,
          enc,
          new FindingSink() {
            @Override
            public void found(PiiType type, int start, int end, float confidence) {
              found.add(type + " " + new String(b, start, end - start, cs) + " in " + line);
            }

            @Override
            public void rejected(PiiType type, int start, int end) {}
          });
    }
    return found;
  }
}
