package org.leakaid.cli;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress bar on stderr, redrawn four times a second, for inputs large enough to wait
 * for (64 MiB or more) and only when stderr is a terminal: never in logs or pipes.
 */
final class ProgressBar implements AutoCloseable {
  static final long LARGE_INPUT = 64L << 20;
  private static final ProgressBar NONE = new ProgressBar(null, null, 0);

  private final StandardStreams io;
  private final AtomicLong done;
  private final long total;
  private final long started = System.nanoTime();
  private Thread thread;
  private volatile boolean running = true;

  private ProgressBar(StandardStreams io, AtomicLong done, long total) {
    this.io = io;
    this.done = done;
    this.total = total;
  }

  static ProgressBar startIfUseful(StandardStreams io, AtomicLong done, long totalBytes) {
    if (!io.errIsTerminal() || totalBytes < LARGE_INPUT) {
      return NONE;
    }
    ProgressBar bar = new ProgressBar(io, done, totalBytes);
    bar.thread = new Thread(bar::loop, "leakaid-progress");
    bar.thread.setDaemon(true);
    bar.thread.start();
    return bar;
  }

  private void loop() {
    while (running) {
      draw();
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void draw() {
    long d = Math.min(done.get(), total);
    int percent = (int) (d * 100 / total);
    int filled = percent * 30 / 100;
    double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
    String line =
        String.format(
            "\r[%s%s] %3d%%  %,d / %,d MB  %.0f MB/s ",
            "#".repeat(filled),
            " ".repeat(30 - filled),
            percent,
            d >> 20,
            total >> 20,
            d / seconds / (1 << 20));
    io.err().print(line);
    io.err().flush();
  }

  /** Stops drawing and clears the line. */
  void finish() {
    if (thread == null || !running) {
      return;
    }
    running = false;
    thread.interrupt();
    try {
      thread.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    io.err().print("\r" + " ".repeat(72) + "\r");
    io.err().flush();
  }

  @Override
  public void close() {
    finish();
  }
}
