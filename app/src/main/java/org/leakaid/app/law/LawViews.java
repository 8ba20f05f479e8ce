package org.leakaid.app.law;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leakaid.knowledge.law.Article;
import org.leakaid.knowledge.law.ArticleNumber;
import org.leakaid.knowledge.law.Law;
import org.leakaid.knowledge.law.LawLibrary;

/** Law articles as JSON and pages show them, with the texts in the request's language. */
final class LawViews {

  private LawViews() {}

  /**
   * @param lawName the law's title, with a judicial interpretation's document number in brackets
   * @param citation how the article is cited: 《个人信息保护法》第四十七条, "Personal Information Protection Law,
   *     art. 47"
   */
  record ArticleView(
      String ref,
      String law,
      String lawName,
      String citation,
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
        law == null ? article.law() : law.displayName().in(locale),
        library.citation(article.ref()).map(c -> c.in(locale)).orElse(article.ref()),
        english(locale)
            ? "Art. " + article.ref().substring(article.law().length() + 1)
            : article.number(),
        english(locale)
            ? article.oldNumbers().stream().map(LawViews::oldNumberInEnglish).toList()
            : article.oldNumbers(),
        article.text(),
        article.summary().in(locale),
        law == null ? "" : law.edition().in(locale),
        law == null ? "" : law.source().in(locale));
  }

  private static final Pattern OLD_NUMBER = Pattern.compile("(第.+?条(?:之.+)?)（(\\d{4})年修正本）");

  private static boolean english(Locale locale) {
    return "en".equals(locale.getLanguage());
  }

  /** "第六十三条（2017年修正本）" as English pages show it: "art. 63 (2017 text)". */
  static String oldNumberInEnglish(String oldNumber) {
    Matcher m = OLD_NUMBER.matcher(oldNumber);
    if (!m.matches()) {
      return oldNumber;
    }
    return "art. " + ArticleNumber.arabic(m.group(1)) + " (" + m.group(2) + " text)";
  }

  static List<LawView> laws(LawLibrary library, Locale locale) {
    return library.laws().stream()
        .map(
            law ->
                new LawView(
                    law.code(),
                    law.displayName().in(locale),
                    law.edition().in(locale),
                    law.source().in(locale),
                    library.articles().stream()
                        .filter(a -> a.law().equals(law.code()))
                        .map(a -> article(a, library, locale))
                        .toList()))
        .toList();
  }
}
