package org.leakaid.documents;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leakaid.knowledge.law.Article;
import org.leakaid.knowledge.law.Law;
import org.leakaid.knowledge.law.LawLibrary;

/**
 * Law in the templates. A template never writes an article number itself: it writes {@code
 * {{#cite}}PIPL-47{{/cite}}} and gets 《个人信息保护法》第四十七条 from the law library, or {@code
 * {{#quote}}PIPL-47{{/quote}}} and gets the article's official text, verbatim. So every citation
 * names an article that the law module holds, under its current number, and a test can list them.
 *
 * <p>A ref may name a paragraph or an item: {@code PIPL-50:2} is 第五十条第二款, {@code CRIM_PROC-210(3)}
 * is 第二百一十条第三项 (the forms of the legislative drafting norms).
 */
public final class Citations {

  static final Pattern REF =
      Pattern.compile("([A-Z][A-Z0-9_]*)-(\\d+(?:-\\d+)?)(?::(\\d+))?(?:\\((\\d+)\\))?");

  private static final String PRC = "中华人民共和国";

  private final LawLibrary library;

  Citations(LawLibrary library) {
    this.library = library;
  }

  /** 《个人信息保护法》第四十七条 for {@code PIPL-47}; fails for a ref nobody can resolve. */
  String cite(String written) {
    Matcher m = REF.matcher(written.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a citation ref: " + written);
    }
    String ref = m.group(1) + "-" + m.group(2);
    Optional<Article> article = library.article(ref);
    String title;
    String number;
    if (article.isPresent()) {
      Law law = library.law(article.get().law()).orElseThrow();
      title = shortTitle(law.name().zh());
      number = article.get().number();
    } else {
      throw new IllegalArgumentException("the law library has no article " + ref);
    }
    StringBuilder out = new StringBuilder(title).append(number);
    if (m.group(3) != null) {
      out.append('第').append(ChineseNumerals.of(Integer.parseInt(m.group(3)))).append('款');
    }
    if (m.group(4) != null) {
      out.append('第').append(ChineseNumerals.of(Integer.parseInt(m.group(4)))).append('项');
    }
    return out.toString();
  }

  /**
   * The official text of the article, verbatim, its paragraphs run together as in a quotation;
   * {@code PIPL-47:2} gives its second paragraph (款) alone, with the items (项) that belong to it.
   */
  String quote(String written) {
    Matcher m = REF.matcher(written.strip());
    if (!m.matches() || m.group(4) != null) {
      throw new IllegalArgumentException("not a quotable ref: " + written);
    }
    String ref = m.group(1) + "-" + m.group(2);
    Article article =
        library
            .article(ref)
            .orElseThrow(
                () -> new IllegalArgumentException("the law library has no article " + ref));
    if (m.group(3) == null) {
      return article.text().replace("\n", "");
    }
    int wanted = Integer.parseInt(m.group(3));
    java.util.List<String> paragraphs = new java.util.ArrayList<>();
    for (String line : article.text().split("\n")) {
      if (line.startsWith("（") && !paragraphs.isEmpty()) {
        int last = paragraphs.size() - 1;
        paragraphs.set(last, paragraphs.get(last) + line);
      } else {
        paragraphs.add(line);
      }
    }
    if (wanted < 1 || wanted > paragraphs.size()) {
      throw new IllegalArgumentException(ref + " has no paragraph " + wanted);
    }
    return paragraphs.get(wanted - 1);
  }

  /** Whether a ref written in a template resolves in the law library. */
  boolean resolves(String written) {
    Matcher m = REF.matcher(written.strip());
    if (!m.matches()) {
      return false;
    }
    String ref = m.group(1) + "-" + m.group(2);
    return library.article(ref).isPresent();
  }

  /**
   * 《个人信息保护法》 for 中华人民共和国个人信息保护法: the state name is left out, as citations usually do; a document
   * number in brackets stays after the title marks (《……解释》（法释〔2017〕10号）).
   */
  static String shortTitle(String name) {
    String title = name.startsWith(PRC) ? name.substring(PRC.length()) : name;
    String documentNumber = "";
    int bracket = title.indexOf("（法释");
    if (bracket > 0) {
      documentNumber = title.substring(bracket);
      title = title.substring(0, bracket);
    }
    return "《" + title.replace('《', '〈').replace('》', '〉') + "》" + documentNumber;
  }

  /** 第二百五十三条之一 for "253-1". */
  static String printedNumber(String arabic) {
    String[] parts = arabic.split("-");
    String printed = "第" + ChineseNumerals.of(Integer.parseInt(parts[0])) + "条";
    return parts.length == 2
        ? printed + "之" + ChineseNumerals.of(Integer.parseInt(parts[1]))
        : printed;
  }
}
