package org.leakaid.knowledge.law;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Ranked search over a few hundred articles at most, so a linear scan per query is enough.
 *
 * <p>Scoring, highest first: an exact ref (current or old) or an article number ("第四十七条", "47",
 * "art. 47") puts its articles on top. Every other term adds to an article's score: a Chinese term
 * counts its occurrences in the summary (weighted 3, the summary is what the person is looking for)
 * and in the official text (weighted 2, capped so that long articles do not win on length alone),
 * times its length, since a longer phrase found whole is more specific; a Chinese term of three or
 * more characters also scores 1 for each two-character piece found, so "泄露赔偿" still finds articles
 * about leaks and damages. An English term matches words of the English summary and law name by a
 * crude stem ("deletion" finds "delete"). A law's code or name ("PIPL", "民法典") adds 2 to each of
 * its articles. Ties keep library order.
 */
final class LawSearch {

  private static final Pattern SPLIT = Pattern.compile("[\\s,，。、;；:：!！?？\"“”'‘’()（）]+");
  private static final Pattern PRINTED_NUMBER =
      Pattern.compile("第[零一二三四五六七八九十百千]+条(?:之[一二三四五六七八九十]+)?");
  private static final Pattern ARABIC_NUMBER =
      Pattern.compile(
          "(?<![\\w-])(?<marker>art\\.?\\s*|article\\s*|第)?(?<number>\\d{1,4}(?:-\\d{1,2})?)(?!\\d)");
  private static final Pattern CJK = Pattern.compile("\\p{IsHan}+");
  private static final Pattern LATIN_WORD = Pattern.compile("[a-z0-9]+");
  private static final Set<String> STOP_WORDS =
      Set.of(
          "a", "an", "the", "of", "to", "and", "or", "in", "on", "for", "my", "i", "me", "is",
          "are", "what", "how", "can", "with", "by", "law", "article", "art");
  private static final int TEXT_HITS_CAP = 3;
  static final int MAX_QUERY_CHARS = 100;

  private final List<Law> laws;
  private final List<Article> articles;

  LawSearch(List<Law> laws, List<Article> articles) {
    this.laws = laws;
    this.articles = articles;
  }

  List<Article> run(String query, Function<String, Optional<Article>> byRef) {
    if (query == null || query.isBlank()) {
      return List.of();
    }
    String q = query.strip();
    if (q.length() > MAX_QUERY_CHARS) {
      // Scoring is linear in the query length times the library size: a pasted page must not
      // cost a second of CPU. A real query is a few words.
      q = q.substring(0, MAX_QUERY_CHARS);
    }
    Map<Article, Integer> scores = new LinkedHashMap<>();
    byRef.apply(q).ifPresent(a -> scores.merge(a, 1000, Integer::sum));
    String lower = q.toLowerCase(Locale.ROOT);
    List<String> numbers = new ArrayList<>();
    var printed = PRINTED_NUMBER.matcher(q.replace(" ", ""));
    while (printed.find()) {
      numbers.add(ArticleNumber.arabic(printed.group()));
    }
    List<String> namedLaws = laws.stream().filter(l -> mentions(lower, l)).map(Law::code).toList();
    // A bare Arabic number is an article number only when the query is about articles: it is
    // marked as one (art. 47, 第47条), names a law (PIPL 47) or is nothing but the number.
    var arabic = ARABIC_NUMBER.matcher(lower);
    while (arabic.find()) {
      if (arabic.group("marker") != null
          || !namedLaws.isEmpty()
          || arabic.group().strip().equals(lower)) {
        numbers.add(arabic.group("number"));
      }
    }
    for (String n : numbers) {
      for (Article a : articles) {
        if (a.ref().equals(a.law() + "-" + n)) {
          scores.merge(a, namedLaws.contains(a.law()) ? 1000 : 500, Integer::sum);
        }
      }
    }
    for (String term : SPLIT.split(q)) {
      if (!term.isEmpty()) {
        scoreTerm(term, scores);
      }
    }
    List<Map.Entry<Article, Integer>> ranked = new ArrayList<>();
    for (Article article : articles) {
      Integer score = scores.get(article);
      if (score != null && score > 0) {
        ranked.add(Map.entry(article, score));
      }
    }
    ranked.sort(Comparator.comparing(Map.Entry<Article, Integer>::getValue).reversed());
    return ranked.stream().map(Map.Entry::getKey).toList();
  }

