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
      InputLimits limits,
      OutputStream out,
      Consumer<String> notes)
      throws IOException {
    Scanner scanner = Scanner.create(ScanOptions.of(types));
    long[] totals = new long[2];
    ChunkPipeline pipeline =
        new ChunkPipeline(
            threads,
            ChunkPipeline.DEFAULT_CHUNK_BYTES,
            encoding,
            List.of(),
            limits,
            notes,
            new AtomicLong());
    pipeline.run(
        inputs,
        () -> new MaskWorker(scanner),
        (chunk, masked) -> {
          masked.bytes.writeTo(out);
          totals[0] += chunk.to - chunk.from;
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
      JsonBytes out = new JsonBytes(chunk.to - chunk.from + 64);
      long count = 0;
      int pos = 0;
      while (pos < chunk.length) {
        int nl = chunk.nextLineEnd(pos);
        int lineEnd = nl < 0 ? chunk.length : nl;
        boolean goesOn = nl < 0 && chunk.continues; // a piece of a long line, with context after
        int to = goesOn ? lineEnd : Lines.contentEnd(buf, pos, lineEnd);
        if (nextHeader < chunk.headerLines.length && chunk.headerLines[nextHeader] == pos) {
          nextHeader++;
          session.header(buf, pos, to, enc); // as scan does: the same findings get masked
        }
        line.clear();
        if (pos == 0 && chunk.continued) {
          session.scanLinePiece(chunk.lineHead, buf, pos, to, enc, this);
        } else {
          session.scanLine(buf, pos, to, enc, this);
        }
        line.sortByStart();
        // A long line's piece writes its own part, chunk.from to chunk.to, with the findings that
        // start there masked whole, even where one runs on into the next piece's part: that piece
        // sees the same finding start before its part and writes on from where it ends.
        int copied = Math.max(pos, chunk.from);
        int own = goesOn ? chunk.to : nl < 0 ? chunk.length : nl + 1;
        for (int k = 0; k < line.n; k++) {
          int start = line.starts[k];
          if (start < chunk.from) {
            copied = Math.max(copied, line.ends[k]); // masked by the piece before
            continue;
          }
          if (start >= own) {
            break; // the next piece's
          }
          if (start < copied) {
            continue; // overlaps a finding already masked
          }
          out.raw(buf, copied, start - copied);
          String text = new String(buf, start, line.ends[k] - start, charset);
          out.raw(Masker.mask(line.types[k], text).getBytes(charset));
          copied = line.ends[k];
          count++;
        }
        if (copied < own) {
          out.raw(buf, copied, own - copied);
        }
        if (goesOn) {
          break;
        }
        pos = own;
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
