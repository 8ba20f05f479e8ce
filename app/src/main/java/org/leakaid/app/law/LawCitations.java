package org.leakaid.app.law;

import java.util.Locale;
import org.leakaid.knowledge.law.LawLibrary;
import org.springframework.stereotype.Component;

/**
 * How pages cite an article ref such as {@code PIPL-47}: 《个人信息保护法》第四十七条 in Chinese, "Personal
 * Information Protection Law, art. 47" in English; a judicial interpretation with its document
 * number after the title marks (《……解释》（法释〔2017〕10号）第五条). Other features use it wherever they show a
 * legal basis; unknown refs are shown as they are.
 */
@Component
public class LawCitations {

  private final LawLibrary library;

  LawCitations(LawLibrary library) {
    this.library = library;
  }

  public String cite(String ref, Locale locale) {
    return library.citation(ref).map(c -> c.in(locale)).orElse(ref);
  }
}
