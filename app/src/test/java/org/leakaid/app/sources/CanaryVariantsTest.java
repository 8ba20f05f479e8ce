package org.leakaid.app.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CanaryVariantsTest {

  private final CanaryVariants variants = new CanaryVariants(bound -> 0);

  @Test
  void variantsLookOrdinary() {
    assertThat(variants.variant(CanaryKind.EMAIL, "zhang@qq.com", "京东", Set.of()))
        .isEqualTo("zhang+aaaa@qq.com");
    // A base that is already a plus-address does not reveal the earlier platform.
    assertThat(variants.variant(CanaryKind.EMAIL, "zhang+tb@QQ.com", "京东", Set.of()))
        .isEqualTo("zhang+aaaa@qq.com");
    assertThat(variants.variant(CanaryKind.NAME, "张先生", "京东", Set.of())).isEqualTo("张先生-京");
    assertThat(variants.variant(CanaryKind.NAME, "Li", "jd.com", Set.of())).isEqualTo("Li-J");
    assertThat(variants.variant(CanaryKind.ADDRESS, "望京街道3号楼501", "顺丰", Set.of()))
        .isEqualTo("望京街道3号楼501-A2");
  }

  @Test
  void noNameVariantIsTheBeginningOfAnother() {
    Set<String> taken = new HashSet<>();
    for (String platform : List.of("京东", "京造", "京东到家", "京喜")) {
      String v = variants.variant(CanaryKind.NAME, "张先生", platform, taken);
      taken.add(CanaryVariants.matchKey(CanaryKind.NAME, v));
    }
    assertThat(taken).containsExactlyInAnyOrder("张先生京", "张先生造", "张先生东", "张先生喜");
    for (String a : taken) {
      for (String b : taken) {
        assertThat(a.equals(b) || !b.startsWith(a)).as(a + " / " + b).isTrue();
      }
    }
  }

  @Test
  void badBasesAreRefused() {
    assertThatThrownBy(() -> variants.variant(CanaryKind.EMAIL, "not mail", "京东", Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("base:");
    assertThatThrownBy(() -> variants.variant(CanaryKind.NAME, " ", "京东", Set.of()))
        .hasMessageStartingWith("base:");
    assertThatThrownBy(() -> variants.variant(CanaryKind.NAME, "张先生", "——", Set.of()))
        .hasMessageStartingWith("platform:");
  }

  private static SourcesRepository.CanaryRow row(String platform, CanaryKind kind, String value) {
    return new SourcesRepository.CanaryRow(
        UUID.randomUUID(),
        UUID.randomUUID(),
        platform,
        MatchingText.platformKey(platform),
        kind,
        "",
        value,
        CanaryVariants.matchKey(kind, value),
        Instant.EPOCH);
  }

  @Test
  void matchingIgnoresSpacingWidthCaseAndDashes() {
    var mail = row("京东", CanaryKind.EMAIL, "zhang+jd7k@qq.com");
    var name = row("京东", CanaryKind.NAME, "张先生-京");
    var door = row("顺丰", CanaryKind.ADDRESS, "北京市朝阳区望京街道花园小区3号楼501-K7");
    List<SourcesRepository.CanaryRow> all = List.of(mail, name, door);
    assertThat(SourceLedger.found(all, "To: ＺＨＡＮＧ＋ＪＤ７Ｋ＠ＱＱ．ＣＯＭ")).containsExactly(mail);
    assertThat(SourceLedger.found(all, "Zhang + jd7k @ qq.com")).containsExactly(mail);
    assertThat(SourceLedger.found(all, "张 先 生—京，你好")).containsExactly(name);
    assertThat(SourceLedger.found(all, "张先生\u200b－京")).containsExactly(name);
    assertThat(SourceLedger.found(all, "快递放在3号楼 501 - k7 门口")).containsExactly(door);
    assertThat(SourceLedger.found(all, "张先生你好，京东客服")).isEmpty();
    assertThat(SourceLedger.found(all, "zhang+jd7x@qq.com 3号楼501-K8")).isEmpty();
  }

  @Test
  void aLongerCanaryWinsOverOneItContains() {
    var shortOne = row("京东", CanaryKind.NAME, "张先生-京");
    var longer = row("京东到家", CanaryKind.NAME, "张先生-京东"); // made by hand, not by us
    assertThat(SourceLedger.found(List.of(shortOne, longer), "张先生-京东，你好")).containsExactly(longer);
    assertThat(SourceLedger.found(List.of(shortOne, longer), "张先生-京，你好 张先生-京东"))
        .containsExactly(shortOne, longer);
  }

  @Test
  void countersKeysDropTheCountryPrefix() {
    assertThat(MatchingText.counterpartKey("+86 138-0013-8000")).isEqualTo("13800138000");
    assertThat(MatchingText.counterpartKey("0086 13800138000")).isEqualTo("13800138000");
    assertThat(MatchingText.counterpartKey("１３８００１３８０００")).isEqualTo("13800138000");
    assertThat(MatchingText.counterpartKey("95588")).isEqualTo("95588");
    assertThat(MatchingText.counterpartKey("110")).isNull();
    assertThat(MatchingText.counterpartKey(" ")).isNull();
    assertThat(MatchingText.platformKey("“京 东”")).isEqualTo(MatchingText.platformKey("京东"));
  }
}
