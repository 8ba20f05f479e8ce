package org.leakaid.scanner;

/**
 * Pieces of the address grammar that decide where an address starts and stops, for {@link
 * ContextDetector}: development zones as the administrative part (空港经济开发区, 成都高新区), the words of
 * organisations and verbs that end a span (江苏省文联党组, 上海市规划局公布), and the building and room after the
 * house number (沿江中路298号江湾商业中心3303).
 */
final class AddressParts {

  private AddressParts() {}

  /** Zones that stand where a district does; all end in 区, longest first. */
  private static final String[] ZONES = {
    "高新技术产业开发区", "经济技术开发区", "综合保税区", "经济开发区", "工业园区", "高新区", "开发区", "保税区", "自贸区", "新区"
  };

  /**
   * Characters that never start the name before a zone: words of a sentence (在空港经济开发区: the address
   * starts at 空港).
   */
  private static final String SENTENCE_CHARS = "在于从到往向我你他她们的是了和与及或将把被对为由去来住位处";

  /**
   * The end of a zone that starts at {@code p} with a name of up to {@code maxPrefix} Han
   * characters before the zone word (空港经济开发区, 高新区), or -1.
   */
  static int zoneEnd(int[] cps, int p, int n, int maxPrefix) {
    int limit = Math.min(n, p + maxPrefix + 9);
    for (int q = p; q < limit; q++) {
      int c = cps[q];
      if (!ContextDetector.isHan(c)) {
        return -1;
      }
      if (c != '区') {
        if (q - p >= maxPrefix + 8 || SENTENCE_CHARS.indexOf(c) >= 0) {
          return -1;
        }
        continue;
      }
      for (String zone : ZONES) {
        int s = q + 1 - zone.length();
        if (s >= p && s - p <= maxPrefix && matches(cps, s, zone)) {
          return q + 1;
        }
      }
      return -1;
    }
    return -1;
  }

  /**
   * Organisations and verbs that end an address span (江苏省文联党组, 上海市规划局公布55号, 昆明市政府保障…): a division
   * name followed by one of them is an authority or a sentence, not where someone lives.
   */
  private static final String[] STOPS = {
    "党组", "党委", "政府", "文联", "作协", "人大", "政协", "委员会", "管委会", "规划局", "公安局", "教育局", "财政局", "卫健委",
    "发改委", "市委", "省委", "区委", "县委", "法院", "检察院", "公布", "召开", "保障", "发布", "印发", "举行", "表示", "宣布",
    "通报", "要求", "开展", "组织", "会议", "指出", "强调", "推进", "部署", "启动", "出台", "成立", "举办", "提出", "实施"
  };

  /**
   * The stop words by their first character (offset from U+4E00), as code-point arrays: the address
   * loop asks at every character, and 市, 省, 区 and 县 start some of them (市委, 省委).
   */
  private static final int[][][] STOPS_BY_FIRST = new int[0xA000 - 0x4E00][][];

  static {
    for (String s : STOPS) {
      int i = s.charAt(0) - 0x4E00;
      int[][] old = STOPS_BY_FIRST[i];
      int[][] grown = old == null ? new int[1][] : java.util.Arrays.copyOf(old, old.length + 1);
      grown[grown.length - 1] = s.codePoints().toArray();
      STOPS_BY_FIRST[i] = grown;
    }
  }

  /** Whether an organisation or verb that ends an address starts at {@code p}. */
  static boolean stopsAddress(int[] cps, int p, int n) {
    int i = cps[p] - 0x4E00;
    int[][] words = i >= 0 && i < STOPS_BY_FIRST.length ? STOPS_BY_FIRST[i] : null;
    if (words == null) {
      return false;
    }
    for (int[] w : words) {
      if (p + w.length <= n && cps[p + 1] == w[1] && (w.length == 2 || cps[p + 2] == w[2])) {
        return true;
      }
    }
    return false;
  }

  /** Street markers that make a preceding word part of a street name (民族路, 电话街). */
  static boolean isStreetAt(int[] cps, int p, int n) {
    return p < n && "路街巷道弄".indexOf(cps[p]) >= 0;
  }

  /** Last characters of a building's or an estate's name: 江湾商业中心, 华星时代广场, 阳光花园. */
  private static final String BUILDING_ENDINGS = "心场厦楼城园苑府寓居湾阁轩坊汇港谷庭邸庄馆座";

  /**
   * The end of a building name and room number after an address's last marker at {@code end}
   * (298号<u>江湾商业中心3303</u>), within the address characters up to {@code r}; else {@code end}. The
   * name is 2-12 Han characters ending like a building's; the room number 1-6 letters and digits
   * that end the address: a phone number glued on is longer and is not taken.
   */
  static int roomTail(int[] cps, int end, int r) {
    int h = end;
    while (h < r && ContextDetector.isHan(cps[h]) && h - end <= 12) {
      h++;
    }
    if (h - end < 2 || h - end > 12 || BUILDING_ENDINGS.indexOf(cps[h - 1]) < 0) {
      return end;
    }
    for (int q = end; q < h; q++) {
      if (SENTENCE_CHARS.indexOf(cps[q]) >= 0) {
        return end;
      }
    }
    int d = h;
    while (d < r && isRoomChar(cps[d])) {
      d++;
    }
    return d > h && d - h <= 6 && (d == r || !isRoomChar(cps[d])) ? d : end;
  }

  private static boolean isRoomChar(int cp) {
    return (cp >= '0' && cp <= '9')
        || (cp >= 'A' && cp <= 'Z')
        || (cp >= 'a' && cp <= 'z')
        || cp == '-';
  }

  private static boolean matches(int[] cps, int p, String word) {
    for (int k = 0; k < word.length(); k++) {
      if (cps[p + k] != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
