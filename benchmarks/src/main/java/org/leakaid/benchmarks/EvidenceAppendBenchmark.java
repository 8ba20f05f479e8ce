package org.leakaid.benchmarks;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.leakaid.evidence.EvidenceFile;
import org.leakaid.evidence.EvidenceKind;
import org.leakaid.evidence.NewEvidenceItem;
import org.leakaid.evidence.chain.CaseLog;
import org.leakaid.evidence.chain.ChainEntry;
import org.leakaid.evidence.chain.ChainTail;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The CPU an evidence upload spends on the case log, as the log grows: appending from the tail (the
 * last entry only, what the locker does now) against replaying and verifying the whole log first
 * (what it did, 10 us per entry). Database reads are not included; the tail append reads one row
 * where the old way read them all.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar EvidenceAppendBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EvidenceAppendBenchmark {
  @Param({"100", "4000"})
  int entries;

  List<ChainEntry> stored;
  NewEvidenceItem item;
  List<EvidenceFile> files;

  @Setup
  public void setUp() {
    item = item(0);
    files = List.of(new EvidenceFile("截图.png", "ab".repeat(32), 120_000, "image/png"));
    CaseLog log = CaseLog.start("case-1");
    Instant t = Instant.parse("2026-11-20T06:00:00Z");
    for (int i = 0; i < entries; i++) {
      log.addItem(item(i), files, t.plusSeconds(i));
    }
    stored = new ArrayList<>(log.entries());
  }

  static NewEvidenceItem item(int i) {
    return new NewEvidenceItem(
        EvidenceKind.SMS,
        null,
        OffsetDateTime.parse("2026-11-20T14:03:00+08:00"),
        "1069000" + i,
        "【某贷】你的借款已逾期，请于今天转账到安全账户",
        null,
        null,
        null);
  }

  /** The locker's way: link to the last entry. */
  @Benchmark
  public ChainEntry appendFromTail() {
    return ChainTail.of("case-1", stored.get(stored.size() - 1), List.of())
        .addItem(item, files, Instant.now());
  }

  /** The old way: restore, verify and replay the whole log, then append. */
  @Benchmark
  public ChainEntry appendAfterVerifyingAll() {
    CaseLog log = CaseLog.restore("case-1", stored);
    if (!log.verify().intact()) {
      throw new IllegalStateException("the benchmark's log does not verify");
    }
    return log.addItem(item, files, Instant.now());
  }
}
