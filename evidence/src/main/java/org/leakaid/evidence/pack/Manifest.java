package org.leakaid.evidence.pack;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import org.leakaid.evidence.chain.CanonicalJson;
import org.leakaid.evidence.chain.CaseLog;
import org.leakaid.evidence.chain.ChainEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * manifest.json of an evidence package (format version 1):
 *
 * <pre>
 * {
 *   "format": "leakaid-evidence-package", "formatVersion": 1,
 *   "caseId": "...", "generatedAt": "2026-11-29T08:15:30.250Z",
 *   "files": [{"path": "files/001-来电录音.m4a", "sha256": HEX, "size": N, "type": MIME, "item": ITEM_ID}, ...],
 *   "documents": [{"path": "证据目录.docx", "sha256": HEX, "size": N}, ...],
 *   "chain": {"hash": "SHA-256", "canonicalization": "...", "entries": [ENTRY, ...], "head": HEX},
 *   "manifestDigest": HEX
 * }
 * </pre>
 *
 * ENTRY is written as {@link ChainEntry#toJson()}. {@code manifestDigest} is the SHA-256 of the
 * canonical JSON of the manifest without that member: it shows an edit made by hand. It cannot stop
 * a forger who recomputes it; what can is the chain head, which the user notes or hands over when
 * they first submit the evidence: every entry and every file hash hangs from it.
 */
final class Manifest {
  static final String CANONICALIZATION =
      "RFC 8785 (JCS) over {action, case, item, payload, prev, seq, time}; integers only";
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Manifest() {}

  static ObjectNode build(
      CaseLog log,
      Instant generatedAt,
      List<PackageLayout.PackagedFile> files,
      List<PackageLayout.PackagedDocument> documents) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode root = json.objectNode();
    root.put("format", PackageLayout.FORMAT);
    root.put("formatVersion", PackageLayout.FORMAT_VERSION);
    root.put("caseId", log.caseId());
    root.put("generatedAt", TIME.format(generatedAt));
    ArrayNode fileArray = root.putArray("files");
    for (PackageLayout.PackagedFile f : files) {
      ObjectNode node = fileArray.addObject();
      node.put("path", f.path());
      node.put("sha256", f.file().sha256());
      node.put("size", f.file().size());
      node.put("type", f.file().type());
      node.put("item", f.itemId());
    }
    ArrayNode docArray = root.putArray("documents");
    for (PackageLayout.PackagedDocument doc : documents) {
      ObjectNode node = docArray.addObject();
      node.put("path", doc.path());
      node.put("sha256", doc.sha256());
      node.put("size", doc.size());
    }
    ObjectNode chain = root.putObject("chain");
    chain.put("hash", "SHA-256");
    chain.put("canonicalization", CANONICALIZATION);
    ArrayNode entries = chain.putArray("entries");
    log.entries().forEach(e -> entries.add(e.toJson()));
    chain.put("head", log.head());
    root.put("manifestDigest", digest(root));
    return root;
  }

  /** SHA-256 of the canonical JSON of the manifest without its manifestDigest member. */
  static String digest(JsonNode manifest) {
    ObjectNode copy = (ObjectNode) manifest.deepCopy();
    copy.remove("manifestDigest");
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(CanonicalJson.bytes(copy)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
