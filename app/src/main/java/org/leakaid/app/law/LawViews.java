package org.leakaid.app.law;

import java.util.List;
import java.util.Locale;
import org.leakaid.knowledge.law.Article;
import org.leakaid.knowledge.law.Law;
import org.leakaid.knowledge.law.LawLibrary;

/** Law articles as JSON and pages show them, with the texts in the request's language. */
final class LawViews {

  private LawViews() {}

  record ArticleView(
      String ref,
      String law,
      String lawName,
      String number,
      List<String> oldNumbers,
      String text,
      String summary,
      String edition,
      String source) {}

  record LawView(
      String code, String name, String edition, String source, List<ArticleView> articles) {}

  static ArticleView article(Article article, LawLibrary library, Locale locale) {
    Law law = library.law(article.law()).orElse(null);
    return new ArticleView(
        article.ref(),
        article.law(),
        law == null ? article.law() : law.name().in(locale),
        article.number(),
        article.oldNumbers(),
        article.text(),
        article.summary().in(locale),
        law == null ? "" : law.edition(),
        law == null ? "" : law.source());
  }

  static List<LawView> laws(LawLibrary library, Locale locale) {
    return library.laws().stream()
        .map(
            law ->
                new LawView(
                    law.code(),
                    law.name().in(locale),
                    law.edition(),
                    law.source(),
                    library.articles().stream()
                        .filter(a -> a.law().equals(law.code()))
                        .map(a -> article(a, library, locale))
                        .toList()))
        .toList();
  }
}