  /**
   * Whether the query names this law: its code, its Chinese title without the state name, or its
   * document number (法释〔2017〕10号).
   */
  private static boolean mentions(String lowerQuery, Law law) {
    String title = law.name().zh().replace("中华人民共和国", "").replaceAll("（.*）$", "");
    return lowerQuery.contains(law.code().toLowerCase(Locale.ROOT))
        || lowerQuery.contains(title)
        || (law.documentNumber() != null && lowerQuery.contains(law.documentNumber().zh()))
        || (law.code().equals("CIVIL_CODE") && lowerQuery.contains("民法典"));
  }

  /** A Chinese word of two or more characters in the law's title ("民法典" is the Civil Code). */
  private static boolean namesLaw(String term, Law law) {
    return term.length() >= 2
        && CJK.matcher(term).matches()
        && (law.name().zh().contains(term)
            || (law.code().equals("CIVIL_CODE") && term.contains("民法典")));
  }

  private void scoreTerm(String term, Map<Article, Integer> scores) {
    for (Law law : laws) {
      if (law.code().equalsIgnoreCase(term) || namesLaw(term, law)) {
        articles.stream()
            .filter(a -> a.law().equals(law.code()))
            .forEach(a -> scores.merge(a, 2, Integer::sum));
      }
    }
    var han = CJK.matcher(term);
    while (han.find()) {
      scoreChinese(han.group(), scores);
    }
    var latin = LATIN_WORD.matcher(term.toLowerCase(Locale.ROOT));
    while (latin.find()) {
      String word = latin.group();
      if (!STOP_WORDS.contains(word) && word.length() > 1) {
        scoreEnglish(stem(word), scores);
      }
    }
  }

  private void scoreChinese(String term, Map<Article, Integer> scores) {
    for (Article article : articles) {
      // A longer phrase found whole is more specific than its pieces found apart.
      int whole =
          term.length()
              * (3 * occurrences(article.summary().zh(), term)
                  + 2 * Math.min(occurrences(article.text(), term), TEXT_HITS_CAP));
      if (term.length() < 3) {
        scores.merge(article, whole, Integer::sum);
        continue;
      }
      int pieces = whole;
      for (int i = 0; i + 2 <= term.length(); i++) {
        String piece = term.substring(i, i + 2);
        if (article.summary().zh().contains(piece) || article.text().contains(piece)) {
          pieces++;
        }
      }
      scores.merge(article, pieces, Integer::sum);
    }
  }

  private void scoreEnglish(String stem, Map<Article, Integer> scores) {
    for (Article article : articles) {
      Law law = laws.stream().filter(l -> l.code().equals(article.law())).findFirst().orElseThrow();
      String haystack = (article.summary().en() + " " + law.name().en()).toLowerCase(Locale.ROOT);
      var words = LATIN_WORD.matcher(haystack);
      int hits = 0;
      while (words.find()) {
        if (stem(words.group()).equals(stem)) {
          hits++;
        }
      }
      scores.merge(article, 3 * Math.min(hits, TEXT_HITS_CAP), Integer::sum);
    }
  }

  private static int occurrences(String haystack, String needle) {
    int count = 0;
    for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
      count++;
    }
    return count;
  }

  /** Good enough for matching English query words against short summaries. */
  static String stem(String word) {
    for (String suffix : List.of("ions", "ion", "ing", "ed", "es", "s", "e")) {
      if (word.length() > suffix.length() + 3 && word.endsWith(suffix)) {
        return word.substring(0, word.length() - suffix.length());
      }
    }
    return word;
  }
}
