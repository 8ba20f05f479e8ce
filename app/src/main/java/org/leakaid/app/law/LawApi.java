package org.leakaid.app.law;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.leakaid.app.web.HttpProblem;
import org.leakaid.knowledge.law.LawLibrary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The law articles behind every step and document. */
@RestController
@RequestMapping("/api/law")
@Tag(name = "law", description = "Statutes and judicial interpretations, verbatim, with summaries")
class LawApi {

  static final int MAX_QUERY = 100;

  private final LawLibrary library;

  LawApi(LawLibrary library) {
    this.library = library;
  }

  @Operation(summary = "Every law in the library with its articles")
  @GetMapping("/laws")
  List<LawViews.LawView> laws(Locale locale) {
    return LawViews.laws(library, locale);
  }

  @Operation(summary = "One article by ref, e.g. PIPL-47, CIVIL_CODE-1034, CPL-66")
  @GetMapping("/articles/{ref}")
  LawViews.ArticleView article(@PathVariable("ref") String ref, Locale locale) {
    return library
        .article(ref)
        .map(article -> LawViews.article(article, library, locale))
        .orElseThrow(() -> HttpProblem.notFound("ARTICLE_NOT_FOUND", "no article with that ref"));
  }

  @Operation(summary = "Articles matching words in Chinese or English, a ref, or a number")
  @GetMapping("/search")
  List<LawViews.ArticleView> search(@RequestParam("q") String q, Locale locale) {
    String query = q.strip();
    if (query.isEmpty() || query.length() > MAX_QUERY) {
      throw HttpProblem.badRequest("INVALID_INPUT", "q: 1 to " + MAX_QUERY + " characters");
    }
    return library.search(query).stream()
        .map(article -> LawViews.article(article, library, locale))
        .toList();
  }
}
