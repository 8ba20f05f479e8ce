package org.leakaid.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskerTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "CN_MOBILE|13812345678|138****5678",
        "CN_MOBILE|+86 138 1234 5678|+86 138 **** 5678",
        "CN_MOBILE|138-1234-5678|138-****-5678",
        "CN_MOBILE|１３８１２３４５６７８|１３８****５６７８",
        "CN_RESIDENT_ID|11010519491231002X|110105********002X",
        "CN_RESIDENT_ID|110105491231002|110105*****1002",
        "BANK_CARD|6222021234567890123|622202*********0123",
        "BANK_CARD|6222 0212 3456 7890|6222 02** **** 7890",
        "PERSON_NAME|张三|张*",
        "PERSON_NAME|欧阳娜娜|欧***",
        "PERSON_NAME|买买提·艾力|买**·**",
        "PERSON_NAME|张;三|张;*",
        "EMAIL|zhangsan@example.com|z***@example.com",
        "EMAIL|123456789@qq.com|1***@qq.com",
        "EMAIL|zhangsan＠qq.com|z***＠qq.com",
        "CN_LANDLINE|010-62345678|010-******78",
        "CN_LANDLINE|(0755)62345678|(0755)******78",
        "CN_LANDLINE|+86 755 62345678|+86 755 ******78",
        "CN_LANDLINE|0086-10-6234-5678|0086-10-****-**78",
        "CN_LANDLINE|（0371）29117821|（0371）******21",
        "CN_ADDRESS|浙江省杭州市西湖区文三路478号|浙江省杭州市西湖区*******",
        "IP_ADDRESS|192.168.1.20|192.168.*.*",
        "CN_LICENSE_PLATE|粤B12345|粤B***45",
        // Found in JSON that writes Chinese as escapes: masked the same way, written back so.
        "PERSON_NAME|\\u5f20\\u4f1f|\\u5f20*",
        "PERSON_NAME|\\ud840\\udc00\\u4f1f|\\ud840\\udc00*",
        "CN_ADDRESS|\\u6d59\\u6c5f\\u7701\\u676d\\u5dde\\u5e02\\u6587\\u4e09\\u8def478\\u53f7"
            + "|\\u6d59\\u6c5f\\u7701\\u676d\\u5dde\\u5e02*******"
      })
  void conventions(PiiType type, String text, String masked) {
    assertThat(Masker.mask(type, text)).isEqualTo(masked);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "CN_MOBILE|13812345678",
        "CN_RESIDENT_ID|11010519491231002X",
        "BANK_CARD|6222021234567890123",
        "CN_PASSPORT|E12345678",
        "CN_USCC|91350100M000100Y43",
        "GEO_COORDINATE|39.904200,116.407400"
      })
  void maskedTextDiffersAndKeepsLength(PiiType type, String text) {
    String masked = Masker.mask(type, text);
    assertThat(masked).isNotEqualTo(text).hasSameSizeAs(text).contains("*");
  }
}
