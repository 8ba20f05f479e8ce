package org.leakaid.scanner.corpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.leakaid.scanner.PiiType;
import org.leakaid.scanner.RegionCodes;
import org.leakaid.scanner.ResidentIds;
import org.leakaid.scanner.Uscc;

/**
 * Seeded generator of labelled, dump-like text: CSV/TSV files with headers, JSON lines, SQL inserts
 * (with and without column lists), application logs and Chinese prose, carrying valid personal
 * information with its expected spans, and the decoys real dumps are full of: order numbers,
 * waybills with phone-like runs, 13-digit millisecond timestamps, IDs with a wrong check character
 * or an impossible date, card numbers failing Luhn, unallocated phone prefixes, product names under
 * a "name" key, hospital and company names, version numbers and prices.
 *
 * <p>Landlines, passports, licence plates and credit codes are rarer in person dumps: a few CSV
 * files get a column of each (座机, 护照号, 车牌号, 统一社会信用代码 ...), and about one JSON, SQL, log or prose
 * line in seven is a parking, hotel-guest or company record, so the corpus stays dominated by the
 * kinds above. Their decoys: credit codes with a wrong check character, passport-shaped words glued
 * to file names or SKUs, plate-shaped codes without a province, and an area code and number inside
 * a longer digit run or glued to letters.
 *
 * <p>Span offsets are char offsets into {@link Line#text}. The same seed gives the same corpus.
 *
 * <p>Command line: {@code CorpusGenerator OUT_FILE [--bytes N] [--seed S] [--encoding
 * utf-8|gb18030] [--labels FILE]} writes about N bytes (default 10 MB) of lines, and with {@code
 * --labels} a TSV of the expected findings {@code line<TAB>type<TAB>byteStart<TAB>byteEnd} (line
 * 1-based, byte offsets within the line in the chosen encoding).
 */
public final class CorpusGenerator {

  /** An expected finding: char offsets into the line, end exclusive. */
  public record Span(PiiType type, int start, int end) {}

  /**
   * One line. {@code header} marks a CSV header line (to be given to {@code ScanSession.header});
   * {@code fileStart} marks the first line of a new file, where a previous header stops applying.
   */
  public record Line(String text, List<Span> spans, boolean header, boolean fileStart) {}

  private static final String[] PHONE_PREFIXES = {
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150",
    "151", "152", "153", "155", "156", "157", "158", "159", "162", "165", "166", "167", "170",
    "171", "172", "173", "175", "176", "177", "178", "180", "181", "182", "183", "184", "185",
    "186", "187", "188", "189", "190", "191", "192", "193", "195", "196", "197", "198", "199"
  };
  private static final String COMMON_SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

  /** Real but rare surnames that a compact list may lack. */
  private static final String RARE_SURNAMES = "笪郄禤訾逄仉亓厍嵇晏阎佴昌";

  private static final String[] COMPOUND_SURNAMES = {
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "令狐"
  };
  private static final String GIVEN =
      "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚英华建国志海燕玉春梅晓东文博涵浩然欣怡萱雨轩思远一鸣佳宇航俊嘉子琪颖鹏辉飞鑫宁婷雪琳晨阳亮红波斌秀凤桂珍德林彬瑶瑞凯";
  private static final String STREET_CHARS = "中山人民解放建设和平长江黄河新华朝阳光明胜利幸福文化科技创业滨江湖滨东风团结青年学府金桥望江";
  private static final String[] STREET_SUFFIX = {"路", "街", "大道", "路", "巷", "大街"};
  private static final String[] ESTATES = {
    "阳光花园", "幸福小区", "锦绣家园", "金色港湾", "翠苑", "万科城", "绿城桂花园", "世纪新城"
  };
  private static final String[] EMAIL_DOMAINS = {
    "qq.com",
    "163.com",
    "126.com",
    "sina.com",
    "foxmail.com",
    "gmail.com",
    "outlook.com",
    "139.com",
    "hotmail.com",
    "aliyun.com",
    "example.com.cn",
    "corp-mail.cn"
  };
  private static final String[] PINYIN = {
    "zhang",
    "wang",
    "li",
    "liu",
    "chen",
    "yang",
    "huang",
    "zhao",
    "wu",
    "zhou",
    "xu",
    "sun",
    "ma",
    "wei",
    "fang",
    "min",
    "jing",
    "li",
    "qiang",
    "lei",
    "jun",
    "yang",
    "yong",
    "jie",
    "xiaoming"
  };
  private static final String[] PRODUCTS = {
    "华为手机", "小米充电宝", "黄金手镯", "王老吉凉茶", "李宁运动鞋", "金龙鱼食用油", "安踏跑鞋", "周大福项链", "杜蕾斯", "马克杯"
  };
  private static final String[] ORGS = {
    "上海市第一人民医院", "北京市公安局朝阳分局", "浙江省人民政府", "广州市教育局", "深圳市腾讯计算机系统有限公司", "杭州市西湖区人民法院"
  };

  private static final String[] COMPANIES = {
    "杭州云启网络科技有限公司", "成都蓉锦餐饮管理有限公司", "上海浦江物流有限公司", "北京京华文化传媒有限公司", "深圳市腾讯计算机系统有限公司", "厦门鹭岛商贸有限责任公司"
  };

  /** Area codes: 010 and 02x come with eight-digit numbers, 0[3-9]xx with seven or eight. */
  private static final String[] AREA_CODES_3 = {
    "010", "020", "021", "022", "023", "024", "025", "027", "028", "029"
  };

