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
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.crypto.SecretKey;
import org.leakaid.evidence.Sha256Hex;

/**
 * Content-addressed, encrypted storage of evidence files.
 *
 * <p>A file is streamed in once: its first 8 KiB decide whether its type is accepted (before
 * anything touches the disk), then every byte goes through SHA-256 and the {@link ChunkedAead}
 * encryption into {@code tmp/*.part}, so memory use does not grow with the file. When the whole
 * file is in, within the size limit, and forced to disk, it is renamed to {@code
 * tmp/<sha256>.<random>.staged}: {@link #stage} returns it there, not yet visible.
 *
 * <p>The caller then commits the database rows that refer to the file and only after that calls
 * {@link StagedFile#publish()}, which renames it (atomically) to {@code objects/<first two hex
 * digits>/<sha256>} and forces the directory. The order matters twice over: a row never refers to
 * content that is not on disk (the staged file is), and a file is never visible without a row, so
 * an account deletion that removes the objects nobody refers to cannot race an upload of the same
 * content: that upload's publish, after its commit, puts the object back.
 *
 * <p>A crash leaves one of two things, both handled by {@link #recover} at the next start: a {@code
 * .part} (upload unfinished, nothing refers to it: deleted) or a {@code .staged} file (published if
 * its hash is referenced, i.e. the commit happened; deleted otherwise).
 *
 * <p>Identical content is stored once: the address is the plaintext hash. Reading back decrypts and
 * authenticates every chunk and checks the hash again at the end.
 */
public final class EvidenceFileStore {
  private static final String PART = ".part";
  private static final String STAGED = ".staged";
  private final Path objects;
  private final Path tmp;
  private final SecretKey key;
  private final long maxFileBytes;

  /**
   * @param root the directory for stored files (created if needed, owner-only)
   * @param key the master key, see {@link KeyFile}
   * @param maxFileBytes the largest file accepted, in bytes
   */
  public EvidenceFileStore(Path root, SecretKey key, long maxFileBytes) throws IOException {
    this.objects = root.resolve("objects");
    this.tmp = root.resolve("tmp");
    this.key = key;
    this.maxFileBytes = maxFileBytes;
    OwnerOnly.createDirectories(objects);
    OwnerOnly.createDirectories(tmp);
  }

  public long maxFileBytes() {
    return maxFileBytes;
  }

  /**
   * Stores a file at once (stage and publish): for callers with no database rows to commit in
   * between, such as tools and tests.
   */
  public StoredFile put(InputStream in, String originalName) throws IOException {
    StagedFile staged = stage(in, originalName);
    staged.publish();
    return staged.file();
  }

  /**
   * Streams a file read from {@code in} (not closed here) into the store's staging area, encrypted
   * and forced to disk, but not yet visible to {@link #open}: commit what refers to it, then call
   * {@link StagedFile#publish()}; or {@link StagedFile#discard()} it.
   *
   * @param originalName the name the user gave the file; it only helps recognise text files
   * @throws RejectedFileException when the file is too large or not of an accepted type
   * @throws IOException when reading the input or writing the disk fails; nothing is kept
   */
  public StagedFile stage(InputStream in, String originalName) throws IOException {
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
    Path part = OwnerOnly.createTempFile(tmp, "upload-", PART);
    boolean staged = false;
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
      } // closing seals the last chunk and forces the file to disk
      String hash = HexFormat.of().formatHex(sha256.digest());
      Path stagedPath = tmp.resolve(hash + "." + UUID.randomUUID() + STAGED);
      Files.move(part, stagedPath, StandardCopyOption.ATOMIC_MOVE);
      forceDirectory(tmp);
      staged = true;
      return new StagedFile(new StoredFile(hash, size, type), stagedPath);
    } finally {
      if (!staged) {
        Files.deleteIfExists(part);
      }
    }
  }

  /**
   * A file streamed in and on disk, waiting for the rows that refer to it to commit. Exactly one of
   * {@link #publish()} and {@link #discard()} should follow; a crash before either is repaired by
   * {@link EvidenceFileStore#recover}.
   */
  public final class StagedFile {
    private final StoredFile file;
    private final Path path;

    private StagedFile(StoredFile file, Path path) {
      this.file = file;
      this.path = path;
    }

    public StoredFile file() {
      return file;
    }

    /**
     * Makes the file readable under its hash. If the content is already stored, the new copy
     * replaces it (same plaintext, so nothing changes for readers); the rename is atomic either
     * way.
     */
    public void publish() throws IOException {
      moveIntoObjects(path, file.sha256());
    }

    /** Drops the staged copy (its rows did not commit). */
    public void discard() throws IOException {
      Files.deleteIfExists(path);
    }
  }

  /**
   * Repairs what a crash left in the staging area, older than {@code grace} (younger files may
   * belong to an upload in progress on another node sharing this directory): unfinished uploads are
   * deleted; a staged file is published when {@code referenced} says a committed row refers to its
   * hash and the object is missing, and deleted otherwise.
   *
   * @return what was done
   */
  public Recovery recover(Predicate<String> referenced, Duration grace) throws IOException {
    Instant cutoff = Instant.now().minus(grace);
    int published = 0;
    int deleted = 0;
    try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(tmp)) {
      for (Path file : leftovers) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)
            || !Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
          continue;
        }
        String hash = name.endsWith(STAGED) ? name.substring(0, name.indexOf('.')) : null;
        if (hash != null
            && Sha256Hex.isValid(hash)
            && referenced.test(hash)
            && !Files.exists(pathOf(hash))) {
          moveIntoObjects(file, hash);
          published++;
        } else if (name.endsWith(STAGED) || name.endsWith(PART)) {
          Files.deleteIfExists(file);
          deleted++;
        }
      }
    }
    return new Recovery(published, deleted);
  }

  private void moveIntoObjects(Path staged, String sha256) throws IOException {
    Path target = pathOf(sha256);
    OwnerOnly.createDirectories(target.getParent());
    try {
      Files.move(
          staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (NoSuchFileException e) {
      if (!Files.exists(target)) {
        throw e;
      } // another node's recovery published it already
    }
    forceDirectory(target.getParent());
  }

  /** What {@link #recover} did: staged files published, and leftovers deleted. */
  public record Recovery(int published, int deleted) {}

  /**
   * The hashes that {@code referenced} lists but that have no object: content lost outside the
   * app's control (a restored database with older files, a deleted file). Nothing can bring it
   * back; callers report it.
   */
  public List<String> missing(Iterable<String> referenced) {
    List<String> missing = new ArrayList<>();
    for (String hash : referenced) {
      if (!Files.exists(pathOf(hash))) {
        missing.add(hash);
      }
    }
    return missing;
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
   * files written within {@code grace}. Files are published only after their rows commit, so an
   * unreferenced object is left over from a deletion that failed half-way; the grace keeps this
   * periodic sweep clear of uploads publishing right now.
   *
   * @return how many files were deleted
   */
  public int sweep(Predicate<String> stillReferenced, Duration grace) throws IOException {
    Instant cutoff = Instant.now().minus(grace);
    int deleted = 0;
    try (Stream<Path> files = Files.walk(objects, 2)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        String sha = file.getFileName().toString();
        if (Sha256Hex.isValid(sha)
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
    if (!Sha256Hex.isValid(sha256)) {
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

  static void forceDirectory(Path dir) {
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
