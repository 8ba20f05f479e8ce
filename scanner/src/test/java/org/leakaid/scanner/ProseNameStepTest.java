package org.leakaid.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The byte test that keeps lines without a sentence away from the segmenter, in both encodings. */
class ProseNameStepTest {
  private static final Charset GB18030 = Charset.forName("GB18030");

  private static boolean mayHoldProse(String line, boolean gb) {
    byte[] bytes = line.getBytes(gb ? GB18030 : StandardCharsets.UTF_8);
    return ProseNameStep.mayHoldProse(bytes, 0, bytes.length, gb);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aSentenceMayHoldProse(boolean gb) {
    assertThat(mayHoldProse("据报道，王建国昨天在会上发言", gb)).isTrue();
    assertThat(mayHoldProse("王建国昨天在会上发言。", gb)).isTrue();
    assertThat(mayHoldProse("昨天王建国、李红梅都来了", gb)).isTrue();
    assertThat(mayHoldProse("王建国昨天在会上发言！", gb)).isTrue();
    assertThat(mayHoldProse("王建国昨天在会上发言？", gb)).isTrue();
    assertThat(mayHoldProse("王建国昨天在会上发言；", gb)).isTrue();
    assertThat(mayHoldProse("一二三四五六七八九十一二三四五六七八九十一二三四", gb)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aDumpsFieldsDoNot(boolean gb) {
    assertThat(mayHoldProse("20817,韩立军,13912345678,北京市朝阳区建国路88号", gb)).isFalse();
    assertThat(mayHoldProse("一二三四五六七八九十一二三四五六七八九十一二三", gb)).isFalse();
    // Punctuation without six Han characters in a row is no sentence either.
    assertThat(mayHoldProse("好，好，是", gb)).isFalse();
    // ASCII punctuation ends a field, not a sentence.
    assertThat(mayHoldProse("王建国昨天在会上发言, ok.", gb)).isFalse();
  }
}