  private static final String[] AREA_CODES_4 = {
    "0311", "0351", "0371", "0431", "0451", "0471", "0512", "0531", "0532", "0551", "0571", "0574",
    "0591", "0592", "0731", "0755", "0757", "0769", "0771", "0791", "0851", "0871", "0898", "0931",
    "0991"
  };

  private static final String PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

  /** Letters on plates and in passport series: never I or O, which read as 1 and 0. */
  private static final String PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

  /** GB 32100 characters: digits and capitals without I, O, S, V, Z. */
  private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  /**
   * Registering authority and kind, the first two characters of a credit code, weighted like a
   * register: 91 company, 92 sole trader, 93 farmers' cooperative, 11/12 government body and public
   * institution, 51/52 social organisation, Y1 other.
   */
  private static final String[] USCC_KINDS = {
    "91", "91", "91", "91", "91", "91", "92", "93", "11", "12", "51", "52", "Y1"
  };

  private final Random rnd;
  private final int[] countyCodes;
  private final int[] divisionCodes;
  private final int today;

  public CorpusGenerator(long seed) {
    this.rnd = new Random(seed);
    this.countyCodes =
        java.util.Arrays.stream(RegionCodes.allCodes())
            .filter(c -> c % 100 != 0 && c / 10000 < 70)
            .toArray();
    this.divisionCodes =
        java.util.Arrays.stream(RegionCodes.allCodes()).filter(c -> c / 10000 < 70).toArray();
    LocalDate d = LocalDate.now();
    this.today = d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
  }

  /** The next block: a whole small CSV file, or one line of another format. */
  public List<Line> nextBlock() {
    int r = rnd.nextInt(100);
    if (r < 30) {
      return csvFile();
    }
    List<Line> out = new ArrayList<>(4);
    LineBuilder b = new LineBuilder();
    if (r < 45) {
      jsonLine(b);
    } else if (r < 58) {
      sqlLine(b);
    } else if (r < 72) {
      logLine(b);
    } else if (r < 90) {
      proseLine(b);
    } else {
      decoyLine(b);
    }
    out.add(b.line(false, true));
    return out;
  }

  /** Lines until at least {@code minLines} have been produced. */
  public List<Line> lines(int minLines) {
    List<Line> out = new ArrayList<>(minLines + 32);
    while (out.size() < minLines) {
      out.addAll(nextBlock());
    }
    return out;
  }

  // ------------------------------------------------------------------ formats

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

