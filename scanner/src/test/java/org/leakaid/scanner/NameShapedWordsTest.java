package org.leakaid.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leakaid.scanner.RowNamesTest.names;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Brands, dishes, herbs and fictional people that read as names (name-shaped-words.txt): in a
 * headerless row next to a valid phone they are products, not people; after a label they are still
 * names, and real names in the same rows are still found.
 */
class NameShapedWordsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "3318,李宁,15850211437,鼓楼",
        "周大福,18912650377,5120,杭州",
        "6620,13770452981,何首乌,南京",
        "15150663824,黄焖鸡,4471,朝阳",
        "贾宝玉,13601478230,9125,苏州",
        "7731,金银花,13952006614,海淀",
        "13813377058,谭木匠,1207,宁波"
      })
  void nameShapedWordsInRowsAreNoNames(String row) {
    assertThat(names(row)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "3318,王立新,15850211437,鼓楼",
        "6620,13770452981,宋晓梅,南京",
      })
  void realNamesInTheSameRowsAreStillFound(String row) {
    assertThat(names(row)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"姓名：李宁，电话：15850211437", "收件人：周大福 电话 18912650377"})
  void aLabelStillVouchesForTheName(String line) {
    assertThat(names(line)).hasSize(1);
  }
}
