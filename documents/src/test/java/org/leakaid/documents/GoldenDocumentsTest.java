package org.leakaid.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every kind written from the fixture case, read back from the DOCX and the PDF as a reader's tools
 * would: the case's own facts, numbers, dates and articles are in both, and nothing is left blank.
 */
class GoldenDocumentsTest {
  private static final Documents DOCUMENTS = Documents.standard();

  /** What each kind must say about the fixture case (compared without white space). */
  private static final Map<DocumentKind, List<String>> EXPECTED =
      Map.of(
          DocumentKind.POLICE_REPORT,
          List.of(
              "北京市公安局海淀分局中关村派出所：",
              "报案人：李堃，公民身份号码11010519491231002X，住北京市海淀区中关村大街27号院3号楼502室，联系电话13812345678。",
              "2026年11月2日，我发现自己的个人信息已经泄露，泄露的信息包括姓名、手机号码、住址、家庭成员的信息",
              "2026年11月5日09:12，10690012345678给我发来短信",
              "2026年11月8日20:41，17012345678给我打来电话",
              "（见证据3）",
              "人民币2000元",
              "从优品商城泄露",
              "《刑事诉讼法》第一百一十条第二款",
              "《刑事诉讼法》第一百一十二条",
              "《刑事诉讼法》第一百一十三条",
              "《刑事诉讼法》第二百一十条第三项",
              "《刑法》第二百五十三条之一",
              "《刑法》第二百六十六条",
              "出具受案回执",
              "报案人：李堃2026年11月29日"),
          DocumentKind.COMPLAINT_12321,
          List.of(
              "12321网络不良与垃圾信息举报受理中心：",
              "举报人：李堃，联系电话13812345678。",
              "10690012345678*【速贷金融】李堃先生，你名下借款已逾期，请于今日转账至安全账户6222020000000000000。",
              "17012345678",
              "2026年11月8日20:41",
              "被举报号码*短信内容"),
          DocumentKind.COMPLAINT_12377,
          List.of(
              "中央网信办违法和不良信息举报中心：",
              "网址：https://bbs.example.cn/t/88231",
              "证据3：2026年11月12日10:00",
              "帖子截图.png",
              "《个人信息保护法》第十条",
              "《个人信息保护法》第六十五条"),
          DocumentKind.COMPLAINT_12300,
          List.of(
              "工业和信息化部电信用户申诉受理中心：",
              "姓名：李堃；地址：北京市海淀区中关村大街27号院3号楼502室；邮政编码：100080；联系电话：13812345678。",
              "名称：中国移动通信集团北京有限公司；地址：北京市西城区金融大街29号。",
              "我已于2026年11月6日就上述问题向被申诉人投诉（工单号：BJ20261106-0042）。",
              "被申诉人自我投诉之日起15日内没有答复",
              "申诉日期：2026年11月29日"),
          DocumentKind.COMPLAINT_12315,
          List.of(
              "姓名：李堃；电话号码：13812345678；通讯地址：北京市海淀区中关村大街27号院3号楼502室。",
              "名称：上海优品网络科技有限公司（优品商城App）；地址：上海市浦东新区世纪大道100号。",
              "订单号YP2026103100018",
              "《消费者权益保护法》第二十九条第二款规定：“经营者及其工作人员对收集的消费者个人信息必须严格保密",
              "本投诉在我知道权益受到侵害之日起三年内提出",
              "《市场监督管理投诉举报处理暂行办法》第十四条",
              "七个工作日内"),
          DocumentKind.COMPLAINT_CONSUMER_ASSOCIATION,
          List.of(
              "北京市消费者协会：",
              "上海优品网络科技有限公司（优品商城App）",
              "《消费者权益保护法》第三十九条",
              "《消费者权益保护法》第五十条",
              "2026年11月5日09:12"),
          DocumentKind.PIPL_REQUEST,
          List.of(
              "上海优品网络科技有限公司（优品商城App）（个人信息保护负责人）：",
              "我是贵方的用户李堃，账号为13812345678。",
              "《个人信息保护法》第四十四条",
              "《个人信息保护法》第四十五条",
              "《个人信息保护法》第四十六条",
              "《个人信息保护法》第四十七条",
              "《个人信息保护法》第四十八条",
              "《个人信息保护法》第五十条第二款",
              "《个人信息保护法》第六十五条",
              "15个工作日内",
              "请求人：李堃2026年11月29日"),
          DocumentKind.LAWYER_BRIEF,
          List.of(
              "当事人：李堃，联系电话13812345678。",
              "怀疑的泄露源：优品商城（对方全称：上海优品网络科技有限公司（优品商城App））",
              "人民币2000元",
              "证据2（电子数据，2份）",
              "已完成：立即拨打110报警（已报警，接警编号2026-1129-118）",
              "《个人信息保护法》第六十九条",
              "《民法典》第一千零三十四条",
              "《民法典》第一千零三十八条",
              "《民法典》第一千一百六十五条",
              "《民法典》第一千一百八十二条",
              "《民法典》第一千一百八十三条"),
          DocumentKind.CIVIL_COMPLAINT,
          List.of(
              "原告：李堃，女，1949年12月31日出生，汉族，住北京市海淀区中关村大街27号院3号楼502室，公民身份号码11010519491231002X，联系电话13812345678。",
              "被告：上海优品网络科技有限公司（优品商城App），住所地上海市浦东新区世纪大道100号，统一社会信用代码91350100M000100Y43。",
              "三、判令被告赔偿原告财产损失人民币2000元；",
              "四、判令被告赔偿原告精神损害抚慰金人民币5000元；",
              "五、本案诉讼费用由被告承担。",
              "原告于2024年3月在优品商城App注册账号",
              "17012345678给原告打来电话",
              "《个人信息保护法》第六十九条第一款",
              "《民法典》第一千一百八十三条第一款",
              "此致上海市浦东新区人民法院",
              "起诉人（签名）：2026年11月29日"),
          DocumentKind.CONTACTS_WARNING,
          List.of("我的姓名、手机号码、住址、家庭成员的信息等个人信息泄露了", "先给我打电话或者视频确认", "110", "李堃"));

