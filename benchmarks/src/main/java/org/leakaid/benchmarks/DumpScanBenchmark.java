package org.leakaid.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.leakaid.scanner.dump.DumpInput;
import org.leakaid.scanner.dump.DumpReport;
import org.leakaid.scanner.dump.DumpScan;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole {@code scan --format summary} path on a 64 MiB file in the page cache: reading,
 * chunking, scanning on N threads, counting and distinct counting. Compare with {@link
 * ScanLineBenchmark} (the detector alone, one thread) to see what the pipeline costs and how it
 * scales. Score: seconds per scan of 64 MiB.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Benchmark)
public class DumpScanBenchmark {

  @Param({"1", "2"})
  public int threads;

  @Param({"STRUCTURED", "ALL"})
  public DenseDump.TypeSet types;

  Path file;

  @Setup
  public void setUp() throws IOException {
    file = Files.createTempFile("leakaid-bench", ".txt");
    Files.write(file, DenseDump.generate(7, 64 << 20).bytes);
  }

  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  @Benchmark
  public DumpReport scanSummary() throws IOException {
    DumpScan.Options options =
        new DumpScan.Options(
            types.types(), threads, null, false, true, false, null, 0, List.of(), null, null);
    return DumpScan.run(
        List.of(new DumpInput(file.toString(), file, null)),
        options,
        OutputStream.nullOutputStream(),
        note -> {},
        new AtomicLong());
  }
}
