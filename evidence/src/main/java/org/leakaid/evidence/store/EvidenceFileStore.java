package org.leakaid.evidence.store;

import java.io.BufferedInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.crypto.SecretKey;

/**
 * Content-addressed, encrypted storage of evidence files.
 *
 * <p>A file is streamed in once: its first 8 KiB decide whether its type is accepted (before
 * anything touches the disk), then every byte goes through SHA-256 and the {@link ChunkedAead}
 * encryption into a temporary file, so memory use does not grow with the file. Only when the whole
 * file is in, within the size limit, and forced to disk is it renamed (atomically) to {@code
 * objects/<first two hex digits>/<sha256>}, and the directory forced too. A failure or crash at any
 * point before the rename leaves no object: at worst a {@code tmp/*.part} file, which the next
 * start removes. Once {@link #put} returns, the file survives a crash.
 *
 * <p>Identical content is stored once: the address is the plaintext hash. Reading back decrypts and
 * authenticates every chunk and checks the hash again at the end.
 */
public final class EvidenceFileStore {
  private static final Duration STALE_PART = Duration.ofHours(1);

  private final Path objects;
  private final Path tmp;
  private final SecretKey key;
  private final long maxFileBytes;

  /**
   * @param root the directory for stored files (created if needed)
   * @param key the master key, see {@link KeyFile}
   * @param maxFileBytes the largest file accepted, in bytes
   */
  public EvidenceFileStore(Path root, SecretKey key, long maxFileBytes) throws IOException {
    this.objects = root.resolve("objects");
    this.tmp = root.resolve("tmp");
    this.key = key;
    this.maxFileBytes = maxFileBytes;
    Files.createDirectories(objects);
    Files.createDirectories(tmp);
    removeStaleParts();
  }

  public long maxFileBytes() {
    return maxFileBytes;
  }

  /**
   * Stores a file read from {@code in} (not closed here).
   *
   * @param originalName the name the user gave the file; it only helps recognise text files
   * @throws RejectedFileException when the file is too large or not of an accepted type
   * @throws IOException when reading the input or writing the disk fails; nothing is stored
   */
  public StoredFile put(InputStream in, String originalName) throws IOException {
    byte[] head = in.readNBytes(FileType.SNIFF_BYTES);
    FileType type =
        FileType.sniff(head, head.length, originalName)
            .orElseThrow(
                () ->
                    new RejectedFileException(
                        RejectedFileException.Reason.UNSUPPORTED_TYPE,
                        "不支持这种文件类型（只接受图片 JPEG/PNG/GIF/WebP、PDF、录音 MP3/M4A/AMR/WAV、"
                            + "视频 MP4、邮件 .eml、文本 .txt 和 .csv）/ unsupported file type"));
    MessageDigest sha256 = sha256();
    Path part = Files.createTempFile(tmp, "upload-", ".part");
    try {
      long size = head.length;
      try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE);
          OutputStream encrypted = ChunkedAead.encrypting(forcedOnClose(channel), key)) {
        sha256.update(head);
        checkSize(size);
        encrypted.write(head);
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) != -1; ) {
          size += n;
          checkSize(size);
          sha256.update(buffer, 0, n);
          encrypted.write(buffer, 0, n);
        }
      } // closing seals the last chunk and forces the file to disk before the rename publishes it
      String hash = HexFormat.of().formatHex(sha256.digest());
      Path target = pathOf(hash);
      if (Files.exists(target)) {
        // Already stored; a fresh mtime keeps a concurrent sweep from taking it.
        Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
        return new StoredFile(hash, size, type);
      }
      Files.createDirectories(target.getParent());
      Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
      forceDirectory(target.getParent());
      return new StoredFile(hash, size, type);
    } finally {
      Files.deleteIfExists(part);
    }
  }

  /**
   * The plaintext of a stored file, authenticated chunk by chunk as it is read.
   *
   * @throws NoSuchFileException when no file has this hash
   * @throws TamperedFileException (from reads) when the stored file was changed or cut short
   */
  public InputStream open(String sha256) throws IOException {
    Path path = pathOf(sha256);
    InputStream raw = new BufferedInputStream(Files.newInputStream(path), 128 * 1024);
    String label = "stored file " + sha256;
    return new HashCheckingStream(ChunkedAead.decrypting(raw, key, label), sha256, label);
  }

  public boolean contains(String sha256) {
    return Files.exists(pathOf(sha256));
  }

  /** Removes a stored file (when no case refers to it any more); absent is fine. */
  public void delete(String sha256) throws IOException {
    Files.deleteIfExists(pathOf(sha256));
  }

  /**
   * Deletes every stored file that {@code stillReferenced} says nobody refers to any more, except
   * files written within {@code grace}: an upload stores its file before the database row that
   * refers to it commits, so a file that new is never orphaned yet.
   *
   * @return how many files were deleted
   */
  public int sweep(Predicate<String> stillReferenced, Duration grace) throws IOException {
    Instant cutoff = Instant.now().minus(grace);
    int deleted = 0;
    try (Stream<Path> files = Files.walk(objects, 2)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        String sha = file.getFileName().toString();
        if (sha.matches("[0-9a-f]{64}")
            && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)
            && !stillReferenced.test(sha)) {
          Files.deleteIfExists(file);
          deleted++;
        }
      }
    }
    return deleted;
  }

  /** Where a file with this hash lives; for tools and tests that inspect the ciphertext. */
  public Path pathOf(String sha256) {
    if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a SHA-256 in lower-case hex: " + sha256);
    }
    return objects.resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  private void checkSize(long size) {
    if (size > maxFileBytes) {
      throw new RejectedFileException(
          RejectedFileException.Reason.TOO_LARGE,
          String.format(
              Locale.ROOT,
              "文件超过大小上限 %s / file larger than the limit of %s",
              human(maxFileBytes),
              human(maxFileBytes)));
    }
  }

  static String human(long bytes) {
    if (bytes >= 1024 * 1024) {
      return String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024));
    }
    return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
  }

  private static OutputStream forcedOnClose(FileChannel channel) {
    return new FilterOutputStream(Channels.newOutputStream(channel)) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        channel.force(true);
        out.close();
      }
    };
  }

  private void removeStaleParts() throws IOException {
    Instant cutoff = Instant.now().minus(STALE_PART);
    try (DirectoryStream<Path> parts = Files.newDirectoryStream(tmp, "*.part")) {
      for (Path part : parts) {
        if (Files.getLastModifiedTime(part).toInstant().isBefore(cutoff)) {
          Files.deleteIfExists(part);
        }
      }
    }
  }

  private static void forceDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Some platforms cannot open a directory; the rename itself is still atomic there.
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Checks, at the end of the stream, that the plaintext still has the hash it is stored under. */
  private static final class HashCheckingStream extends DigestInputStream {
    private final String expected;
    private final String label;
    private boolean checked;

    HashCheckingStream(InputStream in, String expected, String label) {
      super(in, sha256());
      this.expected = expected;
      this.label = label;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b == -1) {
        check();
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n == -1) {
        check();
      }
      return n;
    }

    private void check() throws TamperedFileException {
      if (!checked) {
        checked = true;
        String actual = HexFormat.of().formatHex(getMessageDigest().digest());
        if (!actual.equals(expected)) {
          throw new TamperedFileException(label + ": content does not match its SHA-256");
        }
      }
    }
  }
}