  /** Template leftovers and blanks that must never reach a document. */
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{\\{|\\}\\}|null|undefined|XX|××|___|某某|（\\s*）|：\\s*[；。，]");

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void docxHoldsTheCasesFactsAndNoPlaceholder(DocumentKind kind) throws IOException {
    Draft draft = DOCUMENTS.draft(kind, FixtureCase.facts());
    String text;
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DOCUMENTS.docx(draft)));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      text = extractor.getText();
    }
    assertFacts(kind, text);
  }

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void pdfHoldsTheCasesFactsAndNoPlaceholder(DocumentKind kind) throws IOException {
    Draft draft = DOCUMENTS.draft(kind, FixtureCase.facts());
    byte[] pdf = DOCUMENTS.pdf(draft);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
      assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
      assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(draft.title());
      assertFacts(kind, new PDFTextStripper().getText(doc));
    }
  }

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void textAndHtmlHoldTheSameFacts(DocumentKind kind) {
    Draft draft = DOCUMENTS.draft(kind, FixtureCase.facts());
    assertFacts(kind, DOCUMENTS.text(draft));
    String html = DOCUMENTS.html(draft);
    assertThat(html).startsWith("<article class=\"doc-sheet\"").contains(draft.title());
  }

  @Test
  void theChatMessageFitsAChatApp() {
    Draft draft = DOCUMENTS.draft(DocumentKind.CONTACTS_WARNING, FixtureCase.facts());
    String message = draft.message();
    assertThat(message.codePointCount(0, message.length())).isLessThan(300);
    assertThat(message).doesNotContain("提醒亲友的消息").contains("冒充公安");
  }

  @Test
  void theCivilComplaintFollowsTheModelComplaintsOrder() {
    String text =
        DOCUMENTS.text(DOCUMENTS.draft(DocumentKind.CIVIL_COMPLAINT, FixtureCase.facts()));
    List<String> order =
        List.of("民事起诉状", "原告：", "被告：", "诉讼请求", "事实和理由", "证据和证据来源", "此致", "附：本起诉状副本", "起诉人（签名）");
    int at = -1;
    for (String part : order) {
      int next = text.indexOf(part, at + 1);
      assertThat(next).as(part).isGreaterThan(at);
      at = next;
    }
  }

  @Test
  void quotedEvidenceStaysAsRecordedInTheCivilComplaint() {
    String text =
        DOCUMENTS.text(DOCUMENTS.draft(DocumentKind.CIVIL_COMPLAINT, FixtureCase.facts()));
    // The plaintiff's own account turns into the third person; a quotation of evidence does not.
    assertThat(text).contains("准确说出我的住址和订单号").doesNotContain("给我打来电话");
  }

  private static void assertFacts(DocumentKind kind, String extracted) {
    String flat = extracted.replaceAll("\\s+", "");
    for (String fact : EXPECTED.get(kind)) {
      assertThat(flat).as("%s holds %s", kind.slug(), fact).contains(fact.replaceAll("\\s+", ""));
    }
    assertThat(PLACEHOLDER.matcher(extracted).find())
        .as("%s has a placeholder: %s", kind.slug(), extracted)
        .isFalse();
  }
}
