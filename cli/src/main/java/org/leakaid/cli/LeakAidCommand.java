package org.leakaid.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: `./leakaid --help` lists the subcommands. */
@Command(
    name = "leakaid",
    mixinStandardHelpOptions = true,
    version = "LeakAid 0.1.0",
    description = "LeakAid (挽回): tools for people whose personal information has leaked.",
    footer = {"", "Example:", "  ./leakaid scan --format summary --records dump.csv"},
    subcommands = {
      CommandLine.HelpCommand.class,
      ScanCommand.class,
      MaskCommand.class,
      VerifyCommand.class,
      WatermarkCommand.class,
    })
public final class LeakAidCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    int exit;
    try {
      exit = commandLine(StandardStreams.system()).execute(args);
    } catch (OutOfMemoryError e) {
      System.err.println(
          "leakaid: out of memory; give Java more heap, e.g. JAVA_TOOL_OPTIONS=-Xmx4g ./leakaid ...");
      exit = 1;
    }
    System.exit(exit);
  }

  /**
   * The command line wired to {@code io}: subcommands with a {@code StandardStreams} constructor
   * get it, others are made by picocli's default factory. Bad usage prints one line on stderr and
   * exits 2 (picocli's default for invalid input); unexpected errors print one line and exit 1.
   */
  public static CommandLine commandLine(StandardStreams io) {
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> cls) throws Exception {
            for (Constructor<?> c : cls.getDeclaredConstructors()) {
              Class<?>[] p = c.getParameterTypes();
              if (p.length == 1 && p[0] == StandardStreams.class) {
                c.setAccessible(true);
                return cls.cast(c.newInstance(io));
              }
            }
            return defaults.create(cls);
          }
        };
    CommandLine cl = new CommandLine(new LeakAidCommand(), factory);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(new PrintWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(io.err(), StandardCharsets.UTF_8), true));
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine c = ex.getCommandLine();
          c.getErr()
              .println(
                  "leakaid: "
                      + ex.getMessage().replace('\n', ' ').strip()
                      + " (see: ./leakaid "
                      + (c.getCommandName().equals("leakaid") ? "" : c.getCommandName() + " ")
                      + "--help)");
          c.getErr().flush();
          return c.getCommandSpec().exitCodeOnInvalidInput();
        });
    cl.setExecutionExceptionHandler(
        (ex, c, parseResult) -> {
          c.getErr().println("leakaid: unexpected error: " + ex);
          c.getErr().flush();
          return 1;
        });
    return cl;
  }
}
