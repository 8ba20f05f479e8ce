package org.leakaid.evidence.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceFileStoreTest {
  static final int CHUNK = ChunkedAead.CHUNK_SIZE;
  static final int SEALED = CHUNK + 16;

  @TempDir Path dir;
  SecretKey key;
  EvidenceFileStore store;

  @BeforeEach
  void setUp() throws IOException {
    key = KeyFile.loadOrCreate(dir.resolve("keys/evidence.key"));
    store = new EvidenceFileStore(dir.resolve("store"), key, 8L * 1024 * 1024);
  }

  /** A PNG signature followed by pseudo-random bytes: enough for the type check. */
  static byte[] png(int size, long seed) {
    byte[] data = new byte[size];
    new Random(seed).nextBytes(data);
    byte[] magic = HexFormat.of().parseHex("89504e470d0a1a0a");
    System.arraycopy(magic, 0, data, 0, Math.min(magic.length, size));
    return data;
  }

  static String sha256(byte[] data) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
  }

  byte[] readBack(String sha) throws IOException {
    try (InputStream in = store.open(sha)) {
      return in.readAllBytes();
    }
  }

  long filesUnder(String sub) throws IOException {
    try (Stream<Path> files = Files.walk(dir.resolve("store").resolve(sub))) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  @Test
  void roundTripsFilesOfEveryChunkShape() throws Exception {
    for (int size : new int[] {8, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 17}) {
      byte[] data = png(size, size);
      StoredFile stored = store.put(new ByteArrayInputStream(data), "shot.png");
      assertThat(stored.sha256()).isEqualTo(sha256(data));
      assertThat(stored.size()).isEqualTo(size);
      assertThat(stored.type()).isEqualTo(FileType.PNG);
      assertThat(readBack(stored.sha256())).isEqualTo(data);
    }
    byte[] empty = new byte[0];
    StoredFile emptyText = store.put(new ByteArrayInputStream(empty), "empty.txt");
    assertThat(readBack(emptyText.sha256())).isEmpty();
  }

  @Test
  void storesCiphertextOnlyAndEachFileUnderItsOwnKey() throws Exception {
    byte[] text = "验证码 4711，请勿告诉他人。".repeat(100).getBytes(StandardCharsets.UTF_8);
    StoredFile stored = store.put(new ByteArrayInputStream(text), "sms.txt");
    byte[] onDisk = Files.readAllBytes(store.pathOf(stored.sha256()));
    assertThat(new String(onDisk, StandardCharsets.ISO_8859_1))
        .doesNotContain(new String(Arrays.copyOf(text, 24), StandardCharsets.ISO_8859_1));
    assertThat(onDisk.length).isEqualTo(ChunkedAead.HEADER_BYTES + text.length + 16);

    // The same content twice is stored once.
    assertThat(store.put(new ByteArrayInputStream(text), "again.txt").sha256())
        .isEqualTo(stored.sha256());
    assertThat(filesUnder("objects")).isEqualTo(1);
  }

  @Test
  void aChangedCiphertextByteFailsAuthenticationOfItsChunk() throws Exception {
    byte[] data = png(3 * CHUNK, 1);
    StoredFile stored = store.put(new ByteArrayInputStream(data), "a.png");
    Path path = store.pathOf(stored.sha256());
    byte[] raw = Files.readAllBytes(path);
    raw[ChunkedAead.HEADER_BYTES + SEALED + 100] ^= 1; // inside chunk 1
    Files.write(path, raw);
    assertThatThrownBy(() -> readBack(stored.sha256()))
        .isInstanceOf(TamperedFileException.class)
        .hasMessageContaining("chunk 1 failed authentication");
  }

  @Test
  void truncationAtAChunkBoundaryAndReorderingAreDetected() throws Exception {
    byte[] data = png(3 * CHUNK + 5, 2);
    StoredFile stored = store.put(new ByteArrayInputStream(data), "a.png");
    Path path = store.pathOf(stored.sha256());
    byte[] raw = Files.readAllBytes(path);

    // Cut after two whole chunks: what is left looks complete but chunk 1 was sealed as "not last".
    Files.write(path, Arrays.copyOf(raw, ChunkedAead.HEADER_BYTES + 2 * SEALED));
    assertThatThrownBy(() -> readBack(stored.sha256()))
        .isInstanceOf(TamperedFileException.class)
        .hasMessageContaining("chunk 1");

    // Only the header left.
    Files.write(path, Arrays.copyOf(raw, ChunkedAead.HEADER_BYTES));
    assertThatThrownBy(() -> readBack(stored.sha256()))
        .isInstanceOf(TamperedFileException.class)
        .hasMessageContaining("cut short");

    // Swap chunks 0 and 1.
    byte[] swapped = raw.clone();
    int h = ChunkedAead.HEADER_BYTES;
    System.arraycopy(raw, h + SEALED, swapped, h, SEALED);
    System.arraycopy(raw, h, swapped, h + SEALED, SEALED);
    Files.write(path, swapped);
    assertThatThrownBy(() -> readBack(stored.sha256()))
        .isInstanceOf(TamperedFileException.class)
        .hasMessageContaining("chunk 0");
  }

  @Test
  void anInterruptedUploadLeavesNothingBehind() throws Exception {
    byte[] start = png(3 * CHUNK, 3);
    InputStream failing =
        new java.io.SequenceInputStream(
            new ByteArrayInputStream(start),
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw new IOException("connection reset by peer");
              }
            });
    assertThatThrownBy(() -> store.put(failing, "a.png"))
        .isInstanceOf(IOException.class)
        .hasMessage("connection reset by peer");
    assertThat(filesUnder("objects")).isZero();
    assertThat(filesUnder("tmp")).isZero();
  }

  @Test
  void aFileOverTheLimitIsRefusedAndNothingIsKept() throws Exception {
    EvidenceFileStore small = new EvidenceFileStore(dir.resolve("store"), key, 100_000);
    assertThatThrownBy(() -> small.put(new ByteArrayInputStream(png(100_001, 4)), "big.png"))
        .isInstanceOfSatisfying(
            RejectedFileException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectedFileException.Reason.TOO_LARGE))
        .hasMessageContaining("文件超过大小上限");
    assertThat(small.put(new ByteArrayInputStream(png(100_000, 4)), "ok.png").size())
        .isEqualTo(100_000);
    assertThat(filesUnder("objects")).isEqualTo(1);
    assertThat(filesUnder("tmp")).isZero();
  }

  @Test
  void aWrongTypeIsRefusedBeforeAnythingIsWritten() {
    byte[] exe = HexFormat.of().parseHex("4d5a90000300000004000000ffff0000");
    assertThatThrownBy(() -> store.put(new ByteArrayInputStream(exe), "invoice.pdf"))
        .isInstanceOfSatisfying(
            RejectedFileException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectedFileException.Reason.UNSUPPORTED_TYPE))
        .hasMessageContaining("不支持这种文件类型");
  }

  @Test
  void aFileEncryptedUnderAnotherKeyDoesNotOpen() throws Exception {
    StoredFile stored = store.put(new ByteArrayInputStream(png(1000, 5)), "a.png");
    SecretKey other = KeyFile.loadOrCreate(dir.resolve("other.key"));
    EvidenceFileStore wrongKey = new EvidenceFileStore(dir.resolve("store"), other, 1 << 20);
    assertThatThrownBy(() -> wrongKey.open(stored.sha256()).readAllBytes())
        .isInstanceOf(TamperedFileException.class);
  }

  @Test
  void theKeyFileIsCreatedOwnerOnlyReusedAndRefusedWhenOthersCanReadIt() throws Exception {
    Path keyFile = dir.resolve("keys/evidence.key");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
        .isEqualTo("rw-------");
    assertThat(Files.readString(keyFile).strip()).matches("[0-9a-f]{64}");
    assertThat(KeyFile.loadOrCreate(keyFile).getEncoded()).isEqualTo(key.getEncoded());
    try (Stream<Path> files = Files.list(keyFile.getParent())) {
      assertThat(files).containsExactly(keyFile);
    }

    Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));
    assertThatThrownBy(() -> KeyFile.loadOrCreate(keyFile))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("chmod 600");
  }

  @Test
  void readingTheWholeStreamChecksTheHashAgain() throws Exception {
    byte[] data = png(CHUNK + 3, 6);
    StoredFile stored = store.put(new ByteArrayInputStream(data), "a.png");
    // Store another file's ciphertext under this address: every chunk authenticates, the hash does
    // not.
    StoredFile other = store.put(new ByteArrayInputStream(png(CHUNK + 3, 7)), "b.png");
    Files.copy(
        store.pathOf(other.sha256()),
        store.pathOf(stored.sha256()),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThatThrownBy(() -> readBack(stored.sha256()))
        .isInstanceOf(TamperedFileException.class)
        .hasMessageContaining("does not match its SHA-256");
  }

  @Test
  void sweepDeletesOnlyOldUnreferencedFiles() throws Exception {
    StoredFile kept = store.put(new ByteArrayInputStream(png(100, 10)), "kept.png");
    StoredFile orphan = store.put(new ByteArrayInputStream(png(100, 11)), "orphan.png");
    StoredFile fresh = store.put(new ByteArrayInputStream(png(100, 12)), "fresh.png");
    java.nio.file.attribute.FileTime old =
        java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(7200));
    Files.setLastModifiedTime(store.pathOf(kept.sha256()), old);
    Files.setLastModifiedTime(store.pathOf(orphan.sha256()), old);

    int deleted = store.sweep(sha -> sha.equals(kept.sha256()), java.time.Duration.ofHours(1));

    assertThat(deleted).isEqualTo(1);
    assertThat(store.contains(kept.sha256())).isTrue();
    assertThat(store.contains(orphan.sha256())).isFalse();
    assertThat(store.contains(fresh.sha256())).isTrue();
  }

  @Test
  void aStagedFileIsOnDiskButNotReadableUntilPublished() throws Exception {
    byte[] data = png(CHUNK + 5, 20);
    EvidenceFileStore.StagedFile staged = store.stage(new ByteArrayInputStream(data), "a.png");

    assertThat(staged.file().sha256()).isEqualTo(sha256(data));
    assertThat(store.contains(staged.file().sha256())).isFalse();
    assertThat(filesUnder("tmp")).isEqualTo(1);

    staged.publish();
    assertThat(readBack(staged.file().sha256())).isEqualTo(data);
    assertThat(filesUnder("tmp")).isZero();
  }

  @Test
  void publishingContentThatIsAlreadyStoredKeepsItReadable() throws Exception {
    byte[] data = png(1000, 21);
    StoredFile first = store.put(new ByteArrayInputStream(data), "a.png");
    EvidenceFileStore.StagedFile again = store.stage(new ByteArrayInputStream(data), "b.png");
    again.publish();

    assertThat(readBack(first.sha256())).isEqualTo(data);
    assertThat(filesUnder("objects")).isEqualTo(1);
    assertThat(filesUnder("tmp")).isZero();
  }

  @Test
  void aDiscardedFileLeavesNothing() throws Exception {
    EvidenceFileStore.StagedFile staged =
        store.stage(new ByteArrayInputStream(png(1000, 22)), "a.png");
    staged.discard();

    assertThat(filesUnder("tmp")).isZero();
    assertThat(filesUnder("objects")).isZero();
  }

  @Test
  void recoveryPublishesWhatARowRefersToAndDeletesTheRest() throws Exception {
    byte[] committed = png(1000, 23);
    byte[] uncommitted = png(1000, 24);
    // What a crash leaves: one staged file whose row committed, one whose row did not, and an
    // upload cut off half-way.
    store.stage(new ByteArrayInputStream(committed), "a.png");
    store.stage(new ByteArrayInputStream(uncommitted), "b.png");
    Files.write(dir.resolve("store/tmp/upload-123.part"), new byte[] {1, 2, 3});

    EvidenceFileStore.Recovery recovery =
        store.recover(sha -> sha.equals(uncheckedSha256(committed)), java.time.Duration.ZERO);

    assertThat(recovery.published()).isEqualTo(1);
    assertThat(recovery.deleted()).isEqualTo(2);
    assertThat(readBack(sha256(committed))).isEqualTo(committed);
    assertThat(store.contains(sha256(uncommitted))).isFalse();
    assertThat(filesUnder("tmp")).isZero();
  }

  @Test
  void recoverySparesFilesYoungerThanItsGrace() throws Exception {
    store.stage(new ByteArrayInputStream(png(1000, 25)), "a.png");
    Files.write(dir.resolve("store/tmp/upload-456.part"), new byte[] {1});

    EvidenceFileStore.Recovery recovery =
        store.recover(sha -> false, java.time.Duration.ofMinutes(10));

    assertThat(recovery.deleted()).isZero();
    assertThat(filesUnder("tmp")).isEqualTo(2);
  }

  @Test
  void missingNamesReferencedFilesThatAreNotStored() throws Exception {
    StoredFile present = store.put(new ByteArrayInputStream(png(100, 26)), "a.png");
    String absent = "c".repeat(64);

    assertThat(store.missing(java.util.List.of(present.sha256(), absent))).containsExactly(absent);
  }

  @Test
  void directoriesAndFilesAreOwnerOnly() throws Exception {
    StoredFile stored = store.put(new ByteArrayInputStream(png(100, 27)), "a.png");
    Path object = store.pathOf(stored.sha256());

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(object)))
        .isEqualTo("rw-------");
    for (Path d :
        new Path[] {object.getParent(), dir.resolve("store/objects"), dir.resolve("store/tmp")}) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(d)))
          .as(d.toString())
          .isEqualTo("rwx------");
    }
  }

  static String uncheckedSha256(byte[] data) {
    try {
      return sha256(data);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
