package org.leakaid.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class BoundedPasswordEncoderTest {

  /** A hash that runs until the test lets it finish, counting how many run at once. */
  static final class HeldHashes implements PasswordEncoder {
    final CountDownLatch release = new CountDownLatch(1);
    final CountDownLatch twoStarted = new CountDownLatch(2);
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();

    @Override
    public String encode(CharSequence raw) {
      int now = running.incrementAndGet();
      mostAtOnce.accumulateAndGet(now, Math::max);
      twoStarted.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      running.decrementAndGet();
      return "hash:" + raw;
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
      return encoded.equals(encode(raw));
    }
  }

  @Test
  void noMoreHashesRunAtOnceThanAllowedAndAWaiterGivesUp() throws Exception {
    HeldHashes hashes = new HeldHashes();
    PasswordEncoder bounded = new BoundedPasswordEncoder(hashes, 2, Duration.ofMillis(200));
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<String> first = threads.submit(() -> bounded.encode("a"));
      Future<Boolean> second = threads.submit(() -> bounded.matches("b", "hash:b"));
      assertThat(hashes.twoStarted.await(10, TimeUnit.SECONDS)).isTrue();

      // Both slots are taken: a third caller gets "busy" instead of a third 16 MiB hash.
      assertThatThrownBy(() -> bounded.encode("c"))
          .isInstanceOf(PasswordHashingBusyException.class);
      assertThat(hashes.mostAtOnce).hasValue(2);

      hashes.release.countDown();
      assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("hash:a");
      assertThat(second.get(10, TimeUnit.SECONDS)).isTrue();
      assertThat(bounded.encode("d")).isEqualTo("hash:d");
      assertThat(hashes.mostAtOnce).hasValue(2);
    } finally {
      threads.shutdownNow();
    }
  }
}
