package org.leakaid.scanner.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.leakaid.scanner.TextEncoding;

class TextSnifferTest {
  private static final String CHINESE = "姓名,手机,地址\n张三,13812345678,北京市海淀区中关村大街1号\n";

  private static TextEncoding detect(byte[] b) {
    return TextSniffer.detect(b, 0, b.length);
  }

  @Test
  void tellsUtf8FromGbk() {
    assertThat(detect(CHINESE.getBytes(Charset.forName("UTF-8")))).isEqualTo(TextEncoding.UTF_8);
    assertThat(detect(CHINESE.getBytes(Charset.forName("GBK")))).isEqualTo(TextEncoding.GB18030);
    assertThat(detect(CHINESE.getBytes(Charset.forName("GB18030"))))
        .isEqualTo(TextEncoding.GB18030);
    assertThat(detect("plain ascii 123".getBytes())).isEqualTo(TextEncoding.UTF_8);
  }

  @Test
  void aFewBrokenBytesKeepALargeUtf8TextUtf8() {
    byte[] good = CHINESE.repeat(200).getBytes(Charset.forName("UTF-8"));
    good[100] = (byte) 0xFF;
    assertThat(detect(good)).isEqualTo(TextEncoding.UTF_8);
  }

  @Test
  void aSampleCutInsideACharacterIsStillUtf8() {
    byte[] b = CHINESE.getBytes(Charset.forName("UTF-8"));
    assertThat(TextSniffer.detect(b, 0, b.length - 2)).isEqualTo(TextEncoding.UTF_8);
  }

  @Test
  void nulBytesOrControlCharactersMeanBinary() {
    assertThat(TextSniffer.looksBinary(new byte[] {'a', 0, 'b'}, 0, 3)).isTrue();
    byte[] controls = new byte[100];
    java.util.Arrays.fill(controls, (byte) 'a');
    for (int i = 0; i < 20; i++) {
      controls[i * 5] = 0x02;
    }
    assertThat(TextSniffer.looksBinary(controls, 0, 100)).isTrue();
    byte[] text = CHINESE.getBytes(Charset.forName("GBK"));
    assertThat(TextSniffer.looksBinary(text, 0, text.length)).isFalse();
    assertThat(TextSniffer.looksBinary(new byte[0], 0, 0)).isFalse();
  }

  @Test
  void recognisesCsvHeadersButNotDataRows() {
    for (TextEncoding enc : TextEncoding.values()) {
      Charset cs = Charset.forName(enc == TextEncoding.UTF_8 ? "UTF-8" : "GB18030");
      assertThat(header("姓名,手机号,身份证号,入住时间", cs, enc)).isTrue();
      assertThat(header("name\tphone\temail", cs, enc)).isTrue();
      assertThat(header("张三,13812345678,北京市", cs, enc)).isFalse();
      assertThat(header("{\"name\":\"张三\"}", cs, enc)).isFalse();
      assertThat(header("a@b.com,x", cs, enc)).isFalse();
      assertThat(header("just a sentence", cs, enc)).isFalse();
    }
  }

  @Test
  void headersInTheMiddleOfAFileNeedARealColumnLabel() {
    for (String yes :
        new String[] {"姓名,手机号,入住时间", "name\tphone\temail", "\"real_name\",\"mobile\""}) {
      byte[] b = yes.getBytes(StandardCharsets.UTF_8);
      assertThat(new CsvHeaders().isHeader(b, 0, b.length, TextEncoding.UTF_8, true))
          .as(yes)
          .isTrue();
    }
    for (String no : new String[] {"hotel,valid,ok", "a,b", "INFO|started|server", "张三,李四"}) {
      byte[] b = no.getBytes(StandardCharsets.UTF_8);
      assertThat(new CsvHeaders().isHeader(b, 0, b.length, TextEncoding.UTF_8, true))
          .as(no)
          .isFalse();
    }
  }

  private static boolean header(String line, Charset cs, TextEncoding enc) {
    byte[] b = line.getBytes(cs);
    return CsvHeaders.looksLikeHeader(b, 0, b.length, enc);
  }

  @Test
  void findsNewlinesAtEveryPosition() {
    for (int len = 0; len < 40; len++) {
      byte[] b = new byte[len];
      java.util.Arrays.fill(b, (byte) 'x');
      assertThat(Lines.indexOfNewline(b, 0, len)).isEqualTo(-1);
      for (int at = 0; at < len; at++) {
        byte[] c = b.clone();
        c[at] = '\n';
        assertThat(Lines.indexOfNewline(c, 0, len)).isEqualTo(at);
        assertThat(Lines.lastIndexOfNewline(c, 0, len)).isEqualTo(at);
        if (at > 0) {
          assertThat(Lines.indexOfNewline(c, 1, len)).isEqualTo(at);
        }
      }
    }
    byte[] high = {(byte) 0x8A, (byte) 0x0B, (byte) 0x09, 'a', 'b', 'c', 'd', 'e', '\n'};
    assertThat(Lines.indexOfNewline(high, 0, high.length)).isEqualTo(8);
  }
}
