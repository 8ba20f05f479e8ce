package org.leakaid.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.leakaid.knowledge.law.Article;
import org.leakaid.knowledge.law.Law;
import org.leakaid.knowledge.law.LawLibrary;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every article the product cites resolves in the law library: the refs of every playbook step
 * (read from the file, whatever an intake selects), every ref-shaped word of a known law in its
 * texts, and every Chinese citation 《title》第N条 in the playbook, the law summaries, and the pages,
 * messages and code of the other modules that show law to users.
 */
class ProductCitationsTest {

  private static final LawLibrary LIBRARY = LawLibrary.standard();
  private static final String NUMERAL = "[零一二三四五六七八九十百千]+";
  private static final Pattern CITATION =
      Pattern.compile("《([^《》]+)》(?:（([^（）]*号)）)?(?=第" + NUMERAL + "条)");
  private static final Pattern ARTICLE =
      Pattern.compile(
          "(?:[、和及或者至]*)第("
              + NUMERAL
              + ")条(?:之("
              + NUMERAL
              + "))?(?:第"
              + NUMERAL
              + "款)?(?:第（"
              + NUMERAL
              + "）项)?");
  private static final Pattern REF = Pattern.compile("\\b([A-Z][A-Z0-9_]*)-(\\d+(?:-\\d+)?)\\b");

  /** Where the other modules keep text that cites law, relative to this module. */
  private static final List<String> OTHER_SOURCES =
      List.of(
          "../app/src/main/resources/templates",
          "../app/src/main/resources",
          "../evidence/src/main/java",
          "../scanner/src/main/java/org/leakaid/scanner/dump",
          "../cli/src/main/java");

  @Test
  void everyLegalBasisInThePlaybookIsACurrentArticle() throws IOException {
    JsonNode playbook = new YAMLMapper().readTree(resource("/playbook.yaml"));
    List<String> refs = new ArrayList<>();
    for (JsonNode step : playbook.get("steps")) {
      for (JsonNode ref : step.get("legalBasis")) {
        refs.add(ref.asString());
        assertThat(LIBRARY.article(ref.asString()).map(Article::ref))
            .as("%s cites %s", step.get("key").asString(), ref.asString())
            .hasValue(ref.asString());
      }
    }
    assertThat(refs)
        .contains(
            "CREDIT_REG-17",
            "CPL-72",
            "CRIM_PROC-210",
            "INTERNET_COURTS-11",
            "ONLINE_LITIGATION-16",
            "CPL_INTERP-116",
            "SAMR_COMPLAINT-14");
  }

  @Test
  void everyRefOfAKnownLawInThePlaybookTextResolves() {
    String text = resource("/playbook.yaml");
    Matcher m = REF.matcher(text);
    int found = 0;
    while (m.find()) {
      if (LIBRARY.law(m.group(1)).isPresent()) {
        found++;
        assertThat(LIBRARY.article(m.group()).map(Article::ref)).as(m.group()).hasValue(m.group());
      }
    }
    assertThat(found).isGreaterThan(50);
  }

  @Test
  void everyChineseCitationInThePlaybookAndTheSummariesResolves() {
    List<String> unresolved = new ArrayList<>(unresolved(resource("/playbook.yaml")));
    for (Article a : LIBRARY.articles()) {
      unresolved.addAll(unresolved(a.summary().zh()));
    }
    assertThat(unresolved).isEmpty();
    assertThat(unresolved(resource("/playbook.yaml") + "依照《征信业管理条例》第十七条")).isEmpty();
  }

