package org.leakaid.scanner;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Names in running text (news sentences, letters, complaints) that no label, column or role word
 * introduces: the prose pieces of a line go to a {@link ProseNames} segmenter, and what it calls a
 * name is kept only if the scanner's own lists agree. Runs after the rules, so only lines with Han
 * text pay for it, and the segmenter sees only what the rules did not already explain.
 */
final class ProseNameStep {

  /**
   * Reported confidence, under the rules' (0.75 for a field in a row, 0.9 and up after a label): on
   * the MSRA NER test split (news) 0.78 of what passes the filters below was exactly a marked name
   * and 0.91 overlapped one (README), and news is the segmenter's home ground.
   */
  static final float CONFIDENCE = 0.6f;

  /**
   * Han characters in a row that make a piece prose: a delimited row's fields (韩立军, 南京市) are
   * shorter, a sentence is longer.
   */
  static final int MIN_HAN_RUN = 6;

  /**
   * Han characters in a row that make a piece prose without punctuation (a list of names, 张伟李娜王芳
   * 刘洋陈静…): longer than any address or product field of a dump.
   */
  static final int LONG_HAN_RUN = 24;

  /** Longest piece given to the segmenter at once; a longer run is cut (Viterbi is linear). */
  private static final int MAX_PIECE = 512;

  /**
   * Characters the segmenter glues onto a surname in news text (党和, 时说, 利在, 应以) and that stand in
   * almost no given name: function words, verbs of saying, conjunctions.
   */
  private static final String GLUED =
      "和说在以为是有了的地得将就也又都而及与或被把向对从到由按据经称指讲道问答表示认其即至第外受" + "一二三四五六七八九十百千零两几";

  /**
   * Surname characters that running text uses far more often as words (向其, 应即, 满二年, 国元首, 时许, 于其): a
   * name with one needs three characters, a two-character hit is taken for a word.
   */
  private static final String WEAK_SURNAMES =
      "向于应满项费时国都余那全管关万南斯蒙区车谈闻花战海明平相初门云来普羊母修宿印危玉银公哈宾利呼"
          + "居干但信展阴智幸奉植衡富由和党席单成连解查封原楼位伊花权强帅支卿计索宣晋容敬都阿乌";

  /** Numbers and ordinals before a measure word read as a surname: 第九章保全, 第一项至第三项. */
  private static final String NUMERALS = "第一二三四五六七八九十百千零两几0123456789";

  private static final Charset GB18030 = Charset.forName("GB18030");

  private final ProseNames segmenter;
  private final Dictionaries dict;

  ProseNameStep(ProseNames segmenter, Dictionaries dict) {
    this.segmenter = segmenter;
    this.dict = dict;
  }

  /**
   * Reports to {@code sink} the names in {@code buf[from, to)} outside the {@code count} spans of
   * {@code taken} (byte offsets, start and end pairs: the rules' findings on this line). A piece is
   * prose only if it has sentence punctuation (，。、；！？) or a very long Han run, as news and letters
   * do and a dump's address or product fields do not; a piece where the rules found a name ({@code
   * names}, or {@code nameCount} -1 to ask anyway) is explained already (我叫苏雨丽，身份证号…). Both keep
   * the segmenter off most dump lines.
   */
  void scan(
      byte[] buf,
      int from,
      int to,
      boolean gb,
      int[] taken,
      int count,
      int[] names,
      int nameCount,
      FindingSink sink) {
    if (!mayHoldProse(buf, from, to, gb)) {
      return;
    }
    String line = new String(buf, from, to - from, gb ? GB18030 : StandardCharsets.UTF_8);
    if (line.indexOf('\uFFFD') >= 0) {
      return; // bytes that do not decode: the char offsets would not map back to them
    }
    int[] byteAt = byteOffsets(line, from, gb);
    int n = line.length();
    int p = 0;
    while (p < n) {
      int s = p;
      while (s < n && !isHan(line.charAt(s))) {
        s++;
      }
      // A piece: from the first Han character to the end of the sentence (or MAX_PIECE).
      int e = s;
      int run = 0;
      int longest = 0;
      while (e < n && e - s < MAX_PIECE && !endsPiece(line.charAt(e))) {
        run = isHan(line.charAt(e)) ? run + 1 : 0;
        longest = Math.max(longest, run);
        e++;
      }
      if (longest >= MIN_HAN_RUN
          && (longest >= LONG_HAN_RUN
              || e < n && endsSentence(line.charAt(e))
              || hasSentencePunctuation(line, s, e))
          && !inside(byteAt[s], byteAt[e], taken, count)
          && (nameCount < 0 || !overlaps(byteAt[s], byteAt[e], names, nameCount))
          && hasCandidate(line, s, e, byteAt, taken, count)) {
        String piece = line.substring(s, e);
        int[] spans = segmenter.names(piece);
        for (int k = 0; k + 1 < spans.length; k += 2) {
          int ns = s + spans[k];
          int ne = s + spans[k + 1];
          if (isName(line, ns, ne) && !overlaps(byteAt[ns], byteAt[ne], taken, count)) {
            sink.found(PiiType.PERSON_NAME, byteAt[ns], byteAt[ne], CONFIDENCE);
          }
        }
      }
      p = Math.max(e + 1, s + 1);
    }
  }

