package org.leakaid.scanner.dump;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.leakaid.scanner.FindingSink;
import org.leakaid.scanner.Masker;
import org.leakaid.scanner.PiiType;
import org.leakaid.scanner.ScanOptions;
import org.leakaid.scanner.ScanSession;
import org.leakaid.scanner.Scanner;
import org.leakaid.scanner.TextEncoding;

/**
 * Copies inputs with every finding replaced by its masked form ({@code ./leakaid mask}). Bytes
 * outside findings are copied unchanged, line ends and invalid sequences included; masked text is
 * written in the input's own encoding, so a GBK file stays GBK.
 *
 * <p>Candidates that failed validation (an ID number with a wrong check character, a card number
 * that fails Luhn) are masked too: they are usually someone's real number mistyped, and masking is
 * what a person does before posting, where hiding too much costs nothing and too little is harm.
 */
public final class DumpMask {

  /** What was masked. */
  public record Result(long bytes, long masked, int unreadable) {}

  private DumpMask() {}

  public static Result run(
      List<DumpInput> inputs,
      Set<PiiType> types,
      TextEncoding encoding,
      int threads,
      OutputStream out,
      Consumer<String> notes)
      throws IOException {
    Scanner scanner = Scanner.create(ScanOptions.of(types));
    long[] totals = new long[2];
    ChunkPipeline pipeline =
        new ChunkPipeline(
            threads, ChunkPipeline.DEFAULT_CHUNK_BYTES, encoding, notes, new AtomicLong());
    pipeline.run(
        inputs,
        () -> new MaskWorker(scanner),
        (chunk, masked) -> {
          masked.bytes.writeTo(out);
          totals[0] += chunk.length;
          totals[1] += masked.count;
        });
    return new Result(totals[0], totals[1], pipeline.unreadableInputs());
  }

  private record Masked(JsonBytes bytes, long count) {}

  private static final class MaskWorker implements ChunkPipeline.Worker<Masked>, FindingSink {
    private final LineFindings line = new LineFindings();
    private final ScanSession session;

    MaskWorker(Scanner scanner) {
      this.session = scanner.newSession();
    }

    @Override
    public Masked process(ChunkPipeline.Chunk chunk) {
      byte[] buf = chunk.buf;
      TextEncoding enc = chunk.source.encoding;
      Charset charset = chunk.source.charset();
      session.clearHeader();
      if (chunk.header != null) {
        session.header(chunk.header, 0, chunk.header.length, enc);
      }
      int nextHeader = 0;
      JsonBytes out = new JsonBytes(chunk.length + 64);
      long count = 0;
      int pos = 0;
      while (pos < chunk.length) {
        int nl = chunk.nextLineEnd(pos);
        int lineEnd = nl < 0 ? chunk.length : nl;
        int to = Lines.contentEnd(buf, pos, lineEnd);
        if (nextHeader < chunk.headerLines.length && chunk.headerLines[nextHeader] == pos) {
          nextHeader++;
          session.header(buf, pos, to, enc); // as scan does: the same findings get masked
        }
        line.clear();
        session.scanLine(buf, pos, to, enc, this);
        line.sortByStart();
        int copied = pos;
        for (int k = 0; k < line.n; k++) {
          if (line.starts[k] < copied) {
            continue; // overlaps a finding already masked
          }
          out.raw(buf, copied, line.starts[k] - copied);
          String text = new String(buf, line.starts[k], line.ends[k] - line.starts[k], charset);
          out.raw(Masker.mask(line.types[k], text).getBytes(charset));
          copied = line.ends[k];
          count++;
        }
        int next = nl < 0 ? chunk.length : nl + 1;
        out.raw(buf, copied, next - copied);
        pos = next;
      }
      return new Masked(out, count);
    }

    @Override
    public void found(PiiType type, int start, int end, float confidence) {
      line.add(type, start, end, confidence);
    }

    @Override
    public void rejected(PiiType type, int start, int end) {
      line.add(type, start, end, 0f);
    }
  }
}
