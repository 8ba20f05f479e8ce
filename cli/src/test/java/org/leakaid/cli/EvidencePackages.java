package org.leakaid.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.leakaid.evidence.EvidenceFile;
import org.leakaid.evidence.EvidenceKind;
import org.leakaid.evidence.NewEvidenceItem;
import org.leakaid.evidence.chain.CaseLog;
import org.leakaid.evidence.pack.EvidencePackageWriter;
import org.leakaid.evidence.store.EvidenceFileStore;
import org.leakaid.evidence.store.KeyFile;
import org.leakaid.evidence.store.StoredFile;

/** Evidence packages as the app exports them, written with the evidence module's own writer. */
final class EvidencePackages {
  private EvidencePackages() {}

  /** An exported package and the chain head to note at hand-over. */
  record Exported(Path zip, String head) {}

  /** A case with one SMS and a 5,000-byte screenshot, exported to {@code dir/证据包.zip}. */
  static Exported export(Path dir) throws IOException {
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
    Path zip = dir.resolve("证据包.zip");
    try (OutputStream out = Files.newOutputStream(zip)) {
      new EvidencePackageWriter(store).write(log, Instant.parse("2026-11-29T09:00:00Z"), out);
    }
    return new Exported(zip, log.head());
  }

  /** A copy of {@code zip} with one bit of the screenshot flipped. */
  static Path tampered(Path zip, Path to) throws IOException {
    try (ZipFile in = new ZipFile(zip.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
      for (ZipEntry e : Collections.list(in.entries())) {
        byte[] data = in.getInputStream(e).readAllBytes();
        if (e.getName().startsWith("files/")) {
          data[100] ^= 1;
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(data);
        out.closeEntry();
      }
    }
    return to;
  }
}
