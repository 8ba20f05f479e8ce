package org.leakaid.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The row rules for names without labels ({@link RowNames}): what they find and what they must not.
 */
class RowNamesTest {

  private static final Scanner SCANNER = Scanner.create(ScanOptions.defaults());

  /** The names the default scanner reports in {@code text}. */
  static List<String> names(String text) {
    return SCANNER.scan(text).stream()
        .filter(f -> f.type() == PiiType.PERSON_NAME)
        .map(Finding::text)
        .toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "20817,%s,320106198703111239,13912345678",
        "%s\t13912345678\t北京",
        "1|%s|18612345678|已发货",
        "%s 13912345678 江苏省南京市鼓楼区中山路18号",
        "13912345678----%s----6228480012345671",
        "INSERT INTO `t` VALUES (7,'%s','13912345678','男');",
        "%s13912345678江苏省南京市鼓楼区中山路18号",
        "13912345678%s江苏省南京市鼓楼区中山路18号",
        "320106198703111239%s，13912345678",
        "收件人%s，电话13912345678",
        "客户%s身份证号320106198703111239",
        "法人%s 电话13912345678",
        "本人%s，手机13912345678",
        "买家%s 13912345678"
      })
  void namesInTheShapesDumpsComeIn(String shape) {
    for (String name : new String[] {"韩立军", "欧阳秀英", "郑洁"}) {
      assertThat(names(shape.formatted(name))).as(shape).containsExactly(name);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "20817,韩立军,320106198703111238,12012345678", // the ID fails its check, no phone
        "20817,韩立军,备注,x",
        "韩立军12012345678江苏省南京市鼓楼区中山路18号",
        "{\"shop\":\"韩立军\",\"tel\":\"13912345678\"}", // a key says what the value is
        "客户管理系统 13912345678",
        "本人承诺以上信息属实 13912345678"
      })
  void noNameWithoutAValidContactOrWhereAKeyOrSentenceSaysOtherwise(String row) {
    assertThat(names(row)).as(row).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // places (GB/T 2260 names, also without 省/市/区/县)
        "江苏",
        "南京",
        "黄山",
        "鼓楼",
        "江宁",
        "高明",
        "海淀",
        "常州",
        "温州",
        "金华",
        "龙岩",
        "武汉",
        "石家庄",
        "黄浦",
        "江苏省",
        "南京市",
        "鼓楼区",
        "丰县",
        // status words, education, marriage, ethnic groups, occupations
        "已发货",
        "已签收",
        "正常",
        "冻结",
        "男",
        "女",
        "汉族",
        "满族",
        "苗族",
        "白族",
        "本科",
        "高中",
        "初中",
        "硕士",
        "已婚",
        "未婚",
        "离异",
        "党员",
        "群众",
        "农民",
        "干部",
        "文员",
        "司机",
        "全款",
        "包邮",
        "成功",
        // common nouns, colours, payment and shipping, titles, products
        "马克杯",
        "毛巾",
        "牛奶",
        "宿舍",
        "钱包",
        "金额",
        "余额",
        "商品",
        "公司",
        "黄色",
        "白色",
        "金卡",
        "黄金",
        "支付宝",
        "顺丰",
        "申通",
        "王经理",
        "李医生",
        "张先生",
        "刘女士",
        "王总",
        "李工",
        "金龙鱼",
        "周黑鸭",
        "陈皮",
        "黄焖鸡",
        "胡辣汤",
        "高压锅",
        "林业局",
        "高铁站"
      })
  void placesStatusWordsAndCommonNounsInDelimitedRowsAreNoNames(String word) {
    for (String row :
        new String[] {
          "1," + word + ",13912345678",
          word + "\t320106198703111239",
          "13912345678|" + word + "|6228480012345671",
          "INSERT INTO `t` VALUES (1,'" + word + "','13912345678');",
          word + "13912345678"
        }) {
      assertThat(names(row)).as(row).isEmpty();
    }
  }

  @Test
  void noDivisionNameIsANameInARow() {
    List<String> found = new ArrayList<>();
    for (String place : RegionCodes.names()) {
      for (String form : new String[] {place, shortForm(place)}) {
        if (form.length() >= 2 && !names("1," + form + ",13912345678").isEmpty()) {
          found.add(form);
        }
      }
    }
    assertThat(found).isEmpty();
  }

  private static String shortForm(String place) {
    return place.length() > 2 && "省市区县旗".indexOf(place.charAt(place.length() - 1)) >= 0
        ? place.substring(0, place.length() - 1)
        : place;
  }
}
