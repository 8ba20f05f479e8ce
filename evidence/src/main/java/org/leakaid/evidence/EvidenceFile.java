package org.leakaid.evidence;

import java.util.Objects;

/**
 * A file attached to an evidence item, as the case log records it: the name the user gave it, the
 * SHA-256 of its plaintext (lower-case hex, which is also its address in the file store), its size
 * in bytes and its sniffed MIME type.
 */
public record EvidenceFile(String name, String sha256, long size, String type) {
  public EvidenceFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (!Sha256Hex.isValid(sha256)) {
      throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
    }
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative");
    }
  }
}
