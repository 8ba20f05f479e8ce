package org.leakaid.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextTest {

  private final Text text = new Text("删除", "deletion");

  @Test
  void englishOnlyForEnglishLocales() {
    assertThat(text.in(Locale.ENGLISH)).isEqualTo("deletion");
    assertThat(text.in(Locale.UK)).isEqualTo("deletion");
    assertThat(text.in(Locale.forLanguageTag("en-US"))).isEqualTo("deletion");
    assertThat(text.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("删除");
    assertThat(text.in(Locale.FRENCH)).isEqualTo("删除");
    assertThat(text.in(null)).isEqualTo("删除");
  }

  @Test
  void bothLanguagesAreRequired() {
    assertThatThrownBy(() -> new Text(" ", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Text("删除", null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void stripsSurroundingWhitespace() {
    assertThat(new Text(" 删除\n", "\tdelete ")).isEqualTo(new Text("删除", "delete"));
  }
}
