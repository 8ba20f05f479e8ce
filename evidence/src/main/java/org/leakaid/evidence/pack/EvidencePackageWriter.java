package org.leakaid.evidence.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.leakaid.evidence.chain.CaseLog;
import org.leakaid.evidence.chain.ChainVerification;
import org.leakaid.evidence.store.EvidenceFileStore;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a case's evidence package as a ZIP to a stream (an HTTP response, a file): every live
 * item's files decrypted from the store under {@code files/}, the evidence list as DOCX and PDF,
 * SHA256SUMS.txt, the how-to-verify note and manifest.json. Files are streamed, never held whole in
 * memory, and each is checked against its SHA-256 on the way out: a package never contains a file
 * that does not match its case log.
 */
public final class EvidencePackageWriter {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private final EvidenceFileStore store;

  public EvidencePackageWriter(EvidenceFileStore store) {
    this.store = store;
  }

  /**
   * Writes the package; {@code out} is not closed.
   *
   * @throws IllegalStateException when the case log itself does not verify (it was tampered with)
   * @throws IOException when a stored file is missing, damaged, or the output fails
   */
  public void write(CaseLog log, Instant generatedAt, OutputStream out) throws IOException {
    ChainVerification chain = log.verify();
    if (!chain.intact()) {
      throw new IllegalStateException("the case log does not verify: " + chain.message());
    }
    List<PackageLayout.ListedItem> items = PackageLayout.of(log);
    List<PackageLayout.PackagedFile> files = PackageLayout.files(items);
    EvidenceList list = EvidenceList.of(log.caseId(), generatedAt, log.head(), items);

    ZipOutputStream zip = new ZipOutputStream(nonClosing(out), StandardCharsets.UTF_8);
    // Photos, recordings and videos are compressed already: deflate them quickly, not hard.
    zip.setLevel(Deflater.BEST_SPEED);
    for (PackageLayout.PackagedFile file : files) {
      zip.putNextEntry(entry(file.path(), generatedAt));
      try (InputStream in = store.open(file.file().sha256())) {
        in.transferTo(zip);
      }
      zip.closeEntry();
    }
    zip.setLevel(Deflater.DEFAULT_COMPRESSION);
    List<PackageLayout.PackagedDocument> documents = new ArrayList<>();
    documents.add(add(zip, PackageLayout.LIST_DOCX, EvidenceListDocx.render(list), generatedAt));
    documents.add(add(zip, PackageLayout.LIST_PDF, EvidenceListPdf.render(list), generatedAt));
    String howTo =
        HowToVerify.text(
            log.caseId(), list.generatedAt(), log.head(), files.size(), log.entries().size());
    documents.add(add(zip, PackageLayout.HOW_TO, utf8(howTo), generatedAt));
    String sums = PackageLayout.sums(files, documents);
    documents.add(add(zip, PackageLayout.SUMS, utf8(sums), generatedAt));
    ObjectNode manifest = Manifest.build(log, generatedAt, files, documents);
    add(zip, PackageLayout.MANIFEST, JSON.writeValueAsBytes(manifest), generatedAt);
    zip.finish();
    zip.flush();
  }

  private static PackageLayout.PackagedDocument add(
      ZipOutputStream zip, String path, byte[] content, Instant time) throws IOException {
    zip.putNextEntry(entry(path, time));
    zip.write(content);
    zip.closeEntry();
    return new PackageLayout.PackagedDocument(path, sha256Hex(content), content.length);
  }

  private static ZipEntry entry(String path, Instant time) {
    ZipEntry entry = new ZipEntry(path);
    entry.setTime(time.toEpochMilli());
    entry.setExtra(unicodePathField(path));
    return entry;
  }

  /**
   * The Info-ZIP Unicode Path extra field (0x7075). Java already flags names as UTF-8 (general
   * purpose bit 11), but Info-ZIP's unzip, as shipped by Debian, ignores that flag and shows
   * Chinese names as mojibake unless this field is present.
   */
  private static byte[] unicodePathField(String path) {
    byte[] name = path.getBytes(StandardCharsets.UTF_8);
    CRC32 crc = new CRC32();
    crc.update(name);
    int length = 1 + 4 + name.length;
    return ByteBuffer.allocate(4 + length)
        .order(ByteOrder.LITTLE_ENDIAN)
        .putShort((short) 0x7075)
        .putShort((short) length)
        .put((byte) 1)
        .putInt((int) crc.getValue())
        .put(name)
        .array();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static String sha256Hex(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static OutputStream nonClosing(OutputStream out) {
    return new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }
}
