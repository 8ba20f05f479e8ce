package org.leakaid.evidence;

/**
 * The kinds of evidence in art. 66 of the Civil Procedure Law of the PRC (2023 text; art. 63 before
 * the 2021 amendment renumbered it): every piece of evidence a court admits falls into one of them.
 * Sound and image recordings stored on electronic media are examined under the rules on electronic
 * data (SPC Interpretation of the Civil Procedure Law art. 116 para. 3).
 */
public enum EvidenceCategory {
  PARTY_STATEMENT("当事人的陈述", "statement of a party"),
  DOCUMENTARY("书证", "documentary evidence"),
  PHYSICAL("物证", "physical evidence"),
  AUDIO_VISUAL("视听资料", "audio-visual material"),
  ELECTRONIC_DATA("电子数据", "electronic data"),
  WITNESS_TESTIMONY("证人证言", "witness testimony"),
  EXPERT_OPINION("鉴定意见", "expert opinion"),
  INSPECTION_RECORD("勘验笔录", "record of inspection");

  private final String zh;
  private final String en;

  EvidenceCategory(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /** The statutory name, as written in art. 66. */
  public String zh() {
    return zh;
  }

  public String en() {
    return en;
  }
}
