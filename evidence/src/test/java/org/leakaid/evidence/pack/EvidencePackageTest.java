package org.leakaid.evidence.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leakaid.evidence.EvidenceFile;
import org.leakaid.evidence.EvidenceKind;
import org.leakaid.evidence.NewEvidenceItem;
import org.leakaid.evidence.chain.CaseLog;
import org.leakaid.evidence.chain.ChainEntry;
import org.leakaid.evidence.store.EvidenceFileStore;
import org.leakaid.evidence.store.KeyFile;
import org.leakaid.evidence.store.StoredFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class EvidencePackageTest {
  static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
  static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;
  EvidenceFileStore store;
  CaseLog log;
  Path zip;

  @BeforeEach
  void buildPackage() throws IOException {
    store =
        new EvidenceFileStore(
            dir.resolve("store"), KeyFile.loadOrCreate(dir.resolve("evidence.key")), 1 << 24);
    log = CaseLog.start("case-42");
    StoredFile shot = put(png(200_000, 1), "短信截图.png");
    StoredFile text = put("发件人：10690000\n您的贷款已批准".getBytes(StandardCharsets.UTF_8), "sms.txt");
    StoredFile recording = put(m4a(90_000), "来电录音.m4a");
    log.addItem(
        item(EvidenceKind.SMS, "2026-11-20T14:03:00+08:00", "10690000123", "您的贷款已批准，点击链接领取"),
        List.of(file("短信截图.png", shot), file("sms.txt", text)),
        NOW);
    log.addItem(
        item(EvidenceKind.CALL, "2026-11-19T09:30:00+08:00", "17012345678", "对方报出我的姓名和住址"),
        List.of(file("来电录音.m4a", recording)),
        NOW.plusSeconds(10));
    String mistaken =
        log.addItem(
                item(EvidenceKind.OTHER, "2026-11-18T10:00:00+08:00", null, "记错了"),
                List.of(),
                NOW.plusSeconds(20))
            .itemId();
    log.withdrawItem(mistaken, "误录", NOW.plusSeconds(30));
    zip = dir.resolve("package.zip");
    try (OutputStream out = Files.newOutputStream(zip)) {
      new EvidencePackageWriter(store).write(log, NOW.plusSeconds(60), out);
    }
  }

  StoredFile put(byte[] data, String name) throws IOException {
    return store.put(new ByteArrayInputStream(data), name);
  }

  static EvidenceFile file(String name, StoredFile stored) {
    return new EvidenceFile(name, stored.sha256(), stored.size(), stored.type().mimeType());
  }

  static NewEvidenceItem item(EvidenceKind kind, String at, String counterpart, String content) {
    return new NewEvidenceItem(
        kind, null, OffsetDateTime.parse(at), counterpart, content, null, null, null);
  }

  static byte[] png(int size, long seed) {
    byte[] data = new byte[size];
    new Random(seed).nextBytes(data);
    System.arraycopy(HexFormat.of().parseHex("89504e470d0a1a0a"), 0, data, 0, 8);
    return data;
  }

  static byte[] m4a(int size) {
    byte[] data = png(size, 9);
    System.arraycopy(HexFormat.of().parseHex("0000002066747970" + "4d344120"), 0, data, 0, 12);
    return data;
  }

  Map<String, byte[]> entries(Path path) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipFile zf = new ZipFile(path.toFile(), StandardCharsets.UTF_8)) {
      for (ZipEntry e : java.util.Collections.list(zf.entries())) {
        entries.put(e.getName(), zf.getInputStream(e).readAllBytes());
      }
    }
    return entries;
  }

  /** Unzips, lets the test change the entries, zips again: what a person tampering would do. */
  Path rezip(UnaryOperator<Map<String, byte[]>> change) throws IOException {
    Map<String, byte[]> entries = change.apply(entries(zip));
    Path out = dir.resolve("tampered-" + System.nanoTime() + ".zip");
    try (ZipOutputStream z =
        new ZipOutputStream(Files.newOutputStream(out), StandardCharsets.UTF_8)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return out;
  }

  /**
   * Edits manifest.json; with {@code redigest} also recomputes manifestDigest, as a careful forger
   * would.
   */
  Path editManifest(java.util.function.Consumer<ObjectNode> edit, boolean redigest)
      throws IOException {
    return rezip(
        entries -> {
          ObjectNode manifest = (ObjectNode) JSON.readTree(entries.get("manifest.json"));
          edit.accept(manifest);
          if (redigest) {
            manifest.put("manifestDigest", Manifest.digest(manifest));
          }
          entries.put("manifest.json", JSON.writeValueAsBytes(manifest));
          return entries;
        });
  }

  String verify(Path path) throws IOException {
    PackageVerification result = PackageVerifier.verify(path);
    assertThat(result.intact()).as(result.message()).isFalse();
    return result.message();
  }

  @Test
  void anIntactPackageVerifies() throws IOException {
    PackageVerification result = PackageVerifier.verify(zip);
    assertThat(result.intact()).as(result.message()).isTrue();
    assertThat(result.files()).isEqualTo(3);
    assertThat(result.entries()).isEqualTo(4);
    assertThat(result.chainHead()).isEqualTo(log.head());
    assertThat(result.message()).startsWith("OK").contains(log.head());
    assertThat(PackageVerifier.verify(zip, log.head()).intact()).isTrue();
  }

  @Test
  void holdsTheOriginalsInTimeOrderAndTheDocuments() throws Exception {
    Map<String, byte[]> entries = entries(zip);
    assertThat(entries.keySet())
        .containsExactly(
            "files/001-来电录音.m4a",
            "files/002-短信截图.png",
            "files/003-sms.txt",
            "证据目录.docx",
            "证据目录.pdf",
            "如何核验-HOW-TO-VERIFY.txt",
            "SHA256SUMS.txt",
            "manifest.json");
    assertThat(entries.get("files/002-短信截图.png")).isEqualTo(png(200_000, 1));
    assertThat(entries.get("files/001-来电录音.m4a")).isEqualTo(m4a(90_000));

    String sums = new String(entries.get("SHA256SUMS.txt"), StandardCharsets.UTF_8);
    assertThat(sums.lines()).hasSize(6);
    assertThat(sums).contains(sha256(png(200_000, 1)) + "  files/002-短信截图.png\n");

    String howTo = new String(entries.get("如何核验-HOW-TO-VERIFY.txt"), StandardCharsets.UTF_8);
    assertThat(howTo).contains("sha256sum -c SHA256SUMS.txt", "./leakaid verify", log.head());
    // What the hashes prove, with the rules on time stamps and blockchain evidence.
    assertThat(howTo)
        .contains("不能证明文件", "可信时间戳", "区块链")
        .contains("《最高人民法院关于互联网法院审理案件若干问题的规定》第十一条")
        .contains("《人民法院在线诉讼规则》第十六条至第十九条")
        .contains("Courts, art. 11", "arts. 16-19");
  }

  @Test
  void theManifestListsEveryFileAndTheWholeChain() throws IOException {
    JsonNode manifest = JSON.readTree(entries(zip).get("manifest.json"));
    assertThat(manifest.get("format").asString()).isEqualTo("leakaid-evidence-package");
    assertThat(manifest.get("formatVersion").asInt()).isEqualTo(1);
    assertThat(manifest.get("caseId").asString()).isEqualTo("case-42");
    assertThat(manifest.get("generatedAt").asString()).isEqualTo("2026-11-29T08:01:00.000Z");
    JsonNode files = manifest.get("files");
    assertThat(files).hasSize(3);
    assertThat(files.get(1).get("path").asString()).isEqualTo("files/002-短信截图.png");
    assertThat(files.get(1).get("sha256").asString()).isEqualTo(sha256(png(200_000, 1)));
    assertThat(files.get(1).get("size").asLong()).isEqualTo(200_000);
    assertThat(manifest.get("documents")).hasSize(4);
    JsonNode chain = manifest.get("chain");
    assertThat(chain.get("entries")).hasSize(4);
    assertThat(chain.get("head").asString()).isEqualTo(log.head());
    for (int i = 0; i < 4; i++) {
      assertThat(ChainEntry.fromJson(chain.get("entries").get(i))).isEqualTo(log.entries().get(i));
    }
  }

  @Test
  void theEvidenceListIsAChineseTableInDocxAndPdf() throws Exception {
    Map<String, byte[]> entries = entries(zip);
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(entries.get("证据目录.docx")))) {
      assertThat(docx.getTables()).hasSize(1);
      var table = docx.getTables().get(0);
      assertThat(table.getRows()).hasSize(3);
      assertThat(table.getRow(0).getTableCells())
          .extracting(c -> c.getText())
          .containsExactly("序号", "证据名称", "证据来源", "证明对象", "日期", "页数/份数");
      assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("来电记录（对方：17012345678）");
      assertThat(table.getRow(1).getCell(4).getText()).isEqualTo("2026年11月19日 09:30");
      assertThat(table.getRow(2).getCell(5).getText()).isEqualTo("2份");
      String text = new XWPFWordExtractor(docx).getText();
      assertThat(text).contains("证据类别：电子数据", log.head()).doesNotContain("记错了");
    }
    try (PDDocument pdf = Loader.loadPDF(entries.get("证据目录.pdf"))) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("证据目录", "证明对象", "短信记录", "17012345678", "电子数据");
      assertThat(pdf.getPage(0).getMediaBox().getWidth())
          .isGreaterThan(pdf.getPage(0).getMediaBox().getHeight());
    }
    assertThat(entries.get("证据目录.pdf").length).isLessThan(1_000_000);
  }

  @Test
  void oneChangedByteInOneFileIsNamed() throws IOException {
    Path tampered =
        rezip(
            entries -> {
              entries.get("files/002-短信截图.png")[1000] ^= 1;
              return entries;
            });
    assertThat(verify(tampered))
        .startsWith("files/002-短信截图.png was changed: its SHA-256 is ")
        .endsWith(sha256(png(200_000, 1)));
  }

  @Test
  void aByteFlippedInsideTheZipItselfIsNamed() throws IOException {
    byte[] raw = Files.readAllBytes(zip);
    // The first entry's data starts after its local header (30 bytes + name).
    int offset = 30 + "files/001-来电录音.m4a".getBytes(StandardCharsets.UTF_8).length + 500;
    raw[offset] ^= 0x40;
    Path tampered = dir.resolve("flipped.zip");
    Files.write(tampered, raw);
    assertThat(verify(tampered)).startsWith("files/001-来电录音.m4a was changed");
  }

  @Test
  void aRemovedFileIsNamed() throws IOException {
    Path tampered =
        rezip(
            entries -> {
              entries.remove("files/003-sms.txt");
              return entries;
            });
    assertThat(verify(tampered))
        .isEqualTo("files/003-sms.txt is missing from the package (removed or renamed)");
  }

  @Test
  void anAddedFileIsNamed() throws IOException {
    Path tampered =
        rezip(
            entries -> {
              entries.put("files/004-新证据.png", png(100, 3));
              return entries;
            });
    assertThat(verify(tampered))
        .isEqualTo("files/004-新证据.png is not listed in manifest.json (a file was added)");
  }

  @Test
  void aHandEditedManifestIsNamed() throws IOException {
    Path tampered = editManifest(m -> m.put("generatedAt", "2026-11-01T00:00:00.000Z"), false);
    assertThat(verify(tampered))
        .isEqualTo("manifest.json was edited: its content no longer matches manifestDigest");
    Path broken =
        rezip(
            entries -> {
              entries.put("manifest.json", "{\"format\":".getBytes(StandardCharsets.UTF_8));
              return entries;
            });
    assertThat(verify(broken)).isEqualTo("manifest.json was edited: it is no longer valid JSON");
    Path missing =
        rezip(
            entries -> {
              entries.remove("manifest.json");
              return entries;
            });
    assertThat(verify(missing)).isEqualTo("manifest.json is missing from the package");
  }

  @Test
  void aFileHashSwappedInTheManifestIsCaughtByTheChain() throws IOException {
    String forged = "f".repeat(64);
    Path tampered =
        editManifest(m -> ((ObjectNode) m.get("files").get(0)).put("sha256", forged), true);
    assertThat(verify(tampered))
        .startsWith("manifest.json entry for files/001-来电录音.m4a does not match the hash chain");
  }

  @Test
  void anEditedChainEntryIsNamedEvenWhenTheDigestIsRecomputed() throws IOException {
    Path tampered =
        editManifest(
            m -> {
              ObjectNode entry = (ObjectNode) m.get("chain").get("entries").get(1);
              ((ObjectNode) entry.get("payload")).put("content", "对方没有报出我的信息");
            },
            true);
    assertThat(verify(tampered))
        .isEqualTo(
            "hash chain entry #2 (ITEM_ADDED) was edited: its content does not match its hash");
  }

  @Test
  void aRemovedOrReorderedChainEntryIsNamed() throws IOException {
    Path removed = editManifest(m -> ((ArrayNode) m.get("chain").get("entries")).remove(2), true);
    assertThat(verify(removed))
        .isEqualTo("hash chain entry #3 is missing or out of order: entry #4 stands in its place");

    Path reordered =
        editManifest(
            m -> {
              ArrayNode entries = (ArrayNode) m.get("chain").get("entries");
              JsonNode first = entries.remove(0);
              entries.insert(1, first);
            },
            true);
    assertThat(verify(reordered)).startsWith("hash chain entry #1 is missing or out of order");
  }

  @Test
  void aRewrittenHistoryIsCaughtByTheRecordedHead() throws IOException {
    String recordedHead = log.head();
    log.addItem(
        item(EvidenceKind.SMS, "2026-11-21T10:00:00+08:00", "1069", "新短信"),
        List.of(),
        NOW.plusSeconds(90));
    Path newer = dir.resolve("newer.zip");
    try (OutputStream out = Files.newOutputStream(newer)) {
      new EvidencePackageWriter(store).write(log, NOW.plusSeconds(120), out);
    }
    assertThat(PackageVerifier.verify(newer).intact()).isTrue();
    PackageVerification against = PackageVerifier.verify(newer, recordedHead);
    assertThat(against.intact()).isFalse();
    assertThat(against.message())
        .startsWith("chain head is " + log.head() + ", not the expected " + recordedHead);
  }

  @Test
  void anEditedSumsFileIsNamed() throws IOException {
    Path tampered =
        rezip(
            entries -> {
              entries.put("SHA256SUMS.txt", "x".getBytes(StandardCharsets.UTF_8));
              return entries;
            });
    assertThat(verify(tampered))
        .isEqualTo("SHA256SUMS.txt was changed: its SHA-256 does not match manifest.json");
  }

  @Test
  void somethingThatIsNotAZipIsUnreadable() throws IOException {
    Path text = Files.writeString(dir.resolve("not.zip"), "hello");
    assertThatThrownBy(() -> PackageVerifier.verify(text))
        .isInstanceOf(UnreadablePackageException.class)
        .hasMessageEndingWith("not a ZIP file");
    assertThatThrownBy(() -> PackageVerifier.verify(dir.resolve("absent.zip")))
        .isInstanceOf(UnreadablePackageException.class)
        .hasMessageEndingWith("no such file");
  }

  @Test
  void aTamperedCaseLogIsNotExported() {
    List<ChainEntry> entries = new ArrayList<>(log.entries());
    entries.remove(0);
    CaseLog broken = CaseLog.restore("case-42", entries);
    assertThatThrownBy(
            () ->
                new EvidencePackageWriter(store)
                    .write(broken, NOW, OutputStream.nullOutputStream()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("entry #1 is missing");
  }

  @Test
  void unsafeFileNamesBecomeSafeOnes() {
    assertThat(
            PackageLayout.safeName(
                new EvidenceFile("../../etc/pass:wd.txt", "a".repeat(64), 1, "text/plain")))
        .isEqualTo("_.._etc_pass_wd.txt");
    assertThat(PackageLayout.safeName(new EvidenceFile("  ", "a".repeat(64), 1, "image/png")))
        .isEqualTo("file.png");
    assertThat(PackageLayout.safeName(new EvidenceFile(".hidden", "a".repeat(64), 1, "image/jpeg")))
        .isEqualTo("hidden.jpg");
    assertThat(
            PackageLayout.safeName(
                new EvidenceFile("截图\n2026.png", "a".repeat(64), 1, "image/png")))
        .isEqualTo("截图_2026.png");
  }

  static String sha256(byte[] data) {
    return EvidencePackageWriter.sha256Hex(data);
  }
}
