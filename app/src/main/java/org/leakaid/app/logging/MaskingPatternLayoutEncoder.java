package org.leakaid.app.logging;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.nio.charset.Charset;

/**
 * The console encoder of {@code logback-spring.xml}: lays out the event with the configured
 * pattern, then masks the whole line through {@link LogMasking}. Masking the finished line rather
 * than single conversion words covers every part of it whatever the pattern is: the message, its
 * arguments, exception messages and stack traces (also the {@code %ex} that logback appends by
 * itself to a pattern that has no exception word), MDC values.
 */
public final class MaskingPatternLayoutEncoder extends PatternLayoutEncoder {

  @Override
  public byte[] encode(ILoggingEvent event) {
    String line = LogMasking.mask(layout.doLayout(event));
    Charset charset = getCharset();
    return charset == null ? line.getBytes(Charset.defaultCharset()) : line.getBytes(charset);
  }
}
