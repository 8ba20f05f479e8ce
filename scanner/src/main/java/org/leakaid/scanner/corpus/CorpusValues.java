package org.leakaid.scanner.corpus;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import org.leakaid.scanner.PiiType;
import org.leakaid.scanner.RegionCodes;
import org.leakaid.scanner.ResidentIds;
import org.leakaid.scanner.Uscc;

/**
 * The values the corpus is made of: resident IDs, mobiles, landlines, passports, plates, credit
 * codes, cards, e-mails, names and addresses, valid and failing, and the order numbers, waybills,
 * timestamps and amounts around them. All draw from the generator's one {@link Random}, so the
 * order of calls decides the corpus.
 */
final class CorpusValues {

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
  static final String[] ESTATES = {"阳光花园", "幸福小区", "锦绣家园", "金色港湾", "翠苑", "万科城", "绿城桂花园", "世纪新城"};
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
  static final String[] ORGS = {
    "上海市第一人民医院", "北京市公安局朝阳分局", "浙江省人民政府", "广州市教育局", "深圳市腾讯计算机系统有限公司", "杭州市西湖区人民法院"
  };

  static final String[] COMPANIES = {
    "杭州云启网络科技有限公司", "成都蓉锦餐饮管理有限公司", "上海浦江物流有限公司", "北京京华文化传媒有限公司", "深圳市腾讯计算机系统有限公司", "厦门鹭岛商贸有限责任公司"
  };

  /** Area codes: 010 and 02x come with eight-digit numbers, 0[3-9]xx with seven or eight. */
  static final String[] AREA_CODES_3 = {
    "010", "020", "021", "022", "023", "024", "025", "027", "028", "029"
  };

  static final String[] AREA_CODES_4 = {
    "0311", "0351", "0371", "0431", "0451", "0471", "0512", "0531", "0532", "0551", "0571", "0574",
    "0591", "0592", "0731", "0755", "0757", "0769", "0771", "0791", "0851", "0871", "0898", "0931",
    "0991"
  };

  private static final String PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

  /** Letters on plates and in passport series: never I or O, which read as 1 and 0. */
  static final String PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

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

  CorpusValues(Random rnd) {
    this.rnd = rnd;
    this.countyCodes =
        java.util.Arrays.stream(RegionCodes.allCodes())
            .filter(c -> c % 100 != 0 && c / 10000 < 70)
            .toArray();
    this.divisionCodes =
        java.util.Arrays.stream(RegionCodes.allCodes()).filter(c -> c / 10000 < 70).toArray();
    LocalDate d = LocalDate.now();
    this.today = d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
  }

  void idValue(LineBuilder b) {
    int r = rnd.nextInt(100);
    if (r < 8) {
      b.text(invalidId());
    } else {
      b.pii(PiiType.CN_RESIDENT_ID, validId());
    }
  }

  /** A card cell/value; Luhn failures count as cards only where a card keyword is near. */
  void cardValue(LineBuilder b, boolean keywordNear) {
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
  void landlineValue(LineBuilder b) {
    b.pii(PiiType.CN_LANDLINE, landline());
    int r = rnd.nextInt(100);
    if (r < 3) {
      b.text("转" + (100 + rnd.nextInt(9900)));
    } else if (r < 6) {
      b.text("-" + (100 + rnd.nextInt(9900)));
    }
  }

  /** A credit code; one in ten has a wrong check character and must not be reported. */
  void usccValue(LineBuilder b) {
    if (rnd.nextInt(100) < 10) {
      b.text(invalidUscc());
    } else {
      b.pii(PiiType.CN_USCC, uscc());
    }
  }

  /**
   * A valid resident ID: mostly 18 characters (lower-case x now and then), some 15-digit and
   * permits.
   */
  String validId() {
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
  String invalidId() {
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
  String phone() {
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

  String phoneDigits() {
    return pick(PHONE_PREFIXES) + digits(8);
  }

  String unallocatedPhone() {
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
  String landline() {
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
  String subscriber(int length) {
    return (char) ('2' + rnd.nextInt(7)) + digits(length - 1);
  }

  /** An ordinary passport number: E + 8 digits, E + series letter + 7 digits, or G + 8 digits. */
  String passport() {
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
  String plate() {
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
  String uscc() {
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
  String invalidUscc() {
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
  String card(boolean luhnValid) {
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

  String email() {
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

  String name() {
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
  String address() {
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
  String cityAddress() {
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
  String streetOnly() {
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
  String orderNo() {
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
  String waybill() {
    return switch (rnd.nextInt(5)) {
      case 0 -> "SF" + digits(13);
      case 1 -> pick(new String[] {"YT", "JT", "JD00", "ZT"}) + digits(13);
      case 2 -> "7731" + digits(10);
      case 3 -> "SF" + phoneDigits() + digits(2);
      default -> "9" + digits(12); // EMS-style 13 digits
    };
  }

  long timestampMillis() {
    return 1_500_000_000_000L + (long) (rnd.nextDouble() * 290_000_000_000L);
  }

  String dateTime() {
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

  String amount() {
    return rnd.nextInt(5000) + "." + String.format(Locale.ROOT, "%02d", rnd.nextInt(100));
  }

  String ip() {
    return pick(new String[] {"183.", "112.", "36.", "117.", "223.", "10."})
        + rnd.nextInt(256)
        + "."
        + rnd.nextInt(256)
        + "."
        + (1 + rnd.nextInt(254));
  }

  String coordinate(int from, int to) {
    return String.format(Locale.ROOT, "%.6f", from + rnd.nextDouble() * (to - from));
  }

  String hex(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append("0123456789abcdef".charAt(rnd.nextInt(16)));
    }
    return sb.toString();
  }

  String digits(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + rnd.nextInt(10)));
    }
    return sb.toString();
  }

  <T> T pick(T[] options) {
    return options[rnd.nextInt(options.length)];
  }

  int pick(int[] options) {
    return options[rnd.nextInt(options.length)];
  }
}
