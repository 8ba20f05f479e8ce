package org.leakaid.scanner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word lists the context detectors need, loaded once from resources: surnames, field labels and
 * column names, place names (from the GB/T 2260 names), keyword byte patterns in both encodings.
 */
final class Dictionaries {

  static final int OTHER = 0;
  static final int NAME = 1;
  static final int ADDRESS = 2;
  static final int CARD = 3;
  static final int PASSPORT = 4;
  static final int STOP = 5;
  static final int USCC = 6;
  static final int IP = 7;

  /**
   * Added to {@link #NAME} for a party's role in legal text (labels.txt ROLE): the name must come
   * after a separator. Callers that only want the kind mask it off ({@link #kind}).
   */
  static final int ROLE = 0x10;

  /**
   * Added to {@link #NAME} for a verb before a person in running text (labels.txt CUE: 通知, 联系): it
   * never makes a column a name column (短信通知, 是否联系).
   */
  static final int CUE = 0x20;

  /**
   * Added to {@link #NAME} for a word that introduces a person in a record (labels.txt INTRO: 客户,
   * 法人, 本人): without a separator the name needs a listed surname and the line's contacts (客户管理,
   * 本人承诺 are no names); it never makes a column a name column (客户类型, 法人性质).
   */
  static final int INTRO = 0x40;

  /**
   * The kind of a label lookup's result, without {@link #ROLE}, {@link #CUE} and {@link #INTRO}.
   */
  static int kind(int match) {
    return match & 0xFF & ~(ROLE | CUE | INTRO);
  }

  /** Place-name trie kinds: a full division name (浙江省, 西湖区) or a province's short form (浙江). */
  static final int PLACE_FULL = 1;

  static final int PLACE_SHORT = 2;

  private static final String PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领";
  private static final String PLATE_SUFFIXES = "学警挂港澳使领试超";

  /** Division names too generic to start an address. */
  private static final Set<String> GENERIC_PLACES =
      Set.of("市辖区", "县", "城区", "郊区", "矿区", "新区", "市区", "省直辖县级行政区划", "自治区直辖县级行政区划", "直辖县级行政区划");

  private static volatile Dictionaries instance;

  private final BitSet singleSurnames = new BitSet(0x10000);

  /** (first << 16) | second of each compound surname, sorted: no boxing on lookups. */
  private int[] compoundSurnames = new int[0];

  private final Trie labels = new Trie();

  /** Status words and common nouns that start with a surname character (not-names.txt). */
  private final Trie notNames = new Trie();

  private final Map<String, Integer> asciiLabels = new HashMap<>();
  private final Trie places = new Trie();
  private final Keywords cardKeywords;
  private final Keywords passportKeywords;
  private final Keywords usccKeywords;

  /**
   * Words before a four-part version number (Upgrade V8 to 3.24.35.22, 版本 10.0.19041.1), which is
   * shaped like an IPv4 address: changelogs and logs are full of them.
   */
  private final Keywords versionKeywords =
      new Keywords(
          List.of("version", "ver.", "v8", "upgrade", "bump", "release", "build", "版本", "升级"));

  /** Words before an IP address in logs and dumps (ip=, remote_addr, from, 登录IP, IP地址). */
  private final Keywords ipKeywords =
      new Keywords(
          List.of(
              "ip", "addr", "host", "client", "remote", "from", "src", "dst", "server", "gateway",
              "登录", "地址", "内网", "外网", "网关", "服务器"));

  /**
   * Key names that end in a unit or an amount (maxMemory=16769056768, file_size:13907658240): the
   * number after them counts something and is no phone. "count" is not among them: account= often
   * holds a phone number used as a login.
   */
  private final Keywords quantityKeys =
      new Keywords(
          List.of(
              "memory",
              "bytes",
              "size",
              "swap",
              "heap",
              "length",
              "offset",
              "duration",
              "elapsed",
              "millis",
              "nanos",
              "大小",
              "字节",
              "内存",
              "时长"));