  @Test
  void everyChineseCitationInTheOtherModulesResolves() throws IOException {
    List<String> unresolved = new ArrayList<>();
    int files = 0;
    for (String dir : OTHER_SOURCES) {
      Path root = Path.of(dir);
      assertThat(root).as("run from the knowledge module of the repository").isDirectory();
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path p : paths.filter(Files::isRegularFile).toList()) {
          String name = p.getFileName().toString();
          if (name.endsWith(".java") || name.endsWith(".html") || name.endsWith(".properties")) {
            files++;
            for (String problem : unresolved(Files.readString(p, StandardCharsets.UTF_8))) {
              unresolved.add(p + ": " + problem);
            }
          }
        }
      }
    }
    assertThat(files).isGreaterThan(20);
    assertThat(unresolved).isEmpty();
  }

  /** The check itself finds what is wrong: an unknown article, an unknown law, a bad range. */
  @Test
  void aCitationOfAnArticleNotInTheLibraryIsFound() {
    assertThat(unresolved("见《个人信息保护法》第四十七条、第五十七条")).isEmpty();
    assertThat(unresolved("《人民法院在线诉讼规则》第十六条至第十九条")).isEmpty();
    assertThat(unresolved("依照《最高人民法院、最高人民检察院关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释》（法释〔2017〕10号）第五条第一款第（三）项"))
        .isEmpty();
    assertThat(unresolved("《个人信息保护法》第四十七条、第九百九十九条")).containsExactly("《个人信息保护法》第九百九十九条");
    assertThat(unresolved("《人民法院在线诉讼规则》第十六条至第二十条")).containsExactly("《人民法院在线诉讼规则》第二十条");
    assertThat(unresolved("《治安管理处罚法》第四十二条")).hasSize(1);
    // The document number belongs outside the title marks.
    assertThat(unresolved("《最高人民法院、最高人民检察院关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释（法释〔2017〕10号）》第五条"))
        .hasSize(1);
  }

  /** The citations in {@code text} that name a law or an article the library does not hold. */
  static List<String> unresolved(String text) {
    Map<String, Law> byTitle = new HashMap<>();
    for (Law law : LIBRARY.laws()) {
      String title = law.name().zh();
      byTitle.put(title, law);
      byTitle.put(title.replaceFirst("^中华人民共和国", ""), law);
    }
    List<String> problems = new ArrayList<>();
    Matcher m = CITATION.matcher(text);
    while (m.find()) {
      String title = m.group(1).replace('〈', '《').replace('〉', '》');
      Law law = byTitle.get(title);
      if (law == null) {
        problems.add("《" + m.group(1) + "》 is not in the law library");
        continue;
      }
      if (m.group(2) != null
          && (law.documentNumber() == null || !m.group(2).equals(law.documentNumber().zh()))) {
        problems.add("《" + m.group(1) + "》（" + m.group(2) + "）: wrong document number");
      }
      Integer rangeFrom = null;
      Matcher a = ARTICLE.matcher(text).region(m.end(), text.length());
      while (a.lookingAt()) {
        boolean range = a.group().startsWith("至");
        int number = numeral(a.group(1));
        String suffix = a.group(2) == null ? "" : "-" + numeral(a.group(2));
        int from = range && rangeFrom != null ? rangeFrom + 1 : number;
        for (int n = from; n <= number; n++) {
          String ref = law.code() + "-" + n + (n == number ? suffix : "");
          if (LIBRARY.article(ref).map(Article::ref).filter(ref::equals).isEmpty()) {
            problems.add("《" + m.group(1) + "》第" + chinese(n) + "条");
          }
        }
        rangeFrom = number;
        a.region(a.end(), text.length());
      }
    }
    return problems;
  }

  private static int numeral(String s) {
    int total = 0;
    int digit = -1;
    for (char c : s.toCharArray()) {
      int d = "零一二三四五六七八九".indexOf(c);
      if (d >= 0) {
        digit = d;
      } else {
        int unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
        total += (digit < 0 ? 1 : digit) * unit;
        digit = -1;
      }
    }
    return total + Math.max(digit, 0);
  }

  /** Up to 9999, as statutes print article numbers: 1034 -> 一千零三十四. */
  private static String chinese(int n) {
    String digits = "零一二三四五六七八九";
    String[] units = {"千", "百", "十", ""};
    int[] values = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
    StringBuilder b = new StringBuilder();
    boolean zero = false;
    for (int i = 0; i < 4; i++) {
      if (values[i] == 0) {
        zero = b.length() > 0;
        continue;
      }
      if (zero) {
        b.append('零');
        zero = false;
      }
      if (!(i == 2 && values[i] == 1 && b.length() == 0)) {
        b.append(digits.charAt(values[i]));
      }
      b.append(units[i]);
    }
    return b.toString();
  }

  private static String resource(String name) {
    try (InputStream in = ProductCitationsTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
