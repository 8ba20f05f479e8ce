package org.leakaid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A command that fails inside LeakAid decides nothing about its input: its exit code is 4, never 1,
 * which verify uses for "not intact" (the shipped verify once died of a class missing from the jar
 * and reported every package as tampered with).
 */
class LeakAidCommandTest {

  @Command(name = "broken")
  static final class Broken implements Callable<Integer> {
    private final Throwable failure;

    Broken(Throwable failure) {
      this.failure = failure;
    }

    @Override
    public Integer call() throws Exception {
      if (failure instanceof Error e) {
        throw e;
      }
      throw (Exception) failure;
    }
  }

  private record Run(int exit, String err) {}

  private static Run run(Throwable failure) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    StandardStreams io =
        new StandardStreams(
            new ByteArrayInputStream(new byte[0]),
            new ByteArrayOutputStream(),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false,
            false);
    CommandLine cl = LeakAidCommand.commandLine(io);
    cl.addSubcommand(new Broken(failure));
    int exit = LeakAidCommand.execute(cl, io, "broken");
    return new Run(exit, err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void helpNamesTheCommandsTheLauncherRunsToo() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StandardStreams io =
        new StandardStreams(
            new ByteArrayInputStream(new byte[0]),
            out,
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            false,
            false);
    assertThat(LeakAidCommand.execute(LeakAidCommand.commandLine(io), io, "--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("scan", "mask", "verify", "  serve ", "  cluster-scan ", "docs/cluster-scan.md");
  }

  @Test
  void aMissingClassExitsFourWithOneLine() {
    Run run = run(new NoClassDefFoundError("tools/jackson/databind/json/JsonMapper"));
    assertThat(run.exit()).isEqualTo(4);
    assertThat(run.err())
        .isEqualTo(
            "leakaid: internal error (a bug in LeakAid, please report it):"
                + " java.lang.NoClassDefFoundError: tools/jackson/databind/json/JsonMapper\n");
  }

  @Test
  void anUnexpectedExceptionExitsFour() {
    Run run = run(new IllegalStateException("no"));
    assertThat(run.exit()).isEqualTo(4);
    assertThat(run.err()).startsWith("leakaid: internal error").doesNotContain("\tat ");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void runningOutOfMemoryExitsFourAndSaysWhatToDo() {
    Run run = run(new OutOfMemoryError("Java heap space"));
    assertThat(run.exit()).isEqualTo(4);
    assertThat(run.err()).contains("out of memory", "-Xmx");
  }
}
