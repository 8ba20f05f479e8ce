package org.leakaid.app.account;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * Every password-hashing slot stayed taken for as long as a request may wait: the server is busy
 * and the password was not checked. Answered 503 with Retry-After; the attempt does not count as a
 * failed sign-in.
 */
public final class PasswordHashingBusyException extends AuthenticationServiceException {

  /** What to tell the client to wait before trying again. */
  public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

  PasswordHashingBusyException() {
    super("the server is busy checking passwords; try again in a few seconds");
  }
}
