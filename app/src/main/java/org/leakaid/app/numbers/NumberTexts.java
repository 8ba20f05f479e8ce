package org.leakaid.app.numbers;

import java.util.Locale;
import org.leakaid.numbers.Texts;
import org.springframework.stereotype.Component;

/**
 * The numbers module's names (types, verdicts, tags) for templates: {@code
 * ${@numberTexts.text('tag.FRAUD', #locale)}}, so pages and the API use the same words.
 */
@Component("numberTexts")
class NumberTexts {

  public String text(String key, Locale locale) {
    return Texts.text(key, locale);
  }
}
