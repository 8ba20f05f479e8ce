package org.leakaid.scanner.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
    assertThat(s.basis()).contains("为标准的0.98倍，未达到“情节严重”的数量标准").doesNotContain("第（六）项");
    assertThat(Severity.of(counts(20, 200, 0, 0, 0), null).basis())
        .contains("依第（六）项按相应比例合计，为标准的0.8倍，未达到");
    Severity nothing = Severity.of(counts(0, 0, 0, 0, 2), null);
    assertThat(nothing.level()).isEqualTo(Severity.Level.NONE);
    assertThat(nothing.basis()).contains("未发现可计入条数的公民个人信息", "无效、不真实的2条");
  }

  /** The mix of issue 15: 35/50 + 100/500 + 500/5000 is 0.9999999999999999 in doubles. */
  @Test
  void aMixThatReachesTheStandardExactlyIsSerious() {
    assertThat(35 / 50.0 + 100 / 500.0 + 500 / 5000.0).isLessThan(1.0);
    Severity s = Severity.of(counts(35, 100, 500, 0, 0), null);
    assertThat(s.level()).isEqualTo(Severity.Level.SERIOUS);
    assertThat(s.standardRatio()).isEqualTo(1.0);
    assertThat(s.basis()).contains("第（六）项按相应比例合计达到有关数量标准", "标准的1.0倍");
    Severity tenfold = Severity.of(counts(350, 1000, 5000, 0, 0), null);
    assertThat(tenfold.level()).isEqualTo(Severity.Level.ESPECIALLY_SERIOUS);
    assertThat(tenfold.standardRatio()).isEqualTo(10.0);
  }

  /**
   * Property: over many mixes, at, just below and just above both thresholds, the level is what
   * exact decimal arithmetic gives for n50/50 + n500/500 + n5000/5000, and the ratio is the double
   * nearest to the exact sum.
   */
  @Test
  void theLevelFollowsExactArithmeticForEveryMix() {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    // Every mix of up to 60 item-(3) and 520 item-(4) records, sparser beyond, each completed
    // with item-(5) records to one below, at and one above 5,000 and 50,000 units.
    for (long n50 = 0; n50 <= 520; n50 += n50 < 60 ? 1 : 7) {
      for (long n500 = 0; n500 <= 5200; n500 += n50 <= 60 && n500 < 520 ? 1 : 37) {
        for (long target : new long[] {5_000, 50_000}) {
          long rest = target - 100 * n50 - 10 * n500;
          for (long d = -1; d <= 1; d++) {
            if (rest + d >= 0) {
              checkAgainstExactArithmetic(n50, n500, rest + d, wrong);
              checked++;
            }
          }
        }
      }
    }
    Random random = new Random(15);
    for (int i = 0; i < 20_000; i++) {
      checkAgainstExactArithmetic(
          random.nextInt(1_000), random.nextInt(10_000), random.nextInt(100_000), wrong);
      checked++;
    }
    assertThat(checked).isGreaterThan(150_000);
    assertThat(wrong).isEmpty();
  }

  private static void checkAgainstExactArithmetic(
      long n50, long n500, long n5000, List<String> wrong) {
    BigDecimal exact =
        BigDecimal.valueOf(n50)
            .multiply(new BigDecimal("0.02"))
            .add(BigDecimal.valueOf(n500).multiply(new BigDecimal("0.002")))
            .add(BigDecimal.valueOf(n5000).multiply(new BigDecimal("0.0002")));
    Severity.Level expected =
        exact.compareTo(BigDecimal.TEN) >= 0
            ? Severity.Level.ESPECIALLY_SERIOUS
            : exact.compareTo(BigDecimal.ONE) >= 0 ? Severity.Level.SERIOUS : Severity.Level.NONE;
    Severity s = Severity.of(counts(n50, n500, n5000, 0, 0), null);
    if (s.level() != expected || s.standardRatio() != exact.doubleValue()) {
      wrong.add(n50 + "/" + n500 + "/" + n5000 + ": " + s.level() + " " + s.standardRatio());
    }
  }

  @Test
  void hugeCountsSaturateInsteadOfOverflowing() {
    assertThat(Severity.units(Long.MAX_VALUE / 10, 0, 0)).isEqualTo(Long.MAX_VALUE);
    Severity s = Severity.of(counts(Long.MAX_VALUE / 400, 0, 0, 0, 0), null);
    assertThat(s.level()).isEqualTo(Severity.Level.ESPECIALLY_SERIOUS);
  }

  /** 第五条第一款第（八）项: insiders need half the numbers; half of ten times is five times. */
  @Test
  void fromHalfTheStandardTheBasisNamesItemEightForInsiders() {
    // 2,499 units: 0.4998 of the standard, no mention.
    assertThat(Severity.of(counts(24, 9, 9, 0, 0), null).basis()).doesNotContain("第（八）项");
    Severity half = Severity.of(counts(25, 0, 0, 0, 0), null);
    assertThat(half.level()).isEqualTo(Severity.Level.NONE);
    assertThat(half.basis())
        .contains("第五条第一款第（八）项", "履行职责或者提供服务过程中获得", "一半以上")
        .contains("标准的0.5倍，如果是由这类人员出售或者提供的，即属于“情节严重”")
        .contains("刑法第二百五十三条之一第二款从重处罚")
        .doesNotContain("情节特别严重");
    Severity serious = Severity.of(counts(0, 2_499, 0, 0, 0), null);
    assertThat(serious.level()).isEqualTo(Severity.Level.SERIOUS);
    assertThat(serious.basis()).contains("同样属于“情节严重”").doesNotContain("情节特别严重");
    Severity fivefold = Severity.of(counts(0, 2_500, 0, 0, 0), null);
    assertThat(fivefold.level()).isEqualTo(Severity.Level.SERIOUS);
    assertThat(fivefold.basis())
        .contains("5.0倍，如果是由这类人员出售或者提供的，已达到该项标准的十倍以上，依照第五条第二款第（三）项即属于“情节特别严重”");
    Severity tenfold = Severity.of(counts(500, 0, 0, 0, 0), null);
    assertThat(tenfold.basis()).contains("同样属于“情节特别严重”");
  }

  @Test
  void countingABankCardAsPropertyInformationIsSaidToBeTheToolsReading() {
    assertThat(Severity.of(counts(3, 0, 0, 0, 0), null).basis())
        .contains("含有银行卡号的均按“财产信息”计数，这是本工具的理解", "由办案机关结合案情认定");
    assertThat(Severity.of(counts(0, 3, 300, 0, 0), null).basis()).doesNotContain("银行卡号");
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
