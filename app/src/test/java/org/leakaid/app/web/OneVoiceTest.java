package org.leakaid.app.web;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pages speak with one voice (issue 15): 你 never 您, the brand 挽回 in Chinese (never "LeakAid"),
 * full-width punctuation and “” in Chinese, 账号 for what one signs in to; and every Chinese message
 * has its English twin.
 */
class OneVoiceTest {

  /** ASCII punctuation touching a Chinese character: "风险:", "哈希链头;". */
  private static final Pattern ASCII_IN_CHINESE =
      Pattern.compile("\\p{IsHan}[,;:?!()]|[,;:?!(]\\p{IsHan}");

  /** 账户 is right for money (bank, payment, the fraudsters' "safe account"), not for a login. */
  private static final Pattern LOGIN_ACCOUNT = Pattern.compile("(?<!银行|支付|安全|收款|资金|冻结)账户");

  @ParameterizedTest
  @ValueSource(
      strings = {"messages", "evidence-messages", "documents-messages", "numbers-messages"})
  void chineseMessagesSpeakWithOneVoice(String bundle) throws IOException {
    Properties zh = load("/" + bundle + "_zh_CN.properties");
    List<String> problems = new ArrayList<>();
    for (String key : zh.stringPropertyNames()) {
      String text = zh.getProperty(key);
      if (text.contains("您")) {
        problems.add(key + ": 您");
      }
      if (text.contains("「") || text.contains("」")) {
        problems.add(key + ": 「」");
      }
      if (text.contains("LeakAid")) {
        problems.add(key + ": LeakAid (the Chinese brand is 挽回)");
      }
      if (ASCII_IN_CHINESE.matcher(text).find()) {
        problems.add(key + ": ASCII punctuation in Chinese: " + text);
      }
      if (LOGIN_ACCOUNT.matcher(text).find()) {
        problems.add(key + ": 账户 for a login account (账号): " + text);
      }
    }
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"messages", "evidence-messages", "documents-messages", "numbers-messages"})
  void everyMessageIsInBothLanguages(String bundle) throws IOException {
    Properties zh = load("/" + bundle + "_zh_CN.properties");
    Properties en = load("/" + bundle + "_en.properties");
    assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
    for (String key : en.stringPropertyNames()) {
      assertThat(en.getProperty(key)).as("%s in English", key).doesNotContainPattern("\\p{IsHan}");
    }
  }

  @Test
  void theBannedWordsAreCaught() {
    assertThat(ASCII_IN_CHINESE.matcher("风险: 高").find()).isTrue();
    assertThat(ASCII_IN_CHINESE.matcher("哈希链头;导出").find()).isTrue();
    assertThat(ASCII_IN_CHINESE.matcher("风险：高").find()).isFalse();
    assertThat(LOGIN_ACCOUNT.matcher("返回账户").find()).isTrue();
    assertThat(LOGIN_ACCOUNT.matcher("冻结银行账户").find()).isFalse();
  }

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = OneVoiceTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