  /**
   * Whether some 2-4 characters of {@code line[s, e)} would pass {@link #isName}: without one, no
   * name the segmenter could return would be kept, so it is not asked (most of a dump's sentences,
   * 您的订单…已发货, 我家住在…, have none), nor where it overlaps a finding of the rules (an address inside
   * the sentence). The output is the same, only cheaper.
   */
  private boolean hasCandidate(String line, int s, int e, int[] byteAt, int[] taken, int count) {
    for (int i = s; i + 1 < e; i++) {
      char c = line.charAt(i);
      if (!dict.isSingleSurname(c) && !dict.isCompoundSurname(c, line.charAt(i + 1))) {
        continue;
      }
      for (int len = 2; len <= 4 && i + len <= e; len++) {
        if (isName(line, i, i + len) && !overlaps(byteAt[i], byteAt[i + len], taken, count)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the filters agree with the segmenter that {@code line[s, e)} is a person's name. */
  boolean isName(String line, int s, int e) {
    int len = e - s;
    if (s < 0 || e > line.length() || len < 2 || len > 4) {
      return false;
    }
    int[] cps = new int[len];
    for (int i = 0; i < len; i++) {
      char c = line.charAt(s + i);
      if (!isHan(c)) {
        return false;
      }
      cps[i] = c;
    }
    int given =
        len >= 3 && dict.isCompoundSurname(cps[0], cps[1])
            ? 2
            : dict.isSingleSurname(cps[0]) ? 1 : -1;
    if (given < 0 || given >= len) {
      return false;
    }
    if (given == 1 && len == 2 && WEAK_SURNAMES.indexOf(cps[0]) >= 0) {
      return false;
    }
    if (s > 0 && NUMERALS.indexOf(line.charAt(s - 1)) >= 0) {
      return false;
    }
    for (int i = given; i < len; i++) {
      if (dict.isNotGivenName(cps[i]) || GLUED.indexOf(cps[i]) >= 0) {
        return false;
      }
    }
    if (dict.isNotName(cps, 0, len)) {
      return false;
    }
    // A place, or a word that starts with one (江西, 南京人), is no name.
    int place = dict.place(cps, 0, len);
    return place == 0 || (place >>> 8) < 2;
  }

  /**
   * Cheap test on the bytes before anything is decoded: a run of {@link #MIN_HAN_RUN} multi-byte
   * characters, and sentence punctuation (，、。！？；) or a run of {@link #LONG_HAN_RUN}. {@link #scan}
   * asks no piece without both, so a line without them is not decoded: most of a dump's lines hold
   * an address or a company name (six Han characters) but no sentence. Decoding every such line and
   * mapping its offsets was a fifth of an all-types scan's samples on the benchmark corpus (JFR).
   * In UTF-8 every Han character is three bytes led by 0xE3-0xE9; in GB18030 two bytes, both high.
   */
  static boolean mayHoldProse(byte[] buf, int from, int to, boolean gb) {
    int run = 0;
    boolean hanRun = false;
    boolean sentence = false;
    int i = from;
    while (i < to && !(hanRun && sentence)) {
      int b = buf[i] & 0xFF;
      int width = 0;
      if (gb) {
        if (b >= 0x81 && i + 1 < to && (buf[i + 1] & 0xFF) >= 0x40) {
          width = 2;
          sentence |= isGbSentencePunctuation(b, buf[i + 1] & 0xFF);
        }
      } else if (b >= 0xE3 && b <= 0xE9 && i + 2 < to) {
        width = 3; // 、 and 。 (E3 80 81, E3 80 82) count in the run, as before
        int c = buf[i + 2] & 0xFF;
        sentence |= b == 0xE3 && (buf[i + 1] & 0xFF) == 0x80 && (c == 0x81 || c == 0x82);
      } else if (b == 0xEF && i + 2 < to && (buf[i + 1] & 0xFF) == 0xBC) {
        int c = buf[i + 2] & 0xFF; // ，！？； are EF BC 8C, 81, 9F, 9B
        sentence |= c == 0x8C || c == 0x81 || c == 0x9F || c == 0x9B;
      }
      if (width > 0) {
        run++;
        hanRun |= run >= MIN_HAN_RUN;
        sentence |= run >= LONG_HAN_RUN;
        i += width;
        continue;
      }
      run = 0;
      i++;
    }
    return hanRun && sentence;
  }

  /** ，、。！？； in GB18030: A3AC, A1A2, A1A3, A3A1, A3BF, A3BB. */
  private static boolean isGbSentencePunctuation(int lead, int trail) {
    return lead == 0xA1
        ? trail == 0xA2 || trail == 0xA3
        : lead == 0xA3 && (trail == 0xAC || trail == 0xA1 || trail == 0xBF || trail == 0xBB);
  }

  static boolean isHan(char c) {
    return c >= 0x4E00 && c <= 0x9FFF;
  }

  /** Sentence ends and field separators: a piece never crosses a CSV field or a sentence. */
  private static boolean endsPiece(char c) {
    return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';'
        || c == ',' || c == '\t' || c == '|' || c == '"';
  }

  private static boolean endsSentence(char c) {
    return c == '。' || c == '！' || c == '？' || c == '；';
  }

  private static boolean hasSentencePunctuation(String line, int s, int e) {
    for (int i = s; i < e; i++) {
      char c = line.charAt(i);
      if (c == '，' || c == '、' || c == '。') {
        return true;
      }
    }
    return false;
  }

  private static boolean overlaps(int s, int e, int[] taken, int count) {
    for (int k = 0; k < count; k++) {
      if (s < taken[2 * k + 1] && taken[2 * k] < e) {
        return true;
      }
    }
    return false;
  }

  private static boolean inside(int s, int e, int[] taken, int count) {
    for (int k = 0; k < count; k++) {
      if (taken[2 * k] <= s && e <= taken[2 * k + 1]) {
        return true;
      }
    }
    return false;
  }

  /** Byte offset in the buffer of each char of {@code line} (and of its end). */
  private static int[] byteOffsets(String line, int from, boolean gb) {
    int n = line.length();
    int[] at = new int[n + 1];
    int b = from;
    CharsetEncoder enc = gb ? GB18030.newEncoder() : null;
    for (int i = 0; i < n; ) {
      int cp = line.codePointAt(i);
      int chars = Character.charCount(cp);
      int len;
      if (cp < 0x80) {
        len = 1;
      } else if (!gb) {
        len = Character.isSurrogate((char) cp) ? 3 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      } else {
        len = gbLength(enc, line, i, chars);
      }
      for (int k = 0; k < chars; k++) {
        at[i + k] = b;
      }
      b += len;
      i += chars;
    }
    at[n] = b;
    return at;
  }

  private static int gbLength(CharsetEncoder enc, String line, int i, int chars) {
    try {
      ByteBuffer out = enc.reset().encode(CharBuffer.wrap(line, i, i + chars));
      return Math.max(1, out.remaining());
    } catch (java.nio.charset.CharacterCodingException e) {
      return 2;
    }
  }
}
