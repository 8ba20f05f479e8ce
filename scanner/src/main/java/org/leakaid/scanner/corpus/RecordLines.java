package org.leakaid.scanner.corpus;

import java.util.Random;
import org.leakaid.scanner.PiiType;

/**
 * One-line records of machine formats: JSON objects, SQL inserts (with and without a column list)
 * and application log lines, each now and then a parking, hotel-guest or company record.
 */
final class RecordLines {
  private static final String[] PRODUCTS = {
    "华为手机", "小米充电宝", "黄金手镯", "王老吉凉茶", "李宁运动鞋", "金龙鱼食用油", "安踏跑鞋", "周大福项链", "杜蕾斯", "马克杯"
  };

  private final Random rnd;
  private final CorpusValues values;

  RecordLines(Random rnd, CorpusValues values) {
    this.rnd = rnd;
    this.values = values;
  }

  void jsonLine(LineBuilder b) {
    int kind = rnd.nextInt(100);
    if (kind < 12) {
      b.text(
          "{\"sku\":\""
              + (100000 + rnd.nextInt(900000))
              + "\",\"name\":\""
              + values.pick(PRODUCTS));
      b.text("\",\"price\":" + values.amount() + ",\"stock\":" + rnd.nextInt(500) + "}");
      return;
    }
    if (kind < 24) {
      rareJsonLine(b, kind % 3);
      return;
    }
    b.text("{\"orderNo\":\"").text(values.orderNo()).text("\"");
    if (rnd.nextInt(100) < 85) {
      b.text(
          ",\""
              + values.pick(new String[] {"name", "receiverName", "realName", "consignee"})
              + "\":\"");
      b.pii(PiiType.PERSON_NAME, values.name()).text("\"");
    }
    b.text(",\"" + values.pick(new String[] {"mobile", "phone", "tel"}) + "\":\"");
    b.pii(PiiType.CN_MOBILE, values.phone()).text("\"");
    if (rnd.nextBoolean()) {
      b.text(",\"idCard\":\"");
      values.idValue(b);
      b.text("\"");
    }
    if (rnd.nextInt(100) < 30) {
      b.text(",\"email\":\"").pii(PiiType.EMAIL, values.email()).text("\"");
    }
    if (rnd.nextInt(100) < 70) {
      b.text(",\"" + values.pick(new String[] {"address", "receiverAddress", "addr"}) + "\":\"");
      b.pii(PiiType.CN_ADDRESS, values.address()).text("\"");
    }
    if (rnd.nextInt(100) < 25) {
      b.text(",\"bankCard\":\"");
      values.cardValue(b, true);
      b.text("\"");
    }
    b.text(",\"waybill\":\"" + values.waybill() + "\",\"createTime\":" + values.timestampMillis());
    if (rnd.nextInt(100) < 20) {
      b.text(",\"lat\":")
          .pii(
              PiiType.GEO_COORDINATE,
              values.coordinate(22, 45) + ",\"lng\":" + values.coordinate(100, 122));
    }
    b.text("}");
  }

  /** Parking, hotel and company records: plates, passports, credit codes and landlines. */
  private void rareJsonLine(LineBuilder b, int kind) {
    switch (kind) {
      case 0 -> {
        b.text("{\"parkId\":\"P" + values.digits(4) + "\",\"plateNo\":\"");
        b.pii(PiiType.CN_LICENSE_PLATE, values.plate()).text("\"");
        if (rnd.nextBoolean()) {
          b.text(",\"ownerMobile\":\"").pii(PiiType.CN_MOBILE, values.phoneDigits()).text("\"");
        }
        b.text(",\"inTime\":\"" + values.dateTime() + "\",\"fee\":" + values.amount() + "}");
      }
      case 1 -> {
        b.text("{\"roomNo\":\"" + (100 * (1 + rnd.nextInt(20)) + 1 + rnd.nextInt(30)) + "\"");
        b.text(",\"passportNo\":\"").pii(PiiType.CN_PASSPORT, values.passport()).text("\"");
        b.text(",\"guestName\":\"").pii(PiiType.PERSON_NAME, values.name()).text("\"");
        b.text(",\"nationality\":\"CN\",\"checkIn\":\"" + values.dateTime() + "\"}");
      }
      default -> {
        b.text(
            "{\"companyName\":\"" + values.pick(CorpusValues.COMPANIES) + "\",\"creditCode\":\"");
        values.usccValue(b);
        b.text(
            "\",\"" + values.pick(new String[] {"landline", "telephone", "officePhone"}) + "\":\"");
        values.landlineValue(b);
        b.text("\",\"regCapital\":" + (10 + rnd.nextInt(5000)) + "}");
      }
    }
  }

