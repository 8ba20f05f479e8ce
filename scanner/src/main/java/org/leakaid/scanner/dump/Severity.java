package org.leakaid.scanner.dump;

/**
 * The criminal-law reading of record counts under art. 5 of 法释〔2017〕10号.
 *
 * <p>The level is decided in whole numbers, never in floating point: mixed counting under
 * 第五条第一款第（六）项 (n50/50 + n500/500 + n5000/5000 >= 1) is the same as 100·n50 + 10·n500 + n5000 >=
 * 5,000, and a mix that reaches the standard exactly (35 whereabouts + 100 lodging + 500 other
 * records) must not fall short by a rounding error. {@code standardRatio} is that sum divided by
 * 5,000 once, so it is exact to the four decimals the summary prints.
 *
 * @param standardRatio n50/50 + n500/500 + n5000/5000 (第五条第一款第（六）项: proportional mixing)
 * @param basis the articles and counts that lead to {@code level}, in Chinese
 */
public record Severity(Level level, double standardRatio, String basis) {

  public enum Level {
    NONE,
    SERIOUS,
    ESPECIALLY_SERIOUS
  }

  /**
   * The standard of 第五条第一款第（三）项至第（五）项 in units of one item-(5) record: 50 records of item (3) = 500
   * of item (4) = 5,000 of item (5) = 5,000 units.
   */
  static final long STANDARD_UNITS = 5_000;

  private static final String SOURCE = "《最高人民法院、最高人民检察院关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释》（法释〔2017〕10号）";

  /**
   * @param category what the dump is, as the person counting said ({@code --category}); null when
   *     the tiers come from column names and values alone
   */
  static Severity of(RecordCounts c, RecordCategory category) {
    long units = units(c.tier50(), c.tier500(), c.tier5000());
    double ratio = units / (double) STANDARD_UNITS;
    Level level = level(units);
    StringBuilder b = new StringBuilder("依照").append(SOURCE).append("第五条第一款");
    if (category != null) {
      b.append("（按使用者说明，数据属于")
          .append(category.chinese())
          .append("，含有公民个人信息的记录均至少按")
          .append(category.item())
          .append("计数）");
    }
    b.append("：");
    // Name only the items this dump has records for.
    String sep = "";
    if (c.tier50() > 0) {
      b.append("第（三）项所列行踪轨迹信息、通信内容、征信信息、财产信息");
      b.append(c.tier50()).append("条（标准五十条）");
      sep = "；";
    }
    if (c.tier500() > 0) {
      b.append(sep).append("第（四）项所列住宿信息、通信记录、健康生理信息、交易信息等");
      b.append(c.tier500()).append("条（标准五百条）");
      sep = "；";
    }
    if (c.tier5000() > 0) {
      b.append(sep).append("第（五）项所列其他公民个人信息").append(c.tier5000()).append("条（标准五千条）");
      sep = "；";
    }
    b.append(sep.isEmpty() ? "未发现可计入条数的公民个人信息。" : "。");
    if (c.tier50() > 0) {
      b.append("按第（三）项计数的记录中，含有银行卡号的均按“财产信息”计数，这是本工具的理解；")
          .append("只有卡号、没有余额、交易等其他财产状况的记录是否属于“财产信息”，由办案机关结合案情认定。");
    }
    boolean singleItem = c.tier50() >= 50 || c.tier500() >= 500 || c.tier5000() >= 5000;
    String times = formatRatio(ratio);
    int itemsPresent =
        (c.tier50() > 0 ? 1 : 0) + (c.tier500() > 0 ? 1 : 0) + (c.tier5000() > 0 ? 1 : 0);
    if (level == Level.NONE && itemsPresent > 1) {
      b.append("依第（六）项按相应比例合计，为标准的").append(times).append("倍，未达到“情节严重”的数量标准。");
    } else if (level == Level.NONE && itemsPresent == 1) {
      // 第（六）项 is about mixing items; one item alone is simply a share of its own standard.
      b.append("为标准的").append(times).append("倍，未达到“情节严重”的数量标准。");
    } else if (level == Level.NONE) {
      b.append("未达到“情节严重”的数量标准。");
    } else {
      if (singleItem) {
        b.append("已达到");
        appendItems(b, c);
        b.append("规定的数量标准");
      } else {
        b.append("各项均未达到标准，但依第（六）项按相应比例合计达到有关数量标准");
      }
      b.append("（合计为标准的").append(times).append("倍），属于刑法第二百五十三条之一规定的“情节严重”");
      if (level == Level.ESPECIALLY_SERIOUS) {
        b.append("；数量达到标准十倍以上，依照第五条第二款第（三）项属于“情节特别严重”");
      }
      b.append("。");
    }
    if (units >= STANDARD_UNITS / 2) {
      appendInsiders(b, units, level, times);
    }
    b.append("依照第十一条，重复的")
        .append(c.duplicatesExcluded())
        .append("条不重复计算；经校验无效、不真实的")
        .append(c.invalidExcluded())
        .append("条未计入。共")
        .append(c.total())
        .append("条记录，计入")
        .append(c.counted())
        .append("条，涉及约")
        .append(c.distinctPersons())
        .append("人。");
    if (c.dedupLimitReached()) {
      b.append("记录超过").append(c.dedupLimit()).append("条，超出部分未能去重，条数可能偏高。");
    }
    b.append("本结果仅为条数统计，是否构成犯罪还须结合行为、主观方面等其他要件认定。");
    return new Severity(level, ratio, b.toString());
  }

