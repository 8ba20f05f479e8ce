package org.leakaid.scanner.dump;

import java.util.Locale;

/**
 * What a dump is, as the person counting it knows it (a hotel's check-in register, a bank's client
 * list), for the categories of art. 5 of 法释〔2017〕10号 whose thresholds are lower than 5000 records.
 * The scanner can only guess them from column names ({@link TierKeywords}): the best-known hotel
 * leak's header (Name, CtfId, Address, Mobile ...) names no hotel. Given, every record with
 * personal information counts at least in the category's tier, and {@code basis} says that the
 * category was given, not found.
 */
public enum RecordCategory {
  WHEREABOUTS("行踪轨迹信息", TierKeywords.TIER_50),
  COMMUNICATION_CONTENT("通信内容", TierKeywords.TIER_50),
  CREDIT("征信信息", TierKeywords.TIER_50),
  PROPERTY("财产信息", TierKeywords.TIER_50),
  LODGING("住宿信息", TierKeywords.TIER_500),
  CALL_RECORDS("通信记录", TierKeywords.TIER_500),
  HEALTH("健康生理信息", TierKeywords.TIER_500),
  TRANSACTIONS("交易信息", TierKeywords.TIER_500);

  private final String chinese;
  final byte tier;

  RecordCategory(String chinese, byte tier) {
    this.chinese = chinese;
    this.tier = tier;
  }

  /** The category's name in art. 5, such as 住宿信息. */
  public String chinese() {
    return chinese;
  }

  /** The item of art. 5 para. 1 whose threshold applies: 第（三）项 or 第（四）项. */
  String item() {
    return tier == TierKeywords.TIER_50 ? "第（三）项" : "第（四）项";
  }

  /** The name on the command line: lodging, call-records ... */
  public String option() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
