package org.leakaid.app.protect;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.leakaid.app.web.HttpProblem;
import org.springframework.http.HttpStatus;

/**
 * At most {@code leakaid.protect.max-concurrent-images} pictures are decoded at once (one by
 * default): each takes up to about 100 MB while it is worked on, and the app runs in 512 MB. A
 * request that waits longer than 30 s is answered 503 with Retry-After.
 */
final class ImageJobs {

  private final Semaphore permits;
  private final Duration maxWait;

  ImageJobs(int concurrent, Duration maxWait) {
    this.permits = new Semaphore(concurrent, true);
    this.maxWait = maxWait;
  }

  <T> T run(Supplier<T> job) {
    boolean acquired;
    try {
      acquired = permits.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      acquired = false;
    }
    if (!acquired) {
      throw new HttpProblem(
              HttpStatus.SERVICE_UNAVAILABLE,
              "BUSY",
              "other pictures are being processed; try again in a few seconds")
          .retryAfter(Duration.ofSeconds(5));
    }
    try {
      return job.get();
    } finally {
      permits.release();
    }
  }
}
