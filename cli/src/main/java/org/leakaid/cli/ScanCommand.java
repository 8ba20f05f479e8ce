package org.leakaid.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.leakaid.scanner.dump.DumpInput;
import org.leakaid.scanner.dump.DumpReport;
import org.leakaid.scanner.dump.DumpScan;
import org.leakaid.scanner.dump.RecordCategory;
import org.leakaid.scanner.dump.WatchList;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code ./leakaid scan}: find, validate and count personal information in files of any size. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = {
      "Finds Chinese personal information (ID numbers, phones, bank cards, e-mails, names,"
          + " addresses...) in files, directories, archives (.zip .7z .tar .gz .bz2 .xz), Excel"
          + " workbooks (.xlsx .xls), Word documents (.docx), PDFs, SQLite databases or"
          + " stdin, validates it and counts it. Offsets are bytes of the (decompressed) input;"
          + " lines start at 1. A workbook's sheets are read as rows of tab-separated cells"
          + " (path leaked.xlsx!/Sheet1, line = row number), a database's tables likewise.",
      "Exit codes: 0 done (findings or not), 1 output could not be written, 2 bad usage, 3 an"
          + " input could not be read in full"
          + " (missing, damaged, changed while it was read, or expanding beyond"
          + " --max-expanded-bytes: what was read is still counted), 4 internal error."
    },
    footer = {
      "",
      "Examples:",
      "  ./leakaid scan leaked.csv > findings.jsonl",
      "  ./leakaid scan --format summary --records --watch mine.txt dump.sql.gz",
      "  ./leakaid scan --format summary --records 客户名单.xlsx",
      "  ./leakaid scan --format table --category lodging hotel-checkins.csv",
      "  zcat dump.gz | ./leakaid scan --types CN_MOBILE,EMAIL -",
      "  ./leakaid scan --format summary --max-expanded-bytes 2T huge-backup.tar.xz"
    })
final class ScanCommand implements Callable<Integer> {
  static final int EXIT_OK = 0;
  static final int EXIT_UNREADABLE = 3;
  static final int EXIT_OUTPUT_FAILED = 1;

  enum Format {
    jsonl,
    summary,
    table
  }

  private final StandardStreams io;

  @Mixin ScanOptionsMixin scan;

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description = "Files, directories (recursive), archives, documents; - for stdin.")
  List<String> paths;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = {
        "jsonl: one JSON object per finding (default when stdout is not a terminal);",
        "summary: one JSON object with counts, watch hits, records and severity;",
        "table: the summary for reading (default on a terminal)."
      })
  Format format;

  @Option(
      names = "--watch",
      paramLabel = "FILE",
      description =
          "Your own identifiers, one per line (phone, ID number, e-mail, bank card, name):"
              + " the summary's watch_hits lists those found, in any written form.")
  Path watch;

  @Option(
      names = "--records",
      description =
          "Each line (CSV/TSV row, JSON line, log line), SQL INSERT row or JSON list item is a"
              + " record (a quoted CSV cell may span lines): count records, distinct persons,"
              + " invalid and duplicate records, tiers and severity under art. 5 and 11 of"
              + " 法释〔2017〕10号. Uses all types, whatever --types says.")
  boolean records;

  @Option(
      names = "--category",
      paramLabel = "CATEGORY",
      converter = CategoryConverter.class,
      description = {
        "What the dump is, if you know it (implies --records): every record with personal"
            + " information then counts at least in that category's tier of art. 5. Tiers are"
            + " otherwise read from column names, which often do not say it.",
        "whereabouts, communication-content, credit, property (50-record tier);"
            + " lodging, call-records, health, transactions (500-record tier)."
      })
  RecordCategory category;

  @Option(names = "--chunk-size", hidden = true, description = "Bytes per scanning task (tests).")
  int chunkSize;

  ScanCommand(StandardStreams io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    Format chosen = format != null ? format : io.outIsTerminal() ? Format.table : Format.jsonl;
    WatchList watchList = null;
    if (watch != null) {
      if (!Files.isRegularFile(watch) || !Files.isReadable(watch)) {
        return fail("cannot read watch file: " + watch);
      }
      watchList = WatchList.read(watch);
    }
    List<DumpInput> inputs;
    try {
      inputs = DumpInput.expand(paths, io.in());
    } catch (DumpInput.UnreadableInputException e) {
      return fail("cannot read input: " + e.getMessage());
    }
    DumpScan.Options options =
        new DumpScan.Options(
            scan.types(),
            scan.threads(),
            scan.encoding(),
            chosen == Format.jsonl,
            chosen != Format.jsonl,
            records || category != null,
            watchList,
            chunkSize,
            LibraryFormats.all(),
            category,
            scan.limits());
    AtomicLong progress = new AtomicLong();
    long totalBytes = inputs.stream().mapToLong(DumpInput::sizeOnDisk).sum();
    OutputStream out = new BufferedOutputStream(io.out(), 1 << 20);
    DumpReport report;
    try (ProgressBar bar = ProgressBar.startIfUseful(io, progress, totalBytes)) {
      // Input errors are reported per input (notes) and counted; what arrives here is output.
      report =
          DumpScan.run(
              inputs, options, out, note -> io.err().println("leakaid: " + note), progress);
      bar.finish();
      if (chosen == Format.summary) {
        report.toJson(io.outIsTerminal()).writeTo(out);
      } else if (chosen == Format.table) {
        out.write(SummaryTable.render(report).getBytes(StandardCharsets.UTF_8));
      }
      out.flush();
    } catch (IOException e) {
      return outputFailed(io, "scan", e);
    }
    return report.unreadable() > 0 ? EXIT_UNREADABLE : EXIT_OK;
  }

  /** A reader that went away ({@code | head}) is normal for a Unix tool; anything else is not. */
  static int outputFailed(StandardStreams io, String command, IOException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("Broken pipe")) {
      return EXIT_OK;
    }
    io.err().println("leakaid " + command + ": cannot write output: " + message.replace('\n', ' '));
    return EXIT_OUTPUT_FAILED;
  }

  private int fail(String message) {
    io.err().println("leakaid scan: " + message.replace('\n', ' '));
    return EXIT_UNREADABLE;
  }

  /** lodging, call-records ...: the enum's names as written on a command line. */
  static final class CategoryConverter implements ITypeConverter<RecordCategory> {
    @Override
    public RecordCategory convert(String value) {
      for (RecordCategory c : RecordCategory.values()) {
        if (c.option().equalsIgnoreCase(value) || c.chinese().equals(value)) {
          return c;
        }
      }
      String names =
          Arrays.stream(RecordCategory.values())
              .map(RecordCategory::option)
              .collect(Collectors.joining(", "));
      throw new TypeConversionException("unknown category '" + value + "'; one of: " + names);
    }
  }
}
