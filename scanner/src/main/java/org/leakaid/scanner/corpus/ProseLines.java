package org.leakaid.scanner.corpus;

import java.util.Random;
import org.leakaid.scanner.PiiType;

/**
 * Chinese prose: delivery notes, customer messages and forms written out as sentences, with names,
 * phones, IDs and addresses after their labels or inside the text.
 */
final class ProseLines {
  private final Random rnd;
  private final CorpusValues values;

  ProseLines(Random rnd, CorpusValues values) {
    this.rnd = rnd;
    this.values = values;
  }

  void proseLine(LineBuilder b) {
    if (rnd.nextInt(100) < 15) {
      rareProseLine(b);
      return;
    }
    switch (rnd.nextInt(10)) {
      case 0 -> {
        b.text(values.pick(new String[] {"收件人：", "收货人:", "联系人："}))
            .pii(PiiType.PERSON_NAME, values.name());
        b.text(values.pick(new String[] {"，电话：", " 手机 ", "，联系电话"}))
            .pii(PiiType.CN_MOBILE, values.phone());
        b.text(values.pick(new String[] {"，地址：", "，收货地址：", " 地址:"}))
            .pii(PiiType.CN_ADDRESS, values.address());
      }
      case 1 -> {
        b.text("我叫").pii(PiiType.PERSON_NAME, values.name()).text("，身份证号");
        values.idValue(b);
        b.text("，手机号").pii(PiiType.CN_MOBILE, values.phone()).text("，请帮我查一下。");
      }
      case 2 -> {
        b.text("我的银行卡号");
        values.cardValue(b, true);
        b.text("被人盗刷了，绑定的邮箱是").pii(PiiType.EMAIL, values.email()).text("。");
      }
      case 3 -> {
        b.text(
            "您的订单"
                + values.orderNo()
                + "已发货，快递单号"
                + values.waybill()
                + "，预计"
                + (1 + rnd.nextInt(3)));
        b.text("天内送达，如有问题请致电").pii(PiiType.CN_MOBILE, values.phone()).text("。");
      }
      case 4 -> {
        b.text("我家住在").pii(PiiType.CN_ADDRESS, values.address()).text("，快递放门口就行。");
      }
      case 5 -> {
        b.text("姓名：")
            .pii(PiiType.PERSON_NAME, values.name())
            .text("；性别：" + values.pick(new String[] {"男", "女"}));
        b.text("；身份证：");
        values.idValue(b);
        b.text("；住址：").pii(PiiType.CN_ADDRESS, values.address());
      }
      case 6 -> {
        b.text(values.pick(new String[] {"麻烦转告", "请通知", "已联系"}))
            .pii(PiiType.PERSON_NAME, values.name());
        b.text("，明天" + (8 + rnd.nextInt(10)) + "点前回电")
            .pii(PiiType.CN_MOBILE, values.phone())
            .text("。");
      }
      case 7 -> {
        b.text(values.pick(new String[] {"收件人：", "联系人：", "收货人："}));
        b.text(values.pick(new String[] {"门卫", "前台", "物业", "本人", "保安室", "快递柜"}));
        b.text("，送到")
            .pii(PiiType.CN_ADDRESS, values.cityAddress())
            .text("，电话")
            .pii(PiiType.CN_MOBILE, values.phone());
      }
      case 8 -> {
        b.text("地址：")
            .pii(PiiType.CN_ADDRESS, values.streetOnly())
            .text(values.pick(new String[] {"（", "，"}));
        b.text("电话 ")
            .pii(PiiType.CN_MOBILE, values.phone())
            .text(values.pick(new String[] {"转" + rnd.nextInt(999), "）", ""}));
      }
      default -> {
        b.text(
            "昨天在"
                + values.pick(CorpusValues.ORGS)
                + "办事，工作人员说下周"
                + (1 + rnd.nextInt(5))
                + "再来，挂号费");
        b.text(values.amount() + "元，排队号" + (100 + rnd.nextInt(900)) + "。");
      }
    }
  }

  private void rareProseLine(LineBuilder b) {
    switch (rnd.nextInt(6)) {
      case 0 -> {
        b.text("我的车牌是")
            .pii(PiiType.CN_LICENSE_PLATE, values.plate())
            .text("，停在" + values.pick(CorpusValues.ESTATES));
        b.text("地下车库，挪车请打").pii(PiiType.CN_MOBILE, values.phone()).text("。");
      }
      case 1 -> {
        b.text(values.pick(new String[] {"车主：", "车主"})).pii(PiiType.PERSON_NAME, values.name());
        b.text("，车牌号").pii(PiiType.CN_LICENSE_PLATE, values.plate()).text("，违停已拍照。");
      }
      case 2 -> {
        b.text(values.pick(new String[] {"我的护照号码是", "护照号：", "本人护照"}));
        b.pii(PiiType.CN_PASSPORT, values.passport()).text("，下个月到期，需要换发。");
      }
      case 3 -> {
        if (rnd.nextBoolean()) {
          b.text("公司统一社会信用代码");
        } else {
          b.text("发票抬头：" + values.pick(CorpusValues.COMPANIES) + "，税号：");
        }
        values.usccValue(b);
        b.text("，请开具增值税专用发票。");
      }
      case 4 -> {
        b.text(values.pick(new String[] {"办公室座机", "座机：", "固话 "}));
        values.landlineValue(b);
        b.text("，工作日" + (8 + rnd.nextInt(2)) + "点到" + (5 + rnd.nextInt(2)) + "点有人接听。");
      }
      default -> {
        String area =
            rnd.nextBoolean()
                ? values.pick(CorpusValues.AREA_CODES_3)
                : values.pick(CorpusValues.AREA_CODES_4);
        b.text("如有疑问请拨打客服热线");
        b.pii(PiiType.CN_LANDLINE, "（" + area + "）" + values.subscriber(8)).text("。");
      }
    }
  }
}