  private List<Line> csvFile() {
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
    String delimiter = pick(new String[] {",", ",", "\t", "|"});
    String[] headers = pick(new String[][] {ZH_HEADERS, ZH_HEADERS_ALT, EN_HEADERS});
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
      case NAME -> b.pii(PiiType.PERSON_NAME, name());
      case MOBILE -> {
        if (rnd.nextInt(100) < 6) {
          b.text(unallocatedPhone());
        } else {
          b.pii(PiiType.CN_MOBILE, phone());
        }
      }
      case ID -> idValue(b);
      case CARD -> cardValue(b, true);
      case EMAIL -> b.pii(PiiType.EMAIL, email());
      case ADDRESS -> b.pii(PiiType.CN_ADDRESS, address());
      case ORDER -> b.text(orderNo());
      case TIME -> b.text(rnd.nextBoolean() ? dateTime() : String.valueOf(timestampMillis()));
      case AMOUNT -> b.text(amount());
      case WAYBILL -> b.text(waybill());
      case REMARK -> remark(b);
      case LANDLINE -> landlineValue(b);
      case PASSPORT -> b.pii(PiiType.CN_PASSPORT, passport());
      case PLATE -> b.pii(PiiType.CN_LICENSE_PLATE, plate());
      case CREDIT_CODE -> usccValue(b);
    }
  }

  private void idValue(LineBuilder b) {
    int r = rnd.nextInt(100);
    if (r < 8) {
      b.text(invalidId());
    } else {
      b.pii(PiiType.CN_RESIDENT_ID, validId());
    }
  }

  /** A card cell/value; Luhn failures count as cards only where a card keyword is near. */
  private void cardValue(LineBuilder b, boolean keywordNear) {
    int r = rnd.nextInt(100);
    if (r < 6) {
      String bad = card(false);
      if (keywordNear) {
        b.pii(PiiType.BANK_CARD, bad);
      } else {
        b.text(bad);
      }
    } else {
      b.pii(PiiType.BANK_CARD, formatCard(card(true)));
    }
  }

  /** A landline, now and then with its extension (not part of the finding) after it. */
  private void landlineValue(LineBuilder b) {
    b.pii(PiiType.CN_LANDLINE, landline());
    int r = rnd.nextInt(100);
    if (r < 3) {
      b.text("转" + (100 + rnd.nextInt(9900)));
    } else if (r < 6) {
      b.text("-" + (100 + rnd.nextInt(9900)));
    }
  }

  /** A credit code; one in ten has a wrong check character and must not be reported. */
  private void usccValue(LineBuilder b) {
    if (rnd.nextInt(100) < 10) {
      b.text(invalidUscc());
    } else {
      b.pii(PiiType.CN_USCC, uscc());
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
      case 3 -> b.text("关联订单" + orderNo());
      case 4 -> b.text("送到" + pick(ORGS) + "门口");
      default -> b.text("");
    }
  }

  private void jsonLine(LineBuilder b) {
    int kind = rnd.nextInt(100);
    if (kind < 12) {
      b.text("{\"sku\":\"" + (100000 + rnd.nextInt(900000)) + "\",\"name\":\"" + pick(PRODUCTS));
      b.text("\",\"price\":" + amount() + ",\"stock\":" + rnd.nextInt(500) + "}");
      return;
    }
    if (kind < 24) {
      rareJsonLine(b, kind % 3);
      return;
    }
    b.text("{\"orderNo\":\"").text(orderNo()).text("\"");
    if (rnd.nextInt(100) < 85) {
      b.text(
          ",\"" + pick(new String[] {"name", "receiverName", "realName", "consignee"}) + "\":\"");
      b.pii(PiiType.PERSON_NAME, name()).text("\"");
    }
    b.text(",\"" + pick(new String[] {"mobile", "phone", "tel"}) + "\":\"");
    b.pii(PiiType.CN_MOBILE, phone()).text("\"");
    if (rnd.nextBoolean()) {
      b.text(",\"idCard\":\"");
      idValue(b);
      b.text("\"");
    }
    if (rnd.nextInt(100) < 30) {
      b.text(",\"email\":\"").pii(PiiType.EMAIL, email()).text("\"");
    }
    if (rnd.nextInt(100) < 70) {
      b.text(",\"" + pick(new String[] {"address", "receiverAddress", "addr"}) + "\":\"");
      b.pii(PiiType.CN_ADDRESS, address()).text("\"");
    }
    if (rnd.nextInt(100) < 25) {
      b.text(",\"bankCard\":\"");
      cardValue(b, true);
      b.text("\"");
    }
    b.text(",\"waybill\":\"" + waybill() + "\",\"createTime\":" + timestampMillis());
    if (rnd.nextInt(100) < 20) {
      b.text(",\"lat\":")
          .pii(PiiType.GEO_COORDINATE, coordinate(22, 45) + ",\"lng\":" + coordinate(100, 122));
    }
    b.text("}");
  }

  /** Parking, hotel and company records: plates, passports, credit codes and landlines. */
  private void rareJsonLine(LineBuilder b, int kind) {
    switch (kind) {
      case 0 -> {
        b.text("{\"parkId\":\"P" + digits(4) + "\",\"plateNo\":\"");
        b.pii(PiiType.CN_LICENSE_PLATE, plate()).text("\"");
        if (rnd.nextBoolean()) {
          b.text(",\"ownerMobile\":\"").pii(PiiType.CN_MOBILE, phoneDigits()).text("\"");
        }
        b.text(",\"inTime\":\"" + dateTime() + "\",\"fee\":" + amount() + "}");
      }
      case 1 -> {
        b.text("{\"roomNo\":\"" + (100 * (1 + rnd.nextInt(20)) + 1 + rnd.nextInt(30)) + "\"");
        b.text(",\"passportNo\":\"").pii(PiiType.CN_PASSPORT, passport()).text("\"");
        b.text(",\"guestName\":\"").pii(PiiType.PERSON_NAME, name()).text("\"");
        b.text(",\"nationality\":\"CN\",\"checkIn\":\"" + dateTime() + "\"}");
      }
      default -> {
        b.text("{\"companyName\":\"" + pick(COMPANIES) + "\",\"creditCode\":\"");
        usccValue(b);
        b.text("\",\"" + pick(new String[] {"landline", "telephone", "officePhone"}) + "\":\"");
        landlineValue(b);
        b.text("\",\"regCapital\":" + (10 + rnd.nextInt(5000)) + "}");
      }
    }
  }

  private void sqlLine(LineBuilder b) {
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
      b.pii(PiiType.PERSON_NAME, name());
      b.text("','").pii(PiiType.CN_MOBILE, phoneDigits()).text("','");
      idValue(b);
      b.text("','").pii(PiiType.EMAIL, email()).text("','");
      b.pii(PiiType.CN_ADDRESS, columns || rnd.nextBoolean() ? address() : streetOnly());
      b.text("','" + dateTime() + "')");
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
          b.pii(PiiType.PERSON_NAME, name()).text("','");
          b.pii(PiiType.CN_MOBILE, phoneDigits()).text("','");
          b.pii(PiiType.CN_LICENSE_PLATE, plate()).text("','" + dateTime());
        }
        case 1 -> {
          b.pii(PiiType.PERSON_NAME, name()).text("','");
          b.pii(PiiType.CN_PASSPORT, passport()).text("','CN','" + dateTime());
        }
        default -> {
          b.text(pick(COMPANIES) + "','");
          usccValue(b);
          b.text("','");
          landlineValue(b);
          b.text("','").pii(PiiType.CN_ADDRESS, address());
        }
      }
      b.text("')");
    }
    b.text(";");
  }

  private void logLine(LineBuilder b) {
    b.text(
        dateTime()
            + "."
            + (100 + rnd.nextInt(900))
            + " INFO [http-nio-8080-exec-"
            + rnd.nextInt(200)
            + "] ");
    b.text("c.s.order.OrderService - traceId=" + hex(32) + " ");
    if (rnd.nextInt(100) < 15) {
      rareLogLine(b);
      return;
    }
    switch (rnd.nextInt(4)) {
      case 0 -> {
        b.text("create order orderNo=" + orderNo() + " mobile=")
            .pii(PiiType.CN_MOBILE, phoneDigits());
        b.text(" ip=").pii(PiiType.IP_ADDRESS, ip()).text(" ts=" + timestampMillis());
      }
      case 1 -> {
        b.text("realname verify idCard=");
        idValue(b);
        b.text(
            " result=" + pick(new String[] {"PASS", "FAIL"}) + " cost=" + rnd.nextInt(900) + "ms");
      }
      case 2 -> {
        b.text("bind card cardNo=");
        cardValue(b, true);
        b.text(" user=").pii(PiiType.CN_MOBILE, phoneDigits());
      }
      default -> {
        b.text("send mail to=").pii(PiiType.EMAIL, email()).text(" waybill=" + waybill());
        b.text(" version=" + (1 + rnd.nextInt(5)) + "." + rnd.nextInt(10) + "." + rnd.nextInt(30));
      }
    }
  }

  private void rareLogLine(LineBuilder b) {
    switch (rnd.nextInt(4)) {
      case 0 -> {
        b.text("vehicle in plate=").pii(PiiType.CN_LICENSE_PLATE, plate());
        b.text(" gate=" + (1 + rnd.nextInt(8)) + " ts=" + timestampMillis());
      }
      case 1 -> {
        b.text("hotel checkin passportNo=").pii(PiiType.CN_PASSPORT, passport());
        b.text(" room=" + (100 * (1 + rnd.nextInt(20)) + 1 + rnd.nextInt(30)));
      }
      case 2 -> {
        b.text("enterprise verify creditCode=");
        usccValue(b);
        b.text(
            " result=" + pick(new String[] {"PASS", "FAIL"}) + " cost=" + rnd.nextInt(900) + "ms");
      }
      default -> {
        b.text("callback landline=");
        landlineValue(b);
        b.text(" status=" + pick(new String[] {"ANSWERED", "BUSY", "NO_ANSWER"}));
      }
    }
  }

  private void proseLine(LineBuilder b) {
    if (rnd.nextInt(100) < 15) {
      rareProseLine(b);
      return;
    }
    switch (rnd.nextInt(10)) {
      case 0 -> {
        b.text(pick(new String[] {"收件人：", "收货人:", "联系人："})).pii(PiiType.PERSON_NAME, name());
        b.text(pick(new String[] {"，电话：", " 手机 ", "，联系电话"})).pii(PiiType.CN_MOBILE, phone());
        b.text(pick(new String[] {"，地址：", "，收货地址：", " 地址:"})).pii(PiiType.CN_ADDRESS, address());
      }
      case 1 -> {
        b.text("我叫").pii(PiiType.PERSON_NAME, name()).text("，身份证号");
        idValue(b);
        b.text("，手机号").pii(PiiType.CN_MOBILE, phone()).text("，请帮我查一下。");
      }
      case 2 -> {
        b.text("我的银行卡号");
        cardValue(b, true);
        b.text("被人盗刷了，绑定的邮箱是").pii(PiiType.EMAIL, email()).text("。");
      }
      case 3 -> {
        b.text("您的订单" + orderNo() + "已发货，快递单号" + waybill() + "，预计" + (1 + rnd.nextInt(3)));
        b.text("天内送达，如有问题请致电").pii(PiiType.CN_MOBILE, phone()).text("。");
      }
      case 4 -> {
        b.text("我家住在").pii(PiiType.CN_ADDRESS, address()).text("，快递放门口就行。");
      }
      case 5 -> {
        b.text("姓名：").pii(PiiType.PERSON_NAME, name()).text("；性别：" + pick(new String[] {"男", "女"}));
        b.text("；身份证：");
        idValue(b);
        b.text("；住址：").pii(PiiType.CN_ADDRESS, address());
      }
      case 6 -> {
        b.text(pick(new String[] {"麻烦转告", "请通知", "已联系"})).pii(PiiType.PERSON_NAME, name());
        b.text("，明天" + (8 + rnd.nextInt(10)) + "点前回电").pii(PiiType.CN_MOBILE, phone()).text("。");
      }
      case 7 -> {
        b.text(pick(new String[] {"收件人：", "联系人：", "收货人："}));
        b.text(pick(new String[] {"门卫", "前台", "物业", "本人", "保安室", "快递柜"}));
        b.text("，送到")
            .pii(PiiType.CN_ADDRESS, cityAddress())
            .text("，电话")
            .pii(PiiType.CN_MOBILE, phone());
      }
      case 8 -> {
        b.text("地址：").pii(PiiType.CN_ADDRESS, streetOnly()).text(pick(new String[] {"（", "，"}));
        b.text("电话 ")
            .pii(PiiType.CN_MOBILE, phone())
            .text(pick(new String[] {"转" + rnd.nextInt(999), "）", ""}));
      }
      default -> {
        b.text("昨天在" + pick(ORGS) + "办事，工作人员说下周" + (1 + rnd.nextInt(5)) + "再来，挂号费");
        b.text(amount() + "元，排队号" + (100 + rnd.nextInt(900)) + "。");
      }
    }
  }

  private void rareProseLine(LineBuilder b) {
    switch (rnd.nextInt(6)) {
      case 0 -> {
        b.text("我的车牌是").pii(PiiType.CN_LICENSE_PLATE, plate()).text("，停在" + pick(ESTATES));
        b.text("地下车库，挪车请打").pii(PiiType.CN_MOBILE, phone()).text("。");
      }
      case 1 -> {
        b.text(pick(new String[] {"车主：", "车主"})).pii(PiiType.PERSON_NAME, name());
        b.text("，车牌号").pii(PiiType.CN_LICENSE_PLATE, plate()).text("，违停已拍照。");
      }
      case 2 -> {
        b.text(pick(new String[] {"我的护照号码是", "护照号：", "本人护照"}));
        b.pii(PiiType.CN_PASSPORT, passport()).text("，下个月到期，需要换发。");
      }
      case 3 -> {
        if (rnd.nextBoolean()) {
          b.text("公司统一社会信用代码");
        } else {
          b.text("发票抬头：" + pick(COMPANIES) + "，税号：");
        }
        usccValue(b);
        b.text("，请开具增值税专用发票。");
      }
      case 4 -> {
        b.text(pick(new String[] {"办公室座机", "座机：", "固话 "}));
        landlineValue(b);
        b.text("，工作日" + (8 + rnd.nextInt(2)) + "点到" + (5 + rnd.nextInt(2)) + "点有人接听。");
      }
      default -> {
        String area = rnd.nextBoolean() ? pick(AREA_CODES_3) : pick(AREA_CODES_4);
        b.text("如有疑问请拨打客服热线");
        b.pii(PiiType.CN_LANDLINE, "（" + area + "）" + subscriber(8)).text("。");
      }
    }
  }

  private void decoyLine(LineBuilder b) {
    if (rnd.nextInt(100) < 30) {
      rareDecoyLine(b);
      return;
    }
    switch (rnd.nextInt(5)) {
      case 0 -> b.text("订单" + orderNo() + " 金额 ¥" + amount() + " 时间 " + timestampMillis());
      case 1 ->
          b.text("运单号 " + waybill() + " 已签收，签收时间 " + dateTime() + "，件数 " + (1 + rnd.nextInt(5)));
      case 2 -> b.text("ERROR checksum mismatch id=" + invalidId() + " ref=" + card(false));
      case 3 ->
          b.text(
              "build "
                  + hex(40)
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
          b.text("号码 " + unallocatedPhone() + " 为空号，流水号" + timestampMillis() + rnd.nextInt(10));
    }
  }

  /**
   * Look-alikes of the rarer identifiers that are none: credit codes with a wrong check character,
   * passport-shaped words glued to other text, plate-shaped codes without a province, and area code
   * plus number inside longer digit runs or glued to letters.
   */
  private void rareDecoyLine(LineBuilder b) {
    switch (rnd.nextInt(4)) {
      case 0 -> b.text("统一社会信用代码校验失败：" + invalidUscc() + "，请核对后重新提交");
      case 1 ->
          b.text(
              pick(new String[] {"护照扫描件 passport_", "附件 SKU", "护照照片 IMG"})
                  + passport()
                  + pick(new String[] {".jpg 已上传", "_front.png 已上传", "-01 已上传"}));
      case 2 ->
          b.text(
              pick(new String[] {"型号", "工号：", "批次 ", "航班"})
                  + PLATE_LETTERS.charAt(rnd.nextInt(PLATE_LETTERS.length()))
                  + digits(5)
                  + "，数量 "
                  + (1 + rnd.nextInt(9)));
      default -> {
        String area = rnd.nextBoolean() ? pick(AREA_CODES_3) : pick(AREA_CODES_4);
        String run = area + subscriber(8);
        b.text(
            rnd.nextBoolean()
                ? "交易流水号" + dateTime().substring(0, 10).replace("-", "") + run + digits(3)
                : "设备序列号 SN" + run + "，固件 v" + (1 + rnd.nextInt(9)) + "." + rnd.nextInt(10));
      }
    }
  }

  // ------------------------------------------------------------------ values

  /**
   * A valid resident ID: mostly 18 characters (lower-case x now and then), some 15-digit and
   * permits.
   */
  public String validId() {
    int r = rnd.nextInt(100);
    if (r < 4) {
      int region = countyCodes[rnd.nextInt(countyCodes.length)];
      int birth = randomBirth(1930, 1980);
      return String.format(Locale.ROOT, "%06d%06d%03d", region, birth % 1000000, rnd.nextInt(1000));
    }
    int region =
        r < 7
            ? pick(new int[] {810000, 820000, 830000})
            : countyCodes[rnd.nextInt(countyCodes.length)];
    String first17 =
        String.format(
            Locale.ROOT, "%06d%08d%03d", region, randomBirth(1935, 2015), rnd.nextInt(1000));
    char check = ResidentIds.checkChar(first17);
    if (check == 'X' && rnd.nextInt(100) < 30) {
      check = 'x';
    }
    return first17 + check;
  }

  /** An ID that fails: wrong check character, or an impossible date with a matching check. */
  public String invalidId() {
    String valid;
    do {
      valid = validId();
    } while (valid.length() != 18);
    if (rnd.nextInt(100) < 65) {
      char check = Character.toUpperCase(valid.charAt(17));
      char wrong;
      do {
        wrong = "0123456789X".charAt(rnd.nextInt(11));
      } while (wrong == check);
      return valid.substring(0, 17) + wrong;
    }
    String date = pick(new String[] {"0230", "0231", "1301", "0431", "0000", "1132"});
    String first17 = valid.substring(0, 10) + date + valid.substring(14, 17);
    return first17 + ResidentIds.checkChar(first17);
  }

  private int randomBirth(int fromYear, int toYear) {
    while (true) {
      int y = fromYear + rnd.nextInt(toYear - fromYear + 1);
      LocalDate d = LocalDate.of(y, 1, 1).plusDays(rnd.nextInt(365));
      int ymd = d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
      if (ymd <= today) {
        return ymd;
      }
    }
  }

  /** A mobile number in one of the ways people write it. */
  public String phone() {
    String d = phoneDigits();
    String a = d.substring(0, 3);
    String m = d.substring(3, 7);
    String z = d.substring(7);
    int r = rnd.nextInt(100);
    if (r < 50) {
      return d;
    } else if (r < 57) {
      return "+86 " + d;
    } else if (r < 61) {
      return "+86" + d;
    } else if (r < 63) {
      return "86" + d;
    } else if (r < 66) {
      return "0086 " + d;
    } else if (r < 74) {
      return a + "-" + m + "-" + z;
    } else if (r < 82) {
      return a + " " + m + " " + z;
    } else if (r < 87) {
      return "+86 " + a + " " + m + " " + z;
    } else if (r < 97) {
      return fullWidth(d);
    }
    return "(+86) " + d;
  }

  public String phoneDigits() {
    return pick(PHONE_PREFIXES) + digits(8);
  }

  private String unallocatedPhone() {
    return pick(new String[] {"100", "101", "110", "120", "123", "140", "154", "160", "194"})
        + digits(8);
  }

  private static String fullWidth(String ascii) {
    StringBuilder sb = new StringBuilder(ascii.length());
    for (char c : ascii.toCharArray()) {
      sb.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
    }
    return sb.toString();
  }

  /**
   * A landline in one of the ways people write it: 010-12345678, 075512345678, (0755)12345678, 0571
   * 8888 6666, 0571 88886666, 010-1234-5678, +86 10 1234 5678, +86-755-12345678.
   */
  public String landline() {
    boolean shortArea = rnd.nextInt(100) < 45;
    String area = shortArea ? pick(AREA_CODES_3) : pick(AREA_CODES_4);
    String sub = subscriber(shortArea || rnd.nextInt(100) < 80 ? 8 : 7);
    String head = sub.substring(0, sub.length() - 4);
    String tail = sub.substring(sub.length() - 4);
    int r = rnd.nextInt(100);
    if (r < 42) {
      return area + "-" + sub;
    } else if (r < 58) {
      return area + sub;
    } else if (r < 70) {
      return "(" + area + ")" + (rnd.nextInt(4) == 0 ? " " : "") + sub;
    } else if (r < 82) {
      return area + " " + head + " " + tail;
    } else if (r < 88) {
      return area + " " + sub;
    } else if (r < 94) {
      return area + "-" + head + "-" + tail;
    } else if (r < 98) {
      return "+86 " + area.substring(1) + " " + head + " " + tail;
    }
    return "+86-" + area.substring(1) + "-" + sub;
  }

  /** A subscriber number: never starts with 0 (trunk prefix) or 1 (service numbers). */
  private String subscriber(int length) {
    return (char) ('2' + rnd.nextInt(7)) + digits(length - 1);
  }

  /** An ordinary passport number: E + 8 digits, E + series letter + 7 digits, or G + 8 digits. */
  public String passport() {
    int r = rnd.nextInt(100);
    if (r < 50) {
      return "E" + digits(8);
    } else if (r < 85) {
      return "E" + PLATE_LETTERS.charAt(rnd.nextInt(10)) + digits(7);
    }
    return "G" + digits(8);
  }

  /**
   * A licence plate: province, city letter, an optional separator (· or space), then five
   * characters, a new-energy number (D/F and five more, or five digits and D/F), or four digits and
   * 学/挂/港/澳.
   */
  public String plate() {
    char province = PLATE_PROVINCES.charAt(rnd.nextInt(PLATE_PROVINCES.length()));
    char city =
        PLATE_LETTERS.charAt(rnd.nextInt(rnd.nextInt(100) < 70 ? 6 : PLATE_LETTERS.length()));
    int s = rnd.nextInt(100);
    String separator = s < 15 ? "·" : s < 20 ? " " : "";
    String number;
    int r = rnd.nextInt(100);
    if (r < 66) {
      char[] c = digits(5).toCharArray();
      int letters = rnd.nextInt(100) < 70 ? 0 : rnd.nextInt(100) < 75 ? 1 : 2;
      for (int i = 0; i < letters; i++) {
        c[rnd.nextInt(5)] = PLATE_LETTERS.charAt(rnd.nextInt(PLATE_LETTERS.length()));
      }
      number = new String(c);
    } else if (r < 82) {
      String second =
          rnd.nextInt(3) == 0
              ? String.valueOf(PLATE_LETTERS.charAt(rnd.nextInt(PLATE_LETTERS.length())))
              : digits(1);
      number = (rnd.nextBoolean() ? "D" : "F") + second + digits(4);
    } else if (r < 90) {
      number = digits(5) + (rnd.nextBoolean() ? "D" : "F");
    } else if (r < 95) {
      number = digits(4) + "学";
    } else if (r < 98) {
      number = digits(4) + "挂";
    } else {
      province = '粤';
      city = 'Z';
      number = digits(4) + (rnd.nextBoolean() ? "港" : "澳");
    }
    return "" + province + city + separator + number;
  }

  /**
   * A unified social credit code (GB 32100): kind, the registering authority's division code, an
   * organisation code (GB 11714: new ones start with MA, older ones are digits, each with its own
   * MOD 11 check character) and the MOD 31 check character.
   */
  public String uscc() {
    String org =
        rnd.nextInt(100) < 60
            ? "MA" + usccChars(6)
            : String.format(Locale.ROOT, "%08d", rnd.nextInt(100_000_000));
    String first17 =
        pick(USCC_KINDS)
            + String.format(Locale.ROOT, "%06d", pick(divisionCodes))
            + org
            + orgCodeCheck(org);
    return first17 + Uscc.checkChar(first17);
  }

  /** A credit code whose last character is not its check character. */
  public String invalidUscc() {
    String valid = uscc();
    char wrong;
    do {
      wrong = USCC_ALPHABET.charAt(rnd.nextInt(USCC_ALPHABET.length()));
    } while (wrong == valid.charAt(17));
    return valid.substring(0, 17) + wrong;
  }

  private String usccChars(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(USCC_ALPHABET.charAt(rnd.nextInt(USCC_ALPHABET.length())));
    }
    return sb.toString();
  }

  /** GB 11714 check character of an eight-character organisation code body. */
  static char orgCodeCheck(String body) {
    int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = body.charAt(i);
      sum += (c <= '9' ? c - '0' : c - 'A' + 10) * weights[i];
    }
    int check = 11 - sum % 11;
    return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
  }

  /** A card number in a known issuer range; Luhn-valid or not. */
  public String card(boolean luhnValid) {
    int r = rnd.nextInt(100);
    String prefix;
    int length;
    if (r < 45) {
      prefix =
          pick(new String[] {"622202", "622848", "621700", "622588", "621226", "622609", "625807"});
      length = 19;
    } else if (r < 70) {
      prefix = pick(new String[] {"622155", "622575", "628288", "625367", "621483"});
      length = 16;
    } else if (r < 85) {
      prefix = pick(new String[] {"436742", "427020", "404119", "489592"});
      length = 16;
    } else {
      prefix = pick(new String[] {"524094", "518710", "552599", "545619"});
      length = 16;
    }
    String body = prefix + digits(length - prefix.length() - 1);
    int check = luhnCheckDigit(body);
    if (!luhnValid) {
      check = (check + 1 + rnd.nextInt(9)) % 10;
    }
    return body + check;
  }

  private String formatCard(String card) {
    if (rnd.nextInt(100) >= 20) {
      return card;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < card.length(); i += 4) {
      sb.append(i > 0 ? " " : "").append(card, i, Math.min(card.length(), i + 4));
    }
    return sb.toString();
  }

  static int luhnCheckDigit(String body) {
    int sum = 0;
    boolean dbl = true;
    for (int i = body.length() - 1; i >= 0; i--) {
      int v = body.charAt(i) - '0';
      if (dbl) {
        v *= 2;
        if (v > 9) {
          v -= 9;
        }
      }
      sum += v;
      dbl = !dbl;
    }
    return (10 - sum % 10) % 10;
  }

  public String email() {
    String local =
        switch (rnd.nextInt(4)) {
          case 0 -> (1 + rnd.nextInt(9)) + digits(4 + rnd.nextInt(6)); // QQ number
          case 1 -> pick(PINYIN) + (rnd.nextBoolean() ? "." : "_") + pick(PINYIN);
          case 2 -> pick(PINYIN) + pick(PINYIN) + rnd.nextInt(2000);
          default -> pick(PINYIN) + (1970 + rnd.nextInt(40));
        };
    String e = local + "@" + pick(EMAIL_DOMAINS);
    return rnd.nextInt(100) < 8 ? e.toUpperCase(Locale.ROOT) : e;
  }

  public String name() {
    int r = rnd.nextInt(100);
    String surname;
    if (r < 4) {
      surname = pick(COMPOUND_SURNAMES);
    } else if (r < 8) {
      surname = String.valueOf(RARE_SURNAMES.charAt(rnd.nextInt(RARE_SURNAMES.length())));
    } else {
      surname = String.valueOf(COMMON_SURNAMES.charAt(rnd.nextInt(COMMON_SURNAMES.length())));
    }
    int given = rnd.nextInt(100) < 70 ? 2 : 1;
    StringBuilder sb = new StringBuilder(surname);
    for (int i = 0; i < given; i++) {
      sb.append(GIVEN.charAt(rnd.nextInt(GIVEN.length())));
    }
    return sb.toString();
  }

  /** Province + city + county from the GB/T 2260 codes, then street and building, or village. */
  public String address() {
    int county;
    String countyName;
    do {
      county = countyCodes[rnd.nextInt(countyCodes.length)];
      countyName = RegionCodes.nameOf(county);
    } while (countyName == null || countyName.equals("市辖区") || countyName.length() < 2);
    String province = RegionCodes.nameOf(county / 10000 * 10000);
    String city = RegionCodes.nameOf(county / 100 * 100);
    StringBuilder sb = new StringBuilder();
    if (province != null) {
      sb.append(province);
    }
    if (city != null
        && !city.equals("市辖区")
        && !city.equals("县")
        && !city.equals(province)
        && !city.contains("直辖")) {
      sb.append(city);
    }
    sb.append(countyName);
    if (rnd.nextInt(100) < 20) {
      sb.append(twoChars(STREET_CHARS)).append("镇").append(twoChars(STREET_CHARS)).append("村");
      sb.append(1 + rnd.nextInt(12)).append("组");
      return sb.toString();
    }
    sb.append(twoChars(STREET_CHARS))
        .append(pick(STREET_SUFFIX))
        .append(1 + rnd.nextInt(999))
        .append("号");
    switch (rnd.nextInt(4)) {
      case 0 ->
          sb.append(1 + rnd.nextInt(30))
              .append("幢")
              .append(1 + rnd.nextInt(4))
              .append("单元")
              .append(100 * (1 + rnd.nextInt(30)) + 1 + rnd.nextInt(4))
              .append("室");
      case 1 ->
          sb.append(pick(ESTATES))
              .append(1 + rnd.nextInt(20))
              .append("栋")
              .append(100 * (1 + rnd.nextInt(30)) + 1 + rnd.nextInt(4));
      case 2 ->
          sb.append((char) ('A' + rnd.nextInt(4)))
              .append("座")
              .append(100 * (1 + rnd.nextInt(25)) + 1 + rnd.nextInt(9))
              .append("室");
      default -> {}
    }
    return sb.toString();
  }

  /** An address without its province: how people write their own city. */
  private String cityAddress() {
    String full = address();
    int city = full.indexOf('市');
    return city > 0
            && city < full.length() - 6
            && full.indexOf('省') >= 0
            && full.indexOf('省') < city
        ? full.substring(full.indexOf('省') + 1)
        : full;
  }

  /** Street, number and flat only, as written when the city goes without saying. */
  private String streetOnly() {
    return twoChars(STREET_CHARS)
        + pick(STREET_SUFFIX)
        + (1 + rnd.nextInt(999))
        + "号"
        + (rnd.nextBoolean() ? (1 + rnd.nextInt(30)) + "栋" + (101 + rnd.nextInt(2000)) : "");
  }

  private String twoChars(String pool) {
    int i = rnd.nextInt(pool.length() / 2) * 2;
    return pool.substring(i, i + 2);
  }

  /** Order numbers: date-led digit runs (16-20 digits), sometimes with a letter prefix. */
  public String orderNo() {
    String date =
        String.format(
            Locale.ROOT,
            "%04d%02d%02d",
            2019 + rnd.nextInt(6),
            1 + rnd.nextInt(12),
            1 + rnd.nextInt(28));
    return switch (rnd.nextInt(4)) {
      case 0 -> date + digits(8 + rnd.nextInt(5));
      case 1 -> "E" + date + digits(10);
      case 2 -> date + phoneDigits(); // a phone number inside an order number
      default -> digits(1).replace('0', '3') + digits(17 + rnd.nextInt(2));
    };
  }

  /** Waybills: letter-prefixed, digit-only 12-15 digits, and ones embedding a phone number. */
  public String waybill() {
    return switch (rnd.nextInt(5)) {
      case 0 -> "SF" + digits(13);
      case 1 -> pick(new String[] {"YT", "JT", "JD00", "ZT"}) + digits(13);
      case 2 -> "7731" + digits(10);
      case 3 -> "SF" + phoneDigits() + digits(2);
      default -> "9" + digits(12); // EMS-style 13 digits
    };
  }

  private long timestampMillis() {
    return 1_500_000_000_000L + (long) (rnd.nextDouble() * 290_000_000_000L);
  }

  private String dateTime() {
    return String.format(
        Locale.ROOT,
        "%04d-%02d-%02d %02d:%02d:%02d",
        2019 + rnd.nextInt(6),
        1 + rnd.nextInt(12),
        1 + rnd.nextInt(28),
        rnd.nextInt(24),
        rnd.nextInt(60),
        rnd.nextInt(60));
  }

  private String amount() {
    return rnd.nextInt(5000) + "." + String.format(Locale.ROOT, "%02d", rnd.nextInt(100));
  }

  private String ip() {
    return pick(new String[] {"183.", "112.", "36.", "117.", "223.", "10."})
        + rnd.nextInt(256)
        + "."
        + rnd.nextInt(256)
        + "."
        + (1 + rnd.nextInt(254));
  }

  private String coordinate(int from, int to) {
    return String.format(Locale.ROOT, "%.6f", from + rnd.nextDouble() * (to - from));
  }

  private String hex(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append("0123456789abcdef".charAt(rnd.nextInt(16)));
    }
    return sb.toString();
  }

  private String digits(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + rnd.nextInt(10)));
    }
    return sb.toString();
  }

  private <T> T pick(T[] options) {
    return options[rnd.nextInt(options.length)];
  }

  private int pick(int[] options) {
    return options[rnd.nextInt(options.length)];
  }

  /** Builds a line's text while recording where the expected findings are. */
  private static final class LineBuilder {
    private final StringBuilder sb = new StringBuilder(160);
    private final List<Span> spans = new ArrayList<>(6);

    LineBuilder text(String s) {
      sb.append(s);
      return this;
    }

    LineBuilder pii(PiiType type, String s) {
      int start = sb.length();
      sb.append(s);
      spans.add(new Span(type, start, sb.length()));
      return this;
    }

    Line line(boolean header, boolean fileStart) {
      return new Line(sb.toString(), List.copyOf(spans), header, fileStart);
    }
  }

  // ------------------------------------------------------------------ command line

  /** Writes about {@code targetBytes} of corpus; with {@code labels}, the expected findings. */
  public void write(Path out, long targetBytes, Charset charset, Path labels) throws IOException {
    try (OutputStream os = Files.newOutputStream(out);
        BufferedWriter lw =
            labels == null ? null : Files.newBufferedWriter(labels, StandardCharsets.UTF_8)) {
      long written = 0;
      long lineNo = 0;
      byte[] nl = {'\n'};
      while (written < targetBytes) {
        for (Line line : nextBlock()) {
          byte[] bytes = line.text().getBytes(charset);
          os.write(bytes);
          os.write(nl);
          written += bytes.length + 1;
          lineNo++;
          if (lw != null) {
            for (Span s : line.spans()) {
              int bs = line.text().substring(0, s.start()).getBytes(charset).length;
              int be = bs + line.text().substring(s.start(), s.end()).getBytes(charset).length;
              lw.write(lineNo + "\t" + s.type() + "\t" + bs + "\t" + be + "\n");
            }
          }
        }
      }
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args[0].startsWith("-")) {
      System.err.println(
          "usage: CorpusGenerator OUT_FILE [--bytes N] [--seed S] [--encoding utf-8|gb18030] [--labels FILE]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    long bytes = 10_000_000L;
    long seed = 42;
    Charset charset = StandardCharsets.UTF_8;
    Path labels = null;
    for (int i = 1; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--bytes" -> bytes = Long.parseLong(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--encoding" -> charset = Charset.forName(args[i + 1]);
        case "--labels" -> labels = Path.of(args[i + 1]);
        default -> {
          System.err.println("unknown option " + args[i]);
          System.exit(2);
        }
      }
    }
    new CorpusGenerator(seed).write(out, bytes, charset, labels);
  }

  /** Writes to a stream without labels (for tools that pipe the corpus). */
  public void write(OutputStream os, long targetBytes, Charset charset) throws IOException {
    BufferedWriter w = new BufferedWriter(new OutputStreamWriter(os, charset), 1 << 16);
    long written = 0;
    while (written < targetBytes) {
      for (Line line : nextBlock()) {
        w.write(line.text());
        w.write('\n');
        written += line.text().length() + 1; // chars; close enough for sizing
      }
    }
    w.flush();
  }
}
