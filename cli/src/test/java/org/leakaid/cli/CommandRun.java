package org.leakaid.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Runs a leakaid command in-process on its own streams, as the shell would. */
record CommandRun(int exit, byte[] outBytes, String err) {
  private static final ObjectMapper JSON = new ObjectMapper();

  static CommandRun run(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    StandardStreams io =
        new StandardStreams(
            new ByteArrayInputStream(stdin),
            out,
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false,
            false);
    int exit = LeakAidCommand.execute(LeakAidCommand.commandLine(io), io, args);
    return new CommandRun(exit, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  static CommandRun run(String... args) {
    return run(new byte[0], args);
  }

  String out() {
    return new String(outBytes, StandardCharsets.UTF_8);
  }

  /** Every stdout line parsed as JSON. */
  List<JsonNode> jsonLines() {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out().split("\n")) {
      if (!line.isEmpty()) {
        nodes.add(JSON.readTree(line));
      }
    }
    return nodes;
  }

  JsonNode json() {
    return JSON.readTree(out());
  }
}
