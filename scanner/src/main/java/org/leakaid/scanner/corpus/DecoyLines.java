package org.leakaid.scanner.corpus;

import java.util.Random;

/**
 * Lines with no personal information that look as if they had some: order numbers, waybills,
 * timestamps, failing IDs and cards, build hashes, unallocated numbers, and look-alikes of the
 * rarer identifiers.
 */
final class DecoyLines {
  private final Random rnd;
  private final CorpusValues values;

  DecoyLines(Random rnd, CorpusValues values) {
    this.rnd = rnd;
    this.values = values;
  }

  void decoyLine(LineBuilder b) {
    if (rnd.nextInt(100) < 30) {
      rareDecoyLine(b);
      return;
    }
    switch (rnd.nextInt(5)) {
      case 0 ->
          b.text(
              "订单"
                  + values.orderNo()
                  + " 金额 ¥"
                  + values.amount()
                  + " 时间 "
                  + values.timestampMillis());
      case 1 ->
          b.text(
              "运单号 "
                  + values.waybill()
                  + " 已签收，签收时间 "
                  + values.dateTime()
                  + "，件数 "
                  + (1 + rnd.nextInt(5)));
      case 2 ->
          b.text("ERROR checksum mismatch id=" + values.invalidId() + " ref=" + values.card(false));
      case 3 ->
          b.text(
              "build "
                  + values.hex(40)
                  + " v"
                  + (1 + rnd.nextInt(9))
                  + "."
                  + rnd.nextInt(10)
                  + "."
                  + rnd.nextInt(10)
                  + "."
                  + rnd.nextInt(100)
                  + " ok in "
                  + rnd.nextInt(1000)
                  + "."
                  + rnd.nextInt(1000)
                  + "s");
      default ->
          b.text(
              "号码 "
                  + values.unallocatedPhone()
                  + " 为空号，流水号"
                  + values.timestampMillis()
                  + rnd.nextInt(10));
    }
  }

  /**
   * Look-alikes of the rarer identifiers that are none: credit codes with a wrong check character,
   * passport-shaped words glued to other text, plate-shaped codes without a province, and area code
   * plus number inside longer digit runs or glued to letters.
   */
  private void rareDecoyLine(LineBuilder b) {
    switch (rnd.nextInt(4)) {
      case 0 -> b.text("统一社会信用代码校验失败：" + values.invalidUscc() + "，请核对后重新提交");
      case 1 ->
          b.text(
              values.pick(new String[] {"护照扫描件 passport_", "附件 SKU", "护照照片 IMG"})
                  + values.passport()
                  + values.pick(new String[] {".jpg 已上传", "_front.png 已上传", "-01 已上传"}));
      case 2 ->
          b.text(
              values.pick(new String[] {"型号", "工号：", "批次 ", "航班"})
                  + CorpusValues.PLATE_LETTERS.charAt(
                      rnd.nextInt(CorpusValues.PLATE_LETTERS.length()))
                  + values.digits(5)
                  + "，数量 "
                  + (1 + rnd.nextInt(9)));
      default -> {
        String area =
            rnd.nextBoolean()
                ? values.pick(CorpusValues.AREA_CODES_3)
                : values.pick(CorpusValues.AREA_CODES_4);
        String run = area + values.subscriber(8);
        b.text(
            rnd.nextBoolean()
                ? "交易流水号"
                    + values.dateTime().substring(0, 10).replace("-", "")
                    + run
                    + values.digits(3)
                : "设备序列号 SN" + run + "，固件 v" + (1 + rnd.nextInt(9)) + "." + rnd.nextInt(10));
      }
    }
  }
}
