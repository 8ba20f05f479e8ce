package org.leakaid.scanner.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.leakaid.scanner.PiiType;
import org.leakaid.scanner.corpus.CorpusGenerator.Line;

/**
 * Small CSV, TSV and pipe-separated files: a header line in Chinese or English naming a random
 * choice of columns, then rows with now and then an empty cell or a quoted address.
 */
final class CsvFiles {
  private final Random rnd;
  private final CorpusValues values;

  CsvFiles(Random rnd, CorpusValues values) {
    this.rnd = rnd;
    this.values = values;
  }

  private enum Col {
    NAME,
    MOBILE,
    ID,
    CARD,
    EMAIL,
    ADDRESS,
    ORDER,
    TIME,
    AMOUNT,
    WAYBILL,
    REMARK,
    LANDLINE,
    PASSPORT,
    PLATE,
    CREDIT_CODE
  }

  /** The rarer identifiers each get a column in this share of CSV files (per cent). */
  private static final int RARE_COLUMN_PERCENT = 8;

  private static final String[] ZH_HEADERS = {
    "姓名",
    "手机号",
    "身份证号",
    "银行卡号",
    "邮箱",
    "收货地址",
    "订单号",
    "下单时间",
    "金额",
    "快递单号",
    "备注",
    "座机",
    "护照号",
    "车牌号",
    "统一社会信用代码"
  };
  private static final String[] ZH_HEADERS_ALT = {
    "收件人", "联系电话", "证件号码", "卡号", "电子邮箱", "详细地址", "订单编号", "创建时间", "实付金额", "运单号", "备注", "固定电话",
    "护照号码", "车牌", "信用代码"
  };
  private static final String[] EN_HEADERS = {
    "name",
    "mobile",
    "id_card",
    "bank_card",
    "email",
    "address",
    "order_no",
    "created_at",
    "amount",
    "tracking_no",
    "remark",
    "landline",
    "passport",
    "plate_no",
    "credit_code"
  };

  /** A whole small CSV file: its header line, then 3 to 22 rows. */
  List<Line> csvFile() {
    List<Col> cols = new ArrayList<>();
    for (Col c : Col.values()) {
      int percent =
          c.compareTo(Col.LANDLINE) >= 0
              ? RARE_COLUMN_PERCENT
              : c == Col.NAME || c == Col.MOBILE ? 85 : 45;
      if (rnd.nextInt(100) < percent) {
        cols.add(c);
      }
    }
    if (cols.isEmpty()) {
      cols.add(Col.MOBILE);
    }
    java.util.Collections.shuffle(cols, rnd);
    String delimiter = values.pick(new String[] {",", ",", "\t", "|"});
    String[] headers = values.pick(new String[][] {ZH_HEADERS, ZH_HEADERS_ALT, EN_HEADERS});
    List<Line> out = new ArrayList<>();
    LineBuilder h = new LineBuilder();
    for (int i = 0; i < cols.size(); i++) {
      h.text(i > 0 ? delimiter : "").text(headers[cols.get(i).ordinal()]);
    }
    out.add(h.line(true, true));
    int rows = 3 + rnd.nextInt(20);
    for (int r = 0; r < rows; r++) {
      LineBuilder b = new LineBuilder();
      for (int i = 0; i < cols.size(); i++) {
        if (i > 0) {
          b.text(delimiter);
        }
        if (rnd.nextInt(100) < 4) {
          continue; // empty cell
        }
        Col c = cols.get(i);
        boolean quote = delimiter.equals(",") && c == Col.ADDRESS && rnd.nextBoolean();
        if (quote) {
          b.text("\"");
        }
        cell(b, c);
        if (quote) {
          b.text("\"");
        }
      }
      out.add(b.line(false, false));
    }
    return out;
  }

  private void cell(LineBuilder b, Col c) {
    switch (c) {
      case NAME -> b.pii(PiiType.PERSON_NAME, values.name());
      case MOBILE -> {
        if (rnd.nextInt(100) < 6) {
          b.text(values.unallocatedPhone());
        } else {
          b.pii(PiiType.CN_MOBILE, values.phone());
        }
      }
      case ID -> values.idValue(b);
      case CARD -> values.cardValue(b, true);
      case EMAIL -> b.pii(PiiType.EMAIL, values.email());
      case ADDRESS -> b.pii(PiiType.CN_ADDRESS, values.address());
      case ORDER -> b.text(values.orderNo());
      case TIME ->
          b.text(rnd.nextBoolean() ? values.dateTime() : String.valueOf(values.timestampMillis()));
      case AMOUNT -> b.text(values.amount());
      case WAYBILL -> b.text(values.waybill());
      case REMARK -> remark(b);
      case LANDLINE -> values.landlineValue(b);
      case PASSPORT -> b.pii(PiiType.CN_PASSPORT, values.passport());
      case PLATE -> b.pii(PiiType.CN_LICENSE_PLATE, values.plate());
      case CREDIT_CODE -> values.usccValue(b);
    }
  }

  private void remark(LineBuilder b) {
    switch (rnd.nextInt(6)) {
      case 0 -> b.text("无");
      case 1 -> b.text("尽快发货");
      case 2 ->
          b.text(
              "版本 v"
                  + (1 + rnd.nextInt(9))
                  + "."
                  + rnd.nextInt(10)
                  + "."
                  + rnd.nextInt(10)
                  + "."
                  + rnd.nextInt(20));
      case 3 -> b.text("关联订单" + values.orderNo());
      case 4 -> b.text("送到" + values.pick(CorpusValues.ORGS) + "门口");
      default -> b.text("");
    }
  }
}
