package org.leakaid.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumberClassifierTest {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  private static NumberFacts facts(String input) {
    return NumberClassifier.classify(input, ZH);
  }

  private static LookupResult lookup(String input, String claims) {
    return NumberLookup.lookup(facts(input), Community.NONE, claims, ZH);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "13800138000",
        " 13800138000 ",
        "138 0013 8000",
        "138-0013-8000",
        "138.0013.8000",
        "(138) 0013 8000",
        "+86 138 0013 8000",
        "+86-138-0013-8000",
        "+8613800138000",
        "(+86) 138 0013 8000",
        "0086 138 0013 8000",
        "0086-13800138000",
        "008613800138000",
        "8613800138000",
        "86 138 0013 8000",
        "tel:+86-138-0013-8000",
        "１３８００１３８０００",
        "＋８６　１３８－００１３－８０００",
        "（＋８６）１３８ ００１３ ８０００",
        "+86 (0)138 0013 8000"
      })
  void everyWrittenFormOfAMobileIsTheSameNumber(String written) {
    NumberFacts f = facts(written);
    assertThat(f.e164()).isEqualTo("+8613800138000");
    assertThat(f.key()).isEqualTo(8613800138000L);
    assertThat(f.valid()).isTrue();
    assertThat(f.type()).isEqualTo(NumberType.MOBILE);
    assertThat(f.input()).isEqualTo(written.strip());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "010-62345678",
        "010 6234 5678",
        "(010) 6234-5678",
        "01062345678",
        "+86 10 6234 5678",
        "+86-10-62345678",
        "+86 010 62345678",
        "+86 (0)10 6234 5678",
        "0086 10 62345678",
        "０１０－６２３４５６７８"
      })
  void everyWrittenFormOfALandlineIsTheSameNumber(String written) {
    NumberFacts f = facts(written);
    assertThat(f.e164()).isEqualTo("+861062345678");
    assertThat(f.type()).isEqualTo(NumberType.FIXED_LINE);
    assertThat(f.region()).isEqualTo("北京市");
    assertThat(f.extension()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "010-62345678-801",
        "010-62345678转801",
        "010 6234 5678 ext. 801",
        "01062345678#801"
      })
  void anExtensionIsKeptApart(String written) {
    NumberFacts f = facts(written);
    assertThat(f.e164()).isEqualTo("+861062345678");
    assertThat(f.extension()).isEqualTo("801");
    assertThat(f.valid()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "   ", "abc", "138@0013-8000", "+", "微信号 zhang", "123456789012345678901"})
  void whatIsNotANumberIsRefusedWithAReason(String written) {
    assertThatThrownBy(() -> facts(written))
        .isInstanceOf(InvalidNumberException.class)
        .hasMessageNotContaining("Exception");
  }

  @Test
  void regionAndCarrierOfAKnownMobileInChineseAndEnglish() {
    NumberFacts zh = facts("13800138000");
    assertThat(zh.region()).isEqualTo("北京市");
    assertThat(zh.carrier()).isEqualTo("中国移动");
    assertThat(zh.notes()).extracting(r -> r.text(ZH)).anyMatch(t -> t.contains("携号转网"));
    NumberFacts en = NumberClassifier.classify("13800138000", Locale.ENGLISH);
    assertThat(en.region()).isEqualTo("Beijing");
    assertThat(en.carrier()).isEqualTo("China Mobile");
    assertThat(facts("075586013388").region()).isEqualTo("广东省深圳市");
    assertThat(facts("075586013388").carrier()).isNull();
  }

  @Test
  void virtualOperatorSegmentsAreVirtualWithTheirNetwork() {
    NumberFacts v170 = facts("17012345678");
    assertThat(v170.type()).isEqualTo(NumberType.VIRTUAL_MOBILE);
    assertThat(v170.carrier()).isEqualTo("虚拟运营商（中国电信网络）");
    assertThat(v170.hints()).extracting(r -> r.text(ZH)).anyMatch(t -> t.contains("170 号段"));
    NumberFacts v1705 = facts("17051234567");
    assertThat(v1705.carrier()).isEqualTo("虚拟运营商（中国移动网络）");
    NumberFacts v171 = facts("17112345678");
    assertThat(v171.type()).isEqualTo(NumberType.VIRTUAL_MOBILE);
    assertThat(v171.carrier()).isEqualTo("虚拟运营商（中国联通网络）");
    assertThat(facts("16512345678").type()).isEqualTo(NumberType.VIRTUAL_MOBILE);
    assertThat(facts("16212345678").valid()).isTrue();
    assertThat(facts("16712345678").floor()).isEqualTo(Verdict.UNKNOWN);
  }

  @Test
  void iotAndDataOnlySegmentsAreSuspiciousCallers() {
    for (String n : new String[] {"14812345678", "14612345678", "14912345678", "1440123456789"}) {
      NumberFacts f = facts(n);
      assertThat(f.type()).as(n).isEqualTo(NumberType.IOT);
      assertThat(f.valid()).as(n).isTrue();
      assertThat(f.floor()).as(n).isEqualTo(Verdict.SUSPICIOUS);
    }
    assertThat(facts("14712345678").type()).isEqualTo(NumberType.MOBILE);
    assertThat(facts("19212345678").carrier()).isEqualTo("中国广电");
  }

  @Test
  void tollFreeServiceAndOverseasNumbers() {
    assertThat(facts("400-810-8888").type()).isEqualTo(NumberType.TOLL_FREE);
    assertThat(facts("400 810 8888").e164()).isEqualTo("+864008108888");
    assertThat(facts("8008301880").type()).isEqualTo(NumberType.TOLL_FREE);

    NumberFacts icbc = facts("95588");
    assertThat(icbc.type()).isEqualTo(NumberType.SERVICE);
    assertThat(icbc.valid()).isTrue();
    assertThat(icbc.e164()).isEqualTo("+8695588");
    assertThat(icbc.official().nameZh()).isEqualTo("中国工商银行");
    assertThat(facts("+8695588").official()).isEqualTo(icbc.official());
    assertThat(facts("10086").official().nameZh()).isEqualTo("中国移动");
    assertThat(facts("12315").type()).isEqualTo(NumberType.SERVICE);
    assertThat(facts("96110").official().category()).isEqualTo("GOVERNMENT");
    assertThat(facts("95123").type()).isEqualTo(NumberType.SERVICE);
    assertThat(facts("95123").official()).isNull();

    NumberFacts sms = facts("10690000123");
    assertThat(sms.type()).isEqualTo(NumberType.SERVICE);
    assertThat(sms.hints()).extracting(r -> r.text(ZH)).anyMatch(t -> t.contains("短信端口"));
    // Written as a Beijing number it is a Beijing number.
    assertThat(facts("010-69000123").type()).isEqualTo(NumberType.FIXED_LINE);

    NumberFacts us = facts("+1 (212) 555-1234");
    assertThat(us.type()).isEqualTo(NumberType.OVERSEAS);
    assertThat(us.region()).isEqualTo("美国");
    assertThat(us.e164()).isEqualTo("+12125551234");
    assertThat(facts("+852 2123 4567").region()).isEqualTo("中国香港特别行政区");
    assertThat(facts("+852 2123 4567").type()).isEqualTo(NumberType.OVERSEAS);
  }

  @Test
  void numbersThatCannotExistAreSuspicious() {
    for (String n : new String[] {"12345678901", "15412345678", "+999 1234", "1380013800"}) {
      NumberFacts f = facts(n);
      assertThat(f.valid()).as(n).isFalse();
      assertThat(f.type()).as(n).isEqualTo(NumberType.UNKNOWN);
      assertThat(f.floor()).as(n).isEqualTo(Verdict.SUSPICIOUS);
    }
    NumberFacts local = facts("62345678");
    assertThat(local.floor()).isEqualTo(Verdict.UNKNOWN);
    assertThat(local.hints()).extracting(r -> r.text(ZH)).anyMatch(t -> t.contains("区号"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"+95588", "+955 88", "0095588", "+9558812345", "095588", "＋９５５８８"})
  void imitationsOfAnOfficialNumberAreFraud(String written) {
    LookupResult r = lookup(written, null);
    assertThat(r.verdict()).isEqualTo(Verdict.FRAUD);
    assertThat(r.official()).isNull();
    assertThat(String.join(" ", r.reasons())).contains("中国工商银行", "95588");
    assertThat(r.e164()).isNotEqualTo("+8695588");
  }

  @Test
  void theRealServiceNumberIsSafeWithACautionAboutForgedCallerId() {
    LookupResult r = lookup("95588", null);
    assertThat(r.verdict()).isEqualTo(Verdict.SAFE);
    assertThat(r.official().name()).isEqualTo("中国工商银行");
    assertThat(r.official().source()).contains("icbc.com.cn");
    assertThat(String.join(" ", r.reasons())).contains("来电显示可以被伪造");
    assertThat(lookup("110", null).reasons()).anyMatch(t -> t.contains("伪造"));
    assertThat(lookup("96110", null).reasons()).anyMatch(t -> t.contains("请接听"));
  }

  @Test
  void isThisReallyMyBankAnsweredBothWays() {
    LookupResult mobile = lookup("13800138000", "工商银行");
    assertThat(mobile.verdict()).isEqualTo(Verdict.SUSPICIOUS);
    assertThat(mobile.reasons()).contains("中国工商银行的官方客服号码是 95588，不是这个号码。", "中国工商银行的客服不会用手机号码给你打电话。");
    LookupResult real = lookup("95588", "工行");
    assertThat(real.verdict()).isEqualTo(Verdict.SAFE);
    assertThat(real.reasons()).contains("这就是中国工商银行的官方号码。");
    LookupResult otherBank = lookup("95533", "ICBC");
    assertThat(otherBank.verdict()).isEqualTo(Verdict.SUSPICIOUS);
    LookupResult unknown = lookup("13800138000", "某某小贷公司");
    assertThat(unknown.verdict()).isEqualTo(Verdict.UNKNOWN);
    assertThat(unknown.reasons()).anyMatch(t -> t.contains("官方号码表里没有“某某小贷公司”"));
  }

  @Test
  void theJsonHasTheApiFieldsInOrder() {
    String json = LookupJson.write(lookup("13800138000", null));
    assertThat(json)
        .startsWith(
            "{\"input\":\"13800138000\",\"e164\":\"+8613800138000\",\"valid\":true,"
                + "\"type\":\"MOBILE\",\"region\":\"北京市\",\"carrier\":\"中国移动\","
                + "\"verdict\":\"UNKNOWN\",\"reasons\":[")
        .contains("\"reports\":{}", "\"official\":null", "\"extension\":\"\"");
    assertThat(LookupJson.string("a\"b\\c\n\u0001")).isEqualTo("\"a\\\"b\\\\c\\n\\u0001\"");
  }

  @Test
  void everyOfficialEntryHasASourceAndIsItsOwnNumber() {
    assertThat(OfficialNumbers.all()).hasSizeGreaterThan(40);
    for (OfficialNumber o : OfficialNumbers.all()) {
      assertThat(o.source()).as(o.number()).isNotBlank();
      assertThat(o.outbound()).isIn("CALLS", "SMS_ONLY", "INBOUND");
      NumberFacts f = facts(o.number());
      assertThat(f.official()).as(o.number()).isEqualTo(o);
      assertThat(f.type()).as(o.number()).isEqualTo(NumberType.SERVICE);
    }
  }
}
