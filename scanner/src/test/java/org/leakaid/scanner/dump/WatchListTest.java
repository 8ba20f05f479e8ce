package org.leakaid.scanner.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leakaid.scanner.PiiType;

class WatchListTest {

  @Test
  void classifiesEachKindOfOwnIdentifier() {
    WatchList w =
        WatchList.of(
            List.of(
                "# my identifiers",
                "+86 138-1234-5678",
                "11010519491231002x",
                "Zhang.San@Example.com",
                "6222 0212 3456 7890 128",
                "010-12345678",
                "",
                "张三"));
    assertThat(w.entries())
        .extracting(WatchList.Entry::type)
        .containsExactly(
            PiiType.CN_MOBILE,
            PiiType.CN_RESIDENT_ID,
            PiiType.EMAIL,
            PiiType.BANK_CARD,
            PiiType.CN_LANDLINE,
            PiiType.PERSON_NAME);
    assertThat(w.entries().get(0).canonical()).isEqualTo("13812345678");
    assertThat(w.entries().get(1).canonical()).isEqualTo("11010519491231002X");
    assertThat(w.entries().get(2).canonical()).isEqualTo("zhang.san@example.com");
    assertThat(w.nameCount()).isEqualTo(2); // as written, and as escapes (\\u5f20\\u4e09)
    assertThat(w.nameBytes(1, org.leakaid.scanner.TextEncoding.GB18030))
        .asString()
        .isEqualTo("\\u5f20\\u4e09");
  }

  @Test
  void keysMatchWhatFindingsInOtherWrittenFormsProduce() {
    WatchList w = WatchList.of(List.of("13812345678"));
    byte[] found = "１３８ １２３４ ５６７８".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    long key =
        IdentifierKeys.valueKey(
            PiiType.CN_MOBILE, found, 0, found.length, org.leakaid.scanner.TextEncoding.UTF_8);
    assertThat(w.indexOfKey(key)).isEqualTo(0);
    assertThat(w.indexOfKey(key + 1)).isEqualTo(-1);
  }

  @Test
  void repeatedEntriesCountOnce() {
    assertThat(WatchList.of(List.of("13812345678", "138 1234 5678")).entries()).hasSize(1);
  }
}
