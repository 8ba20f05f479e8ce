package org.leakaid.app.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The sources pages speak with the product's one voice (the rules of web/OneVoiceTest, applied to
 * this feature's bundle): 你 never 您, 挽回 never LeakAid in Chinese, full-width punctuation, and every
 * message in both languages with no Chinese left in the English.
 */
class SourcesMessagesTest {

  private static final Pattern ASCII_IN_CHINESE =
      Pattern.compile("\\p{IsHan}[,;:?!()]|[,;:?!(]\\p{IsHan}");

  @Test
  void chineseMessagesSpeakWithOneVoice() throws IOException {
    Properties zh = load("/sources-messages_zh_CN.properties");
    List<String> problems = new ArrayList<>();
    for (String key : zh.stringPropertyNames()) {
      String text = zh.getProperty(key);
      if (text.contains("您") || text.contains("LeakAid") || text.contains("「")) {
        problems.add(key + ": " + text);
      }
      if (ASCII_IN_CHINESE.matcher(text).find()) {
        problems.add(key + ": ASCII punctuation in Chinese: " + text);
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyMessageIsInBothLanguages() throws IOException {
    Properties zh = load("/sources-messages_zh_CN.properties");
    Properties en = load("/sources-messages_en.properties");
    assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
    for (String key : en.stringPropertyNames()) {
      assertThat(en.getProperty(key)).as("%s in English", key).doesNotContainPattern("\\p{IsHan}");
    }
  }

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = SourcesMessagesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
