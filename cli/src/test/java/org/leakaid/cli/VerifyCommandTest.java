package org.leakaid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {
  @TempDir Path dir;
  Path zip;
  String head;

  record Run(int exit, String out, String err) {}

  @BeforeEach
  void exportAPackage() throws IOException {
    EvidencePackages.Exported exported = EvidencePackages.export(dir);
    zip = exported.zip();
    head = exported.head();
  }

  Run run(String... args) {
    CommandRun run = CommandRun.run(args);
    return new Run(run.exit(), run.out(), run.err());
  }

  @Test
  void anIntactPackageIsOkWithExitZero() {
    Run run = run("verify", zip.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .isEqualTo("OK 完好: 1 file and 1 hash-chain entry match; chain head " + head + "\n");
    assertThat(run("verify", zip.toString(), "--head", head).exit()).isZero();
  }

  @Test
  void aChangedFileFailsWithExitOneNamingIt() throws IOException {
    Path tampered = EvidencePackages.tampered(zip, dir.resolve("tampered.zip"));
    Run run = run("verify", tampered.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).startsWith("MISMATCH 不符: files/001-截图.png was changed");
    assertThat(run.out().lines()).hasSize(1);
  }

  @Test
  void anUnexpectedHeadFailsWithExitOne() {
    Run run = run("verify", zip.toString(), "--head", "0".repeat(64));
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("not the expected " + "0".repeat(64));
  }

  @Test
  void badUsageIsExitTwoAndUnreadableIsExitThree() throws IOException {
    assertThat(run("verify").exit()).isEqualTo(2);
    Run badHead = run("verify", zip.toString(), "--head", "xyz");
    assertThat(badHead.exit()).isEqualTo(2);
    assertThat(badHead.err()).contains("--head must be 64 hex digits");

    Run missing = run("verify", dir.resolve("nope.zip").toString());
    assertThat(missing.exit()).isEqualTo(3);
    assertThat(missing.err())
        .isEqualTo("leakaid verify: " + dir.resolve("nope.zip") + ": no such file\n");
    Path text = Files.writeString(dir.resolve("notes.zip"), "not a zip");
    assertThat(run("verify", text.toString()).exit()).isEqualTo(3);
  }

  @Test
  void helpShowsAnExample() {
    Run run = run("verify", "--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("./leakaid verify 证据包.zip", "Exit codes:", "--head");
  }
}