  void sqlLine(LineBuilder b) {
    if (rnd.nextInt(100) < 15) {
      rareSqlLine(b);
      return;
    }
    boolean columns = rnd.nextInt(100) < 75;
    b.text("INSERT INTO `t_member` ");
    if (columns) {
      b.text("(`id`,`real_name`,`mobile`,`id_card`,`email`,`address`,`created_at`) ");
    }
    b.text("VALUES ");
    int tuples = 1 + rnd.nextInt(3);
    for (int t = 0; t < tuples; t++) {
      b.text(t > 0 ? "," : "").text("(" + (1 + rnd.nextInt(999999)) + ",'");
      // Without a column list a name is still a name: expected, even if nothing can tell.
      b.pii(PiiType.PERSON_NAME, values.name());
      b.text("','").pii(PiiType.CN_MOBILE, values.phoneDigits()).text("','");
      values.idValue(b);
      b.text("','").pii(PiiType.EMAIL, values.email()).text("','");
      b.pii(
          PiiType.CN_ADDRESS,
          columns || rnd.nextBoolean() ? values.address() : values.streetOnly());
      b.text("','" + values.dateTime() + "')");
    }
    b.text(";");
  }

  /** Vehicle, hotel-guest and company tables, always with their column list. */
  private void rareSqlLine(LineBuilder b) {
    int table = rnd.nextInt(3);
    b.text(
        switch (table) {
          case 0 ->
              "INSERT INTO `t_vehicle` (`id`,`owner_name`,`mobile`,`plate_no`,`created_at`) VALUES ";
          case 1 ->
              "INSERT INTO `t_guest` (`id`,`guest_name`,`passport_no`,`nationality`,`check_in`)"
                  + " VALUES ";
          default ->
              "INSERT INTO `t_enterprise` (`id`,`company_name`,`credit_code`,`landline`"
                  + ",`reg_address`) VALUES ";
        });
    int tuples = 1 + rnd.nextInt(3);
    for (int t = 0; t < tuples; t++) {
      b.text(t > 0 ? "," : "").text("(" + (1 + rnd.nextInt(999999)) + ",'");
      switch (table) {
        case 0 -> {
          b.pii(PiiType.PERSON_NAME, values.name()).text("','");
          b.pii(PiiType.CN_MOBILE, values.phoneDigits()).text("','");
          b.pii(PiiType.CN_LICENSE_PLATE, values.plate()).text("','" + values.dateTime());
        }
        case 1 -> {
          b.pii(PiiType.PERSON_NAME, values.name()).text("','");
          b.pii(PiiType.CN_PASSPORT, values.passport()).text("','CN','" + values.dateTime());
        }
        default -> {
          b.text(values.pick(CorpusValues.COMPANIES) + "','");
          values.usccValue(b);
          b.text("','");
          values.landlineValue(b);
          b.text("','").pii(PiiType.CN_ADDRESS, values.address());
        }
      }
      b.text("')");
    }
    b.text(";");
  }

  void logLine(LineBuilder b) {
    b.text(
        values.dateTime()
            + "."
            + (100 + rnd.nextInt(900))
            + " INFO [http-nio-8080-exec-"
            + rnd.nextInt(200)
            + "] ");
    b.text("c.s.order.OrderService - traceId=" + values.hex(32) + " ");
    if (rnd.nextInt(100) < 15) {
      rareLogLine(b);
      return;
    }
    switch (rnd.nextInt(4)) {
      case 0 -> {
        b.text("create order orderNo=" + values.orderNo() + " mobile=")
            .pii(PiiType.CN_MOBILE, values.phoneDigits());
        b.text(" ip=").pii(PiiType.IP_ADDRESS, values.ip()).text(" ts=" + values.timestampMillis());
      }
      case 1 -> {
        b.text("realname verify idCard=");
        values.idValue(b);
        b.text(
            " result="
                + values.pick(new String[] {"PASS", "FAIL"})
                + " cost="
                + rnd.nextInt(900)
                + "ms");
      }
      case 2 -> {
        b.text("bind card cardNo=");
        values.cardValue(b, true);
        b.text(" user=").pii(PiiType.CN_MOBILE, values.phoneDigits());
      }
      default -> {
        b.text("send mail to=")
            .pii(PiiType.EMAIL, values.email())
            .text(" waybill=" + values.waybill());
        b.text(" version=" + (1 + rnd.nextInt(5)) + "." + rnd.nextInt(10) + "." + rnd.nextInt(30));
      }
    }
  }

  private void rareLogLine(LineBuilder b) {
    switch (rnd.nextInt(4)) {
      case 0 -> {
        b.text("vehicle in plate=").pii(PiiType.CN_LICENSE_PLATE, values.plate());
        b.text(" gate=" + (1 + rnd.nextInt(8)) + " ts=" + values.timestampMillis());
      }
      case 1 -> {
        b.text("hotel checkin passportNo=").pii(PiiType.CN_PASSPORT, values.passport());
        b.text(" room=" + (100 * (1 + rnd.nextInt(20)) + 1 + rnd.nextInt(30)));
      }
      case 2 -> {
        b.text("enterprise verify creditCode=");
        values.usccValue(b);
        b.text(
            " result="
                + values.pick(new String[] {"PASS", "FAIL"})
                + " cost="
                + rnd.nextInt(900)
                + "ms");
      }
      default -> {
        b.text("callback landline=");
        values.landlineValue(b);
        b.text(" status=" + values.pick(new String[] {"ANSWERED", "BUSY", "NO_ANSWER"}));
      }
    }
  }
}
