package org.leakaid.scanner.dump;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leakaid.scanner.ScanOptions;

/**
 * The names found without labels (headerless rows, role words, glued names, INSERTs without a
 * column list) are decided from each row alone: the findings of a dump are the same for any thread
 * count and any chunk size, and {@code mask} leaves none of them in the clear.
 */
class DumpNamesChunkingTest {

  @TempDir Path dir;

  private final List<String> notes = new ArrayList<>();

  /** The evaluation rows without their marks, a few times over, with a long line among them. */
  private Path dump(Charset charset) throws IOException {
    String rows;
    try (InputStream in =
        DumpNamesChunkingTest.class.getResourceAsStream(
            "/org/leakaid/scanner/eval/dump-names.txt")) {
      rows = new String(in.readAllBytes(), UTF_8);
    }
    StringBuilder b = new StringBuilder();
    StringBuilder longLine = new StringBuilder("INSERT INTO `m` VALUES ");
    int n = 0;
    for (int round = 0; round < 3; round++) {
      for (String line : rows.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String row = line.substring(line.indexOf('\t') + 1).replace("⟪", "").replace("⟫", "");
        b.append(row).append(round == 1 ? "\r\n" : "\n");
        if (row.startsWith("INSERT")) {
          String tuple = row.substring(row.indexOf('('), row.lastIndexOf(')') + 1);
          longLine.append(n++ == 0 ? "" : ",").append(tuple);
        }
      }
    }
    b.append(longLine).append(";\n");
    Path f = dir.resolve("rows-" + charset.name() + ".txt");
    Files.write(f, b.toString().getBytes(charset));
    return f;
  }

  private String scan(Path f, int threads, int chunkBytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DumpScan.run(
        List.of(new DumpInput("rows", f, null)),
        new DumpScan.Options(
            ScanOptions.defaults().types(),
            threads,
            null,
            true,
            false,
            false,
            null,
            chunkBytes,
            List.of(),
            null,
            InputLimits.DEFAULT),
        out,
        notes::add,
        new AtomicLong());
    return out.toString(UTF_8);
  }

  @Test
  void namesAreTheSameForAnyThreadCountAndChunkSize() throws IOException {
    for (Charset charset : new Charset[] {UTF_8, Charset.forName("GB18030")}) {
      Path f = dump(charset);
      String expected = scan(f, 1, 0);
      assertThat(expected).contains("\"type\":\"PERSON_NAME\"");
      assertThat(expected.lines().filter(l -> l.contains("\"confidence\":0.75")).count())
          .as("names found by the row rules")
          .isGreaterThan(500);
      for (int threads : new int[] {1, 4}) {
        for (int chunkBytes : new int[] {0, 64 << 10, 4096, 997}) {
          assertThat(scan(f, threads, chunkBytes))
              .as(charset + " threads " + threads + " chunk " + chunkBytes)
              .isEqualTo(expected);
        }
      }
    }
    assertThat(notes).isEmpty();
  }

  @Test
  void maskLeavesNoNameThatScanReports() throws IOException {
    Path f = dump(UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DumpMask.run(
        List.of(new DumpInput("rows", f, null)),
        ScanOptions.defaults().types(),
        null,
        4,
        InputLimits.DEFAULT,
        out,
        notes::add);
    String masked = out.toString(UTF_8);
    Matcher m =
        Pattern.compile(
                "\"type\":\"PERSON_NAME\",\"offset\":\\d+,\"length\":\\d+,\"line\":(\\d+),\"text\":\"([^\"]+)\"")
            .matcher(scan(f, 2, 0));
    List<String> lines = masked.lines().toList();
    int names = 0;
    while (m.find()) {
      names++;
      String line = lines.get(Integer.parseInt(m.group(1)) - 1);
      assertThat(line).as("masked line " + m.group(1)).doesNotContain(m.group(2));
    }
    assertThat(names).isGreaterThan(800);
  }
}
