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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The app's real logging configuration masks personal information in messages and stack traces. */
class MaskedLoggingTest {

  LoggerContext context;
  Encoder<ILoggingEvent> encoder;

  @BeforeEach
  @SuppressWarnings("unchecked")
  void appsLogbackConfiguration() throws Exception {
    context = new LoggerContext();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(getClass().getResource("/logback-spring.xml"));
    encoder =
        ((OutputStreamAppender<ILoggingEvent>) context.getLogger("ROOT").getAppender("CONSOLE"))
            .getEncoder();
  }

  @AfterEach
  void stop() {
    context.stop();
  }

  private String line(String message, Throwable thrown, Object... args) {
    LoggingEvent event =
        new LoggingEvent(
            "test", context.getLogger("org.leakaid.test"), Level.WARN, message, thrown, args);
    return new String(encoder.encode(event), StandardCharsets.UTF_8);
  }

  @Test
  void messagesAndStackTracesAreMasked() {
    String line =
        line(
            "回拨 {} 失败，身份证 {}",
            new IllegalStateException("duplicate key zhang.wei@example.com"),
            "13812345678",
            "11010519491231002X");

    assertThat(line)
        .contains("回* 138****5678 失*，身** 110105********002X")
        .contains("duplicate key z***@example.com")
        .doesNotContain("13812345678")
        .doesNotContain("11010519491231002X")
        .doesNotContain("zhang.wei@");
  }

  @Test
  void aChineseNameInAnExceptionMessageIsMaskedWithoutAnyLabel() {
    // As Tomcat reports a refused upload: the name has no 姓名： before it for the scanner to see.
    Exception cause = new IllegalArgumentException("Invalid file name: 张伟身份证.jpg");
    Exception thrown = new IllegalStateException("Request processing failed for 王小明", cause);

    String line = line("Servlet.service() threw exception [{}]", thrown, thrown.getMessage());

    assertThat(line)
        .contains("Invalid file name: 张****.jpg")
        .contains("Request processing failed for 王**")
        .contains("Caused by: java.lang.IllegalArgumentException")
        .doesNotContain("张伟")
        .doesNotContain("小明");
  }

  @Test
  void chineseTextIsCutToItsFirstCharacterAndOtherTextStays() {
    assertThat(LogMasking.maskChineseText("user 张伟 at 北京市朝阳区, id 42"))
        .isEqualTo("user 张* at 北*****, id 42");
    assertThat(LogMasking.maskChineseText("no Chinese here")).isEqualTo("no Chinese here");
    assertThat(LogMasking.maskChineseText("单")).isEqualTo("单");
    // A character outside the Basic Multilingual Plane counts as one.
    assertThat(LogMasking.maskChineseText("𠀀𠀁x")).isEqualTo("𠀀*x");
  }
}
