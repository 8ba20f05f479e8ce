package org.leakaid.evidence.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Directories and files that only the app's own user can read: evidence is personal data, and on a
 * shared machine another account must not list or read it even encrypted. On file systems without
 * POSIX permissions the JDK's defaults apply.
 */
public final class OwnerOnly {
  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  private static final Set<PosixFilePermission> DIRECTORY =
      PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  private OwnerOnly() {}

  /** Creates {@code dir} and its missing parents owner-only; an existing {@code dir} is made so. */
  public static Path createDirectories(Path dir) throws IOException {
    if (!POSIX) {
      return Files.createDirectories(dir);
    }
    Path absolute = dir.toAbsolutePath();
    if (!Files.isDirectory(absolute)) {
      Files.createDirectories(absolute, PosixFilePermissions.asFileAttribute(DIRECTORY));
    }
    Files.setPosixFilePermissions(absolute, DIRECTORY);
    return dir;
  }

  /** A new empty temporary file in {@code dir}, mode 0600. */
  public static Path createTempFile(Path dir, String prefix, String suffix) throws IOException {
    return POSIX
        ? Files.createTempFile(dir, prefix, suffix, fileAttribute())
        : Files.createTempFile(dir, prefix, suffix);
  }

  /** Makes an existing file owner-only (a file another program created, such as the database's). */
  public static void restrict(Path file) throws IOException {
    if (POSIX && Files.isRegularFile(file)) {
      Files.setPosixFilePermissions(file, FILE);
    } else if (POSIX && Files.isDirectory(file)) {
      Files.setPosixFilePermissions(file, DIRECTORY);
    }
  }

  private static FileAttribute<Set<PosixFilePermission>> fileAttribute() {
    return PosixFilePermissions.asFileAttribute(FILE);
  }
}
