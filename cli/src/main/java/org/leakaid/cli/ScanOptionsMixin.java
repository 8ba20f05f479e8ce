package org.leakaid.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leakaid.scanner.PiiType;
import org.leakaid.scanner.ScanOptions;
import org.leakaid.scanner.TextEncoding;
import org.leakaid.scanner.dump.InputLimits;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * Options that scan and mask share: which types, which encoding, how many threads, how far an input
 * may expand.
 */
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

  @Option(
      names = "--max-expanded-bytes",
      paramLabel = "SIZE",
      converter = SizeConverter.class,
      description =
          "The most a compressed file or archive may expand to, e.g. 200G (K, M, G, T: powers of"
              + " 1024). Default: 1000 times its size on disk, at least 1G; a file that expands"
              + " beyond that (a decompression bomb) is read up to there and reported.")
  long maxExpandedBytes;

  @Option(
      names = "--long-line-bytes",
      hidden = true,
      description = "Piece size of lines longer than that (tests; default 64 MiB).")
  int longLineBytes;

  InputLimits limits() {
    try {
      return new InputLimits(maxExpandedBytes, longLineBytes);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** 64G, 500M, 1.5T, 1000000: bytes, with K, M, G, T, P as powers of 1024 (KB, KiB alike). */
  static final class SizeConverter implements ITypeConverter<Long> {
    private static final Pattern SIZE =
        Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([KMGTP]?)(?:I?B)?", Pattern.CASE_INSENSITIVE);

    @Override
    public Long convert(String value) {
      Matcher m = SIZE.matcher(value.strip());
      if (!m.matches()) {
        throw new TypeConversionException(
            "'" + value + "' is no size: write bytes, or a number with K, M, G or T (64G)");
      }
      String unit = m.group(2).toUpperCase(Locale.ROOT);
      int power = unit.isEmpty() ? 0 : "KMGTP".indexOf(unit) + 1;
      BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(1024).pow(power));
      if (bytes.signum() <= 0 || bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
        throw new TypeConversionException("'" + value + "' is no size between 1 byte and 8 EiB");
      }
      return bytes.setScale(0, RoundingMode.CEILING).longValueExact();
    }
  }

  int threads() {
    if (threads < 0) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
  }
}
