package org.leakaid.app.logging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends exceptions that end a thread to the log, and so through its masking, instead of the JVM's
 * default of printing them to standard error unmasked.
 */
@Component
class UncaughtExceptionLogging {

  private static final Logger log = LoggerFactory.getLogger(UncaughtExceptionLogging.class);

  UncaughtExceptionLogging() {
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, e) -> log.error("Uncaught exception in thread {}", thread.getName(), e));
  }
}
