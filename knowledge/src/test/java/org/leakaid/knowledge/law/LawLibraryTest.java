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
            "SPC_EVIDENCE_2019-94",
            // issue 15
            "SPC_2017_10-2",
            "CPL-72",
            "CRIM_PROC-210",
            "CPL_INTERP-106",
            "CPL_INTERP-116",
            "INTERNET_COURTS-11",
            "ONLINE_LITIGATION-16",
            "ONLINE_LITIGATION-17",
            "ONLINE_LITIGATION-18",
            "ONLINE_LITIGATION-19",
            "CREDIT_REG-17",
            "CREDIT_REG-25",
            "SAMR_COMPLAINT-9",
            "SAMR_COMPLAINT-14",
            "SAMR_COMPLAINT-15",
            "NETWORK_DATA_REG-11",
            "NETWORK_DATA_REG-23",
            "NETWORK_DATA_REG-24");
    for (String ref : required) {
      assertThat(library.article(ref))
          .as(ref)
          .hasValueSatisfying(a -> assertThat(a.ref()).isEqualTo(ref));
    }
  }

  @Test
  void everyArticleIsWellFormed() {
    assertThat(library.articles()).hasSizeGreaterThanOrEqualTo(80);
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
            "SPC_EVIDENCE_2019",
            "CPL_INTERP",
            "INTERNET_COURTS",
            "ONLINE_LITIGATION",
            "SAMR_COMPLAINT",
            "CREDIT_REG",
            "NETWORK_DATA_REG");
    for (Law law : library.laws()) {
      assertThat(law.edition().zh()).as(law.code()).containsPattern("\\d{4}-\\d{2}-\\d{2}");
      // English pages are English: the edition's dates with English words around them.
      assertThat(law.edition().en())
          .as(law.code())
          .containsPattern("\\d{4}-\\d{2}-\\d{2}")
          .doesNotContain("通过", "施行", "修正", "公布");
      assertThat(law.source().en()).as(law.code()).doesNotContain("国家法律法规数据库");
      // A ministerial rule is not in the national database: its source is the order that made it.
      assertThat(law.source().zh()).as(law.code()).containsAnyOf("国家法律法规数据库", "国家市场监督管理总局令第20号");
      assertThat(library.articlesOf(law.code())).as(law.code()).isNotEmpty();
    }
    assertThat(library.law("pipl"))
        .hasValueSatisfying(l -> assertThat(l.edition().zh()).contains("2021-11-01 施行"));
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
    assertThat(library.article("CREDIT_REG-17").orElseThrow().text())
        .isEqualTo("信息主体可以向征信机构查询自身信息。个人信息主体有权每年两次免费获取本人的信用报告。");
    assertThat(library.article("CPL_INTERP-116").orElseThrow().text())
        .endsWith("存储在电子介质中的录音资料和影像资料，适用电子数据的规定。");
    assertThat(library.article("CPL-72").orElseThrow().text()).startsWith("经过法定程序公证证明的法律事实和文书");
    assertThat(library.article("CRIM_PROC-210").orElseThrow().text())
        .contains("（三）被害人有证据证明对被告人侵犯自己人身、财产权利的行为应当依法追究刑事责任，而公安机关或者人民检察院不予追究被告人刑事责任的案件。");
    assertThat(library.article("INTERNET_COURTS-11").orElseThrow().text())
        .contains("通过电子签名、可信时间戳、哈希值校验、区块链等证据收集、固定和防篡改的技术手段");
    assertThat(library.article("ONLINE_LITIGATION-16").orElseThrow().text())
        .startsWith("当事人作为证据提交的电子数据系通过区块链技术存储");
    assertThat(library.article("SAMR_COMPLAINT-14").orElseThrow().text()).contains("七个工作日内");
    assertThat(library.article("SAMR_COMPLAINT-15").orElseThrow().text()).contains("超过三年的");
    assertThat(library.article("NETWORK_DATA_REG-24").orElseThrow().text()).contains("个人注销账号的");
  }

  /** The legal review of issue 15: what the summaries must say. */
  @Test
  void summariesSayWhatTheArticlesSay() {
    String crime = summary("CRIMINAL_LAW-253-1");
    assertThat(crime)
        .startsWith("违反国家有关规定")
        .contains("三年以下有期徒刑或者拘役，并处或者单处罚金")
        .contains("三年以上七年以下有期徒刑，并处罚金");
    assertThat(library.article("CRIMINAL_LAW-253-1").orElseThrow().summary().en())
        .contains("relevant state provisions", "three years", "criminal detention", "seven years");
    assertThat(summary("SPC_2017_10-4")).startsWith("违反国家有关规定");
    assertThat(summary("SPC_2017_10-2")).contains("部门规章");
    assertThat(summary("SPC_2017_10-5")).contains("第六项", "按相应比例合计", "第八项", "一半以上", "十倍以上");
    assertThat(library.article("SPC_2017_10-5").orElseThrow().summary().en())
        .contains("item 6", "item 8", "half");
    // Only the articles whose text says 违反国家规定 may be summarised with it.
    for (Article a : library.articles()) {
      if (!a.text().contains("违反国家规定")) {
        assertThat(a.summary().zh().replace("“违反国家规定”", ""))
            .as("%s: the text says 违反国家有关规定", a.ref())
            .doesNotContain("违反国家规定");
      }
    }
    assertThat(summary("PIPL-57")).contains("可以不通知个人", "有权要求它通知");
    assertThat(summary("PIPL-47")).contains("（一）", "（二）", "（三）", "（四）", "（五）");
    assertThat(summary("CREDIT_REG-17")).contains("每年有两次免费");
    assertThat(summary("CRIM_PROC-210")).contains("不予追究", "自诉");
  }

  private String summary(String ref) {
    return library.article(ref).orElseThrow().summary().zh();
  }

  @Test
  void citesWithTheDocumentNumberOutsideTheTitleMarks() {
    assertThat(library.citation("SPC_2017_10-5").orElseThrow().zh())
        .isEqualTo("《最高人民法院、最高人民检察院关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释》（法释〔2017〕10号）第五条");
    assertThat(library.citation("SPC_2017_10-5").orElseThrow().en())
        .endsWith("Personal Information (Fa Shi [2017] No. 10), art. 5");
    assertThat(library.citation("PIPL-47").orElseThrow().zh()).isEqualTo("《个人信息保护法》第四十七条");
    assertThat(library.citation("CPL-63").orElseThrow().zh()).isEqualTo("《民事诉讼法》第六十六条");
    assertThat(library.citation("CPL_INTERP-116").orElseThrow().zh())
        .isEqualTo("《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第一百一十六条");
    assertThat(library.citation("CRIMINAL_LAW-253-1").orElseThrow().en())
        .isEqualTo("Criminal Law, art. 253-1");
    assertThat(library.citation("NOPE-1")).isEmpty();
    Law interpretation = library.law("SPC_2017_10").orElseThrow();
    assertThat(interpretation.name().zh()).doesNotContain("法释");
    assertThat(interpretation.displayName().zh()).endsWith("解释（法释〔2017〕10号）");
  }

  @ParameterizedTest
  @CsvSource({
    "CPL-63, CPL-66",
    "CPL-64, CPL-67",
    "cpl-81, CPL-84",
    "CPL-69, CPL-72",
    "CRIM_PROC-204, CRIM_PROC-210",
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
    "泄露 通知, PIPL-57",
    "法释〔2017〕10号第五条, SPC_2017_10-5",
    "免费 信用报告, CREDIT_REG-17",
    "存储在电子介质中的录音资料, CPL_INTERP-116",
    "区块链 上链后未经篡改, ONLINE_LITIGATION-16"
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
