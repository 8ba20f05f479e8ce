package org.leakaid.knowledge.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LawLibraryTest {

  private static final Charset GB2312 = Charset.forName("GB2312");
  private static final Pattern LEADING_NUMBER = Pattern.compile("^第[零一二三四五六七八九十百千]+条");
  private static final Pattern ARTICLE_HEAD_INSIDE =
      Pattern.compile("(?m)^第[零一二三四五六七八九十百千]+条(之[一二三四五六七八九十]+)?[ \u3000]");

  private final LawLibrary library = LawLibrary.standard();

  /** Every article the product promises (issue 2 and DESIGN.md), present under these refs. */
  @Test
  void holdsEveryArticleTheProductCites() {
    List<String> required =
        List.of(
            "PIPL-4",
            "PIPL-13",
            "PIPL-44",
            "PIPL-45",
            "PIPL-46",
            "PIPL-47",
            "PIPL-48",
            "PIPL-49",
            "PIPL-50",
            "PIPL-57",
            "PIPL-65",
            "PIPL-66",
            "PIPL-69",
            "PIPL-70",
            "CIVIL_CODE-1032",
            "CIVIL_CODE-1033",
            "CIVIL_CODE-1034",
            "CIVIL_CODE-1035",
            "CIVIL_CODE-1036",
            "CIVIL_CODE-1037",
            "CIVIL_CODE-1038",
            "CIVIL_CODE-1039",
            "CIVIL_CODE-1165",
            "CIVIL_CODE-1167",
            "CIVIL_CODE-1182",
            "CIVIL_CODE-1183",
            "CRIMINAL_LAW-253-1",
            "SPC_2017_10-1",
            "SPC_2017_10-5",
            "SPC_2017_10-11",
            "CPL-66",
            "CPL-67",
            "CPL-84",
            "CRIM_PROC-110",
            "CRIM_PROC-111",
            "CRIM_PROC-112",
            "CRIM_PROC-113",
            "SPC_EVIDENCE_2019-14",
            "SPC_EVIDENCE_2019-15",
            "SPC_EVIDENCE_2019-93",
            "SPC_EVIDENCE_2019-94");
    for (String ref : required) {
      assertThat(library.article(ref))
          .as(ref)
          .hasValueSatisfying(a -> assertThat(a.ref()).isEqualTo(ref));
    }
  }

  @Test
  void everyArticleIsWellFormed() {
    assertThat(library.articles()).hasSizeGreaterThanOrEqualTo(41);
    for (Article a : library.articles()) {
      assertThat(library.law(a.law())).as(a.ref()).isPresent();
      assertThat(a.ref()).isEqualTo(a.law() + "-" + ArticleNumber.arabic(a.number()));
      assertThat(ArticleNumber.isPrinted(a.number())).as(a.ref()).isTrue();
      assertThat(a.text())
          .as(a.ref())
          .isNotBlank()
          .doesNotMatch(LEADING_NUMBER.pattern() + "(?s).*");
      assertThat(ARTICLE_HEAD_INSIDE.matcher(a.text()).find())
          .as("%s swallowed the next article", a.ref())
          .isFalse();
      assertThat(a.text()).as(a.ref()).doesNotContain("#", "\u200b", "<!--");
      assertThat(GB2312.newEncoder().canEncode(a.text()))
          .as("%s text has characters outside GB2312 (traditional?)", a.ref())
          .isTrue();
      assertThat(GB2312.newEncoder().canEncode(a.summary().zh()))
          .as("%s summary has characters outside GB2312", a.ref())
          .isTrue();
      assertThat(a.summary().en()).as(a.ref()).doesNotContainPattern("\\p{IsHan}");
      assertThat(a.summary().zh()).as(a.ref()).containsPattern("\\p{IsHan}");
    }
  }

  @Test
  void everyLawNamesItsEditionAndSource() {
    assertThat(library.laws())
        .extracting(Law::code)
        .contains(
            "PIPL",
            "CIVIL_CODE",
            "CRIMINAL_LAW",
            "SPC_2017_10",
            "CPL",
            "CRIM_PROC",
            "SPC_EVIDENCE_2019");
    for (Law law : library.laws()) {
      assertThat(law.edition()).as(law.code()).containsPattern("\\d{4}-\\d{2}-\\d{2}");
      assertThat(law.source()).as(law.code()).contains("国家法律法规数据库");
      assertThat(library.articlesOf(law.code())).as(law.code()).isNotEmpty();
    }
    assertThat(library.law("pipl"))
        .hasValueSatisfying(l -> assertThat(l.edition()).contains("2021-11-01 施行"));
    assertThat(library.law("NO_SUCH_LAW")).isEmpty();
  }

  /** Spot checks against the official texts, so a broken extraction cannot go unnoticed. */
  @Test
  void quotesTheOfficialTexts() {
    assertThat(library.article("PIPL-47").orElseThrow().text())
        .startsWith("有下列情形之一的，个人信息处理者应当主动删除个人信息；个人信息处理者未删除的，个人有权请求删除：\n（一）")
        .endsWith("个人信息处理者应当停止除存储和采取必要的安全保护措施之外的处理。");
    Article crime = library.article("CRIMINAL_LAW-253-1").orElseThrow();
    assertThat(crime.number()).isEqualTo("第二百五十三条之一");
    assertThat(crime.text()).startsWith("违反国家有关规定，向他人出售或者提供公民个人信息，情节严重的").contains("单位犯前三款罪的");
    assertThat(library.article("CPL-66").orElseThrow().text()).startsWith("证据包括：\n（一）当事人的陈述；");
    assertThat(library.article("CPL-67").orElseThrow().text()).startsWith("当事人对自己提出的主张，有责任提供证据。");
    assertThat(library.article("CPL-84").orElseThrow().text()).startsWith("在证据可能灭失或者以后难以取得的情况下");
    assertThat(library.article("SPC_2017_10-5").orElseThrow().text())
        .contains("五十条以上", "五百条以上", "五千条以上");
  }

  @ParameterizedTest
  @CsvSource({
    "CPL-63, CPL-66",
    "CPL-64, CPL-67",
    "cpl-81, CPL-84",
    "CRIM_PROC-108, CRIM_PROC-110",
    "CRIM_PROC-109, CRIM_PROC-111",
    // 110 and 111 were the old numbers of 112 and 113, but current numbering wins.
    "CRIM_PROC-110, CRIM_PROC-110",
    "CRIM_PROC-111, CRIM_PROC-111",
    "pipl-47, PIPL-47",
    "' PIPL-47 ', PIPL-47"
  })
  void resolvesCurrentAndOldRefs(String ref, String expected) {
    assertThat(library.article(ref)).map(Article::ref).hasValue(expected);
  }

  @Test
  void recordsRenumbering() {
    assertThat(library.article("CPL-66").orElseThrow().oldNumbers())
        .containsExactly("第六十三条（2017年修正本）");
    assertThat(library.article("PIPL-47").orElseThrow().oldNumbers()).isEmpty();
  }

  @Test
  void unknownRefsAreEmpty() {
    assertThat(library.article("PIPL-999")).isEmpty();
    assertThat(library.article("")).isEmpty();
    assertThat(library.article(null)).isEmpty();
    assertThat(library.article("CPL-62")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "删除, PIPL-47",
    "删除个人信息, PIPL-47",
    "第四十七条, PIPL-47",
    "个人信息保护法第四十七条, PIPL-47",
    "PIPL 47, PIPL-47",
    "PIPL-47, PIPL-47",
    "CPL-63, CPL-66",
    "民法典第1034条, CIVIL_CODE-1034",
    "253-1, CRIMINAL_LAW-253-1",
    "deletion, PIPL-47",
    "侵犯公民个人信息 情节严重, SPC_2017_10-5",
    "电子数据 原件, SPC_EVIDENCE_2019-15",
    "精神损害, CIVIL_CODE-1183",
    "art. 1195, CIVIL_CODE-1195",
    "泄露 通知, PIPL-57"
  })
  void searchRanksTheRightArticleFirst(String query, String expectedFirst) {
    assertThat(library.search(query)).first().extracting(Article::ref).isEqualTo(expectedFirst);
  }

  @Test
  void searchFindsEnglishWordsAndNothingForNoise() {
    assertThat(library.search("mental harm damages"))
        .extracting(Article::ref)
        .contains("CIVIL_CODE-1183");
    assertThat(library.search("报案").subList(0, 2))
        .extracting(Article::ref)
        .containsExactlyInAnyOrder("CRIM_PROC-110", "CRIM_PROC-111");
    assertThat(library.search("  ")).isEmpty();
    assertThat(library.search(null)).isEmpty();
    assertThat(library.search("xyzzy")).isEmpty();
    // Only the first 100 characters count, so a pasted page is cheap and still finds something.
    assertThat(library.search("删除 " + "啊".repeat(200_000)))
        .extracting(Article::ref)
        .first()
        .isEqualTo("PIPL-47");
    assertThat(library.search("<script>alert(1)</script>")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "十, 10",
    "十一, 11",
    "四十七, 47",
    "一百零八, 108",
    "二百五十三, 253",
    "一千零三十四, 1034",
    "一千一百八十三, 1183"
  })
  void readsChineseNumerals(String numerals, int value) {
    assertThat(ArticleNumber.value(numerals)).isEqualTo(value);
  }
}
