package org.leakaid.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.leakaid.scanner.dump.DumpInput;
import org.leakaid.scanner.dump.DumpMask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./leakaid mask}: the input with every finding masked, in the input's own encoding. */
@Command(
    name = "mask",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the input to stdout with every finding masked: mobile 138****5678, ID number and"
          + " bank card first 6 + last 4, name first character, e-mail first character of the"
          + " local part. Everything else, the encoding (UTF-8 or GBK) and line ends included,"
          + " is copied unchanged. A .gz input is decompressed.",
      "Exit codes: 0 done, 1 output could not be written, 2 bad usage, 3 the input could not be"
          + " read in full (what was read is still written), 4 internal error."
    },
    footer = {
      "",
      "Examples:",
      "  ./leakaid mask complaint.txt > complaint-masked.txt",
      "  echo '张三 13812345678' | ./leakaid mask --types CN_MOBILE -"
    })
final class MaskCommand implements Callable<Integer> {
  private final StandardStreams io;

  @Spec CommandSpec spec;

  @Mixin ScanOptionsMixin scan;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..1",
      defaultValue = "-",
      description = "A text file (or .gz), or - for stdin (the default).")
  String path;

  MaskCommand(StandardStreams io) {
    this.io = io;
  }

  private static final String SHEET = "save the sheet as CSV (UTF-8) first, or scan the workbook";
  private static final String DATABASE =
      "export the tables as CSV first (sqlite3 -header -csv), or scan the database";

  /**
   * Inputs that mask cannot write back in their own format, by the end of their name, and what to
   * do instead: mask copies text with the findings replaced.
   */
  private static final Map<String, String> NOT_TEXT =
      Map.ofEntries(
          Map.entry(".zip", "unpack the .zip first"),
          Map.entry(".tar", "unpack the .tar first"),
          Map.entry(".tar.gz", "unpack the .tar.gz first"),
          Map.entry(".tgz", "unpack the .tgz first"),
          Map.entry(".xlsx", SHEET),
          Map.entry(".xls", SHEET),
          Map.entry(".docx", "save the .docx as text first, or scan it"),
          Map.entry(".doc", "save the .doc as text first, or scan it"),
          Map.entry(".pdf", "save the .pdf as text first, or scan it"),
          Map.entry(".db", DATABASE),
          Map.entry(".sqlite", DATABASE),
          Map.entry(".sqlite3", DATABASE));

  @Override
  public Integer call() throws IOException {
    if (!path.equals("-")) {
      Path p;
      try {
        p = Path.of(path);
      } catch (java.nio.file.InvalidPathException e) {
        p = null; // reported by DumpInput.expand below, as for scan
      }
      if (p != null && Files.isDirectory(p)) {
        throw new ParameterException(spec.commandLine(), "mask takes one file, not a directory");
      }
      String name = path.toLowerCase(Locale.ROOT);
      for (Map.Entry<String, String> kind : NOT_TEXT.entrySet()) {
        if (name.endsWith(kind.getKey())) {
          throw new ParameterException(
              spec.commandLine(), "mask takes one text file: " + kind.getValue());
        }
      }
    }
    List<DumpInput> inputs;
    try {
      inputs = DumpInput.expand(List.of(path), io.in());
    } catch (DumpInput.UnreadableInputException e) {
      io.err().println("leakaid mask: cannot read input: " + e.getMessage());
      return ScanCommand.EXIT_UNREADABLE;
    }
    OutputStream out = new BufferedOutputStream(io.out(), 1 << 20);
    boolean[] skipped = new boolean[1];
    DumpMask.Result result;
    try {
      // Input errors are reported per input (notes) and counted; what arrives here is output.
      result =
          DumpMask.run(
              inputs,
              scan.types(),
              scan.encoding(),
              scan.threads(),
              scan.limits(),
              out,
              note -> {
                skipped[0] = true;
                io.err().println("leakaid mask: " + note);
              });
      out.flush();
    } catch (IOException e) {
      return ScanCommand.outputFailed(io, "mask", e);
    }
    return result.unreadable() > 0 || skipped[0] ? ScanCommand.EXIT_UNREADABLE : 0;
  }
}
