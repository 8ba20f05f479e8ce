package org.leakaid.numbers;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The module's texts in Simplified Chinese and English (resource bundle {@code texts}): reasons,
 * notes and names the app and the CLI show alike.
 */
public final class Texts {

  private static final ResourceBundle ZH =
      ResourceBundle.getBundle("org.leakaid.numbers.texts", Locale.SIMPLIFIED_CHINESE, control());
  private static final ResourceBundle EN =
      ResourceBundle.getBundle("org.leakaid.numbers.texts", Locale.ENGLISH, control());

  private Texts() {}

  public static boolean isEnglish(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage());
  }

  /** The text for {@code key} with its arguments filled in. */
  public static String text(String key, Locale locale, Object... args) {
    String pattern = (isEnglish(locale) ? EN : ZH).getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  private static ResourceBundle.Control control() {
    // UTF-8 properties (the JDK's default since 9) and no fallback to the machine's locale.
    return ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  }
}
