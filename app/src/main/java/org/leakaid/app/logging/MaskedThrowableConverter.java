package org.leakaid.app.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * Stack traces ({@code %wEx}) masked like messages: exception messages often quote the offending
 * value (a constraint violation names the phone number that broke it).
 */
public final class MaskedThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

  @Override
  protected String throwableProxyToString(IThrowableProxy tp) {
    return LogMasking.mask(super.throwableProxyToString(tp));
  }
}
