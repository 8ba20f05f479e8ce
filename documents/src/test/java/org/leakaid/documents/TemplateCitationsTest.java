package org.leakaid.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.leakaid.knowledge.law.LawLibrary;

/**
 * Reads the templates as files: every article they cite resolves in the law module, every quotation
 * is the official text, the articles the issue names are cited where it names them, and no template
 * writes an article number or a value in a place where it could go wrong.
 */
class TemplateCitationsTest {
  private static final Pattern CITE = Pattern.compile("\\{\\{#cite\\}\\}(.*?)\\{\\{/cite\\}\\}");
  private static final Pattern QUOTE = Pattern.compile("\\{\\{#quote\\}\\}(.*?)\\{\\{/quote\\}\\}");
  private static final Pattern LITERAL_ARTICLE = Pattern.compile("第[零一二三四五六七八九十百千]+条");
  private static final Citations CITATIONS = new Citations(LawLibrary.standard());

  /** Values a line may start with: dates and numbers LeakAid writes itself, never user text. */
  private static final Set<String> SAFE_AT_LINE_START =
      Set.of("time", "number", "noticedOn", "today", "n");

  @Test
  void everyCitedArticleResolvesInTheLawModule() {
    List<String> unresolved = new ArrayList<>();
    int cited = 0;
    for (DocumentKind kind : DocumentKind.values()) {
      for (String ref : refs(kind, CITE)) {
        cited++;
        if (!CITATIONS.resolves(ref)) {
          unresolved.add(kind.slug() + ": " + ref);
        }
        // It also renders (a paragraph or item the article has).
        assertThat(CITATIONS.cite(ref)).startsWith("《");
      }
      for (String ref : refs(kind, QUOTE)) {
        String base = ref.replaceAll(":\\d+$", "");
        assertThat(LawLibrary.standard().article(base))
            .as(kind.slug() + " quotes " + ref)
            .isPresent();
        assertThat(CITATIONS.quote(ref)).isNotBlank();
      }
    }
    assertThat(unresolved).isEmpty();
    assertThat(cited).isGreaterThan(30);
  }

  @Test
  void theArticlesTheIssueNamesAreCitedWhereItNamesThem() {
    Map<DocumentKind, List<String>> required =
        Map.of(
            DocumentKind.POLICE_REPORT,
            List.of(
                "CRIM_PROC-110:2",
                "CRIM_PROC-111:3",
                "CRIM_PROC-112",
                "CRIM_PROC-113",
                "CRIM_PROC-210(3)"),
            DocumentKind.PIPL_REQUEST,
            List.of("PIPL-44", "PIPL-45", "PIPL-46", "PIPL-47", "PIPL-48", "PIPL-50:2", "PIPL-65"),
            DocumentKind.LAWYER_BRIEF,
            List.of(
                "PIPL-69",
                "CIVIL_CODE-1034",
                "CIVIL_CODE-1038",
                "CIVIL_CODE-1165",
                "CIVIL_CODE-1182",
                "CIVIL_CODE-1183"),
            DocumentKind.CIVIL_COMPLAINT,
            List.of(
                "PIPL-69:1",
                "CIVIL_CODE-1034:1",
                "CIVIL_CODE-1038:1",
                "CIVIL_CODE-1165:2",
                "CIVIL_CODE-1182",
                "CIVIL_CODE-1183:1"),
            DocumentKind.COMPLAINT_12315,
            List.of("SAMR_COMPLAINT-9", "SAMR_COMPLAINT-14", "CONSUMER_RIGHTS-29:2"));
    required.forEach(
        (kind, refs) -> assertThat(refs(kind, CITE)).as(kind.slug()).containsAll(refs));
  }

  @Test
  void templatesWriteNoArticleNumberOfTheirOwn() {
    for (DocumentKind kind : DocumentKind.values()) {
      String body = Documents.standard().template(kind).body();
      String withoutLaw = QUOTE.matcher(CITE.matcher(body).replaceAll("")).replaceAll("");
      Matcher m = LITERAL_ARTICLE.matcher(withoutLaw);
      assertThat(m.find())
          .as("%s writes %s itself", kind.slug(), m.find(0) ? m.group() : "")
          .isFalse();
    }
  }

  @Test
  void noLineStartsWithAValueAndNoValueIsUnescaped() {
    for (DocumentKind kind : DocumentKind.values()) {
      String body = Documents.standard().template(kind).body();
      assertThat(body).as(kind.slug()).doesNotContain("{{{").doesNotContain("{{&");
      for (String line : body.split("\n")) {
        String s = line.strip();
        if (s.startsWith("{{") && !s.matches("\\{\\{[#/^!].*")) {
          String name = s.substring(2, s.indexOf("}}"));
          assertThat(SAFE_AT_LINE_START).as("%s: %s", kind.slug(), s).contains(name);
        }
      }
    }
  }

  /** Every quotation is a verbatim stretch of the official text it comes from. */
  @Test
  void quotationsAreVerbatimFromTheOfficialTexts() throws IOException {
    // The official texts as published (official-law, copied from the shared data with its README).
    Path law = Path.of("../official-law");
    assertThat(law).isDirectory();
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(law)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".md")).toList()) {
        all.append(Files.readString(p, StandardCharsets.UTF_8).replaceAll("\\s+", ""));
      }
    }
    for (DocumentKind kind : DocumentKind.values()) {
      for (String ref : refs(kind, QUOTE)) {
        assertThat(all.toString()).as(ref).contains(CITATIONS.quote(ref).replaceAll("\\s+", ""));
      }
    }
  }

  private static Set<String> refs(DocumentKind kind, Pattern pattern) {
    Set<String> refs = new LinkedHashSet<>();
    // The template file as written, its YAML comments left out.
    String source =
        String.join(
            "\n", Documents.templateSource(kind).lines().filter(l -> !l.startsWith("#")).toList());
    Matcher m = pattern.matcher(source);
    while (m.find()) {
      refs.add(m.group(1).strip());
    }
    return refs;
  }
}
