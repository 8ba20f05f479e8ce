package org.leakaid.app.logging;

import org.leakaid.scanner.ScanOptions;
import org.leakaid.scanner.Scanner;

/**
 * What a log line may show of personal information: the scanner's masking first (a phone number
 * becomes {@code 138****5678}, an ID number {@code 110105********002X}), then every run of Chinese
 * characters is cut to its first character ({@code 张伟} becomes {@code 张*}). The scanner finds a
 * name only where context says it is one ({@code 姓名：张伟}); a name quoted by an exception message
 * ({@code Invalid file name: 张伟身份证.jpg}) has no such context. The app's own log messages are
 * English, so Chinese text in a log line came from a user and is not needed to run the app.
 */
final class LogMasking {

  private LogMasking() {}

  private static final class Holder {
    static final Scanner SCANNER = Scanner.create(ScanOptions.defaults());
  }

  static String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return maskChineseText(Holder.SCANNER.mask(text));
  }

  /** Keeps the first character of each run of Han characters and stars the rest of the run. */
  static String maskChineseText(String text) {
    StringBuilder out = null;
    boolean inRun = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int width = Character.charCount(c);
      boolean han = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
      if (han && inRun) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
        out.append('*');
      } else if (out != null) {
        out.appendCodePoint(c);
      }
      inRun = han;
      i += width;
    }
    return out == null ? text : out.toString();
  }
}
