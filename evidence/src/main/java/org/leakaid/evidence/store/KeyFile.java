package org.leakaid.evidence.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The master key that encrypts evidence files at rest, kept in its own file outside the database
 * (so a database dump alone reveals no evidence): 64 hex digits and a newline, mode 0600.
 *
 * <p>Losing this file makes every stored evidence file unreadable: it must be backed up with the
 * data, and kept apart from it where possible.
 */
public final class KeyFile {
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private KeyFile() {}

  /**
   * Reads the key, creating a new random one first when the file does not exist. Creation is atomic
   * and never replaces an existing key, even when two processes start at once.
   *
   * @throws IOException when the file cannot be read or written
   * @throws IllegalStateException when the file is malformed or readable by other users
   */
  public static SecretKey loadOrCreate(Path keyFile) throws IOException {
    if (!Files.exists(keyFile)) {
      create(keyFile);
    }
    return load(keyFile);
  }

  private static void create(Path keyFile) throws IOException {
    Path dir = keyFile.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    boolean posix = Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null;
    FileAttribute<?>[] attrs =
        posix
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
            : new FileAttribute<?>[0];
    Path tmp = Files.createTempFile(dir, ".evidence-key-", ".tmp", attrs);
    try {
      Files.writeString(tmp, HexFormat.of().formatHex(key) + "\n", StandardCharsets.US_ASCII);
      try (var channel =
          java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      try {
        // A hard link is created atomically and fails if the name exists: no key is ever replaced.
        Files.createLink(keyFile, tmp);
      } catch (UnsupportedOperationException e) {
        Files.move(tmp, keyFile);
      } catch (FileAlreadyExistsException e) {
        // Another process created the key first: use theirs.
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static SecretKey load(Path keyFile) throws IOException {
    if (Files.getFileAttributeView(keyFile, PosixFileAttributeView.class) != null) {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(keyFile);
      if (!OWNER_ONLY.containsAll(perms)) {
        throw new IllegalStateException(
            "the evidence key file "
                + keyFile
                + " may be read by other users ("
                + PosixFilePermissions.toString(perms)
                + "); run: chmod 600 "
                + keyFile);
      }
    }
    String text = Files.readString(keyFile, StandardCharsets.US_ASCII).strip();
    if (!text.matches("[0-9a-fA-F]{64}")) {
      throw new IllegalStateException(
          "the evidence key file " + keyFile + " is damaged: it must hold 64 hex digits");
    }
    return new SecretKeySpec(HexFormat.of().parseHex(text), "AES");
  }
}
