package org.leakaid.scanner.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leakaid.scanner.TextEncoding;

class SqlRowsTest {

  private static List<String> rows(String line, Charset cs) {
    byte[] b = line.getBytes(cs);
    List<String> rows = new ArrayList<>();
    int pos = SqlRows.valuesStart(b, 0, b.length);
    if (pos < 0) {
      return null;
    }
    for (int open = SqlRows.nextRowStart(b, pos, b.length);
        open >= 0;
        open = SqlRows.nextRowStart(b, pos, b.length)) {
      pos = SqlRows.rowEnd(b, open, b.length);
      rows.add(new String(b, open, pos - open, cs));
    }
    return rows;
  }

  @Test
  void splitsMultiRowInsertsAtTopLevelParentheses() {
    for (Charset cs : new Charset[] {Charset.forName("UTF-8"), Charset.forName("GBK")}) {
      String line =
          "INSERT INTO `t_user` (`name`,`note`) VALUES ('张三','a),(b'),('O''Brien','x\\'),('),"
              + " (3,'(nested)');";
      assertThat(rows(line, cs))
          .containsExactly("('张三','a),(b')", "('O''Brien','x\\'),(')", "(3,'(nested)')");
    }
  }

  @Test
  void otherLinesAreNotInserts() {
    Charset utf8 = Charset.forName("UTF-8");
    assertThat(rows("insert into t values (1)", utf8)).containsExactly("(1)");
    assertThat(rows("CREATE TABLE t (a int)", utf8)).isNull();
    assertThat(rows("张三,13812345678", utf8)).isNull();
    assertThat(rows("INSERT INTO `values_log` (`values`) VALUES (2)", utf8)).containsExactly("(2)");
  }

  @Test
  void labelTiersReadEnglishColumnNames() {
    byte[] hotel = "INSERT INTO t_hotel_checkin (name, mobile) ".getBytes();
    assertThat(TierKeywords.labelTier(hotel, 0, hotel.length, TextEncoding.UTF_8))
        .isEqualTo(TierKeywords.TIER_500);
    byte[] gps = "user_id,latitude,longitude".getBytes();
    assertThat(TierKeywords.labelTier(gps, 0, gps.length, TextEncoding.UTF_8))
        .isEqualTo(TierKeywords.TIER_50);
    byte[] plain = "name,mobile,email".getBytes();
    assertThat(TierKeywords.labelTier(plain, 0, plain.length, TextEncoding.UTF_8))
        .isEqualTo(TierKeywords.NONE);
  }
}
