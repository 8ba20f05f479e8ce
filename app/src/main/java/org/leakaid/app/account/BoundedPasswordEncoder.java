package org.leakaid.app.account;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets only so many password hashes run at once. Each Argon2 hash takes 16 MiB and a core for its
 * whole run, so without a bound a burst of sign-ins makes as many hashes as there are request
 * threads: the probe saw 5.4 GB of memory at 32 sign-ins a second. With one hash per core the
 * memory stays bounded and the throughput is the same (more hashes than cores only share the
 * cores). A caller waits its turn up to {@code maxWait}, then gets {@link
 * PasswordHashingBusyException} (answered 503 with Retry-After) instead of tying up its thread.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

  private final PasswordEncoder hashes;
  private final Semaphore permits;
  private final Duration maxWait;

  BoundedPasswordEncoder(PasswordEncoder hashes, int concurrent, Duration maxWait) {
    if (concurrent < 1) {
      throw new IllegalArgumentException("at least one hash at a time, not " + concurrent);
    }
    this.hashes = hashes;
    this.permits = new Semaphore(concurrent, true);
    this.maxWait = maxWait;
  }

  @Override
  public String encode(CharSequence rawPassword) {
    return bounded(() -> hashes.encode(rawPassword));
  }

  @Override
  public boolean matches(CharSequence rawPassword, String encodedPassword) {
    return bounded(() -> hashes.matches(rawPassword, encodedPassword));
  }

  @Override
  public boolean upgradeEncoding(String encodedPassword) {
    return hashes.upgradeEncoding(encodedPassword);
  }

  private <T> T bounded(Supplier<T> hash) {
    try {
      if (!permits.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new PasswordHashingBusyException();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PasswordHashingBusyException();
    }
    try {
      return hash.get();
    } finally {
      permits.release();
    }
  }
}
