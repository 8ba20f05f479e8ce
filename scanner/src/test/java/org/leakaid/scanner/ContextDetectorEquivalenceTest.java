package org.leakaid.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.leakaid.scanner.corpus.CorpusGenerator;

/**
 * The optimised {@link ContextDetector} must report exactly what the plain one ({@link
 * ReferenceContextDetector}) does: same spans, types and confidences, in the same order. Compared
 * on the generated corpus and on lines mangled to hit the edges the optimisations care about (keys
 * and separators next to each other, quotes, full-width punctuation, cuts inside characters, more
 * findings on a line than the span list remembers, long lines scanned in slices).
 */
class ContextDetectorEquivalenceTest {

  private static final Dictionaries DICT = Dictionaries.load();

  /** Fragments that start, end or interrupt labels, keys, values and columns. */
  private static final String[] PIECES = {
    ":",
    "：",
    "=",
    "＝",
    "\"",
    "'",
    "“",
    "”",
    ",",
    "，",
    "|",
    "｜",
    ";",
    "；",
    "\t",
    " ",
    "　",
    "_",
    "姓名",
    "地址",
    "收件人",
    "联系人",
    "电话",
    "先生",
    "是",
    "为",
    "name",
    "Name",
    "receiverName",
    "real_name",
    "address",
    "shipping_address",
    "nickname",
    "张三",
    "欧阳娜娜",
    "李",
    "王小明",
    "浙江省杭州市西湖区文三路88号3栋201室",
    "广东深圳市南山区科技园",
    "建设路12号",
    "88号",
    "3-2-501",
    "ＡＢ１２",
    "12",
    "abc",
    "9",
    "ⅩⅡ",
    "\uFFFD",
    "😀",
    "insert into t (name, address) values ('"
  };

  private record Hit(PiiType type, int start, int end, float confidence) {}

  /** Feeds both detectors the same calls and compares what each reported. */
  private static final class Pair {
    final ContextDetector fast;
    final ReferenceContextDetector reference;

    Pair(float minConfidence, boolean wantName, boolean wantAddress) {
      fast = new ContextDetector(DICT, wantName, wantAddress, minConfidence);
      reference = new ReferenceContextDetector(DICT, wantName, wantAddress, minConfidence);
    }

    int check(
        byte[] buf, int from, int to, boolean gb, Header header, boolean personal, boolean cont) {
      List<Hit> expected = new ArrayList<>();
      List<Hit> actual = new ArrayList<>();
      reference.scan(
          buf,
          from,
          to,
          gb,
          header,
          personal,
          cont,
          (t, s, e, c) -> expected.add(new Hit(t, s, e, c)));
      fast.scan(
          buf,
          from,
          to,
          gb,
          header,
          personal,
          cont,
          (t, s, e, c) -> actual.add(new Hit(t, s, e, c)));
      Charset cs = gb ? Gb18030.CHARSET : StandardCharsets.UTF_8;
      assertThat(actual)
          .as("line %s, header %s", new String(buf, from, to - from, cs), header != null)
          .isEqualTo(expected);
      return expected.size();
    }
  }

  @ParameterizedTest
  @EnumSource(TextEncoding.class)
  void sameFindingsOnTheGeneratedCorpusAndMangledLines(TextEncoding enc) {
    boolean gb = enc == TextEncoding.GB18030;
    Charset cs = gb ? Gb18030.CHARSET : StandardCharsets.UTF_8;
    Random random = new Random(20261129);
    Pair all = new Pair(0f, true, true);
    Pair reported = new Pair(ScanOptions.DEFAULT_MIN_CONFIDENCE, true, true);
    Pair names = new Pair(0f, true, false);
    Pair addresses = new Pair(0f, false, true);
    Header header = null;
    int findings = 0;
    for (CorpusGenerator.Line line : new CorpusGenerator(7).lines(6000)) {
      byte[] bytes = line.text().getBytes(cs);
      if (line.fileStart()) {
        header = null;
      }
      if (line.header()) {
        header = Header.parse(bytes, 0, bytes.length, enc, DICT, new ColumnMemo());
      }
      for (int variant = 0; variant < 4; variant++) {
        byte[] b = variant == 0 ? bytes : mangle(line.text(), random, cs);
        boolean personal = random.nextBoolean();
        // Offsets into a padded buffer: findings must come back absolute.
        byte[] padded = new byte[b.length + 6];
        System.arraycopy(b, 0, padded, 3, b.length);
        for (Pair pair : new Pair[] {all, reported, names, addresses}) {
          findings += pair.check(padded, 3, 3 + b.length, gb, header, personal, false);
        }
      }
    }
    assertThat(findings).as("the comparison saw findings").isGreaterThan(20_000);
  }

  /** The line with a few pieces inserted at random places and sometimes cut short. */
  private static byte[] mangle(String text, Random random, Charset cs) {
    StringBuilder sb = new StringBuilder(text);
    int inserts = 1 + random.nextInt(4);
    for (int i = 0; i < inserts; i++) {
      int at = random.nextInt(sb.length() + 1);
      if (at > 0 && at < sb.length() && Character.isLowSurrogate(sb.charAt(at))) {
        at--;
      }
      sb.insert(at, PIECES[random.nextInt(PIECES.length)]);
    }
    byte[] b = sb.toString().getBytes(cs);
    if (random.nextInt(4) == 0) {
      // Cut anywhere, also inside a character.
      b = java.util.Arrays.copyOf(b, random.nextInt(b.length + 1));
    }
    return b;
  }

  @Test
  void sameFindingsWhenALineHoldsMoreFindingsThanTheSpanListKeeps() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      sb.append("姓名：王小明，地址：浙江省杭州市西湖区文三路").append(i).append("号，");
    }
    for (TextEncoding enc : TextEncoding.values()) {
      boolean gb = enc == TextEncoding.GB18030;
      byte[] b = sb.toString().getBytes(gb ? Gb18030.CHARSET : StandardCharsets.UTF_8);
      byte[] h = "备注,姓名,地址".getBytes(gb ? Gb18030.CHARSET : StandardCharsets.UTF_8);
      Header header = Header.parse(h, 0, h.length, enc, DICT, new ColumnMemo());
      Pair pair = new Pair(0f, true, true);
      assertThat(pair.check(b, 0, b.length, gb, null, true, false)).isGreaterThan(64);
      assertThat(pair.check(b, 0, b.length, gb, header, true, false)).isGreaterThan(64);
    }
  }

  @Test
  void sameFindingsOnAnInsertScannedInSlices() {
    StringBuilder sb =
        new StringBuilder("INSERT INTO `t_member` (`id`,`real_name`,`address`) VALUES ");
    CorpusGenerator generator = new CorpusGenerator(11);
    for (int i = 0; i < 300; i++) {
      sb.append(i == 0 ? "" : ",")
          .append("(")
          .append(i)
          .append(",'")
          .append(generator.name())
          .append("','")
          .append(generator.address())
          .append("')");
    }
    sb.append(';');
    byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
    Pair pair = new Pair(0f, true, true);
    int findings = 0;
    boolean continuation = false;
    for (int s = 0; s < b.length; ) {
      int e = Math.min(b.length, s + 997);
      while (e < b.length && (b[e] & 0xC0) == 0x80) {
        e++; // slices end between characters, as ScanSession cuts them
      }
      findings += pair.check(b, s, e, false, null, true, continuation);
      continuation = true;
      s = e;
    }
    assertThat(findings).isGreaterThan(300);
  }
}