  /**
   * Whole units of the standard: 100 per item-(3) record, 10 per item-(4), 1 per item-(5), so that
   * n50/50 + n500/500 + n5000/5000 = units / 5,000 exactly. Saturates instead of overflowing.
   */
  static long units(long n50, long n500, long n5000) {
    try {
      return Math.addExact(
          Math.addExact(Math.multiplyExact(100, n50), Math.multiplyExact(10, n500)), n5000);
    } catch (ArithmeticException overflow) {
      return Long.MAX_VALUE;
    }
  }

  /** 第五条第一款（“情节严重”）: the standard once; 第五条第二款第（三）项（“情节特别严重”）: ten times. */
  static Level level(long units) {
    return units >= 10 * STANDARD_UNITS
        ? Level.ESPECIALLY_SERIOUS
        : units >= STANDARD_UNITS ? Level.SERIOUS : Level.NONE;
  }

  /**
   * 第五条第一款第（八）项: insiders who sell or provide what they obtained in performing duties or providing
   * services need only half the numbers of items (3) to (7); ten times that half (five times the
   * standard) is 情节特别严重 under 第五条第二款第（三）项. Whether the seller was such an insider the counts cannot
   * tell, so the basis says what follows if they were.
   */
  private static void appendInsiders(StringBuilder b, long units, Level level, String times) {
    Level insider = level(units > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : 2 * units);
    b.append("依照第五条第一款第（八）项，将在履行职责或者提供服务过程中获得的公民个人信息出售或者提供给他人的，")
        .append("数量达到第（三）项至第（七）项规定标准的一半以上即属“情节严重”。本数据合计为标准的")
        .append(times)
        .append("倍，如果是由这类人员出售或者提供的，");
    String same = insider == level ? "同样" : "即";
    if (insider == Level.ESPECIALLY_SERIOUS) {
      b.append("已达到该项标准的十倍以上，依照第五条第二款第（三）项").append(same).append("属于“情节特别严重”");
    } else {
      b.append(same).append("属于“情节严重”");
    }
    b.append("，并依照刑法第二百五十三条之一第二款从重处罚。");
  }

  private static void appendItems(StringBuilder b, RecordCounts c) {
    String sep = "";
    if (c.tier50() >= 50) {
      b.append("第（三）项");
      sep = "、";
    }
    if (c.tier500() >= 500) {
      b.append(sep).append("第（四）项");
      sep = "、";
    }
    if (c.tier5000() >= 5000) {
      b.append(sep).append("第（五）项");
    }
  }

  private static String formatRatio(double ratio) {
    JsonBytes j = new JsonBytes(16).decimal(ratio, 4);
    return new String(j.array(), 0, j.length(), java.nio.charset.StandardCharsets.US_ASCII);
  }
}
