package org.leakaid.scanner;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnMemoTest {

  @Test
  void findsWhatWasStoredByBytesInsideALargerBuffer() {
    ColumnMemo memo = new ColumnMemo();
    byte[] line = "姓名,手机号,\"地址\"".getBytes(UTF_8);
    int comma = 6; // after 姓名 (two three-byte characters)
    memo.put(line, 0, comma, 7);
    assertThat(memo.get(line, 0, comma)).isEqualTo(7);
    assertThat(memo.get("姓名".getBytes(UTF_8), 0, 6)).isEqualTo(7);
    assertThat(memo.get(line, 0, comma - 1)).isEqualTo(ColumnMemo.ABSENT);
    assertThat(memo.get(line, comma + 1, line.length)).isEqualTo(ColumnMemo.ABSENT);
  }

  @Test
  void keepsEveryEntryAcrossGrowthAndStartsAfreshWhenFull() {
    ColumnMemo memo = new ColumnMemo();
    for (int i = 0; i < 4096; i++) {
      byte[] key = ("col" + i).getBytes(UTF_8);
      memo.put(key, 0, key.length, i);
    }
    for (int i = 0; i < 4096; i++) {
      byte[] key = ("col" + i).getBytes(UTF_8);
      assertThat(memo.get(key, 0, key.length)).isEqualTo(i);
    }
    byte[] next = "姓名".getBytes(UTF_8);
    memo.put(next, 0, next.length, 1);
    assertThat(memo.get(next, 0, next.length)).isEqualTo(1);
    byte[] old = "col7".getBytes(UTF_8);
    assertThat(memo.get(old, 0, old.length)).isEqualTo(ColumnMemo.ABSENT);
  }
}
