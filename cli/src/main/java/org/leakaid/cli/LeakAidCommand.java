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
    // serve and cluster-scan are run by the launcher script with their own jars (the web app,
    // the Spark job), not by this one: listed here so that ./leakaid --help names every command.
    footer = {
      "",
      "Also run by the ./leakaid launcher:",
      "  serve         the web app on http://127.0.0.1:8080 (./leakaid serve --help)",
      "  cluster-scan  the scan summary computed on Apache Spark, exact distinct and duplicate",
      "                counts at any size; local mode on this machine, spark-submit on a cluster",
      "                (./leakaid cluster-scan --help, docs/cluster-scan.md)",
      "",
      "Example:",
      "  ./leakaid scan --format summary --records dump.csv"
    },
    subcommands = {
      CommandLine.HelpCommand.class,
      ScanCommand.class,
      MaskCommand.class,
      VerifyCommand.class,
      NumberCommand.class,
      WatermarkCommand.class,
    })
public final class LeakAidCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Exit code of a command that failed inside LeakAid or the JVM (a bug, a missing class, out of
   * memory): it decided nothing about its input. Never 1, which verify uses for "not intact".
   */
  static final int EXIT_INTERNAL_ERROR = 4;

  public static void main(String[] args) {
    StandardStreams io = StandardStreams.system();
    System.exit(execute(commandLine(io), io, args));
  }

  /**
   * Runs {@code args} on {@code cl}. Picocli hands exceptions to the handler set in {@link
   * #commandLine} but lets errors (a class missing from the jar, a stack overflow, out of memory)
   * through: here they become one line on stderr and {@link #EXIT_INTERNAL_ERROR}, not a stack
   * trace and the JVM's exit code 1.
   */
  static int execute(CommandLine cl, StandardStreams io, String... args) {
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError e) {
      io.err()
          .println(
              "leakaid: out of memory; give Java more heap, e.g. JAVA_TOOL_OPTIONS=-Xmx4g"
                  + " ./leakaid ...");
      return EXIT_INTERNAL_ERROR;
    } catch (Error e) {
      io.err().println("leakaid: internal error (a bug in LeakAid, please report it): " + e);
      return EXIT_INTERNAL_ERROR;
    }
  }

  /**
   * The command line wired to {@code io}: subcommands with a {@code StandardStreams} constructor
   * get it, others are made by picocli's default factory. Bad usage prints one line on stderr and
   * exits 2 (picocli's default for invalid input); unexpected exceptions print one line and exit
   * {@link #EXIT_INTERNAL_ERROR}.
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
          cl.getErr()
              .println("leakaid: internal error (a bug in LeakAid, please report it): " + ex);
          cl.getErr().flush();
          return EXIT_INTERNAL_ERROR;
        });
    return cl;
  }
}
