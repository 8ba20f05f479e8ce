package org.leakaid.evidence.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.leakaid.evidence.chain.CaseLog;
import org.leakaid.evidence.chain.ChainEntry;
import org.leakaid.evidence.chain.ChainVerification;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks an evidence package offline, trusting nothing in it: it recomputes the manifest's digest,
 * every hash-chain entry and link, the list of files the chain says the package must hold (and
 * their paths), the SHA-256 of every file and document, SHA256SUMS.txt, and that nothing else is in
 * the ZIP. It stops at the first thing that does not match and names it.
 *
 * <p>The order of the checks is the order of trust: the manifest, then the chain inside it, then
 * what the chain implies about the files, then the files themselves.
 */
public final class PackageVerifier {
  private static final long MAX_MANIFEST_BYTES = 64L * 1024 * 1024;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private PackageVerifier() {}

  public static PackageVerification verify(Path zip) throws UnreadablePackageException {
    return verify(zip, null);
  }

  /**
   * @param expectedHead the chain head the user recorded when first handing over the evidence, or
   *     null to skip that comparison
   * @throws UnreadablePackageException when the file is missing, unreadable or not a ZIP
   */
  public static PackageVerification verify(Path zip, String expectedHead)
      throws UnreadablePackageException {
    if (!Files.exists(zip)) {
      throw new UnreadablePackageException(zip + ": no such file", null);
    }
    if (!Files.isRegularFile(zip)) {
      throw new UnreadablePackageException(zip + ": not a file", null);
    }
    ZipFile zipFile;
    try {
      zipFile = new ZipFile(zip.toFile(), StandardCharsets.UTF_8);
    } catch (ZipException e) {
      throw new UnreadablePackageException(zip + ": not a ZIP file", e);
    } catch (IOException e) {
      throw new UnreadablePackageException(zip + ": cannot read (" + e.getMessage() + ")", e);
    }
    try (zipFile) {
      return new Check(zipFile, expectedHead).run();
    } catch (Mismatch m) {
      return PackageVerification.mismatch(m.getMessage());
    } catch (UnreadablePackageException e) {
      throw e;
    } catch (IOException e) {
      throw new UnreadablePackageException(zip + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  /** The first thing that does not match; unwinds the check. */
  private static final class Mismatch extends Exception {
    Mismatch(String message) {
      super(message, null, false, false);
    }
  }

  private record Digest(String sha256, long size) {}

  private static final class Check {
    private final ZipFile zip;
    private final String expectedHead;
    private final Map<String, ZipEntry> entries = new LinkedHashMap<>();

    Check(ZipFile zip, String expectedHead) {
      this.zip = zip;
      this.expectedHead = expectedHead;
    }

    PackageVerification run() throws IOException, Mismatch {
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        if (entry.isDirectory()) {
          continue;
        }
        if (entries.put(entry.getName(), entry) != null) {
          throw new Mismatch(entry.getName() + " appears twice in the package (added)");
        }
      }
      JsonNode manifest = readManifest();
      CaseLog log = readChain(manifest);
      List<PackageLayout.PackagedFile> files = PackageLayout.files(PackageLayout.of(log));
      compareFileList(manifest.path("files"), files);
      List<PackageLayout.PackagedDocument> documents = readDocuments(manifest.path("documents"));

      for (PackageLayout.PackagedFile file : files) {
        Digest actual = digest(file.path(), "removed or renamed");
        if (!actual.sha256().equals(file.file().sha256()) || actual.size() != file.file().size()) {
          throw new Mismatch(
              file.path()
                  + " was changed: its SHA-256 is "
                  + actual.sha256()
                  + ", the hash chain records "
                  + file.file().sha256());
        }
      }
      for (PackageLayout.PackagedDocument doc : documents) {
        Digest actual = digest(doc.path(), "removed");
        if (!actual.sha256().equals(doc.sha256()) || actual.size() != doc.size()) {
          throw new Mismatch(doc.path() + " was changed: its SHA-256 does not match manifest.json");
        }
      }
      checkSums(files, documents);

      Set<String> known = new HashSet<>();
      known.add(PackageLayout.MANIFEST);
      files.forEach(f -> known.add(f.path()));
      documents.forEach(d -> known.add(d.path()));
      for (String name : entries.keySet()) {
        if (!known.contains(name)) {
          throw new Mismatch(name + " is not listed in manifest.json (a file was added)");
        }
      }
      String summary =
          String.format(
              "OK 完好: %d file%s and %d hash-chain entr%s match; chain head %s",
              files.size(),
              files.size() == 1 ? "" : "s",
              log.entries().size(),
              log.entries().size() == 1 ? "y" : "ies",
              log.head());
      return new PackageVerification(true, summary, files.size(), log.entries().size(), log.head());
    }

    private JsonNode readManifest() throws IOException, Mismatch {
      ZipEntry entry = entries.get(PackageLayout.MANIFEST);
      if (entry == null) {
        throw new Mismatch("manifest.json is missing from the package");
      }
      byte[] bytes;
      try (InputStream in = zip.getInputStream(entry)) {
        bytes = in.readNBytes((int) MAX_MANIFEST_BYTES + 1);
      } catch (ZipException e) {
        throw new Mismatch("manifest.json is damaged in the ZIP (" + e.getMessage() + ")");
      }
      if (bytes.length > MAX_MANIFEST_BYTES) {
        throw new Mismatch("manifest.json is larger than 64 MB: not a LeakAid manifest");
      }
      JsonNode manifest;
      try {
        manifest = JSON.readTree(bytes);
      } catch (JacksonException e) {
        throw new Mismatch("manifest.json was edited: it is no longer valid JSON");
      }
      if (!manifest.isObject()
          || !PackageLayout.FORMAT.equals(manifest.path("format").asString(""))) {
        throw new Mismatch("manifest.json is not a LeakAid evidence manifest");
      }
      if (manifest.path("formatVersion").asInt(-1) != PackageLayout.FORMAT_VERSION) {
        throw new Mismatch(
            "manifest.json has format version "
                + manifest.path("formatVersion")
                + "; this verifier reads version "
                + PackageLayout.FORMAT_VERSION);
      }
      String recorded = manifest.path("manifestDigest").asString("");
      String computed;
      try {
        computed = Manifest.digest(manifest);
      } catch (IllegalArgumentException e) {
        throw new Mismatch("manifest.json was edited: " + e.getMessage());
      }
      if (!computed.equals(recorded)) {
        throw new Mismatch(
            "manifest.json was edited: its content no longer matches manifestDigest");
      }
      return manifest;
    }

    private CaseLog readChain(JsonNode manifest) throws Mismatch {
      String caseId = manifest.path("caseId").asString("");
      JsonNode chain = manifest.path("chain");
      if (!chain.path("entries").isArray()) {
        throw new Mismatch("manifest.json has no hash chain");
      }
      List<ChainEntry> list = new ArrayList<>();
      int position = 0;
      for (JsonNode node : chain.path("entries").values()) {
        position++;
        try {
          list.add(ChainEntry.fromJson(node));
        } catch (IllegalArgumentException e) {
          throw new Mismatch(
              "hash chain entry at position " + position + " was edited: it " + e.getMessage());
        }
      }
      CaseLog log = CaseLog.restore(caseId, list);
      ChainVerification verification = log.verify();
      if (!verification.intact()) {
        throw new Mismatch("hash chain " + verification.message());
      }
      if (!log.head().equals(chain.path("head").asString(""))) {
        throw new Mismatch("manifest.json chain head does not match the last entry of the chain");
      }
      if (expectedHead != null && !expectedHead.equalsIgnoreCase(log.head())) {
        throw new Mismatch(
            "chain head is "
                + log.head()
                + ", not the expected "
                + expectedHead
                + ": the history was rewritten or this is another package");
      }
      return log;
    }

    private void compareFileList(JsonNode listed, List<PackageLayout.PackagedFile> expected)
        throws Mismatch {
      if (!listed.isArray()) {
        throw new Mismatch("manifest.json has no file list");
      }
      int n = Math.max(listed.size(), expected.size());
      for (int i = 0; i < n; i++) {
        if (i >= listed.size()) {
          PackageLayout.PackagedFile missing = expected.get(i);
          throw new Mismatch(
              "manifest.json does not list "
                  + missing.path()
                  + ", which the hash chain records (SHA-256 "
                  + missing.file().sha256()
                  + ")");
        }
        JsonNode node = listed.get(i);
        String path = node.path("path").asString("?");
        if (i >= expected.size()) {
          throw new Mismatch(
              "manifest.json lists " + path + ", which the hash chain does not record");
        }
        PackageLayout.PackagedFile want = expected.get(i);
        boolean same =
            want.path().equals(path)
                && want.file().sha256().equals(node.path("sha256").asString(""))
                && want.file().size() == node.path("size").asLong(-1)
                && want.file().type().equals(node.path("type").asString(""))
                && want.itemId().equals(node.path("item").asString(""));
        if (!same) {
          throw new Mismatch(
              "manifest.json entry for "
                  + path
                  + " does not match the hash chain, which records "
                  + want.path()
                  + " with SHA-256 "
                  + want.file().sha256());
        }
      }
    }

    private List<PackageLayout.PackagedDocument> readDocuments(JsonNode listed) throws Mismatch {
      Set<String> required =
          new HashSet<>(
              List.of(
                  PackageLayout.LIST_DOCX,
                  PackageLayout.LIST_PDF,
                  PackageLayout.HOW_TO,
                  PackageLayout.SUMS));
      List<PackageLayout.PackagedDocument> documents = new ArrayList<>();
      for (JsonNode node : listed.values()) {
        String path = node.path("path").asString("");
        if (!required.remove(path)) {
          throw new Mismatch("manifest.json lists an unexpected document " + path);
        }
        documents.add(
            new PackageLayout.PackagedDocument(
                path, node.path("sha256").asString(""), node.path("size").asLong(-1)));
      }
      if (!required.isEmpty()) {
        throw new Mismatch("manifest.json does not list " + String.join(", ", required));
      }
      return documents;
    }

    private void checkSums(
        List<PackageLayout.PackagedFile> files, List<PackageLayout.PackagedDocument> documents)
        throws IOException, Mismatch {
      List<PackageLayout.PackagedDocument> listedInSums =
          documents.stream().filter(d -> !d.path().equals(PackageLayout.SUMS)).toList();
      String expected = PackageLayout.sums(files, listedInSums);
      try (InputStream in = zip.getInputStream(entries.get(PackageLayout.SUMS))) {
        String actual = new String(in.readNBytes(16 * 1024 * 1024), StandardCharsets.UTF_8);
        if (!Objects.equals(expected, actual)) {
          throw new Mismatch("SHA256SUMS.txt does not match the files it lists: it was edited");
        }
      }
    }

    private Digest digest(String path, String whenMissing) throws IOException, Mismatch {
      ZipEntry entry = entries.get(path);
      if (entry == null) {
        throw new Mismatch(path + " is missing from the package (" + whenMissing + ")");
      }
      MessageDigest sha256 = PackageVerifier.sha256();
      long size = 0;
      byte[] buffer = new byte[64 * 1024];
      try (InputStream in = zip.getInputStream(entry)) {
        for (int n; (n = in.read(buffer)) != -1; ) {
          sha256.update(buffer, 0, n);
          size += n;
        }
      } catch (ZipException | java.io.EOFException e) {
        throw new Mismatch(
            path + " was changed: it is damaged in the ZIP (" + e.getMessage() + ")");
      }
      return new Digest(HexFormat.of().formatHex(sha256.digest()), size);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
