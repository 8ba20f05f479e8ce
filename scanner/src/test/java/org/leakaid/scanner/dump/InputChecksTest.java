package org.leakaid.scanner.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the reader checks while it reads: a file that changes under it, and an archive that expands
 * beyond the limit. Either is named in one note and counted as unreadable (exit code 3), after what
 * was read has been scanned.
 */
class InputChecksTest {
  @TempDir Path dir;

  private final List<String> notes = new ArrayList<>();

  /** Bytes delivered to the workers (own parts), per run. */
  private long delivered;

  private ChunkPipeline pipeline(InputLimits limits) {
    return new ChunkPipeline(1, 4096, null, List.of(), limits, notes::add, new AtomicLong());
  }

  /**
   * Runs {@code p} over {@code file}; {@code onFirstChunk} runs while the first chunk is scanned.
   */
  private void run(ChunkPipeline p, Path file, IoAction onFirstChunk) throws IOException {
    AtomicBoolean first = new AtomicBoolean(true);
    p.run(
        List.of(new DumpInput(file.getFileName().toString(), file, null)),
        () ->
            chunk -> {
              if (first.getAndSet(false)) {
                try {
                  onFirstChunk.run();
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              }
              return (long) (chunk.to - chunk.from);
            },
        (chunk, n) -> delivered += n);
  }

  interface IoAction {
    void run() throws IOException;
  }

  private static final byte[] LINE = "13812345678 张三\n".getBytes(StandardCharsets.UTF_8);

  private Path lines(String name, int count) throws IOException {
    Path f = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(f)) {
      for (int i = 0; i < count; i++) {
        out.write(LINE);
      }
    }
    return f;
  }

  @Test
  void aFileCutShortWhileItIsReadIsNamedAndWhatWasReadIsScanned() throws IOException {
    Path f = lines("shrinking.txt", 100_000);
    long size = Files.size(f);
    ChunkPipeline p = pipeline(InputLimits.DEFAULT);
    // The reader is at most a few 4 KiB chunks ahead of the first one: far below 200,000.
    run(
        p,
        f,
        () -> {
          try (FileChannel c = FileChannel.open(f, StandardOpenOption.WRITE)) {
            c.truncate(200_000);
          }
        });
    assertThat(delivered).isEqualTo(200_000);
    assertThat(p.unreadableInputs()).isEqualTo(1);
    assertThat(notes)
        .containsExactly(
            "cannot read shrinking.txt: it was cut short while it was read ("
                + size
                + " bytes when opened, 200000 read, 200000 now); what was read is counted");
  }

  @Test
  void aFileAppendedToOrRewrittenWhileItIsReadIsNamed() throws IOException {
    Path growing = lines("growing.log", 100_000);
    long size = Files.size(growing);
    ChunkPipeline p = pipeline(InputLimits.DEFAULT);
    run(
        p,
        growing,
        () -> Files.write(growing, "13912345678\n".getBytes(), StandardOpenOption.APPEND));
    assertThat(p.unreadableInputs()).isEqualTo(1);
    assertThat(notes)
        .containsExactly(
            "cannot read growing.log: it changed while it was read ("
                + size
                + " bytes when opened, "
                + (size + 12)
                + " read, "
                + (size + 12)
                + " now); what was read is counted");

    notes.clear();
    Path rewritten = lines("rewritten.txt", 100_000);
    ChunkPipeline q = pipeline(InputLimits.DEFAULT);
    run(
        q,
        rewritten,
        () -> {
          // Same size, other bytes, far behind the reader: only the time of change shows it.
          try (FileChannel c = FileChannel.open(rewritten, StandardOpenOption.WRITE)) {
            c.write(ByteBuffer.wrap("13900000000".getBytes()), 0);
          }
          Files.setLastModifiedTime(
              rewritten,
              java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        });
    assertThat(q.unreadableInputs()).isEqualTo(1);
    assertThat(notes).singleElement().asString().contains("it changed while it was read");
  }

  @Test
  void anUnchangedFileIsReadWithoutNote() throws IOException {
    Path f = lines("still.txt", 10_000);
    ChunkPipeline p = pipeline(InputLimits.DEFAULT);
    run(p, f, () -> {});
    assertThat(delivered).isEqualTo(Files.size(f));
    assertThat(notes).isEmpty();
    assertThat(p.unreadableInputs()).isZero();
  }

  private static byte[] gzip(long bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      for (long n = 0; n < bytes; n += LINE.length) {
        gz.write(LINE);
      }
    }
    return out.toByteArray();
  }

  @Test
  void aGzipThatExpandsBeyondTheLimitIsReadUpToItAndNamed() throws IOException {
    Path gz = Files.write(dir.resolve("dump.txt.gz"), gzip(8 << 20));
    ChunkPipeline p = pipeline(InputLimits.DEFAULT.withMaxExpandedBytes(1 << 20));
    run(p, gz, () -> {});
    assertThat(delivered).isEqualTo(1L << 20); // up to the limit exactly
    assertThat(p.unreadableInputs()).isEqualTo(1);
    assertThat(notes)
        .containsExactly(
            "cannot read dump.txt.gz: it expands beyond 1.0 MiB, the limit set with"
                + " --max-expanded-bytes: stopped there, what came before is counted");
  }

