package org.leakaid.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where address spans start and stop (issue 16); addresses of our own making. */
class AddressSpansTest {

  private static final Scanner SCANNER = Scanner.create(ScanOptions.defaults());

  private static List<String> found(String text, PiiType type) {
    return SCANNER.scan(text).stream().filter(f -> f.type() == type).map(Finding::text).toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "福田区深南中路1025号新世界商务中心2206",
        "广州市天河区体育西路191号中石化大厦B1502",
        "西湖区文二路391号西湖国际科技大厦A-1207",
        "鼓楼区中山北路8号紫峰广场3301"
      })
  void spansCoverTheBuildingAndTheRoom(String address) {
    assertThat(found("地址：" + address + "，电话13912345678", PiiType.CN_ADDRESS))
        .containsExactly(address);
    assertThat(found("他住在" + address + "，电话13912345678", PiiType.CN_ADDRESS))
        .containsExactly(address);
    assertThat(SCANNER.mask("地址：" + address + "，电话13912345678"))
        .doesNotContain(address.substring(address.length() - 3));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "浙江省作协党组召开扩大会议",
        "广州市规划局公布36号文件",
        "成都市政府保障市民出行",
        "南京市委宣传部发布通知",
        "杭州市人大常委会举行第12次会议",
        "深圳市公安局通报3号案件"
      })
  void organisationsAndVerbsAreNoAddresses(String sentence) {
    assertThat(found(sentence, PiiType.CN_ADDRESS)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"海淀区学院路37号", "雁塔区科技二路68号", "江宁区双龙大道1539号"})
  void addressesWithoutAProvinceCarryADistrictRoadAndNumber(String address) {
    assertThat(found("寄到" + address + "就行", PiiType.CN_ADDRESS)).containsExactly(address);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "苏州市新区狮山路88号",
        "临空经济开发区航空路17号",
        "成都高新区天府三街199号",
        "合肥经济技术开发区芙蓉路678号",
        "苏州工业园区星湖街328号",
        "重庆市渝北区民族路8号",
        "天津市和平区南京路219号",
        "上海市浦东新区世纪大道100号"
      })
  void developmentZonesAndMunicipalityDistricts(String address) {
    assertThat(found("送到" + address + "，谢谢", PiiType.CN_ADDRESS)).containsExactly(address);
    assertThat(found("地址：" + address, PiiType.CN_ADDRESS)).containsExactly(address);
  }

  @Test
  void aNameNeverSitsInsideAnAddressSpan() {
    String text = "地址：郑洁浙江省杭州市西湖区文三路478号";
    assertThat(found(text, PiiType.CN_ADDRESS)).containsExactly("浙江省杭州市西湖区文三路478号");
    assertThat(found(text, PiiType.PERSON_NAME)).containsExactly("郑洁");
    String glued = "北京市朝阳区建国路88号韩立军13912345678";
    assertThat(found(glued, PiiType.CN_ADDRESS)).containsExactly("北京市朝阳区建国路88号");
    assertThat(found(glued, PiiType.PERSON_NAME)).containsExactly("韩立军");
    assertThat(SCANNER.mask(glued)).doesNotContain("韩立军");
  }
}
