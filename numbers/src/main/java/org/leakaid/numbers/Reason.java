package org.leakaid.numbers;

import java.util.List;
import java.util.Locale;

/**
 * One reason or note, kept as a text key and arguments so the app and the CLI can show it in the
 * reader's language. Arguments that have a name in both languages (an official number, a report
 * tag, a number type) are rendered in that language.
 */
public record Reason(String key, List<Object> args) {

  public static Reason of(String key, Object... args) {
    return new Reason(key, List.of(args));
  }

  public String text(Locale locale) {
    Object[] rendered = new Object[args.size()];
    for (int i = 0; i < rendered.length; i++) {
      Object a = args.get(i);
      if (a instanceof OfficialNumber o) {
        rendered[i] = o.name(locale);
      } else if (a instanceof ReportTag t) {
        rendered[i] = Texts.text("tag." + t.name(), locale);
      } else if (a instanceof NumberType t) {
        rendered[i] = Texts.text("type." + t.name(), locale);
      } else {
        rendered[i] = String.valueOf(a);
      }
    }
    return Texts.text(key, locale, rendered);
  }
}
