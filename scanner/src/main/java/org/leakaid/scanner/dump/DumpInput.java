package org.leakaid.scanner.dump;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One thing named on the command line after expansion: a regular file (plain, gzip, tar, zip or an
 * Excel workbook) or standard input. Directories expand to their regular files, recursively, in
 * name order so that output is reproducible.
 *
 * @param label how findings name the input ({@code -} for stdin)
 * @param file the file, or null for standard input
 * @param stdin the stream for standard input, or null for a file
 */
public record DumpInput(String label, Path file, InputStream stdin) {

  /** An input that cannot be read: the CLI turns it into exit code 3. */
  public static final class UnreadableInputException extends IOException {
    public UnreadableInputException(String message) {
      super(message);
    }
  }

  public static DumpInput ofStdin(InputStream in) {
    return new DumpInput("-", null, in);
  }

  /** The size on disk (compressed size for archives), 0 for stdin. */
  public long sizeOnDisk() {
    try {
      return file == null ? 0 : Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * Expands command-line paths: {@code -} is stdin, a directory is every regular file below it.
   *
   * @throws UnreadableInputException naming the first path that does not exist or is not readable
   */
  public static List<DumpInput> expand(List<String> paths, InputStream stdin)
      throws UnreadableInputException {
    List<DumpInput> inputs = new ArrayList<>();
    for (String arg : paths) {
      if (arg.equals("-")) {
        inputs.add(ofStdin(stdin));
        continue;
      }
      Path path;
      try {
        path = Path.of(arg);
      } catch (java.nio.file.InvalidPathException e) {
        // The name came in an encoding Java does not take for file names here (a Chinese name
        // under the POSIX locale): say so rather than fail.
        throw new UnreadableInputException(
            "not a file name this system's locale can spell (run with a UTF-8 locale, e.g."
                + " LC_ALL=C.UTF-8): "
                + arg);
      }
      if (!Files.exists(path)) {
        throw new UnreadableInputException("no such file or directory: " + arg);
      }
      if (!Files.isReadable(path)) {
        throw new UnreadableInputException("permission denied: " + arg);
      }
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .sorted()
              .forEach(f -> inputs.add(new DumpInput(f.toString(), f, null)));
        } catch (IOException | java.io.UncheckedIOException e) {
          throw new UnreadableInputException(
              "cannot list directory " + arg + ": " + e.getMessage());
        }
      } else {
        inputs.add(new DumpInput(arg, path, null));
      }
    }
    return inputs;
  }
}
