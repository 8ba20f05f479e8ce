package org.leakaid.scanner.dump;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.leakaid.scanner.TextEncoding;

/**
 * Column labels and key names that put a record into a more sensitive tier of art. 5 of
 * 法释〔2017〕10号: 第一款第（三）项 (whereabouts, communication content, credit, property: TIER_50) and 第（四）项
 * (lodging, call records, health, transactions: TIER_500). Values found by the detector add to
 * this: a valid bank card is property information, a coordinate pair is whereabouts (see {@link
 * RecordTally}).
 *
 * <p>Labels that only name a column are left out where the value itself must be checked: 卡号 or 银行卡
 * with an invalid number is not property information.
 *
 * <p>Matching is a byte search in the input's own encoding, keyed on the first two bytes of each
 * keyword, touching only non-ASCII bytes: a record is checked in one pass whatever the list's size.
 */
final class TierKeywords {
  static final byte NONE = 0;
  static final byte TIER_50 = 1;
  static final byte TIER_500 = 2;
  static final byte TIER_5000 = 3;

  private static final Map<String, Byte> KEYWORDS = new LinkedHashMap<>();

  static {
    for (String k :
        new String[] {
          "行踪", "轨迹", "定位信息", "位置信息", "通信内容", "短信内容", "聊天记录", "聊天内容", "邮件内容", "通话内容", "征信", "信用报告",
          "信用记录", "逾期", "负债", "存款", "余额", "资产", "房产", "财产", "证券账户", "股票账户"
        }) {
      KEYWORDS.put(k, TIER_50);
    }
    for (String k :
        new String[] {
          "入住", "酒店", "开房", "住宿", "宾馆", "旅馆", "离店", "退房", "通话记录", "主叫", "被叫", "通话时长", "呼叫时间", "病历",
          "诊断", "病史", "就诊", "病情", "体检", "住院", "患者", "交易", "订单金额", "支付金额", "消费金额", "付款", "成交", "实付"
        }) {
      KEYWORDS.put(k, TIER_500);
    }
  }

  private static final TierKeywords UTF_8 = new TierKeywords(Charset.forName("UTF-8"));
  private static final TierKeywords GB18030 = new TierKeywords(Charset.forName("GB18030"));

  private final byte[][] patterns;
  private final byte[] tiers;
  private final int[] head = new int[1 << 16];
  private final int[] next;

  private TierKeywords(Charset charset) {
    patterns = new byte[KEYWORDS.size()][];
    tiers = new byte[KEYWORDS.size()];
    next = new int[KEYWORDS.size()];
    Arrays.fill(head, -1);
    int i = 0;
    for (Map.Entry<String, Byte> e : KEYWORDS.entrySet()) {
      byte[] p = e.getKey().getBytes(charset);
      patterns[i] = p;
      tiers[i] = e.getValue();
      int key = ((p[0] & 0xFF) << 8) | (p[1] & 0xFF);
      next[i] = head[key];
      head[key] = i;
      i++;
    }
  }

  /** English column names (SQL and CSV headers), matched in lower case. */
  private static final String[][] ENGLISH = {
    {
      "location",
      "latitude",
      "longitude",
      "trajectory",
      "gps",
      "balance",
      "deposit",
      "credit",
      "asset",
      "sms_content",
      "message_content",
      "chat_content"
    },
    {
      "checkin", "check_in", "checkout", "check_out", "hotel", "lodging", "room_no", "caller",
      "callee", "call_duration", "call_time", "diagnos", "medical", "patient", "disease", "trade",
      "transaction", "order_amount", "pay_amount", "payment"
    }
  };

  /**
   * Column names that contain an English keyword without being what it names: a company's unified
   * social credit code (credit_code) is a registration number, not credit information.
   */
  private static final String[] NOT_TIER = {"credit_code", "creditcode", "credit_no"};

  /**
   * The tier named by a line of labels (a CSV header, an INSERT's table and column names), in
   * Chinese or English. Runs once per header or INSERT prefix, so plain string search is fine.
   */
  static byte labelTier(byte[] b, int from, int to, TextEncoding enc) {
    byte tier = of(enc).tierOf(b, from, to);
    if (tier == TIER_50) {
      return tier;
    }
    String ascii =
        new String(b, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1)
            .toLowerCase(java.util.Locale.ROOT);
    for (String name : NOT_TIER) {
      ascii = ascii.replace(name, " ");
    }
    for (int t = 0; t < ENGLISH.length; t++) {
      byte candidate = (byte) (TIER_50 + t);
      if (tier != NONE && tier <= candidate) {
        break;
      }
      for (String k : ENGLISH[t]) {
        if (ascii.contains(k)) {
          return candidate;
        }
      }
    }
    return tier;
  }

  static TierKeywords of(TextEncoding enc) {
    return enc == TextEncoding.UTF_8 ? UTF_8 : GB18030;
  }

  /** The most sensitive tier named in {@code b[from, to)}, or {@link #NONE}. */
  byte tierOf(byte[] b, int from, int to) {
    byte best = NONE;
    for (int i = from; i < to - 1; i++) {
      if (b[i] >= 0) {
        continue;
      }
      for (int k = head[((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF)]; k >= 0; k = next[k]) {
        if (matches(patterns[k], b, i, to) && (best == NONE || tiers[k] < best)) {
          best = tiers[k];
          if (best == TIER_50) {
            return best;
          }
        }
      }
    }
    return best;
  }

  private static boolean matches(byte[] p, byte[] b, int at, int to) {
    if (at + p.length > to) {
      return false;
    }
    for (int j = 2; j < p.length; j++) {
      if (b[at + j] != p[j]) {
        return false;
      }
    }
    return true;
  }
}
