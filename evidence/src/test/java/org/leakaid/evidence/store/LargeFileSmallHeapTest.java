package org.leakaid.evidence.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file several times larger than the heap goes into the store and comes back out intact: uploads
 * and exports stream, never holding a file in memory. The build runs this class alone, in a JVM
 * with a 48 MiB heap (the small-heap execution in evidence/pom.xml).
 */
class LargeFileSmallHeapTest {

  static final long SIZE = 256L * 1024 * 1024;

  @TempDir Path dir;

  @Test
  void aFileLargerThanTheHeapRoundTrips() throws Exception {
    EvidenceFileStore store =
        new EvidenceFileStore(
            dir.resolve("store"), KeyFile.loadOrCreate(dir.resolve("evidence.key")), SIZE);
    MessageDigest written = MessageDigest.getInstance("SHA-256");

    StoredFile stored;
    try (InputStream in = new DigestInputStream(new PseudoRandomPng(SIZE, 7), written)) {
      stored = store.put(in, "通话录音.png");
    }
    assertThat(stored.size()).isEqualTo(SIZE);
    assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(written.digest()));

    MessageDigest read = MessageDigest.getInstance("SHA-256");
    long count = 0;
    byte[] buf = new byte[64 * 1024];
    try (InputStream in = store.open(stored.sha256())) {
      for (int n; (n = in.read(buf)) > 0; ) {
        read.update(buf, 0, n);
        count += n;
      }
    }
    assertThat(count).isEqualTo(SIZE);
    assertThat(HexFormat.of().formatHex(read.digest())).isEqualTo(stored.sha256());
  }

  /** A PNG signature, then pseudo-random bytes, generated as they are read. */
  static final class PseudoRandomPng extends InputStream {
    private static final byte[] MAGIC = HexFormat.of().parseHex("89504e470d0a1a0a");
    private final SplittableRandom random;
    private final long size;
    private long position;

    PseudoRandomPng(long size, long seed) {
      this.size = size;
      this.random = new SplittableRandom(seed);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - position);
      for (int i = 0; i < n; i++, position++) {
        b[off + i] = position < MAGIC.length ? MAGIC[(int) position] : (byte) random.nextInt();
      }
      return n;
    }
  }
}
