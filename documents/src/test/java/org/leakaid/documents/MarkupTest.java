package org.leakaid.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a user types stays text: it cannot become a title, a table or a second line. */
class MarkupTest {

  @Test
  void linesBecomeBlocks() {
    List<Block> blocks =
        Markup.parse("# 标题\n@ 致：某单位：\n\n正文。\n## 一、小标题\n| a | b |\n| 1 | 2 |\n>> 张三\n~ 注\n---\n下一页");
    assertThat(blocks)
        .containsExactly(
            new Block.Title("标题"),
            new Block.Flush("致：某单位："),
            new Block.Paragraph("正文。"),
            new Block.Heading("一、小标题"),
            new Block.Table(List.of(List.of("a", "b"), List.of("1", "2"))),
            new Block.Signature("张三"),
            new Block.Note("注"),
            new Block.PageBreak(),
            new Block.Paragraph("下一页"));
  }

  @Test
  void typedTextCannotMakeMarkup() {
    Map<String, String> typed = new HashMap<>(FixtureCase.typed());
    typed.put("consumerRelation", "我在该平台购物\n# 伪造的标题\n| 伪造 | 表格 |\r\n>> 伪造签名\u0007");
    Draft draft =
        Documents.standard().draft(DocumentKind.COMPLAINT_12315, FixtureCase.facts(typed));
    assertThat(draft.blocks().stream().filter(b -> b instanceof Block.Title)).hasSize(1);
    assertThat(draft.blocks())
        .anySatisfy(
            b ->
                assertThat(b.text())
                    .contains("我在该平台购物 # 伪造的标题 ｜ 伪造 ｜ 表格 ｜ >> 伪造签名")
                    .doesNotContain("\u0007"));
  }

  @Test
  void htmlEscapesEverything() {
    Map<String, String> typed = new HashMap<>(FixtureCase.typed());
    typed.put("fullName", "<script>alert(1)</script>");
    String html =
        Documents.standard()
            .html(Documents.standard().draft(DocumentKind.POLICE_REPORT, FixtureCase.facts(typed)));
    assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void chineseNumeralsAsArticleNumbersPrintThem() {
    assertThat(ChineseNumerals.of(10)).isEqualTo("十");
    assertThat(ChineseNumerals.of(15)).isEqualTo("十五");
    assertThat(ChineseNumerals.of(110)).isEqualTo("一百一十");
    assertThat(ChineseNumerals.of(210)).isEqualTo("二百一十");
    assertThat(ChineseNumerals.of(1034)).isEqualTo("一千零三十四");
    assertThat(ChineseNumerals.of(1100)).isEqualTo("一千一百");
    assertThat(ChineseNumerals.of(1182)).isEqualTo("一千一百八十二");
    assertThat(Citations.printedNumber("253-1")).isEqualTo("第二百五十三条之一");
  }
}
