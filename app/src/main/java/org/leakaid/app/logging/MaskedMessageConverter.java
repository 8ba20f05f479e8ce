package org.leakaid.app.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The log message ({@code %m}) with every piece of personal information masked by our own scanner,
 * so that a phone number or ID number that reaches a log line by accident (an exception message, a
 * library's debug output) never lands on disk in clear. Registered in {@code logback-spring.xml}.
 */
public final class MaskedMessageConverter extends MessageConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return LogMasking.mask(super.convert(event));
  }
}
