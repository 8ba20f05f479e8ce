package org.leakaid.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.leakaid.evidence.EvidenceKind;

class QuickCaptureTest {

  @Test
  void theSenderIsTakenFromTheShapesMessagesComeIn() {
    assertThat(QuickCapture.counterpart("From: \"Bank\" <alerts@bank-example.cn>\nhi"))
        .isEqualTo("alerts@bank-example.cn");
    assertThat(QuickCapture.counterpart("+86 171-0000-1111：您的快递到了")).isEqualTo("17100001111");
    assertThat(QuickCapture.counterpart("发信人：10690 0001 23\n您好")).isEqualTo("10690000123");
    assertThat(QuickCapture.counterpart("点击 https://t.example.cn/x?a=1 领取"))
        .isEqualTo("https://t.example.cn/x?a=1");
    assertThat(QuickCapture.counterpart("你好")).isNull();
    assertThat(QuickCapture.counterpart("【某某贷】您的额度已提升")).isNull();
    assertThat(QuickCapture.signature("【某某贷】您的额度已提升")).isEqualTo("【某某贷】");
    assertThat(QuickCapture.counterpart("10690000123【某某贷】您的额度已提升")).isEqualTo("10690000123");
    assertThat(QuickCapture.signature("没有签名")).isNull();
  }

  @Test
  void theKindIsGuessed() {
    assertThat(QuickCapture.guessKind("主题: 你好\n正文")).isEqualTo(EvidenceKind.EMAIL);
    assertThat(QuickCapture.guessKind("【某银行】您的卡...退订回T")).isEqualTo(EvidenceKind.SMS);
    assertThat(QuickCapture.guessKind("加我微信聊聊")).isEqualTo(EvidenceKind.CHAT);
  }

  @Test
  void fraudSignalsAreNamed() {
    assertThat(QuickCapture.signals("请开启屏幕共享并告诉我验证码"))
        .extracting(QuickCapture.Signal::key)
        .containsExactly("VERIFICATION_CODE", "SCREEN_SHARING");
    assertThat(QuickCapture.signals("全场五折，欢迎光临")).isEmpty();
  }
}
