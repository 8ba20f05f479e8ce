package org.leakaid.scanner;

/**
 * The grammar of a Chinese address, for {@link ContextDetector}: address characters up to the next
 * label, an administrative part (省/市/区/县) and a street, village or building part (路/街/村/号/室 …).
 * {@link #end} leaves the markers it counted in the span in its fields, for the caller to weigh the
 * span by. One per detector.
 */
final class AddressGrammar {

  private static final String ADMIN_MARKERS = "省市区县旗盟州";
  private static final String STREET_MARKERS = "路街道巷弄镇乡村屯组里";
  private static final String BUILDING_MARKERS = "号楼栋幢座层室户院苑园厦寓舍";

  private static final byte ADMIN = 1;
  private static final byte STREET = 2;
  private static final byte BUILDING = 3;

  /**
   * The marker kind of each character of the CJK block (all markers are in it), so the address
   * grammar classifies a character with one array read. It replaced three {@code String.indexOf}
   * calls per character that took 11% of the all-types profile (JFR, dense benchmark corpus); the
   * all-types throughput went from 78-83 to 83-88 MB/s single-threaded (best of 15 passes of 8 MiB,
   * thread CPU time, three interleaved A/B runs on a loaded machine).
   */
  private static final byte[] MARKER_KIND = new byte[0xA000 - 0x4E00];

  static {
    for (char c : ADMIN_MARKERS.toCharArray()) {
      MARKER_KIND[c - 0x4E00] = ADMIN;
    }
    for (char c : STREET_MARKERS.toCharArray()) {
      MARKER_KIND[c - 0x4E00] = STREET;
    }
    for (char c : BUILDING_MARKERS.toCharArray()) {
      MARKER_KIND[c - 0x4E00] = BUILDING;
    }
  }

  private static int markerKind(int cp) {
    int i = cp - 0x4E00;
    return i >= 0 && i < MARKER_KIND.length ? MARKER_KIND[i] : 0;
  }

  private static boolean isAddressChar(int cp, boolean allowSpace) {
    return ContextDetector.isHan(cp)
        || ContextDetector.isAsciiAlnum(cp)
        || cp == '-'
        || cp == '#'
        || cp == '('
        || cp == ')'
        || cp == 0xB7
        || (allowSpace && cp == ' ');
  }

  /** Number of address markers in the span found by the last {@link #end} call. */
  int markers;

  /** Administrative markers (省/市/区/县 ...) in that span. */
  int admin;

  /** Street and village markers (路/街/村 ...) in that span. */
  int street;

  private int detail;

  /** Whether a building marker in that span follows a digit (88号, 3栋). */
  boolean numbered;

  private final Dictionaries dict;

  AddressGrammar(Dictionaries dict) {
    this.dict = dict;
  }

  /** Where an address may hold spaces. */
  enum Spaces {
    /** Nowhere: in running text a space ends it. */
    NONE,
    /**
     * After a part that ends in a marker or is a place name: shops' order exports write 广东省 深圳市 南山区
     * 科技园路1号 and 浙江 杭州 西湖区 文三路478号 after their label.
     */
    BETWEEN_PARTS,
    /** Anywhere: a column's value is one address, to its end. */
    WHOLE_VALUE
  }

  /**
   * End of an address starting at {@code s} (not beyond {@code limit}): address characters up to
   * the next label, trimmed after the last marker (plus a trailing number like 3-2-501). Returns -1
   * if it holds no marker or is too short.
   */
  int end(int[] cps, int n, int s, int limit, boolean labelled, Spaces spaces) {
    int r = s;
    int part = s; // where the part since the last space starts
    while (r < limit && r - s < 120) {
      if (cps[r] == ' ' && spaces == Spaces.BETWEEN_PARTS) {
        boolean afterPart =
            r > part
                && (markerKind(cps[r - 1]) != 0 || (dict.place(cps, part, n) >>> 8) == r - part);
        if (!afterPart) {
          break;
        }
        part = r + 1;
      } else if (!isAddressChar(cps[r], spaces == Spaces.WHOLE_VALUE)) {
        break;
      }
      if (r > s + 2 && ContextDetector.isHan(cps[r])) {
        int m = dict.label(cps, r, n);
        int kind = Dictionaries.kind(m);
        if (m != 0
            && (m >>> 8) >= 2
            && kind != Dictionaries.ADDRESS
            && kind != Dictionaries.CARD
            && !AddressParts.isStreetAt(cps, r + (m >>> 8), limit)) {
          break; // (民族路 is a street, 民族 a field)
        }
      }
      if (r > s && ContextDetector.isHan(cps[r]) && AddressParts.stopsAddress(cps, r, limit)) {
        break; // 江苏省文联党组, 上海市规划局公布55号: an authority or a sentence
      }
      r++;
    }
    markers = 0;
    admin = 0;
    detail = 0;
    street = 0;
    numbered = false;
    int last = -1;
    for (int i = s; i < r; i++) {
      int c = cps[i];
      int kind = markerKind(c);
      if (kind == ADMIN) {
        admin++;
      } else if (kind == STREET) {
        detail++;
        street++;
      } else if (kind == BUILDING) {
        detail++;
        numbered |= i > s && cps[i - 1] >= '0' && cps[i - 1] <= '9';
      } else if (c == '元' && i > s && cps[i - 1] == '单') {
        detail++;
      } else {
        continue;
      }
      markers++;
      last = i;
    }
    if (last < 0) {
      return -1;
    }
    int end = last + 1;
    while (end < r
        && (ContextDetector.isAsciiAlnum(cps[end]) || cps[end] == '-' || cps[end] == '#')) {
      end++;
    }
    if (numbered || street > 0) {
      end = AddressParts.roomTail(cps, end, r); // 298号江湾商业中心3303
    }
    if (spaces == Spaces.WHOLE_VALUE && end < r) {
      end = r; // a whole column value
      while (end > s && cps[end - 1] == ' ') {
        end--;
      }
    }
    return end - s >= (labelled ? 4 : 6) ? end : -1;
  }

  /** A free-text address needs an administrative part and a street/village/building part. */
  boolean freeAddressOk(int[] cps, int n, int s, int end, int place) {
    boolean shortForm = (place & 0xFF) == Dictionaries.PLACE_SHORT;
    int placeLen = place >>> 8;
    if (shortForm
        && dict.place(cps, s + placeLen, n) == 0
        && AddressParts.zoneEnd(cps, s + placeLen, n, 0) < 0) {
      return false; // 广东 alone is not an address start, 广东深圳市 and 成都高新区 are
    }
    // 上海市第一人民医院 names a place but no one's address: it needs a street or village, or a
    // numbered building (88号, 3栋).
    return (admin >= 1 || shortForm) && (street >= 1 || numbered) && markers >= 2;
  }

  /**
   * A whole value that is a street address by grammar alone: Han street name, 路/街/道/巷/弄, a house
   * number with 号, then optionally building and flat; nothing else in the value.
   */
  boolean isStreet(int[] cps, int n, int s, int e) {
    int p = s;
    while (p < e && ContextDetector.isHan(cps[p]) && markerKind(cps[p]) != STREET) {
      p++;
    }
    if (p - s < 2 || p >= e || "路街道巷弄".indexOf(cps[p]) < 0) {
      return false;
    }
    p++;
    int digitsStart = p;
    while (p < e && cps[p] >= '0' && cps[p] <= '9') {
      p++;
    }
    if (p == digitsStart || p >= e || cps[p] != '号') {
      return false;
    }
    return end(cps, n, s, e, true, Spaces.NONE) == e;
  }
}
