package org.leakaid.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.leakaid.scanner.corpus.CorpusGenerator;

/**
 * Writes the comparison corpus for {@code benchmarks/compare.sh}: about N bytes of dump-like lines
 * from {@link CorpusGenerator}, UTF-8. Blocks of up to 16 MiB are generated in parallel, each from
 * its own seed derived from the base seed and the block number, and written in order, so the same
 * arguments always give the same file.
 *
 * <p>Usage: {@code GenerateCorpus OUT_FILE [--bytes N] [--seed S]} (default 1 GiB, seed 42).
 */
public final class GenerateCorpus {
  private static final int BLOCK = 16 << 20;

  private GenerateCorpus() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1 || args[0].startsWith("-")) {
      System.err.println("usage: GenerateCorpus OUT_FILE [--bytes N] [--seed S]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    long bytes = 1L << 30;
    long seed = 42;
    for (int i = 1; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--bytes" -> bytes = Long.parseLong(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        default -> {
          System.err.println("unknown option " + args[i]);
          System.exit(2);
        }
      }
    }
    write(out, bytes, seed);
  }

  static void write(Path out, long targetBytes, long seed)
      throws IOException, InterruptedException, ExecutionException {
    int threads = Runtime.getRuntime().availableProcessors();
    int blockBytes = (int) Math.max(1 << 20, Math.min(BLOCK, targetBytes / (threads * 2L)));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Path partial = out.resolveSibling(out.getFileName() + ".partial");
    try (OutputStream os = Files.newOutputStream(partial)) {
      Deque<Future<byte[]>> pending = new ArrayDeque<>();
      long written = 0;
      long block = 0;
      while (written < targetBytes) {
        while (pending.size() < threads * 2) {
          long blockSeed = seed * 1_000_003L + block++;
          pending.add(pool.submit(() -> generate(blockSeed, blockBytes)));
        }
        byte[] b = pending.removeFirst().get();
        int n = (int) Math.min(b.length, targetBytes - written);
        // Cut at a line end so the file holds whole lines only.
        while (n < b.length && n > 0 && b[n - 1] != '\n') {
          n++;
        }
        os.write(b, 0, n);
        written += n;
      }
    } finally {
      pool.shutdownNow();
    }
    Files.move(partial, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static byte[] generate(long seed, int blockBytes) throws IOException {
    CorpusGenerator g = new CorpusGenerator(seed);
    ByteArrayOutputStream b = new ByteArrayOutputStream(blockBytes + (1 << 16));
    while (b.size() < blockBytes) {
      for (CorpusGenerator.Line line : g.nextBlock()) {
        b.write(line.text().getBytes(StandardCharsets.UTF_8));
        b.write('\n');
      }
    }
    return b.toByteArray();
  }
}
