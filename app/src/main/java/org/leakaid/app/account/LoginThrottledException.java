package org.leakaid.app.account;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Sign-in refused without checking the password: too many recent failures. */
public final class LoginThrottledException extends AuthenticationException {

  private final Duration retryAfter;

  LoginThrottledException(Duration retryAfter) {
    super("too many failed sign-in attempts");
    this.retryAfter = retryAfter;
  }

  /** How long until sign-in is allowed again. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
