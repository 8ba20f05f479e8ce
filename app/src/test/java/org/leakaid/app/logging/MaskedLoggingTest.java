package org.leakaid.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The app's real logging configuration masks personal information in messages and stack traces. */
class MaskedLoggingTest {

  @Test
  void messagesAndStackTracesAreMaskedByTheAppsLogbackConfiguration() throws Exception {
    LoggerContext context = new LoggerContext();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(getClass().getResource("/logback-spring.xml"));
    var logger = context.getLogger("org.leakaid.test");
    @SuppressWarnings("unchecked")
    Encoder<ILoggingEvent> encoder =
        ((OutputStreamAppender<ILoggingEvent>) context.getLogger("ROOT").getAppender("CONSOLE"))
            .getEncoder();

    LoggingEvent event =
        new LoggingEvent(
            "test",
            logger,
            Level.WARN,
            "回拨 {} 失败，身份证 {}",
            new IllegalStateException("duplicate key zhang.wei@example.com"),
            new Object[] {"13812345678", "11010519491231002X"});
    String line = new String(encoder.encode(event), StandardCharsets.UTF_8);

    assertThat(line)
        .contains("回拨 138****5678 失败，身份证 110105********002X")
        .contains("duplicate key z***@example.com")
        .doesNotContain("13812345678")
        .doesNotContain("11010519491231002X")
        .doesNotContain("zhang.wei@");
    context.stop();
  }
}
