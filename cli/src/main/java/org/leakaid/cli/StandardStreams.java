package org.leakaid.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's standard streams as commands see them, so that tests can run commands in-process on
 * their own streams. Output is raw bytes: JSON and masked text are written in their own encodings,
 * never through the platform charset (which is ASCII under a POSIX locale).
 *
 * @param outIsTerminal stdout is a terminal (then scan defaults to a readable summary)
 * @param errIsTerminal stderr is a terminal (then a progress bar may be drawn on it)
 */
public record StandardStreams(
    InputStream in,
    OutputStream out,
    PrintStream err,
    boolean outIsTerminal,
    boolean errIsTerminal) {

  /** The real standard streams of this process. */
  public static StandardStreams system() {
    return new StandardStreams(
        System.in,
        new FileOutputStream(FileDescriptor.out),
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8),
        isTerminal(1),
        isTerminal(2));
  }

  /**
   * Whether file descriptor {@code fd} is a terminal. Java 17 cannot ask isatty(3) for one stream,
   * so look where /proc says the descriptor points (Linux); elsewhere fall back to {@link
   * System#console()}, which needs both stdin and stdout to be terminals.
   */
  static boolean isTerminal(int fd) {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (Exception e) {
      return System.console() != null;
    }
  }
}
