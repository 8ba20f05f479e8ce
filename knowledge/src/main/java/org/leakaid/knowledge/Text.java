package org.leakaid.knowledge;

import java.util.Locale;
import java.util.Objects;

/**
 * A piece of product text in Simplified Chinese (the default) and English.
 *
 * @param zh Simplified Chinese, never blank
 * @param en English, never blank
 */
public record Text(String zh, String en) {

  public Text {
    if (zh == null || zh.isBlank()) {
      throw new IllegalArgumentException("Chinese text is missing (English: " + en + ")");
    }
    if (en == null || en.isBlank()) {
      throw new IllegalArgumentException("English text is missing (Chinese: " + zh + ")");
    }
    zh = zh.strip();
    en = en.strip();
  }

  /** English when the locale's language is English, Simplified Chinese otherwise (and for null). */
  public String in(Locale locale) {
    return locale != null && Objects.equals(locale.getLanguage(), "en") ? en : zh;
  }
}
