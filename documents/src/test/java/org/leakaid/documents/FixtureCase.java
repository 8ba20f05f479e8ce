package org.leakaid.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.leakaid.evidence.EvidenceCategory;
import org.leakaid.evidence.EvidenceKind;
import org.leakaid.knowledge.plan.Leaked;
import org.leakaid.knowledge.plan.Symptom;

/**
 * The case the golden tests write every document from: a leak noticed on 2026-11-02, three calls
 * and texts and a post recorded, 2000 yuan lost, the user's own details typed once.
 */
final class FixtureCase {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
  static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

  static final CaseFacts.EvidenceEntry SMS =
      new CaseFacts.EvidenceEntry(
          1,
          EvidenceKind.SMS,
          EvidenceCategory.ELECTRONIC_DATA,
          OffsetDateTime.of(2026, 11, 5, 9, 12, 0, 0, BEIJING),
          "10690012345678",
          "【速贷金融】李堃先生，你名下借款已逾期，请于今日转账至安全账户6222020000000000000。",
          "",
          "本人手机短信",
          "陌生号码向本人发送短信，证明本人个人信息已被泄露并被他人使用",
          List.of("短信截图.png"));
  static final CaseFacts.EvidenceEntry CALL =
      new CaseFacts.EvidenceEntry(
          2,
          EvidenceKind.CALL,
          EvidenceCategory.ELECTRONIC_DATA,
          OffsetDateTime.of(2026, 11, 8, 20, 41, 0, 0, BEIJING),
          "17012345678",
          "自称快递理赔客服，准确说出我的住址和订单号，要求下载会议软件共享屏幕",
          "",
          "本人手机通话记录或录音",
          "陌生号码致电本人，证明本人个人信息已被泄露并被他人使用",
          List.of("通话录音.m4a", "通话记录截图.png"));
  static final CaseFacts.EvidenceEntry POST =
      new CaseFacts.EvidenceEntry(
          3,
          EvidenceKind.WEB_POST,
          EvidenceCategory.ELECTRONIC_DATA,
          OffsetDateTime.of(2026, 11, 12, 10, 0, 0, 0, BEIJING),
          "某论坛用户“数据大全”",
          "帖子公开了我的姓名、手机号码和住址 https://bbs.example.cn/t/88231",
          "",
          "网络页面",
          "他人在网络上发布本人信息，证明本人个人信息已被泄露并被他人使用",
          List.of("帖子截图.png"));

  private FixtureCase() {}

  /** What the user typed into the forms: every field a document may need. */
  static Map<String, String> typed() {
    Map<String, String> fields = new HashMap<>();
    fields.put("fullName", "李堃");
    fields.put("idNumber", "11010519491231002X");
    fields.put("ethnicity", "汉族");
    fields.put("phone", "13812345678");
    fields.put("address", "北京市海淀区中关村大街27号院3号楼502室");
    fields.put("postcode", "100080");
    fields.put("policeStation", "北京市公安局海淀分局中关村派出所");
    fields.put("operatorName", "中国移动通信集团北京有限公司");
    fields.put("operatorAddress", "北京市西城区金融大街29号");
    fields.put("operatorIssue", "营业厅工作人员泄露了我的机主信息，我多次投诉骚扰电话，运营商不处理");
    fields.put("operatorComplainedOn", "2026-11-06");
    fields.put("operatorTicket", "BJ20261106-0042");
    fields.put("counterpartyName", "上海优品网络科技有限公司（优品商城App）");
    fields.put("counterpartyAddress", "上海市浦东新区世纪大道100号");
    fields.put("counterpartyCreditCode", "91350100M000100Y43");
    fields.put("consumerRelation", "我于2024年3月在优品商城App注册账号，订单号YP2026103100018，提供了姓名、手机号码和收货地址");
    fields.put("consumerAssociation", "北京市消费者协会");
    fields.put("platformAccount", "13812345678");
    fields.put("court", "上海市浦东新区人民法院");
    fields.put("emotionalDamagesYuan", "5000");
    return fields;
  }

  static CaseFacts facts() {
    return facts(typed());
  }

  static CaseFacts facts(Map<String, String> fields) {
    return new CaseFacts(
        "01e7e77e-a945-40e7-b280-7947ca5dc70e",
        TODAY,
        LocalDate.of(2026, 11, 2),
        EnumSet.of(Leaked.NAME, Leaked.PHONE, Leaked.ADDRESS, Leaked.FAMILY),
        EnumSet.of(
            Symptom.HARASSING_CALLS, Symptom.SPAM_SMS, Symptom.MONEY_LOST, Symptom.DOXXED_ONLINE),
        new BigDecimal("2000.00"),
        "优品商城",
        List.of(new CaseFacts.DoneStep("call-police-110", "立即拨打110报警", "已报警，接警编号 2026-1129-118")),
        List.of(SMS, CALL, POST),
        fields,
        Map.of());
  }
}
