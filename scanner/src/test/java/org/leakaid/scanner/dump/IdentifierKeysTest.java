package org.leakaid.scanner.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;
import org.leakaid.scanner.PiiType;
import org.leakaid.scanner.TextEncoding;

class IdentifierKeysTest {

  private static long key(PiiType type, String text, TextEncoding enc) {
    byte[] b = text.getBytes(Charset.forName(enc == TextEncoding.UTF_8 ? "UTF-8" : "GB18030"));
    return IdentifierKeys.valueKey(type, b, 0, b.length, enc);
  }

  @Test
  void mobileWrittenFormsShareOneKeyInBothEncodings() {
    long plain = key(PiiType.CN_MOBILE, "13812345678", TextEncoding.UTF_8);
    for (TextEncoding enc : TextEncoding.values()) {
      assertThat(key(PiiType.CN_MOBILE, "+86 138 1234 5678", enc)).isEqualTo(plain);
      assertThat(key(PiiType.CN_MOBILE, "138-1234-5678", enc)).isEqualTo(plain);
      assertThat(key(PiiType.CN_MOBILE, "0086 13812345678", enc)).isEqualTo(plain);
      assertThat(key(PiiType.CN_MOBILE, "１３８１２３４５６７８", enc)).isEqualTo(plain);
      assertThat(key(PiiType.CN_MOBILE, "(+86)138 1234 5678", enc)).isEqualTo(plain);
    }
    assertThat(key(PiiType.CN_MOBILE, "13812345679", TextEncoding.UTF_8)).isNotEqualTo(plain);
  }

  @Test
  void idNumbersIgnoreTheCaseOfX() {
    assertThat(key(PiiType.CN_RESIDENT_ID, "11010519491231002x", TextEncoding.UTF_8))
        .isEqualTo(key(PiiType.CN_RESIDENT_ID, "11010519491231002X", TextEncoding.GB18030))
        .isEqualTo(key(PiiType.CN_RESIDENT_ID, "１１０１０５１９４９１２３１００２ｘ", TextEncoding.UTF_8));
  }

  @Test
  void emailIgnoresCaseAndBankCardsIgnoreSpacing() {
    assertThat(key(PiiType.EMAIL, "Zhang.San@Example.COM", TextEncoding.UTF_8))
        .isEqualTo(key(PiiType.EMAIL, "zhang.san@example.com", TextEncoding.UTF_8));
    assertThat(key(PiiType.BANK_CARD, "6222 0212 3456 7890 128", TextEncoding.UTF_8))
        .isEqualTo(key(PiiType.BANK_CARD, "6222021234567890128", TextEncoding.UTF_8));
  }

  @Test
  void landlinesMeetWithAndWithoutCountryCode() {
    assertThat(key(PiiType.CN_LANDLINE, "010-12345678", TextEncoding.UTF_8))
        .isEqualTo(key(PiiType.CN_LANDLINE, "+86 10 1234 5678", TextEncoding.UTF_8))
        .isEqualTo(key(PiiType.CN_LANDLINE, "(010)12345678", TextEncoding.UTF_8));
  }

  @Test
  void namesAndAddressesAreKeyedByEveryByte() {
    String a = "北京市海淀区中关村大街1号";
    assertThat(key(PiiType.CN_ADDRESS, a, TextEncoding.UTF_8))
        .isEqualTo(key(PiiType.CN_ADDRESS, a, TextEncoding.UTF_8))
        .isNotEqualTo(key(PiiType.CN_ADDRESS, a.replace('1', '2'), TextEncoding.UTF_8))
        .isNotEqualTo(key(PiiType.CN_ADDRESS, a + "号", TextEncoding.UTF_8));
    for (int len = 1; len < 20; len++) {
      String s = "x".repeat(len);
      assertThat(key(PiiType.PERSON_NAME, s, TextEncoding.UTF_8))
          .isNotEqualTo(key(PiiType.PERSON_NAME, s + "x", TextEncoding.UTF_8))
          .isNotEqualTo(key(PiiType.PERSON_NAME, s.substring(1) + "y", TextEncoding.UTF_8));
    }
  }

  @Test
  void typedKeysTellTypesApart() {
    long digits = key(PiiType.BANK_CARD, "123456789012345678", TextEncoding.UTF_8);
    assertThat(key(PiiType.CN_RESIDENT_ID, "123456789012345678", TextEncoding.UTF_8))
        .isEqualTo(digits);
    assertThat(IdentifierKeys.typed(PiiType.BANK_CARD, digits))
        .isNotEqualTo(IdentifierKeys.typed(PiiType.CN_RESIDENT_ID, digits));
  }
}
