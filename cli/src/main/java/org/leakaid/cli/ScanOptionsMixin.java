package org.leakaid.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.leakaid.scanner.PiiType;
import org.leakaid.scanner.ScanOptions;
import org.leakaid.scanner.TextEncoding;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options that scan and mask share: which types, which encoding, how many threads. */
final class ScanOptionsMixin {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--types",
      split = ",",
      paramLabel = "TYPE",
      description = {
        "Only these types, comma-separated (default: all):",
        "${COMPLETION-CANDIDATES}"
      })
  List<PiiType> types = new ArrayList<>();

  @Option(
      names = "--encoding",
      paramLabel = "ENC",
      defaultValue = "auto",
      description = "auto (default: detect UTF-8 or GB18030/GBK per file), utf-8 or gb18030 (gbk).")
  String encoding;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Scanning threads (default: the number of CPU cores).",
      defaultValue = "0")
  int threads;

  Set<PiiType> types() {
    return types.isEmpty() ? ScanOptions.defaults().types() : EnumSet.copyOf(types);
  }

  /** The forced encoding, or null for auto-detection. */
  TextEncoding encoding() {
    switch (encoding.toLowerCase(Locale.ROOT).replace("_", "-")) {
      case "auto":
        return null;
      case "utf-8":
      case "utf8":
        return TextEncoding.UTF_8;
      case "gb18030":
      case "gbk":
      case "gb2312":
        return TextEncoding.GB18030;
      default:
        throw new ParameterException(
            spec.commandLine(),
            "--encoding must be auto, utf-8 or gb18030, not '" + encoding + "'");
    }
  }

  int threads() {
    if (threads < 0) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
  }
}
