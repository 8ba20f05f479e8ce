package org.leakaid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leakaid.evidence.EvidenceFile;
import org.leakaid.evidence.EvidenceKind;
import org.leakaid.evidence.NewEvidenceItem;
import org.leakaid.evidence.chain.CaseLog;
import org.leakaid.evidence.pack.EvidencePackageWriter;
import org.leakaid.evidence.store.EvidenceFileStore;
import org.leakaid.evidence.store.KeyFile;
import org.leakaid.evidence.store.StoredFile;

class VerifyCommandTest {
  @TempDir Path dir;
  Path zip;
  String head;

  record Run(int exit, String out, String err) {}

  @BeforeEach
  void exportAPackage() throws IOException {
    EvidenceFileStore store =
        new EvidenceFileStore(
            dir.resolve("store"), KeyFile.loadOrCreate(dir.resolve("k")), 1 << 20);
    byte[] png = new byte[5000];
    System.arraycopy(HexFormat.of().parseHex("89504e470d0a1a0a"), 0, png, 0, 8);
    StoredFile shot = store.put(new ByteArrayInputStream(png), "截图.png");
    CaseLog log = CaseLog.start("case-7");
    log.addItem(
        new NewEvidenceItem(
            EvidenceKind.SMS,
            null,
            OffsetDateTime.parse("2026-11-20T14:03:00+08:00"),
            "10690000",
            "您的快递已到",
            null,
            null,
            null),
        List.of(new EvidenceFile("截图.png", shot.sha256(), shot.size(), shot.type().mimeType())),
        Instant.parse("2026-11-29T08:00:00Z"));
    zip = dir.resolve("证据包.zip");
    try (OutputStream out = Files.newOutputStream(zip)) {
      new EvidencePackageWriter(store).write(log, Instant.parse("2026-11-29T09:00:00Z"), out);
    }
    head = log.head();
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
    Path tampered = dir.resolve("tampered.zip");
    try (ZipFile in = new ZipFile(zip.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tampered))) {
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        byte[] data = in.getInputStream(e).readAllBytes();
        if (e.getName().startsWith("files/")) {
          data[100] ^= 1;
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(data);
        out.closeEntry();
      }
    }
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
