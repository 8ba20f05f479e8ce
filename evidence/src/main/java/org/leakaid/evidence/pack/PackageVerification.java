package org.leakaid.evidence.pack;

/**
 * The outcome of checking an evidence package.
 *
 * @param intact true when every file, every chain entry and the manifest match
 * @param message one line: a summary when intact, else the first file or entry that does not match
 * @param files the number of evidence files checked (when intact)
 * @param entries the number of hash-chain entries checked (when intact)
 * @param chainHead the head of the package's hash chain, when it could be read
 */
public record PackageVerification(
    boolean intact, String message, int files, int entries, String chainHead) {

  static PackageVerification mismatch(String message) {
    return new PackageVerification(false, message, 0, 0, null);
  }
}
