package org.leakaid.knowledge.law;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.leakaid.knowledge.Text;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The law articles LeakAid cites: the verbatim official text of each, its law and edition, and a
 * plain-language summary.
 *
 * <p>The data is two resource files: {@code law/laws.yaml}, written by hand (which laws, which
 * articles, old numbers, summaries), and {@code law/texts.yaml}, generated from the official texts
 * by {@code knowledge/scripts/extract_law_texts.py}. Loading fails loudly when they disagree (an
 * article without text, a text for no article, a ref that does not match its number), so a broken
 * library never reaches a user.
 *
 * <p>Refs are {@code CODE-NUMBER} ({@code PIPL-47}, {@code CRIMINAL_LAW-253-1}). A ref with an
 * article's number in an earlier edition ({@code CPL-63}, art. 63 of the 2017 Civil Procedure Law)
 * resolves to the current article ({@code CPL-66}) unless the library holds a current article with
 * that very ref: current numbering always wins. Instances are immutable and thread-safe.
 */
public final class LawLibrary {

  private static final String LAWS = "/law/laws.yaml";
  private static final String TEXTS = "/law/texts.yaml";

  private final List<Law> laws;
  private final List<Article> articles;
  private final Map<String, Article> byRef;
  private final Map<String, Article> byOldRef;
  private final LawSearch search;

  private LawLibrary(List<Law> laws, List<Article> articles) {
    this.laws = List.copyOf(laws);
    this.articles = List.copyOf(articles);
    Map<String, Article> current = new HashMap<>();
    for (Article article : articles) {
      if (current.put(key(article.ref()), article) != null) {
        throw new IllegalStateException("duplicate article ref " + article.ref());
      }
    }
    Map<String, Article> old = new HashMap<>();
    for (Article article : articles) {
      for (String oldNumber : article.oldNumbers()) {
        String oldRef = article.law() + "-" + ArticleNumber.arabic(oldNumber);
        if (!current.containsKey(key(oldRef))) {
          old.put(key(oldRef), article);
        }
      }
    }
    this.byRef = Map.copyOf(current);
    this.byOldRef = Map.copyOf(old);
    this.search = new LawSearch(this.laws, this.articles);
  }

  private static final class Standard {
    static final LawLibrary INSTANCE = load();
  }

  /** The library bundled with LeakAid (loaded once). */
  public static LawLibrary standard() {
    return Standard.INSTANCE;
  }

  /**
   * The article with this ref, case-insensitive ({@code PIPL-47}, {@code pipl-47}); a ref with an
   * old number ({@code CPL-63}) gives the article under its current number ({@code CPL-66}).
   */
  public Optional<Article> article(String ref) {
    if (ref == null) {
      return Optional.empty();
    }
    String key = key(ref);
    Article article = byRef.get(key);
    return Optional.ofNullable(article != null ? article : byOldRef.get(key));
  }

  /**
   * How this ref is cited in Chinese and English ({@link Law#citation}), under its current number:
   * {@code CPL-63} gives 《民事诉讼法》第六十六条. Empty for an unknown ref.
   */
  public Optional<Text> citation(String ref) {
    return article(ref)
        .flatMap(
            a ->
                law(a.law())
                    .map(l -> l.citation(a.number(), a.ref().substring(a.law().length() + 1))));
  }

  /** Every article, grouped by law in library order and by number within a law. */
  public List<Article> articles() {
    return articles;
  }

  public List<Law> laws() {
    return laws;
  }

  /** The law with this code, case-insensitive ({@code PIPL}, {@code CIVIL_CODE}). */
  public Optional<Law> law(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return laws.stream().filter(l -> l.code().equalsIgnoreCase(code.strip())).findFirst();
  }

  /** The articles of one law, in order; empty for an unknown code. */
  public List<Article> articlesOf(String code) {
    return law(code)
        .map(l -> articles.stream().filter(a -> a.law().equals(l.code())).toList())
        .orElse(List.of());
  }

  /**
   * Articles matching a query, best first: a ref (current or old) or an article number ("第四十七条",
   * "47") ranks its articles first, then Chinese words (found in the text and the summary) and
   * English words (found in the English summary and law name) rank by how often and where they
   * occur. A blank query, or one nothing matches, gives an empty list.
   */
  public List<Article> search(String query) {
    return search.run(query, this::article);
  }

  private static String key(String ref) {
    return ref.strip().toUpperCase(Locale.ROOT);
  }

  // ---- loading --------------------------------------------------------------------------

  record LawsFile(List<LawEntry> laws) {}

  record LawEntry(
      String code,
      Text name,
      Text documentNumber,
      Text edition,
      Text source,
      List<String> files,
      List<ArticleEntry> articles) {}

  record ArticleEntry(String number, List<String> oldNumbers, Text summary) {}

  record TextsFile(List<TextEntry> texts) {}

  record TextEntry(String ref, String number, String text) {}

  static LawLibrary load() {
    ObjectMapper yaml =
        YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    LawsFile lawsFile = read(yaml, LAWS, LawsFile.class);
    TextsFile textsFile = read(yaml, TEXTS, TextsFile.class);
    Map<String, TextEntry> texts = new LinkedHashMap<>();
    for (TextEntry text : textsFile.texts()) {
      texts.put(text.ref(), text);
    }
    List<Law> laws = new ArrayList<>();
    List<Article> articles = new ArrayList<>();
    for (LawEntry entry : lawsFile.laws()) {
      // 法释〔2017〕10号 inside the name would end up inside the title marks of every citation.
      if (entry.name().zh().contains("〔")) {
        throw new IllegalStateException(
            entry.code() + ": a document number goes in documentNumber, not in the name");
      }
      laws.add(
          new Law(
              entry.code(), entry.name(), entry.documentNumber(), entry.edition(), entry.source()));
      for (ArticleEntry a : entry.articles()) {
        String ref = entry.code() + "-" + ArticleNumber.arabic(a.number());
        TextEntry text = texts.remove(ref);
        if (text == null || !text.number().equals(a.number())) {
          throw new IllegalStateException(
              ref + " has no text in " + TEXTS + ": run knowledge/scripts/extract_law_texts.py");
        }
        if (a.summary() == null) {
          throw new IllegalStateException(ref + " has no summary in " + LAWS);
        }
        List<String> oldNumbers = a.oldNumbers() == null ? List.of() : a.oldNumbers();
        articles.add(
            new Article(ref, entry.code(), a.number(), oldNumbers, text.text(), a.summary()));
      }
    }
    if (!texts.isEmpty()) {
      throw new IllegalStateException(
          TEXTS + " has texts for articles not in " + LAWS + ": " + texts.keySet());
    }
    return new LawLibrary(laws, articles);
  }

  private static <T> T read(ObjectMapper yaml, String resource, Class<T> type) {
    try (InputStream in = LawLibrary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return yaml.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
