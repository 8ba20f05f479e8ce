package org.leakaid.app.law;

import java.util.List;
import java.util.Locale;
import org.leakaid.app.web.HttpProblem;
import org.leakaid.app.web.NavLink;
import org.leakaid.knowledge.law.LawLibrary;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Law pages: open to everyone, signed in or not. */
@Controller
class LawPages {

  private final LawLibrary library;

  LawPages(LawLibrary library) {
    this.library = library;
  }

  @Bean
  static LawLibrary lawLibrary() {
    return LawLibrary.standard();
  }

  @Bean
  static NavLink lawNav() {
    return new NavLink("nav.law", "/law", 20, false);
  }

  @GetMapping("/law")
  String laws(Model model, Locale locale) {
    model.addAttribute("laws", LawViews.laws(library, locale));
    return "law/laws";
  }

  @GetMapping("/law/articles/{ref}")
  String article(@PathVariable("ref") String ref, Model model, Locale locale) {
    model.addAttribute(
        "article",
        library
            .article(ref)
            .map(a -> LawViews.article(a, library, locale))
            .orElseThrow(() -> HttpProblem.notFound("ARTICLE_NOT_FOUND", "no such article")));
    return "law/article";
  }

  @GetMapping("/law/search")
  String search(@RequestParam(name = "q", defaultValue = "") String q, Model model, Locale locale) {
    String query = q.strip();
    if (query.length() > LawApi.MAX_QUERY) {
      query = query.substring(0, LawApi.MAX_QUERY);
    }
    model.addAttribute("q", query);
    model.addAttribute(
        "results",
        query.isEmpty()
            ? List.of()
            : library.search(query).stream()
                .map(a -> LawViews.article(a, library, locale))
                .toList());
    return "law/search";
  }
}