  private Dictionaries() {
    loadSurnames();
    for (String line : lines("not-given-name-chars.txt")) {
      line.trim().codePoints().forEach(notGivenName::set);
    }
    // Name-shaped brands, dishes, herbs and fictional people count as common nouns too.
    for (String file : new String[] {"not-names.txt", "name-shaped-words.txt"}) {
      for (String line : lines(file)) {
        for (String w : line.trim().split("\\s+")) {
          notNames.put(w, 1);
        }
      }
    }
    List<String> card = new ArrayList<>();
    List<String> passport = new ArrayList<>();
    List<String> uscc = new ArrayList<>();
    for (String line : lines("labels.txt")) {
      String[] f = line.trim().split("\\s+");
      int kind =
          switch (f[0]) {
            case "NAME" -> NAME;
            case "ADDRESS" -> ADDRESS;
            case "CARD" -> CARD;
            case "PASSPORT" -> PASSPORT;
            case "STOP" -> STOP;
            case "USCC" -> USCC;
            case "IP" -> IP;
            case "ROLE" -> NAME | ROLE;
            case "CUE" -> NAME | CUE;
            case "INTRO" -> NAME | INTRO;
            default -> throw new IllegalStateException("labels.txt: unknown kind " + f[0]);
          };
      for (int i = 1; i < f.length; i++) {
        String w = f[i].toLowerCase(java.util.Locale.ROOT);
        labels.put(w, kind);
        if (w.chars().allMatch(c -> c < 0x80)) {
          asciiLabels.put(w, kind);
        }
        if (kind == CARD) {
          card.add(w);
        } else if (kind == PASSPORT) {
          passport.add(w);
        } else if (kind == USCC) {
          uscc.add(w);
        }
      }
    }
    cardKeywords = new Keywords(card);
    passportKeywords = new Keywords(passport);
    usccKeywords = new Keywords(uscc);
    for (String name : RegionCodes.names()) {
      if (GENERIC_PLACES.contains(name) || name.length() < 2) {
        continue;
      }
      places.put(name, PLACE_FULL);
      String shortForm = shortForm(name);
      if (shortForm != null) {
        places.putIfAbsent(shortForm, PLACE_SHORT);
      }
    }
  }

  static Dictionaries load() {
    Dictionaries d = instance;
    if (d == null) {
      synchronized (Dictionaries.class) {
        if (instance == null) {
          instance = new Dictionaries();
        }
        d = instance;
      }
    }
    return d;
  }

