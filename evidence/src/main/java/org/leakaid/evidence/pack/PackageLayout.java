package org.leakaid.evidence.pack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.leakaid.evidence.EvidenceFile;
import org.leakaid.evidence.EvidenceItem;
import org.leakaid.evidence.chain.CaseLog;

/**
 * Where everything goes in a package, derived from the case log alone, so that the writer and the
 * verifier agree without trusting the manifest: items that are not withdrawn, ordered by when they
 * happened (then by when they were recorded); their files numbered 001, 002, ... in that order
 * under {@code files/}.
 */
final class PackageLayout {
  static final String MANIFEST = "manifest.json";
  static final String LIST_DOCX = "证据目录.docx";
  static final String LIST_PDF = "证据目录.pdf";
  static final String HOW_TO = "如何核验-HOW-TO-VERIFY.txt";
  static final String SUMS = "SHA256SUMS.txt";
  static final String FORMAT = "leakaid-evidence-package";
  static final int FORMAT_VERSION = 1;

  /** One file as packaged. */
  record PackagedFile(String path, EvidenceFile file, String itemId) {}

  /** A generated document of the package (the evidence list, the how-to, the sums). */
  record PackagedDocument(String path, String sha256, long size) {}

  /** One item as listed, numbered from 1, with its packaged files. */
  record ListedItem(int number, EvidenceItem item, List<PackagedFile> files) {}

  private PackageLayout() {}

  static List<ListedItem> of(CaseLog log) {
    List<EvidenceItem> live =
        new ArrayList<>(log.items().stream().filter(i -> !i.withdrawn()).toList());
    live.sort(
        Comparator.comparing((EvidenceItem i) -> i.occurredAt().toInstant())
            .thenComparing(EvidenceItem::recordedAt));
    List<ListedItem> listed = new ArrayList<>();
    int fileNumber = 0;
    for (EvidenceItem item : live) {
      List<PackagedFile> files = new ArrayList<>();
      for (EvidenceFile file : item.files()) {
        fileNumber++;
        files.add(
            new PackagedFile(
                String.format("files/%03d-%s", fileNumber, safeName(file)), file, item.id()));
      }
      listed.add(new ListedItem(listed.size() + 1, item, files));
    }
    return listed;
  }

  static List<PackagedFile> files(List<ListedItem> items) {
    return items.stream().flatMap(i -> i.files().stream()).toList();
  }

  /**
   * A file name that is safe in a ZIP and on Windows, macOS and Linux: no path separators, no
   * characters Windows forbids, no control characters, no leading dot, at most 60 characters.
   * Chinese stays as it is.
   */
  static String safeName(EvidenceFile file) {
    String name = file.name().strip();
    StringBuilder out = new StringBuilder();
    name.codePoints()
        .forEach(
            cp -> {
              boolean bad = cp < 0x20 || cp == 0x7F || "\\/:*?\"<>|".indexOf(cp) >= 0;
              out.appendCodePoint(bad ? '_' : Character.isWhitespace(cp) ? ' ' : cp);
            });
    String safe = out.toString().replaceAll(" +", " ").replaceFirst("^[. ]+", "");
    int dot = safe.lastIndexOf('.');
    String base = dot > 0 ? safe.substring(0, dot) : safe;
    String ext = dot > 0 ? safe.substring(dot + 1) : "";
    if (ext.isEmpty() || ext.length() > 8) {
      base = safe;
      ext = extensionFor(file.type());
    }
    if (base.codePointCount(0, base.length()) > 50) {
      base = base.substring(0, base.offsetByCodePoints(0, 50));
    }
    base = base.strip();
    return (base.isEmpty() ? "file" : base) + "." + ext;
  }

  private static String extensionFor(String mimeType) {
    return org.leakaid.evidence.store.FileType.fromMimeType(mimeType)
        .map(org.leakaid.evidence.store.FileType::extension)
        .orElse("bin");
  }

  /** The SHA256SUMS.txt that {@code sha256sum -c} reads: "HASH PATH" lines, LF line ends. */
  static String sums(List<PackagedFile> files, List<PackagedDocument> documents) {
    StringBuilder out = new StringBuilder();
    for (PackagedFile f : files) {
      out.append(f.file().sha256()).append("  ").append(f.path()).append('\n');
    }
    for (PackagedDocument doc : documents) {
      out.append(doc.sha256()).append("  ").append(doc.path()).append('\n');
    }
    return out.toString();
  }
}
