package org.leakaid.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class EmlMessageTest {

  @Test
  void encodedWordsDecodeInUtf8QuotedPrintableAndAcrossCharsets() {
    assertThat(EmlMessage.decodeWords("=?UTF-8?Q?=E9=80=80=E6=AC=BE_=E9=80=9A=E7=9F=A5?="))
        .isEqualTo("退款 通知");
    // white space between adjacent encoded-words goes, plain text around them stays
    assertThat(
            EmlMessage.decodeWords(
                "Re: =?gb18030?B?"
                    + java.util.Base64.getEncoder()
                        .encodeToString("账户".getBytes(Charset.forName("GB18030")))
                    + "?=  =?utf-8?B?"
                    + java.util.Base64.getEncoder()
                        .encodeToString("冻结".getBytes(StandardCharsets.UTF_8))
                    + "?= 通知"))
        .isEqualTo("Re: 账户冻结 通知");
    // a broken word is kept as written rather than dropped
    assertThat(EmlMessage.decodeWords("=?utf-8?B?***?=")).isEqualTo("=?utf-8?B?***?=");
  }

  @Test
  void rawGbkHeadersAndAnHtmlOnlyBodyAreRead() throws Exception {
    byte[] mail =
        ("From: 客服 <kf@example.cn>\nSubject: 中奖通知\nDate: 5 Nov 2026 09:07:00 GMT\n"
                + "Content-Type: text/html; charset=gbk\n\n"
                + "<html><head><style>p{}</style></head><body><p>恭喜&nbsp;您</p>"
                + "<script>x()</script><p>请&lt;立即&gt;领取</p></body></html>")
            .getBytes(Charset.forName("GBK"));
    EmlMessage m = EmlMessage.parse(mail);
    assertThat(m.subject()).isEqualTo("中奖通知");
    assertThat(m.fromAddress()).isEqualTo("kf@example.cn");
    assertThat(m.date()).isEqualTo(OffsetDateTime.parse("2026-11-05T09:07Z"));
    assertThat(m.body()).isEqualTo("恭喜 您\n请<立即>领取");
  }

  @Test
  void quotedPrintableBodyWithSoftLineBreaks() throws Exception {
    byte[] mail =
        ("From: a@b.cn\r\nContent-Type: text/plain; charset=\"utf-8\"\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "=E4=BD=A0=E5=A5=BD=\r\n=EF=BC=8C=E4=B8=96=E7=95=8C")
            .getBytes(StandardCharsets.US_ASCII);
    assertThat(EmlMessage.parse(mail).body()).isEqualTo("你好，世界");
  }

  @Test
  void receivedHopsAreSummarisedAndTextWithoutHeadersIsNotAnEmail() {
    assertThat(
            EmlMessage.summariseReceived(
                "from smtp.a.cn (unknown [203.0.113.7])   by mx.b.net (Postfix) with ESMTP id"
                    + " 1; Fri, 20 Nov 2026 14:03:09 +0800"))
        .isEqualTo(
            "from smtp.a.cn (unknown [203.0.113.7]) by mx.b.net; Fri, 20 Nov 2026 14:03:09 +0800");
    assertThatThrownBy(() -> EmlMessage.parse("hello\nworld".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(EmlMessage.NotAnEmail.class);
  }
}