  /** 浙江省 -> 浙江, 广西壮族自治区 -> 广西, 杭州市 -> 杭州; null when nothing useful remains. */
  private static String shortForm(String name) {
    for (String suffix : new String[] {"壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "特别行政区", "省", "市"}) {
      if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return null;
  }

  private void loadSurnames() {
    boolean compound = false;
    for (String line : lines("surnames.txt")) {
      if (line.trim().equals("[compound]")) {
        compound = true;
        continue;
      }
      String s = line.trim();
      if (compound) {
        if (s.length() == 2) {
          compoundSurnames = java.util.Arrays.copyOf(compoundSurnames, compoundSurnames.length + 1);
          compoundSurnames[compoundSurnames.length - 1] = (s.charAt(0) << 16) | s.charAt(1);
          java.util.Arrays.sort(compoundSurnames);
        }
      } else {
        for (int i = 0; i < s.length(); i++) {
          singleSurnames.set(s.charAt(i));
        }
      }
    }
  }

  private static List<String> lines(String resource) {
    try (InputStream in = Dictionaries.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource " + resource + " missing from the scanner jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> out = new ArrayList<>();
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean isSingleSurname(int cp) {
    return cp >= 0 && cp < 0x10000 && singleSurnames.get(cp);
  }

  boolean isCompoundSurname(int cp1, int cp2) {
    return cp1 < 0x10000
        && cp2 < 0x10000
        && java.util.Arrays.binarySearch(compoundSurnames, (cp1 << 16) | cp2) >= 0;
  }

  /** Longest label at {@code p}: (length << 8) | kind, or 0. */
  int label(int[] cps, int p, int n) {
    return labels.longest(cps, p, n);
  }

  /** Characters that almost never stand in a given name (not-given-name-chars.txt). */
  private final BitSet notGivenName = new BitSet(0x10000);

  /** Whether {@code cp} almost never stands in a given name: 鱼 in 金龙鱼, 皮 in 陈皮. */
  boolean isNotGivenName(int cp) {
    return cp >= 0 && cp < 0x10000 && notGivenName.get(cp);
  }

  /** Whether {@code cps[s, e)} is a listed status word or common noun (not-names.txt). */
  boolean isNotName(int[] cps, int s, int e) {
    int m = notNames.longest(cps, s, e);
    return m != 0 && (m >>> 8) == e - s;
  }

  /** Longest place name at {@code p}: (length << 8) | kind, or 0. */
  int place(int[] cps, int p, int n) {
    return places.longest(cps, p, n);
  }

  /**
   * Kind of an ASCII key such as {@code name}, {@code receiverName}, {@code shipping_address}:
   * listed words, else by ending (…name, …address, …addr) with the technical ones excluded.
   */
  int asciiKeyKind(String key) {
    String k = key.toLowerCase(java.util.Locale.ROOT);
    Integer kind = asciiLabels.get(k);
    if (kind != null) {
      return kind;
    }
    String flat = k.replace("_", "").replace("-", "");
    if (flat.endsWith("name")
        && !flat.endsWith("username")
        && !flat.endsWith("nickname")
        && !flat.endsWith("filename")
        && !flat.endsWith("hostname")
        && !flat.endsWith("loginname")
        && !flat.endsWith("accountname")
        && !flat.endsWith("typename")
        && !flat.endsWith("productname")
        && !flat.endsWith("goodsname")
        && !flat.endsWith("itemname")
        && !flat.endsWith("shopname")
        && !flat.endsWith("storename")
        && !flat.endsWith("companyname")
        && !flat.endsWith("bankname")
        && !flat.endsWith("cityname")
        && !flat.endsWith("provincename")) {
      return NAME;
    }
    if ((flat.endsWith("address") || flat.endsWith("addr"))
        && !flat.contains("ip")
        && !flat.contains("mail")
        && !flat.contains("mac")
        && !flat.contains("remote")
        && !flat.contains("host")) {
      return ADDRESS;
    }
    return OTHER;
  }

  /**
   * Kind of a column name: ASCII keys as above; Chinese names by the last label they contain, the
   * head of a Chinese compound noun (收件人姓名 is a name, 收件人电话 is not).
   */
  int columnKind(String column) {
    String c = column.strip();
    while (!c.isEmpty() && "\"'`[](){}\uFEFF".indexOf(c.charAt(0)) >= 0) {
      c = c.substring(1);
    }
    while (!c.isEmpty() && "\"'`[](){}".indexOf(c.charAt(c.length() - 1)) >= 0) {
      c = c.substring(0, c.length() - 1);
    }
    if (c.isEmpty()) {
      return OTHER;
    }
    if (isAscii(c)) {
      return asciiKeyKind(c);
    }
    int[] cps = c.codePoints().toArray();
    int kind = OTHER;
    for (int p = 0; p < cps.length; ) {
      int m = labels.longest(cps, p, cps.length);
      if (m != 0) {
        kind = (m & (CUE | INTRO)) != 0 ? kind : kind(m);
        p += m >>> 8;
      } else {
        p++;
      }
    }
    return kind;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  Keywords cardKeywords() {
    return cardKeywords;
  }

  Keywords passportKeywords() {
    return passportKeywords;
  }

  Keywords usccKeywords() {
    return usccKeywords;
  }

  Keywords versionKeywords() {
    return versionKeywords;
  }

  Keywords ipKeywords() {
    return ipKeywords;
  }

  Keywords quantityKeys() {
    return quantityKeys;
  }

  boolean isPlateProvince(int cp) {
    return cp > 0x4E00 && PLATE_PROVINCES.indexOf(cp) >= 0;
  }

  boolean isPlateSuffix(int cp) {
    return cp > 0x4E00 && PLATE_SUFFIXES.indexOf(cp) >= 0;
  }

  /**
   * A code-point trie; ASCII letters are matched case-insensitively. The first level is an array
   * over the BMP, so the common case (no word starts with this character) costs one load; deeper
   * levels hold a few children each, searched linearly. No boxing on lookups.
   */
  static final class Trie {
    private static final class Node {
      int[] keys = new int[0];
      Node[] kids = new Node[0];
      int kind;

      Node child(int cp) {
        for (int i = 0; i < keys.length; i++) {
          if (keys[i] == cp) {
            return kids[i];
          }
        }
        return null;
      }

      Node add(int cp) {
        Node n = child(cp);
        if (n == null) {
          n = new Node();
          keys = java.util.Arrays.copyOf(keys, keys.length + 1);
          kids = java.util.Arrays.copyOf(kids, kids.length + 1);
          keys[keys.length - 1] = cp;
          kids[kids.length - 1] = n;
        }
        return n;
      }
    }

    private final Node[] first = new Node[0x10000];

    /**
     * A filter in front of {@link #first}: a bit per hash of each word's first two characters, and
     * a bit per character that is a word by itself. Most Han characters start some place name, so
     * {@code first} alone let through nearly every lookup, each a few cache misses on nodes; 16 KB
     * of bits stay in the first-level cache. All types on 64 MiB of the dense benchmark corpus, one
     * thread, best of five: 0.537 s without it, 0.514 s with it (-4%).
     */
    private final long[] pairs = new long[1 << 10];

    private final long[] singles = new long[1 << 10];

    private static int pair(int c0, int c1) {
      return ((c0 * 0x9E3779B1) ^ c1) * 0x85EBCA6B >>> 16;
    }

    private static boolean has(long[] bits, int i) {
      return (bits[i >>> 6] & (1L << i)) != 0;
    }

    private static void set(long[] bits, int i) {
      bits[i >>> 6] |= 1L << i;
    }

    void put(String word, int kind) {
      int[] cps = word.codePoints().toArray();
      if (cps.length == 0 || cps[0] >= 0x10000) {
        return;
      }
      if (cps.length == 1) {
        set(singles, cps[0]);
      } else {
        set(pairs, pair(cps[0], cps[1]));
      }
      Node n = first[cps[0]];
      if (n == null) {
        n = first[cps[0]] = new Node();
      }
      for (int i = 1; i < cps.length; i++) {
        n = n.add(cps[i]);
      }
      n.kind = kind;
    }

    void putIfAbsent(String word, int kind) {
      int[] cps = word.codePoints().toArray();
      if (cps.length == 0 || cps[0] >= 0x10000) {
        return;
      }
      Node n = first[cps[0]];
      for (int i = 1; n != null && i < cps.length; i++) {
        n = n.child(cps[i]);
      }
      if (n == null) {
        put(word, kind);
      } else if (n.kind == 0) {
        n.kind = kind;
      }
    }

    /** Longest word at {@code p}: (length << 8) | kind, or 0. */
    int longest(int[] cps, int p, int n) {
      int cp = fold(cps[p]);
      if (cp >= 0x10000
          || !(has(singles, cp) || (p + 1 < n && has(pairs, pair(cp, fold(cps[p + 1])))))) {
        return 0;
      }
      Node node = first[cp];
      int best = 0;
      for (int i = p; node != null; ) {
        if (node.kind != 0) {
          best = ((i - p + 1) << 8) | node.kind;
        }
        if (++i >= n) {
          break;
        }
        node = node.child(fold(cps[i]));
      }
      return best;
    }

    private static int fold(int cp) {
      return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
    }
  }
}
