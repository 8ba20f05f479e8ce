package org.leakaid.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScanSessionTest {

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Scanner SCANNER = Scanner.create(ScanOptions.defaults());

  /** What the sink received, with the matched text decoded back for readable assertions. */
  private record Hit(PiiType type, String text, float confidence, boolean rejected) {}

  private static List<Hit> scan(String line, TextEncoding enc) {
    return scan(SCANNER.newSession(), null, line, enc);
  }

  private static List<Hit> scan(ScanSession session, String header, String line, TextEncoding enc) {
    Charset cs = enc == TextEncoding.UTF_8 ? StandardCharsets.UTF_8 : GB18030;
    if (header != null) {
      byte[] h = header.getBytes(cs);
      session.header(h, 0, h.length, enc);
    }
    // Padding around the line checks that offsets are absolute and nothing reads outside it.
    byte[] body = line.getBytes(cs);
    byte[] buf = new byte[body.length + 10];
    java.util.Arrays.fill(buf, (byte) '7');
    System.arraycopy(body, 0, buf, 5, body.length);
    List<Hit> hits = new ArrayList<>();
    session.scanLine(
        buf,
        5,
        5 + body.length,
        enc,
        new FindingSink() {
          @Override
          public void found(PiiType type, int start, int end, float confidence) {
            assertThat(start).isBetween(5, end);
            assertThat(end).isLessThanOrEqualTo(5 + body.length);
            hits.add(new Hit(type, new String(buf, start, end - start, cs), confidence, false));
          }

          @Override
          public void rejected(PiiType type, int start, int end) {
            hits.add(new Hit(type, new String(buf, start, end - start, cs), 0, true));
          }
        });
    return hits;
  }

  private static List<String> found(String line, TextEncoding enc, PiiType type) {
    return scan(line, enc).stream()
        .filter(h -> h.type() == type && !h.rejected())
        .map(Hit::text)
        .toList();
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void mobileNumbersInEveryWrittenForm(TextEncoding enc) {
    String line =
        "电话13812345678，+86 139 1234 5678；138-1234-5678 (+86)15912345678 0086 18612345678"
            + " 8613912345678 手机：１８６１２３４５６７８。";
    assertThat(found(line, enc, PiiType.CN_MOBILE))
        .containsExactly(
            "13812345678",
            "+86 139 1234 5678",
            "138-1234-5678",
            "15912345678",
            "0086 18612345678",
            "8613912345678",
            "１８６１２３４５６７８");
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void digitRunsInsideLongerCodesAreNeverPhones(TextEncoding enc) {
    String line =
        "订单号202311151381234567890 运单SF1381234567890 时间戳1700000000000 编号2023-1115-13812345678"
            + " ABC-13812345678 13812345678abc user_13812345678 3.13812345678 7731381234567890"
            + " NO１３８１２３４５６７８";
    assertThat(found(line, enc, PiiType.CN_MOBILE)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void idsValidateAndFailuresAreRejectedNotReported(TextEncoding enc) {
    List<Hit> hits = scan("身份证11010519491231002X，旧证110105491231002，错的110105194912310021", enc);
    assertThat(hits)
        .extracting(Hit::type, Hit::text, Hit::rejected)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                PiiType.CN_RESIDENT_ID, "11010519491231002X", false),
            org.assertj.core.groups.Tuple.tuple(PiiType.CN_RESIDENT_ID, "110105491231002", false),
            org.assertj.core.groups.Tuple.tuple(
                PiiType.CN_RESIDENT_ID, "110105194912310021", true));
  }

  @Test
  void anIdThatAlsoPassesLuhnIsAnIdNotACard() {
    // 622424199001011234-style numbers start like UnionPay cards; find one passing Luhn.
    String id = null;
    for (int seq = 0; seq < 1000 && id == null; seq++) {
      String first17 = String.format("62242419900101%03d", seq);
      String candidate = first17 + ResidentIds.checkChar(first17);
      if (candidate.charAt(17) != 'X' && BankCards.luhn(candidate)) {
        id = candidate;
      }
    }
    assertThat(id).isNotNull();
    List<Hit> hits = scan("号码 " + id, TextEncoding.UTF_8);
    assertThat(hits).extracting(Hit::type).containsExactly(PiiType.CN_RESIDENT_ID);
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void luhnFailuresCountOnlyNextToACardKeyword(TextEncoding enc) {
    String bad = "6222021234567890124"; // UnionPay range, fails Luhn
    assertThat(scan("流水 " + bad, enc))
        .extracting(Hit::type, Hit::rejected)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(PiiType.BANK_CARD, true));
    List<Hit> withKeyword = scan("银行卡号：" + bad, enc);
    assertThat(withKeyword).hasSize(1);
    assertThat(withKeyword.get(0).rejected()).isFalse();
    assertThat(withKeyword.get(0).confidence()).isLessThan(0.8f);
    assertThat(found("card no " + bad, enc, PiiType.BANK_CARD)).containsExactly(bad);
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void cardsPlainAndGrouped(TextEncoding enc) {
    assertThat(
            found(
                "卡 6200000000000005 和 6222 0212 3456 7890 128，4242-4242-4242-4242",
                enc,
                PiiType.BANK_CARD))
        .containsExactly("6200000000000005", "6222 0212 3456 7890 128", "4242-4242-4242-4242");
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void landlines(TextEncoding enc) {
    assertThat(
            found(
                "座机010-62345678，(0755)82345678 0571 8888 1234 电话：021-5234567",
                enc,
                PiiType.CN_LANDLINE))
        .containsExactly("010-62345678", "(0755)82345678", "0571 8888 1234");
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void landlinesAfterTheCountryCodeInFullWidthFormsAndWithExtensions(TextEncoding enc) {
    assertThat(
            found(
                "座机：+86 10 6234 5678，tel=+86-755-62345678 0086-10-62345678",
                enc,
                PiiType.CN_LANDLINE))
        .containsExactly("+86 10 6234 5678", "+86-755-62345678", "0086-10-62345678");
    assertThat(found("客服热线（0371）29117821，传真０７５５－６２３４５６７８", enc, PiiType.CN_LANDLINE))
        .containsExactly("（0371）29117821", "０７５５－６２３４５６７８");
    // The extension is left out; it is not part of the number.
    assertThat(
            found(
                "总机010-62345678-801 分机021-2502-2394-5488 +86-771-6627609-3872 05512345678-12",
                enc,
                PiiType.CN_LANDLINE))
        .containsExactly("010-62345678", "021-2502-2394", "+86-771-6627609", "05512345678");
    // Dash-joined codes are still never cut apart: no trunk 0, or a last group too long.
    assertThat(found("订单号2021-0305-1234-5678 0571-8888-6666-12345", enc, PiiType.CN_LANDLINE))
        .isEmpty();
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void emails(TextEncoding enc) {
    assertThat(
            found(
                "邮箱zhang.san@example.com，QQ邮箱123456789@qq.com。ZHAO@163.COM a@b x@y.c",
                enc,
                PiiType.EMAIL))
        .containsExactly("zhang.san@example.com", "123456789@qq.com", "ZHAO@163.COM");
    // A full-width ＠, as an input method in full-width mode types it; never after Chinese text.
    assertThat(found("邮箱zhangsan＠qq.com，张＠qq.com", enc, PiiType.EMAIL))
        .containsExactly("zhangsan＠qq.com");
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void aSlashBetweenTwoLongNumbersSeparatesThemButGluesPathsAndDates(TextEncoding enc) {
    String line =
        "电话：13812345678/13912345678 身份证：110101199003074514/11010519491231002X"
            + " 2023/11/30 /user/15012345678/orders 1/15112345678 15212345678/7";
    assertThat(found(line, enc, PiiType.CN_MOBILE)).containsExactly("13812345678", "13912345678");
    assertThat(found(line, enc, PiiType.CN_RESIDENT_ID))
        .containsExactly("110101199003074514", "11010519491231002X");
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void aPhoneWrittenAsAWholeFloatIsAPhone(TextEncoding enc) {
    // pandas writes a phone column with empty cells as floats; amounts keep their cents.
    String line = "张三,13812345678.0,x 金额13912345678.50 15012345678.0.1 15112345678.00";
    assertThat(found(line, enc, PiiType.CN_MOBILE)).containsExactly("13812345678");
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void emailsInLeakedAccountListsEndBeforeTheDashes(TextEncoding enc) {
    // The way stolen accounts are listed: e-mail----password----phone.
    String line =
        "zhang@qq.com----Pass1234----13912345678 li@163.com- wang@mail.my-site.com"
            + " chen@example.xn--fiqs8s x@y.c0m-a";
    assertThat(found(line, enc, PiiType.EMAIL))
        .containsExactly("zhang@qq.com", "li@163.com", "wang@mail.my-site.com");
    assertThat(found(line, enc, PiiType.CN_MOBILE)).containsExactly("13912345678");
  }

  @Test
  void gb18030TrailBytesAreNeverReadAsAscii() {
    // 丂 is 0x81 0x40 ('@' as trail byte), 丄 is 0x81 0x42 ('B'), 丅 0x81 0x43.
    assertThat(found("丄13812345678", TextEncoding.GB18030, PiiType.CN_MOBILE))
        .containsExactly("13812345678");
    assertThat(found("abc丂qq.com", TextEncoding.GB18030, PiiType.EMAIL)).isEmpty();
    assertThat(found("丅E12345678 护照", TextEncoding.GB18030, PiiType.CN_PASSPORT)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void passportsNeedContextToBeReported(TextEncoding enc) {
    assertThat(found("护照号码：E12345678", enc, PiiType.CN_PASSPORT)).containsExactly("E12345678");
    assertThat(found("passport EA1234567", enc, PiiType.CN_PASSPORT)).containsExactly("EA1234567");
    assertThat(found("型号 E12345678", enc, PiiType.CN_PASSPORT)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void licencePlates(TextEncoding enc) {
    assertThat(
            found(
                "车牌粤B12345，京A·D12345；沪AD12345 浙A12345D 苏E1234学 粤BX 京A1234 川A•12345 鲁B・6666K",
                enc,
                PiiType.CN_LICENSE_PLATE))
        .containsExactly(
            "粤B12345", "京A·D12345", "沪AD12345", "浙A12345D", "苏E1234学", "川A•12345", "鲁B・6666K");
    // Typed in lower case, the whole plate is; a word after a province character is not one.
    assertThat(found("车牌粤b12345，京a·d12345，新api12345，粤bX1234", enc, PiiType.CN_LICENSE_PLATE))
        .containsExactly("粤b12345", "京a·d12345");
    // In full width, as Chinese input methods type them, wholly or in part; glued is no plate.
    assertThat(
            found("车牌粤Ｂ１２３４５，京A·１２３４５，沪Ｃ－Ｄ１２３４５，浙Ａ１２３４５６７，苏Ｅ１２３４学", enc, PiiType.CN_LICENSE_PLATE))
        .containsExactly("粤Ｂ１２３４５", "京A·１２３４５", "沪Ｃ－Ｄ１２３４５", "苏Ｅ１２３４学");
    assertThat(scan("车牌粤Ｂ１２３４５", enc)).extracting(Hit::text).containsExactly("粤Ｂ１２３４５");
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void usccIpAndCoordinates(TextEncoding enc) {
    String line =
        "信用代码91350100M000100Y43 错91350100M000100Y44 ip 183.12.34.56 v1.2.3.4 256.1.1.1"
            + " 10.0.19041.1 位置39.904200,116.407400 价格12.5000, 13.2500"
            + " 颜色0.964200 1.000000 常数3.14159,-2.3765";
    assertThat(found(line, enc, PiiType.CN_USCC)).containsExactly("91350100M000100Y43");
    assertThat(found(line, enc, PiiType.IP_ADDRESS)).containsExactly("183.12.34.56");
    assertThat(found(line, enc, PiiType.GEO_COORDINATE)).containsExactly("39.904200,116.407400");
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void namesAfterContactVerbsButNotRoles(TextEncoding enc) {
    assertThat(
            found(
                "已联系莫明，明天回电。请通知付林然，麻烦转告万宇宇，谢谢。" + "请通知管理员；联系王经理或李医生；联系我们；通知书已送达。",
                enc,
                PiiType.PERSON_NAME))
        .containsExactly("莫明", "付林然", "万宇宇");
    // As column names they say nothing: 短信通知 holds yes or no, not names. Only the row rule
    // (a name-shaped field next to a valid phone) reads 王刚 as a name; 高明 is a district.
    ScanSession session = SCANNER.newSession();
    assertThat(scan(session, "手机,短信通知,是否联系", "13812345678,高明,王刚", enc))
        .filteredOn(h -> h.type() == PiiType.PERSON_NAME)
        .extracting(Hit::text, Hit::confidence)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("王刚", RowNames.FIELD));
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void partiesInLegalTextAreNamedAfterASeparator(TextEncoding enc) {
    assertThat(found("原告：李四，被告人：王五，法定代表人：赵六。当事人陈述后，证人张三到庭。", enc, PiiType.PERSON_NAME))
        .containsExactly("李四", "王五", "赵六");
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void creditCodesOfDigitsOnlyCountAfterTheirKeyword(TextEncoding enc) {
    // Older organisation codes carried over: no letter, or an X check character like an ID's.
    assertThat(found("统一社会信用代码：933707041576458868，税号52431226797723555X", enc, PiiType.CN_USCC))
        .containsExactly("933707041576458868", "52431226797723555X");
    assertThat(found("编号933707041576458868 52431226797723555X", enc, PiiType.CN_USCC)).isEmpty();
    // So does one typed in lower case.
    assertThat(found("税号：91350100m000100y43", enc, PiiType.CN_USCC))
        .containsExactly("91350100m000100y43");
    assertThat(found("编号91350100m000100y43", enc, PiiType.CN_USCC)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void insertColumnListsGiveContextToPassportsCreditCodesAndCards(TextEncoding enc) {
    String line =
        "INSERT INTO `t_guest` (`id`,`guest_name`,`passport_no`,`credit_code`,`card_no`,`id_card`)"
            + " VALUES (1,'杜建艳','EB3356513','933707041576458868','6222021234567890123',"
            + "'622726195404307423'),(2,'O''Brien, Pat (UK)','E48606291','','','');";
    ScanSession session = SCANNER.newSession();
    // A CSV header seen earlier does not apply to the INSERT: its 6th column holds no card.
    List<Hit> hits = scan(session, "a,b,c,d,e,卡号", line, enc);
    assertThat(hits)
        .filteredOn(h -> !h.rejected() && h.type() != PiiType.PERSON_NAME)
        .extracting(Hit::type, Hit::text)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(PiiType.CN_PASSPORT, "EB3356513"),
            org.assertj.core.groups.Tuple.tuple(PiiType.CN_USCC, "933707041576458868"),
            org.assertj.core.groups.Tuple.tuple(PiiType.BANK_CARD, "6222021234567890123"),
            org.assertj.core.groups.Tuple.tuple(PiiType.CN_RESIDENT_ID, "622726195404307423"),
            org.assertj.core.groups.Tuple.tuple(PiiType.CN_PASSPORT, "E48606291"));
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void coordinatesAreNotTheNumbersOfVectorGraphicsOrColours(TextEncoding enc) {
    String line =
        "<path d=\"m 11.714844 8.011719 c -0.96 L 121.777344 11.984375\"/>"
            + " fill:rgb(19.747925%,38.182068%) 定位39.904200,116.407400 2024-05-01 12:00";
    assertThat(found(line, enc, PiiType.GEO_COORDINATE)).containsExactly("39.904200,116.407400");
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void coordinatesInAQueryStringOrAfterChineseWords(TextEncoding enc) {
    String line =
        "GET /api/nearby?lat=39.904211&lng=116.407395 经度 121.473701 纬度 31.230416"
            + " 温度 35.123456 湿度 60.654321";
    assertThat(found(line, enc, PiiType.GEO_COORDINATE))
        .containsExactly("39.904211&lng=116.407395", "121.473701 纬度 31.230416");
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void amountsAfterKeysThatNameThemAreNotPhones(TextEncoding enc) {
    // From a JDK test log in a .tar.gz: processors\:6,maxMemory\:16769056768 is a byte count.
    String line =
        "maxMemory\\:16769056768,maxSwap\\:128849014784 file_size=13907658240 内存:14712345678"
            + " \"total_memory\": \"17179869184\", \"heap\" : 13307658240"
            + " account=13812345678 phone:13912345678 手机=13712345678";
    assertThat(found(line, enc, PiiType.CN_MOBILE))
        .containsExactly("13812345678", "13912345678", "13712345678");
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void fourPartVersionNumbersAreNotIpAddresses(TextEncoding enc) {
    // From Node.js changelogs: version numbers shaped like IPv4 addresses.
    String line =
        "* v8: upgrade to 3.24.35.22 * update zlib to 1.3.0.1-motley-7e2e4d7 版本 10.2.3.4"
            + " 登录IP 183.12.34.56 内网 10.0.0.1-254";
    assertThat(found(line, enc, PiiType.IP_ADDRESS)).containsExactly("183.12.34.56", "10.0.0.1");
    // The other end of an upgrade or a range of versions is a version too.
    assertThat(
            found(
                "upgrade from 4.2.77.18 to 4.2.77.20, V8 3.24.35.22 - 3.24.35.30; 登录IP 183.12.34.56",
                enc,
                PiiType.IP_ADDRESS))
        .containsExactly("183.12.34.56");
    // Parts all below 20: an address only with an address word before it.
    assertThat(found("GIT 1.5.0.5 文档 ip=10.0.0.5 from 1.2.3.4", enc, PiiType.IP_ADDRESS))
        .containsExactly("10.0.0.5", "1.2.3.4");
    // Or in an IP column.
    ScanSession session = SCANNER.newSession();
    assertThat(scan(session, "name,login_ip,time", "张三,10.0.0.5,12:00", enc))
        .filteredOn(h -> h.type() == PiiType.IP_ADDRESS)
        .extracting(Hit::text)
        .containsExactly("10.0.0.5");
    // Documentation ranges (RFC 5737) and loopback are nobody's address.
    assertThat(
            found(
                "ip=192.0.2.1 ip=198.51.100.7 ip=203.0.113.9 ip=127.0.0.1",
                enc,
                PiiType.IP_ADDRESS))
        .isEmpty();
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void namesAndAddressesFromLabels(TextEncoding enc) {
    String line = "收件人：张三，电话13812345678，地址：浙江省杭州市西湖区文三路478号3幢201室，谢谢";
    assertThat(found(line, enc, PiiType.PERSON_NAME)).containsExactly("张三");
    assertThat(found(line, enc, PiiType.CN_ADDRESS)).containsExactly("浙江省杭州市西湖区文三路478号3幢201室");
    assertThat(found("联系人王小明电话13512345678", enc, PiiType.PERSON_NAME)).containsExactly("王小明");
    assertThat(found("姓名：张先生，姓名：未知", enc, PiiType.PERSON_NAME)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void namesAskedForAloneAreTheNamesAFullScanFinds(TextEncoding enc) {
    // A "name" key counts next to the line's phone, which is looked for but not reported.
    ScanSession namesOnly =
        Scanner.create(ScanOptions.of(EnumSet.of(PiiType.PERSON_NAME))).newSession();
    String line = "{\"name\": \"张伟\", \"phone\": \"13812345678\", \"id\": \"110105194912310021\"}";
    assertThat(scan(namesOnly, null, line, enc))
        .extracting(h -> h.type() + " " + h.text())
        .containsExactly("PERSON_NAME 张伟");
    assertThat(found(line, enc, PiiType.PERSON_NAME)).containsExactly("张伟");
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void jsonLoggedAsAnEscapedStringKeepsItsKeys(TextEncoding enc) {
    // A service logging its request body as a string: every quote of the JSON is escaped.
    String line =
        "INFO req={\\\"realName\\\":\\\"张伟\\\",\\\"mobile\\\":\\\"13812345678\\\","
            + "\\\"addr\\\" : \\\"建国路88号3单元\\\",\\\"total_memory\\\": \\\"17179869184\\\"}";
    assertThat(found(line, enc, PiiType.PERSON_NAME)).containsExactly("张伟");
    assertThat(found(line, enc, PiiType.CN_ADDRESS)).containsExactly("建国路88号3单元");
    assertThat(found(line, enc, PiiType.CN_MOBILE)).containsExactly("13812345678");
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void chineseWrittenAsUnicodeEscapesIsRead(TextEncoding enc) {
    // Python's json.dumps writes every Chinese character as an escape unless told otherwise.
    String line =
        "{\"name\": \"\\u5f20\\u4f1f\", \"phone\": \"13812345678\", \"address\": "
            + "\"\\u5efa\\u56fd\\u8def88\\u53f73\\u5355\\u5143\"}";
    assertThat(found(line, enc, PiiType.PERSON_NAME)).containsExactly("\\u5f20\\u4f1f");
    assertThat(found(line, enc, PiiType.CN_ADDRESS))
        .containsExactly("\\u5efa\\u56fd\\u8def88\\u53f73\\u5355\\u5143");
    // Escapes of ASCII characters, and broken ones, are text as written.
    String notNames =
        "{\"name\": \"\\u0041\\u0042\", \"phone\": \"13812345678\", \"memo\": \"\\u5f2\"}";
    assertThat(found(notNames, enc, PiiType.PERSON_NAME)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void labelsAndValuesInTheCellsOfASavedWebPage(TextEncoding enc) {
    // A customer's page saved from an admin site: a header cell names the data cell after it.
    assertThat(found("<tr><th>姓名</th><td>赵磊</td></tr>", enc, PiiType.PERSON_NAME))
        .containsExactly("赵磊");
    assertThat(found("<tr><TH class=\"k\">住址</TH><td>建国路88号3单元</td>", enc, PiiType.CN_ADDRESS))
        .containsExactly("建国路88号3单元");
    assertThat(found("<span>姓名：</span><span>仉亮</span>", enc, PiiType.PERSON_NAME))
        .containsExactly("仉亮");
    // Between two data cells a name needs the line's contacts: the row may be a table's header.
    assertThat(found("<td>姓名</td><td>赵磊</td><td>13712345678</td>", enc, PiiType.PERSON_NAME))
        .containsExactly("赵磊");
    assertThat(found("<tr><td>姓名</td><td>余额</td><td>日期</td></tr>", enc, PiiType.PERSON_NAME))
        .isEmpty();
    assertThat(found("<tr><th>姓名</th><th>余额</th></tr>", enc, PiiType.PERSON_NAME)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void labelledAddressesMayHaveSpacesBetweenTheirParts(TextEncoding enc) {
    // As shops' order exports write them; a space after a part that is no place ends the address.
    assertThat(found("收货地址：广东省 深圳市 南山区 科技园路1号 张三收", enc, PiiType.CN_ADDRESS))
        .containsExactly("广东省 深圳市 南山区 科技园路1号");
    assertThat(found("收货地址：浙江 杭州 西湖区 文三路478号 3楼(310012)", enc, PiiType.CN_ADDRESS))
        .containsExactly("浙江 杭州 西湖区 文三路478号 3楼");
    assertThat(found("地址 已变更为 新的 办公楼", enc, PiiType.CN_ADDRESS)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void namesInPartsJoinedByAMiddleDotAfterALabelOrInANameColumn(TextEncoding enc) {
    assertThat(found("姓名：买买提·艾力，电话13812345678", enc, PiiType.PERSON_NAME))
        .containsExactly("买买提·艾力");
    ScanSession session = SCANNER.newSession();
    assertThat(scan(session, "姓名,电话", "阿卜杜热合曼·艾海提,13912345678", enc))
        .filteredOn(h -> h.type() == PiiType.PERSON_NAME)
        .extracting(Hit::text)
        .containsExactly("阿卜杜热合曼·艾海提");
    // Without a label, a dotted title is not a name.
    assertThat(found("新书《红楼梦·第一回》，电话13812345678", enc, PiiType.PERSON_NAME)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void aLabelledNameMayBeGluedToItsPhoneOrId(TextEncoding enc) {
    // Shipping labels and account lists write the phone or ID right after the name.
    assertThat(found("收件人：郑晓东13987654321", enc, PiiType.PERSON_NAME)).containsExactly("郑晓东");
    assertThat(found("持卡人:郑晓东110105198804121537", enc, PiiType.PERSON_NAME)).containsExactly("郑晓东");
    assertThat(found("联系人：吐尔逊·买买提13987654321浙江省", enc, PiiType.PERSON_NAME))
        .containsExactly("吐尔逊·买买提");
    // Glued to digits that are no phone or ID, the Han run is a product or a code's prefix.
    assertThat(found("收件人：郑晓东12345678901", enc, PiiType.PERSON_NAME)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void namesAndAddressesOfAContactCard(TextEncoding enc) {
    assertThat(found("FN:张三", enc, PiiType.PERSON_NAME)).containsExactly("张三");
    assertThat(found("N;CHARSET=UTF-8:欧阳;娜娜;;;", enc, PiiType.PERSON_NAME))
        .containsExactly("欧阳;娜娜");
    assertThat(found("ADR;TYPE=HOME:;;建国路88号;北京市;朝阳区;100020;中国", enc, PiiType.CN_ADDRESS))
        .containsExactly("建国路88号");
    // Display names that are no one's name.
    for (String line : new String[] {"FN:妈妈", "FN:王经理", "FN:物业", "FN:Zhang San"}) {
      assertThat(found(line, enc, PiiType.PERSON_NAME)).as(line).isEmpty();
    }
  }

  /** 㐁 (Extension A) is four bytes in GB18030; the name is found in both encodings alike. */
  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void rareNameCharactersInFourByteGb18030(TextEncoding enc) {
    assertThat(found("姓名：王㐁，电话13812345678", enc, PiiType.PERSON_NAME)).containsExactly("王㐁");
  }

  @Test
  void fourByteGb18030DecodesToItsCodePoint() {
    for (String c : new String[] {"㐁", "\uD840\uDC00", "\uD869\uDED6"}) {
      byte[] b = c.getBytes(GB18030);
      assertThat(b).hasSize(4);
      assertThat(Gb18030.decode4(b, 0)).as(c).isEqualTo(c.codePointAt(0));
    }
    assertThat(Gb18030.decode4(new byte[] {(byte) 0x81, 0x30, 0x20, 0x30}, 0)).isEqualTo(-1);
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void namesAndAddressesFromCsvHeaderColumns(TextEncoding enc) {
    ScanSession session = SCANNER.newSession();
    List<Hit> hits =
        scan(
            session,
            "订单号,收货人姓名,收货人电话,详细地址",
            "2023111512345678,欧阳娜娜,13812345678,\"广东省深圳市南山区科技园路1号\"",
            enc);
    assertThat(hits)
        .filteredOn(h -> h.type() == PiiType.PERSON_NAME || h.type() == PiiType.CN_ADDRESS)
        .extracting(Hit::text)
        .containsExactly("欧阳娜娜", "广东省深圳市南山区科技园路1号");
    // The header applies to the following lines of the same session, until cleared.
    assertThat(scan(session, null, "1,李四,13912345678,北京市朝阳区建国路88号", enc))
        .extracting(Hit::text)
        .contains("李四", "北京市朝阳区建国路88号");
    // Without a header, a name-shaped field counts in a row with a valid phone, ID or card, at
    // the field rule's confidence; in a row without one it does not.
    session.clearHeader();
    assertThat(scan(session, null, "1,李四,13912345678,x", enc))
        .extracting(Hit::type, Hit::text, Hit::confidence)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(PiiType.CN_MOBILE, "13912345678", 0.9f),
            org.assertj.core.groups.Tuple.tuple(PiiType.PERSON_NAME, "李四", RowNames.FIELD));
    assertThat(scan(session, null, "1,李四,10086,x", enc))
        .extracting(Hit::type)
        .doesNotContain(PiiType.PERSON_NAME);
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void aNameColumnOrLabelVouchesForRareSurnamesButNotForPlaceholders(TextEncoding enc) {
    ScanSession session = SCANNER.newSession();
    String header = "姓名,手机";
    assertThat(scan(session, header, "仉亮,13812345678", enc))
        .filteredOn(h -> h.type() == PiiType.PERSON_NAME)
        .extracting(Hit::text)
        .containsExactly("仉亮");
    for (String placeholder : new String[] {"暂无", "门卫", "不详", "测试"}) {
      assertThat(scan(session, null, placeholder + ",13812345678", enc))
          .filteredOn(h -> h.type() == PiiType.PERSON_NAME)
          .isEmpty();
    }
    assertThat(found("姓名：逄霞，电话13812345678；备注：笪鹏", enc, PiiType.PERSON_NAME)).containsExactly("逄霞");
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void aFullWidthCommaIsPartOfAFieldNotADelimiter(TextEncoding enc) {
    ScanSession session = SCANNER.newSession();
    String header = "备注,详细地址,收件人";
    assertThat(scan(session, header, "送到门口，谢谢,北京市朝阳区建国路88号,张三", enc))
        .filteredOn(h -> h.type() == PiiType.PERSON_NAME || h.type() == PiiType.CN_ADDRESS)
        .extracting(Hit::text)
        .containsExactly("北京市朝阳区建国路88号", "张三");
    // Prose between CSV rows: its full-width commas do not put 挂号费655 in the address column.
    assertThat(scan(session, null, "昨天去医院，挂号费655元，排队号909。", enc))
        .filteredOn(h -> h.type() == PiiType.CN_ADDRESS)
        .isEmpty();
  }

  @Test
  void sqlInsertColumnListsNameTheValues() {
    String line =
        "INSERT INTO `users` (`id`,`real_name`,`phone`,`addr`) VALUES (1,'李四','13612345678',"
            + "'江苏省南京市玄武区中山路1号'),(2,'赵六','13712345678','x');";
    assertThat(found(line, TextEncoding.UTF_8, PiiType.PERSON_NAME)).containsExactly("李四", "赵六");
    assertThat(found(line, TextEncoding.UTF_8, PiiType.CN_ADDRESS))
        .containsExactly("江苏省南京市玄武区中山路1号");
  }

  @Test
  void anInsertKeepsItsOwnColumnsAfterACsvHeader() {
    String line =
        "INSERT INTO `users` (`id`,`real_name`,`phone`) VALUES (1,'李四','13612345678'),"
            + "(2,'赵六','13712345678');";
    ScanSession session = SCANNER.newSession();
    assertThat(scan(session, "手机,备注,姓名", line, TextEncoding.UTF_8))
        .filteredOn(h -> h.type() == PiiType.PERSON_NAME)
        .extracting(Hit::text)
        .containsExactly("李四", "赵六");
  }

  @Test
  void giantInsertLinesAreReadInSlicesWithTheirColumns() {
    StringBuilder sql = new StringBuilder("INSERT INTO `u` (`id`,`name`,`addr`) VALUES ");
    int rows = 0;
    while (sql.length() < 3 * ScanSession.CONTEXT_SLICE) {
      sql.append(rows == 0 ? "" : ",").append("(").append(rows++).append(",'王芳','建设路12号')");
    }
    sql.append(",(").append(rows++).append(",'李四','中山路1号');");
    byte[] line = sql.toString().getBytes(StandardCharsets.UTF_8);
    List<String> names = new ArrayList<>();
    SCANNER
        .newSession()
        .scanLine(
            line,
            0,
            line.length,
            TextEncoding.UTF_8,
            (type, s, e, c) -> {
              if (type == PiiType.PERSON_NAME) {
                names.add(new String(line, s, e - s, StandardCharsets.UTF_8));
              }
            });
    assertThat(names).hasSize(rows);
    assertThat(names.get(rows - 1)).isEqualTo("李四");
  }

  @Test
  void sqlInsertWithoutColumnListStillFindsStreetAddressValues() {
    String line = "INSERT INTO `t` VALUES (1,'王五','13612345678','建设路12号3栋201','马克杯','12号');";
    assertThat(found(line, TextEncoding.UTF_8, PiiType.CN_ADDRESS)).containsExactly("建设路12号3栋201");
    // A single row's positional values: a name-shaped value next to a valid phone is a name, a
    // product (马克杯) is not.
    assertThat(found(line, TextEncoding.UTF_8, PiiType.PERSON_NAME)).containsExactly("王五");
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void sqlInsertWithoutColumnListHasNameColumnsWhereMostValuesAreNames(TextEncoding enc) {
    // mysqldump's default: many rows to a line, no column names. The second column holds names in
    // four rows of five by the surname list (笪 is too rare for it, but the column vouches for
    // 笪鹏); the fourth holds one name-shaped place name (张家口) among cities.
    String line =
        "INSERT INTO `t_member` VALUES (1,'张三','13812345678','张家口'),(2,'李四','13912345678',"
            + "'北京'),(3,'欧阳娜娜','13712345678','上海'),(4,'笪鹏','13612345678','天津'),"
            + "(5,'王五','13512345678','深圳');";
    assertThat(found(line, enc, PiiType.PERSON_NAME))
        .containsExactly("张三", "李四", "欧阳娜娜", "笪鹏", "王五");
    String twoRows =
        "INSERT INTO `t_member` VALUES (1,'张三','13812345678','张家口'),(2,'李四','13912345678','北京');";
    // Too few rows for the column to tell; each row's own phone vouches for its name, and the
    // name-shaped place name stays a place.
    assertThat(found(twoRows, enc, PiiType.PERSON_NAME)).containsExactly("张三", "李四");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"sku\":\"1\",\"name\":\"黄金手镯\",\"price\":12.5}",
        "{\"name\":\"华为Mate60\",\"stock\":3}",
        "上海市第一人民医院今天人很多",
        "我下周去杭州市出差，住在西湖边",
        "IP地址：183.12.34.56",
        "静默打印/获取MAC地址(借助客户端)",
        "xj-user\t2.0.13\t2026-07\t\t用户模块",
        // Statute text, where labels are nouns (刑事诉讼法, 民事诉讼法).
        "举报人如果不愿公开自己的姓名和报案、控告、举报的行为，应当为他保守秘密。",
        "双方当事人和解的，公安机关、人民检察院、人民法院应当听取当事人和其他有关人员的意见。",
        "经当事人同意，可以将当事人陈述、法庭调查、法庭辩论合并进行。",
        "人民法院准许当事人申请的，应当通知双方当事人。",
        "人民法院可以要求申请人和对方当事人补充有关证据。"
      })
  void productsOrganisationsAndTravelAreNotPersonal(String line) {
    List<Hit> hits = scan(line, TextEncoding.UTF_8);
    assertThat(hits)
        .filteredOn(h -> h.type() == PiiType.PERSON_NAME || h.type() == PiiType.CN_ADDRESS)
        .isEmpty();
  }

  @Test
  void unlabelledAddressesNeedAPlaceAndAStreet() {
    assertThat(found("我家住在北京市朝阳区建国路88号附近", TextEncoding.UTF_8, PiiType.CN_ADDRESS))
        .containsExactly("北京市朝阳区建国路88号");
    assertThat(found("寄到广东深圳市南山区科技园路1号", TextEncoding.UTF_8, PiiType.CN_ADDRESS))
        .containsExactly("广东深圳市南山区科技园路1号");
  }

  @Test
  void optionsRestrictTypesAndThreshold() {
    ScanSession onlyEmail = Scanner.create(ScanOptions.of(EnumSet.of(PiiType.EMAIL))).newSession();
    assertThat(
            scan(onlyEmail, null, "13812345678 a.b@qq.com 11010519491231002X", TextEncoding.UTF_8))
        .extracting(Hit::type)
        .containsExactly(PiiType.EMAIL);
    ScanSession strict =
        Scanner.create(new ScanOptions(EnumSet.allOf(PiiType.class), 0.99f)).newSession();
    assertThat(scan(strict, null, "13812345678 11010519491231002X", TextEncoding.UTF_8)).isEmpty();
  }

  @Test
  void badArgumentsFailClearly() {
    ScanSession s = SCANNER.newSession();
    byte[] b = new byte[4];
    assertThatThrownBy(() -> s.scanLine(b, 2, 9, TextEncoding.UTF_8, (t, x, y, c) -> {}))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> new ScanOptions(EnumSet.allOf(PiiType.class), 1.5f))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Random mixes of the characters the detectors react to, in both encodings. */
  @Test
  @org.junit.jupiter.api.Timeout(120) // a hang guard, not a speed check
  void randomMixesOfTriggerCharactersTerminateWithSaneOffsets() {
    String[] tokens = {
      "A", "x", "E", "X", "1", "8", "6", "0", "１", "８", "中", "丄", "省", "路", "号", "@", ".", "-", " ",
      "+", "(", ")", "（", "·", ":", "：", "姓名", "地址", "卡号", "护照", "粤", "\"", "'", ",", "\t", "q.com"
    };
    ScanSession s = SCANNER.newSession();
    java.util.Random rnd = new java.util.Random(7);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = rnd.nextInt(60);
      for (int k = 0; k < n; k++) {
        sb.append(tokens[rnd.nextInt(tokens.length)]);
      }
      for (TextEncoding enc : TextEncoding.values()) {
        byte[] b =
            sb.toString().getBytes(enc == TextEncoding.UTF_8 ? StandardCharsets.UTF_8 : GB18030);
        s.scanLine(
            b,
            0,
            b.length,
            enc,
            (t, a, e, c) -> assertThat(a).isBetween(0, e).isLessThanOrEqualTo(b.length));
      }
    }
  }

  @Test
  void hostileAndBrokenInputSurvives() {
    ScanSession s = SCANNER.newSession();
    java.util.Random rnd = new java.util.Random(1);
    for (int round = 0; round < 2000; round++) {
      byte[] junk = new byte[rnd.nextInt(300)];
      rnd.nextBytes(junk);
      for (TextEncoding enc : TextEncoding.values()) {
        s.scanLine(
            junk,
            0,
            junk.length,
            enc,
            (t, a, e, c) -> assertThat(a).isBetween(0, e).isLessThanOrEqualTo(junk.length));
      }
    }
    byte[] digits = "1".repeat(100_000).getBytes(StandardCharsets.UTF_8);
    List<Hit> none = new ArrayList<>();
    s.scanLine(digits, 0, digits.length, TextEncoding.UTF_8, (t, a, e, c) -> none.add(null));
    assertThat(none).isEmpty();
  }
}
