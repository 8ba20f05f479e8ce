package org.leakaid.app.logging;

import org.leakaid.scanner.ScanOptions;
import org.leakaid.scanner.Scanner;

/** The scanner that masks log output: built once, on first use, with the default types. */
final class LogMasking {

  private LogMasking() {}

  private static final class Holder {
    static final Scanner SCANNER = Scanner.create(ScanOptions.defaults());
  }

  static String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return Holder.SCANNER.mask(text);
  }
}
