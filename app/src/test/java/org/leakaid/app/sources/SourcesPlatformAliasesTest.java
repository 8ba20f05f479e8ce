package org.leakaid.app.sources;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Aliases of one platform give one key, whatever the case, width or punctuation. */
class SourcesPlatformAliasesTest {

  @Test
  void aliasesOfAPlatformShareItsKey() {
    String jd = MatchingText.platformKey("京东");
    for (String alias : new String[] {"JD.com", "jd", "ＪＤ．ｃｏｍ", "京东商城", "京 东", "“京东”", "Jd.Com"}) {
      assertThat(MatchingText.platformKey(alias)).as(alias).isEqualTo(jd);
    }
    String taobao = MatchingText.platformKey("淘宝");
    assertThat(MatchingText.platformKey("Taobao")).isEqualTo(taobao);
    assertThat(MatchingText.platformKey("天猫")).isEqualTo(taobao);
    assertThat(MatchingText.platformKey("PDD")).isEqualTo(MatchingText.platformKey("拼多多"));
    assertThat(MatchingText.platformKey("Pinduoduo")).isEqualTo(MatchingText.platformKey("拼多多"));
    assertThat(MatchingText.platformKey("Meituan")).isEqualTo(MatchingText.platformKey("美团"));
    assertThat(MatchingText.platformKey("SF Express")).isEqualTo(MatchingText.platformKey("顺丰"));
    assertThat(MatchingText.platformKey("China Mobile"))
        .isEqualTo(MatchingText.platformKey("中国移动"));
  }

  @Test
  void differentPlatformsAndUnknownNamesKeepTheirOwnKeys() {
    assertThat(MatchingText.platformKey("京东")).isNotEqualTo(MatchingText.platformKey("淘宝"));
    assertThat(MatchingText.platformKey("京东到家")).isEqualTo("京东到家");
    assertThat(MatchingText.platformKey("某某 商城")).isEqualTo("某某商城");
    assertThat(PlatformAliases.spellings(MatchingText.platformKey("京东"))).contains("jdcom", "京东商城");
  }

  @Test
  void numbersAreNotTreatedAsPlatformNames() {
    // 10086 is China Mobile's name as a platform, but a counterpart number stays a number.
    assertThat(MatchingText.counterpartKey("10086")).isEqualTo("10086");
  }
}
