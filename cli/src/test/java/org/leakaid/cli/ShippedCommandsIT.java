package org.leakaid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The product as shipped: every command of {@code ./leakaid}, run as a user runs it, through the
 * launcher script on the jar the package phase built ({@code cli/target/leakaid-cli.jar}), each in
 * its own JVM, with its exit code and output checked. Runs in the integration-test phase
 * (failsafe), after the jar exists; unit tests run the same commands in-process, where a class
 * missing from the jar cannot show (verify once failed on every package that way). {@code ./leakaid
 * serve} is tested with the app.
 */
class ShippedCommandsIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;

  private static Path launcher;

  @BeforeAll
  static void theJarIsBuilt() {
    launcher = Path.of(System.getProperty("leakaid.launcher", "../leakaid")).toAbsolutePath();
    Path jar = Path.of(System.getProperty("leakaid.cliJar", "target/leakaid-cli.jar"));
    assertThat(launcher).isRegularFile();
    assertThat(jar).as("run after the package phase (./mvnw verify)").isRegularFile();
  }

  record Run(int exit, byte[] outBytes, String err) {
    String out() {
      return new String(outBytes, StandardCharsets.UTF_8);
    }

    JsonNode json() {
      return JSON.readTree(out());
    }

    List<JsonNode> jsonLines() {
      List<JsonNode> nodes = new ArrayList<>();
      out().lines().forEach(l -> nodes.add(JSON.readTree(l)));
      return nodes;
    }
  }

  /** {@code ./leakaid ARGS} in {@code dir}, with {@code stdin} on standard input. */
  static Run leakaid(byte[] stdin, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", launcher.toString()));
    command.addAll(List.of(args));
    return run(command, stdin);
  }

  static Run leakaid(String... args) throws IOException, InterruptedException {
    return leakaid(new byte[0], args);
  }

  /** {@code command} in {@code dir}; {@code env} names and values to set. */
  static Run run(List<String> command, byte[] stdin, String... env)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    // The jar was just built: the launcher's own check for changed sources is not wanted here.
    pb.environment().put("LEAKAID_NO_BUILD", "1");
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    for (int i = 0; i + 1 < env.length; i += 2) {
      pb.environment().put(env[i], env[i + 1]);
    }
    Process p = pb.start();
    CompletableFuture<byte[]> out =
        CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
    CompletableFuture<byte[]> err =
        CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
    try (OutputStream in = p.getOutputStream()) {
      in.write(stdin);
    }
    if (!p.waitFor(3, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("./leakaid " + command + " did not end");
    }
    return new Run(p.exitValue(), out.join(), new String(err.join(), StandardCharsets.UTF_8));
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  /** The commands {@code ./leakaid --help} lists. */
  private static List<String> listedCommands(String help) {
    List<String> commands = new ArrayList<>();
    boolean inList = false;
    for (String line : help.lines().toList()) {
      if (line.startsWith("Commands:")) {
        inList = true;
      } else if (inList) {
        Matcher m = Pattern.compile("^  ([a-z][a-z-]*)\\s").matcher(line);
        if (m.find()) {
          commands.add(m.group(1));
        } else if (!line.startsWith("    ")) {
          inList = false;
        }
      }
    }
    return commands;
  }

  @Test
  void helpListsTheCommandsAndEachCommandsHelpShowsItsOptionsWithAnExample() throws Exception {
    Run help = leakaid("--help");
    assertThat(help.exit()).isZero();
    List<String> commands = listedCommands(help.out());
    assertThat(commands).contains("help", "scan", "mask", "verify");
    for (String command : commands) {
      Run own = leakaid(command, "--help");
      assertThat(own.exit()).as(command).isZero();
      assertThat(own.out()).as(command).contains("Usage: leakaid " + command);
      if (!command.equals("help")) {
        assertThat(own.out()).as(command).containsPattern("(?i)example").contains("./leakaid");
      }
      assertThat(own.err()).as(command).isEmpty();
    }
    Run helpScan = leakaid("help", "scan");
    assertThat(helpScan.exit()).isZero();
    assertThat(helpScan.out()).contains("--max-expanded-bytes", "--records", "--watch");

    assertThat(leakaid("--version").out()).startsWith("LeakAid ");
    Run unknown = leakaid("frobnicate");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("frobnicate").hasLineCount(1);
  }

  private static final String SAMPLE =
      "收件人：张伟，电话：+86 138 1234 5678\n身份证 11010519491231002X ，银行卡号 6222 0212 3456 7890 128\n"
          + "联系我 zhang.wei@example.com\n";

  @Test
  void scanWritesJsonLinesByDefaultWhenStdoutIsNoTerminal() throws Exception {
    Path sample = write("sample.txt", SAMPLE);
    Run run = leakaid("scan", "sample.txt");
    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    List<JsonNode> findings = run.jsonLines();
    assertThat(findings)
        .extracting(n -> n.get("type").asString())
        .containsExactly("PERSON_NAME", "CN_MOBILE", "CN_RESIDENT_ID", "BANK_CARD", "EMAIL");
    JsonNode phone = findings.get(1);
    assertThat(phone.propertyNames())
        .containsExactly(
            "path", "type", "offset", "length", "line", "text", "masked", "confidence");
    assertThat(phone.get("path").asString()).isEqualTo("sample.txt");
    assertThat(phone.get("text").asString()).isEqualTo("+86 138 1234 5678");
    assertThat(phone.get("masked").asString()).isEqualTo("+86 138 **** 5678");
    assertThat(phone.get("line").asInt()).isEqualTo(1);
    byte[] bytes = Files.readAllBytes(sample);
    int offset = phone.get("offset").asInt();
    assertThat(new String(bytes, offset, phone.get("length").asInt(), StandardCharsets.UTF_8))
        .isEqualTo("+86 138 1234 5678");

    Run stdin =
        leakaid(
            "13912345678 on stdin\n".getBytes(StandardCharsets.UTF_8),
            "scan",
            "--types",
            "CN_MOBILE",
            "-");
    assertThat(stdin.exit()).isZero();
    assertThat(stdin.jsonLines())
        .singleElement()
        .satisfies(n -> assertThat(n.get("path").asString()).isEqualTo("-"));
  }

  @Test
  void scanSummarisesRecordsSeverityAndWatchHits() throws Exception {
    StringBuilder csv = new StringBuilder("姓名,手机,身份证号,银行卡号\n");
    for (int i = 0; i < 60; i++) {
      csv.append("张伟")
          .append(',')
          .append(TestDumps.mobile(i))
          .append(',')
          .append(TestDumps.id(i))
          .append(',')
          .append(TestDumps.card(i))
          .append('\n');
    }
    csv.append("李娜,").append(TestDumps.mobile(0)).append(",").append(TestDumps.id(0));
    csv.append(",").append(TestDumps.card(0)).append('\n'); // the first row's identifiers again
    write("dump.csv", csv.toString());
    String mine = TestDumps.mobile(7);
    write(
        "mine.txt",
        "+86 "
            + mine.substring(0, 3)
            + "-"
            + mine.substring(3, 7)
            + "-"
            + mine.substring(7)
            + "\n");

    Run run =
        leakaid("scan", "--format", "summary", "--records", "--watch", "mine.txt", "dump.csv");
    assertThat(run.exit()).isZero();
    JsonNode s = run.json();
    assertThat(s.get("files").asInt()).isEqualTo(1);
    assertThat(s.get("lines").asInt()).isEqualTo(62);
    assertThat(s.at("/counts/CN_MOBILE").asInt()).isEqualTo(61);
    assertThat(s.at("/distinct/CN_RESIDENT_ID").asInt()).isEqualTo(60);
    assertThat(s.at("/records/total").asInt()).isEqualTo(61);
    assertThat(s.at("/records/duplicates_excluded").asInt()).isEqualTo(1);
    assertThat(s.at("/records/by_tier/TIER_50").asInt()).isEqualTo(60); // bank cards
    assertThat(s.at("/severity/level").asString()).isEqualTo("SERIOUS");
    assertThat(s.get("watch_hits"))
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.get("type").asString()).isEqualTo("CN_MOBILE");
              assertThat(h.get("count").asInt()).isEqualTo(1);
              assertThat(h.get("masked").asString())
                  .isEqualTo(mine.substring(0, 3) + "****" + mine.substring(7));
            });

    Run table = leakaid("scan", "--format", "table", "--records", "dump.csv");
    assertThat(table.exit()).isZero();
    assertThat(table.out()).contains("Records: 61").contains("SERIOUS");
  }

  /** A dump past the record table's cap needs a larger heap: the launcher passes it on. */
  @Test
  void theLauncherPassesLeakaidJavaOptsToTheTools() throws Exception {
    List<String> version = List.of("bash", launcher.toString(), "--version");
    Run tooSmall = run(version, new byte[0], "LEAKAID_JAVA_OPTS", "-Xmx1k");
    assertThat(tooSmall.exit()).isNotZero();
    assertThat(tooSmall.out()).contains("Too small maximum heap"); // the JVM says so on stdout
    assertThat(run(version, new byte[0], "LEAKAID_JAVA_OPTS", "-Xmx64m").exit()).isZero();
  }

  @Test
  void scanExitsThreeForWhatItCannotReadAndTwoForBadUsage() throws Exception {
    Run missing = leakaid("scan", "nope.csv");
    assertThat(missing.exit()).isEqualTo(3);
    assertThat(missing.err()).contains("nope.csv").hasLineCount(1);

    Path bomb = dir.resolve("bomb.txt.gz");
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(bomb))) {
      byte[] line = "13812345678\n".getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 300_000; i++) {
        gz.write(line);
      }
    }
    Run limited =
        leakaid("scan", "--format", "summary", "--max-expanded-bytes", "1M", "bomb.txt.gz");
    assertThat(limited.exit()).isEqualTo(3);
    assertThat(limited.err())
        .startsWith("leakaid: cannot read bomb.txt.gz: it expands beyond 1.0 MiB")
        .hasLineCount(1);
    assertThat(limited.json().at("/counts/CN_MOBILE").asInt()).isEqualTo((1 << 20) / 12);

    Run badUsage = leakaid("scan", "--types", "SSN", "x.txt");
    assertThat(badUsage.exit()).isEqualTo(2);
    assertThat(badUsage.err()).contains("SSN").hasLineCount(1);
  }

  @Test
  void maskWritesTheInputWithEveryFindingMasked() throws Exception {
    write("sample.txt", SAMPLE);
    Run run = leakaid("mask", "sample.txt");
    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            "收件人：张*，电话：+86 138 **** 5678\n身份证 110105********002X ，银行卡号 6222 02** **** ***0 128\n"
                + "联系我 z***@example.com\n");

    Run stdin =
        leakaid(
            "张三 13812345678\n".getBytes(StandardCharsets.UTF_8), "mask", "--types", "CN_MOBILE");
    assertThat(stdin.exit()).isZero();
    assertThat(stdin.out()).isEqualTo("张三 138****5678\n");

    Run directory = leakaid("mask", ".");
    assertThat(directory.exit()).isEqualTo(2);
    assertThat(directory.err()).contains("not a directory").hasLineCount(1);
  }

  @Test
  void verifyTellsAnIntactPackageFromATamperedOne() throws Exception {
    Path packages = Files.createDirectories(dir.resolve("packages"));
    EvidencePackages.Exported exported = EvidencePackages.export(packages);
    Run intact = leakaid("verify", exported.zip().toString());
    assertThat(intact.err()).isEmpty();
    assertThat(intact.exit()).isZero();
    assertThat(intact.out())
        .isEqualTo(
            "OK 完好: 1 file and 1 hash-chain entry match; chain head " + exported.head() + "\n");
    assertThat(leakaid("verify", exported.zip().toString(), "--head", exported.head()).exit())
        .isZero();

    Path tampered = EvidencePackages.tampered(exported.zip(), packages.resolve("tampered.zip"));
    Run changed = leakaid("verify", tampered.toString());
    assertThat(changed.exit()).isEqualTo(1);
    assertThat(changed.out()).startsWith("MISMATCH 不符: files/001-截图.png was changed");
    Run rewritten = leakaid("verify", exported.zip().toString(), "--head", "0".repeat(64));
    assertThat(rewritten.exit()).isEqualTo(1);

    Run notAZip = leakaid("verify", write("notes.zip", "not a zip").toString());
    assertThat(notAZip.exit()).isEqualTo(3);
    assertThat(notAZip.err()).startsWith("leakaid verify: ").hasLineCount(1);
    assertThat(leakaid("verify").exit()).isEqualTo(2);

    // The jar alone, without the launcher.
    Run plainJava =
        run(
            List.of(javaCommand(), "-jar", jar(), "verify", exported.zip().toString()),
            new byte[0]);
    assertThat(plainJava.exit()).isZero();
    assertThat(plainJava.out()).startsWith("OK 完好");
  }

  @Test
  void outputIsUtf8UnderAPosixLocale() throws Exception {
    write("name.txt", "姓名：王芳\n");
    List<String> command = List.of("bash", launcher.toString(), "mask", "name.txt");
    Run run = run(command, new byte[0], "LC_ALL", "C");
    assertThat(run.exit()).isZero();
    assertThat(run.outBytes()).isEqualTo("姓名：王*\n".getBytes(StandardCharsets.UTF_8));
    Run missing =
        run(List.of("bash", launcher.toString(), "scan", "缺失.csv"), new byte[0], "LC_ALL", "C");
    assertThat(missing.exit()).isEqualTo(3);
    assertThat(missing.err()).contains("缺失.csv");

    // Without the launcher Java cannot spell the name under this locale: still exit 3, and why.
    Run bare =
        run(List.of(javaCommand(), "-jar", jar(), "scan", "缺失.csv"), new byte[0], "LC_ALL", "C");
    assertThat(bare.exit()).isEqualTo(3);
    assertThat(bare.err()).contains("LC_ALL=C.UTF-8").hasLineCount(1);
  }

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String jar() {
    return Path.of(System.getProperty("leakaid.cliJar", "target/leakaid-cli.jar"))
        .toAbsolutePath()
        .toString();
  }
}
