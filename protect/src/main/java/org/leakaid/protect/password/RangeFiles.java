package org.leakaid.protect.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A breach corpus as SHA-1 range files in a directory, as the public range API serves them and its
 * downloader saves them: one file per 5-hex-digit prefix ({@code 5BAA6} or {@code 5BAA6.txt}), each
 * line the remaining 35 hex digits and a count ({@code 1E4C9B93F3F0682250B6CF8331B7EE68FD8:3}) .
 * Looking a password up reads one small file.
 */
public final class RangeFiles implements BreachCorpus {

  private final Path directory;

  public RangeFiles(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException("not a directory of range files: " + directory);
    }
    this.directory = directory;
  }

  @Override
  public String description() {
    return "RANGE_FILES";
  }

  @Override
  public boolean contains(String sha1Hex) {
    String prefix = sha1Hex.substring(0, 5);
    String suffix = sha1Hex.substring(5);
    for (String name :
        new String[] {
          prefix, prefix + ".txt", prefix.toLowerCase(), prefix.toLowerCase() + ".txt"
        }) {
      Path file = directory.resolve(name);
      if (Files.isRegularFile(file)) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
          for (String line; (line = in.readLine()) != null; ) {
            if (line.length() >= 35 && line.regionMatches(true, 0, suffix, 0, 35)) {
              return !line.endsWith(":0"); // padding lines carry a count of 0
            }
          }
          return false;
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read range file " + file, e);
        }
      }
    }
    return false;
  }
}
