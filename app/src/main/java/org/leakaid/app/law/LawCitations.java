package org.leakaid.app.law;

import java.util.Locale;
import org.leakaid.knowledge.law.Article;
import org.leakaid.knowledge.law.Law;
import org.leakaid.knowledge.law.LawLibrary;
import org.springframework.stereotype.Component;

/**
 * How pages cite an article ref such as {@code PIPL-47}: 《个人信息保护法》第四十七条 in Chinese, "Personal
 * Information Protection Law, art. 47" in English. Other features use it wherever they show a legal
 * basis; unknown refs are shown as they are.
 */
@Component
public class LawCitations {

  private static final String PRC = "中华人民共和国";
  private static final String PRC_EN = " of the People's Republic of China";

  private final LawLibrary library;

  LawCitations(LawLibrary library) {
    this.library = library;
  }

  public String cite(String ref, Locale locale) {
    Article article = library.article(ref).orElse(null);
    if (article == null) {
      return ref;
    }
    Law law = library.law(article.law()).orElse(null);
    if (law == null) {
      return ref;
    }
    if ("en".equals(locale.getLanguage())) {
      String number =
          article.ref().startsWith(law.code() + "-")
              ? article.ref().substring(law.code().length() + 1)
              : article.number();
      String name = law.name().en();
      if (name.endsWith(PRC_EN)) {
        name = name.substring(0, name.length() - PRC_EN.length());
      }
      return name + ", art. " + number;
    }
    String name = law.name().zh();
    if (name.startsWith(PRC)) {
      name = name.substring(PRC.length());
    }
    return (name.startsWith("《") ? name : "《" + name + "》") + article.number();
  }
}
