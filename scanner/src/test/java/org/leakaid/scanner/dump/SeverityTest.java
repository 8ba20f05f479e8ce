package org.leakaid.scanner.dump;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeverityTest {

  private static RecordCounts counts(long n50, long n500, long n5000, long dup, long invalid) {
    long counted = n50 + n500 + n5000;
    return new RecordCounts(
        counted + dup + invalid,
        counted + dup,
        counted,
        invalid,
        dup,
        n50,
        n500,
        n5000,
        1 << 20,
        false);
  }

  @Test
  void sixtyFinancialRecordsAreSeriousUnderItemThree() {
    Severity s = Severity.of(counts(60, 0, 0, 5, 3), null);
    assertThat(s.level()).isEqualTo(Severity.Level.SERIOUS);
    assertThat(s.standardRatio()).isEqualTo(1.2);
    assertThat(s.basis())
        .contains("法释〔2017〕10号")
        .contains("第五条第一款")
        .contains("财产信息60条（标准五十条）")
        .doesNotContain("第（四）项所列", "第（五）项所列")
        .contains("已达到第（三）项规定的数量标准")
        .contains("1.2倍")
        .contains("“情节严重”")
        .contains("第十一条")
        .contains("重复的5条")
        .contains("无效、不真实的3条")
        .doesNotContain("情节特别严重");
  }

  @Test
  void mixedCountsBelowEveryStandardAddUpUnderItemSix() {
    // 30/50 + 300/500 = 1.2
    Severity s = Severity.of(counts(30, 300, 0, 0, 0), null);
    assertThat(s.level()).isEqualTo(Severity.Level.SERIOUS);
    assertThat(s.standardRatio()).isCloseTo(1.2, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(s.basis()).contains("第（六）项按相应比例合计达到有关数量标准");
  }

  @Test
  void tenTimesTheStandardIsEspeciallySerious() {
    Severity s = Severity.of(counts(0, 0, 50_000, 0, 0), null);
    assertThat(s.level()).isEqualTo(Severity.Level.ESPECIALLY_SERIOUS);
    assertThat(s.standardRatio()).isEqualTo(10.0);
    assertThat(s.basis()).contains("第（五）项").contains("第五条第二款第（三）项").contains("情节特别严重");
  }

  @Test
  void belowTheStandardIsNone() {
    Severity s = Severity.of(counts(49, 0, 0, 0, 0), null);
    assertThat(s.level()).isEqualTo(Severity.Level.NONE);
    assertThat(s.standardRatio()).isEqualTo(0.98);
    assertThat(s.basis()).contains("未达到“情节严重”的数量标准");
    Severity nothing = Severity.of(counts(0, 0, 0, 0, 2), null);
    assertThat(nothing.level()).isEqualTo(Severity.Level.NONE);
    assertThat(nothing.basis()).contains("未发现可计入条数的公民个人信息", "无效、不真实的2条");
  }

  @Test
  void duplicatesMoveToTheMostSensitiveTierWhateverTheOrder() {
    RecordTally a = new RecordTally();
    a.addRecord(1, TierKeywords.TIER_5000, 10);
    a.addRecord(1, TierKeywords.TIER_50, 10);
    a.addRecord(1, TierKeywords.TIER_500, 10);
    RecordTally b = new RecordTally();
    b.addRecord(1, TierKeywords.TIER_50, 10);
    b.addRecord(1, TierKeywords.TIER_5000, 10);
    for (RecordTally t : new RecordTally[] {a, b}) {
      RecordCounts c = t.counts();
      assertThat(c.tier50()).isEqualTo(1);
      assertThat(c.tier500() + c.tier5000()).isZero();
      assertThat(c.duplicatesExcluded()).isEqualTo(t == a ? 2 : 1);
      assertThat(c.distinctPersons()).isEqualTo(1);
    }
  }

  @Test
  void tierKeywordsMatchInBothEncodings() {
    for (org.leakaid.scanner.TextEncoding enc : org.leakaid.scanner.TextEncoding.values()) {
      java.nio.charset.Charset cs =
          java.nio.charset.Charset.forName(
              enc == org.leakaid.scanner.TextEncoding.UTF_8 ? "UTF-8" : "GB18030");
      assertThat(tier("姓名,手机,入住时间,酒店", cs, enc)).isEqualTo(TierKeywords.TIER_500);
      assertThat(tier("主叫号码,被叫号码,通话时长", cs, enc)).isEqualTo(TierKeywords.TIER_500);
      assertThat(tier("{\"诊断\":\"感冒\",\"征信\":\"良好\"}", cs, enc)).isEqualTo(TierKeywords.TIER_50);
      assertThat(tier("姓名,手机,地址", cs, enc)).isEqualTo(TierKeywords.NONE);
    }
  }

  @Test
  void englishColumnNamesNameTiersButACreditCodeIsNoCreditInformation() {
    assertThat(labelTier("INSERT INTO `t_guest` (`id`,`guest_name`,`passport_no`,`check_in`)"))
        .isEqualTo(TierKeywords.TIER_500);
    assertThat(labelTier("user_id,credit_score,phone")).isEqualTo(TierKeywords.TIER_50);
    assertThat(
            labelTier("INSERT INTO `t_enterprise` (`id`,`company_name`,`credit_code`,`landline`)"))
        .isEqualTo(TierKeywords.NONE);
    assertThat(labelTier("name,unified_social_credit_code,creditCode,tel"))
        .isEqualTo(TierKeywords.NONE);
  }

  private static byte labelTier(String labels) {
    byte[] b = labels.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return TierKeywords.labelTier(b, 0, b.length, org.leakaid.scanner.TextEncoding.UTF_8);
  }

  private static byte tier(
      String s, java.nio.charset.Charset cs, org.leakaid.scanner.TextEncoding enc) {
    byte[] b = s.getBytes(cs);
    return TierKeywords.of(enc).tierOf(b, 0, b.length);
  }
}