  @Test
  void theLimitCountsEveryEntryOfAZipAndZipsInsideIt() throws IOException {
    byte[] inner;
    ByteArrayOutputStream innerZip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(innerZip)) {
      for (int i = 0; i < 4; i++) {
        z.putNextEntry(new ZipEntry("inner" + i + ".txt"));
        for (int k = 0; k < (1 << 18) / LINE.length; k++) {
          z.write(LINE);
        }
      }
    }
    inner = innerZip.toByteArray();
    Path zip = dir.resolve("bomb.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (int i = 0; i < 8; i++) {
        z.putNextEntry(new ZipEntry("nested" + i + ".zip"));
        z.write(inner);
      }
    }
    // 8 zips of 4 files of 256 KiB: 8 MiB in all, from a few KiB.
    ChunkPipeline unlimited = pipeline(InputLimits.DEFAULT);
    run(unlimited, zip, () -> {});
    assertThat(delivered).isBetween(8L * 4 * ((1 << 18) - LINE.length), 8L << 20);
    assertThat(notes).isEmpty();

    delivered = 0;
    ChunkPipeline limited = pipeline(InputLimits.DEFAULT.withMaxExpandedBytes(3 << 20));
    run(limited, zip, () -> {});
    assertThat(delivered).isLessThan(3L << 20).isGreaterThan(1L << 20);
    assertThat(limited.unreadableInputs()).isEqualTo(1);
    assertThat(notes)
        .singleElement()
        .asString()
        .startsWith("cannot read bomb.zip: it expands beyond 3.0 MiB");
  }

  @Test
  void byDefaultAZipBombIsStoppedAfterOneGibibyte() throws IOException {
    // Zips of 200 MB of text in a zip, ten times: 2 GB from about 16 KB, a ratio of 100,000.
    ByteArrayOutputStream inner = new ByteArrayOutputStream();
    byte[] block = new byte[LINE.length * 100_000];
    for (int i = 0; i < 100_000; i++) {
      System.arraycopy(LINE, 0, block, i * LINE.length, LINE.length);
    }
    try (ZipOutputStream z = new ZipOutputStream(inner)) {
      z.setLevel(9);
      for (int i = 0; i < 10; i++) {
        z.putNextEntry(new ZipEntry("part" + i + ".txt"));
        for (long n = 0; n < 20_000_000; n += block.length) {
          z.write(block);
        }
      }
    }
    Path zip = dir.resolve("backup.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      z.setLevel(9);
      for (int i = 0; i < 10; i++) {
        z.putNextEntry(new ZipEntry("db" + i + ".zip"));
        z.write(inner.toByteArray());
      }
    }
    assertThat(Files.size(zip)).isLessThan(1 << 20);
    ChunkPipeline p =
        new ChunkPipeline(
            2, 4 << 20, null, List.of(), InputLimits.DEFAULT, notes::add, new AtomicLong());
    run(p, zip, () -> {});
    assertThat(delivered).isBetween(900L << 20, 1L << 30);
    assertThat(p.unreadableInputs()).isEqualTo(1);
    assertThat(notes)
        .singleElement()
        .asString()
        .startsWith("cannot read backup.zip: it expands beyond 1.0 GiB from ")
        .endsWith(
            " on disk, as a decompression bomb does (the limit is 1000 times the size on disk, at"
                + " least 1.0 GiB; raise it with --max-expanded-bytes): stopped there, what came"
                + " before is counted");
  }

  @Test
  void aPlainFileIsNeverLimited() throws IOException {
    Path f = lines("plain.txt", 200_000);
    ChunkPipeline p = pipeline(InputLimits.DEFAULT.withMaxExpandedBytes(1 << 20));
    run(p, f, () -> {});
    assertThat(delivered).isEqualTo(Files.size(f));
    assertThat(notes).isEmpty();
  }

  @Test
  void theDefaultLimitIsAThousandTimesTheSizeOnDiskAndAtLeastOneGibibyte() {
    InputLimits limits = InputLimits.DEFAULT;
    assertThat(limits.expandedLimit(814_000)).isEqualTo(1L << 30);
    assertThat(limits.expandedLimit(10L << 30)).isEqualTo(10_000L << 30);
    assertThat(limits.expandedLimit(Long.MAX_VALUE / 10)).isEqualTo(Long.MAX_VALUE);
    assertThat(limits.withMaxExpandedBytes(5).expandedLimit(10L << 30)).isEqualTo(5);
    assertThat(InputLimits.bytes(512)).isEqualTo("512 bytes");
    assertThat(InputLimits.bytes(814_000)).isEqualTo("795 KiB");
    assertThat(InputLimits.bytes(1L << 30)).isEqualTo("1.0 GiB");
    assertThat(InputLimits.bytes(137_000_000_000L)).isEqualTo("128 GiB");
  }
}
