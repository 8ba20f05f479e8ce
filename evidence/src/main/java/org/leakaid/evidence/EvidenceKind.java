package org.leakaid.evidence;

/**
 * What happened to the victim: the way a harasser or fraudster reached them. Each kind suggests a
 * legal category (art. 66 Civil Procedure Law), a source and what the item proves; the user may
 * change all three on the item.
 */
public enum EvidenceKind {
  // A call leaves a call record, which is electronic data (通信记录: SPC Provisions on Evidence in
  // Civil Procedure art. 14(3)), and a recording of it kept on a phone or computer follows the
  // rules on electronic data, not on audio-visual material (SPC Interpretation of the Civil
  // Procedure Law art. 116 para. 3). The user can still choose 视听资料 for an item.
  CALL("来电", "phone call", EvidenceCategory.ELECTRONIC_DATA, "本人手机通话记录或录音", "陌生号码致电本人"),
  SMS("短信", "SMS", EvidenceCategory.ELECTRONIC_DATA, "本人手机短信", "陌生号码向本人发送短信"),
  EMAIL("电子邮件", "e-mail", EvidenceCategory.ELECTRONIC_DATA, "本人电子邮箱", "他人向本人发送电子邮件"),
  CHAT("聊天消息", "chat message", EvidenceCategory.ELECTRONIC_DATA, "本人即时通信账号", "他人通过即时通信联系本人"),
  WEB_POST("网络发帖", "web post", EvidenceCategory.ELECTRONIC_DATA, "网络页面", "他人在网络上发布本人信息"),
  LETTER("信件", "letter", EvidenceCategory.DOCUMENTARY, "本人收到的信件", "他人向本人寄送信件"),
  IN_PERSON("当面接触", "in person", EvidenceCategory.PARTY_STATEMENT, "本人陈述", "他人当面找到本人"),
  OTHER("其他", "other", EvidenceCategory.PARTY_STATEMENT, "本人提供", "本人遭受骚扰");

  private final String zh;
  private final String en;
  private final EvidenceCategory defaultCategory;
  private final String defaultSource;
  private final String whatHappened;

  EvidenceKind(
      String zh,
      String en,
      EvidenceCategory defaultCategory,
      String defaultSource,
      String whatHappened) {
    this.zh = zh;
    this.en = en;
    this.defaultCategory = defaultCategory;
    this.defaultSource = defaultSource;
    this.whatHappened = whatHappened;
  }

  public String zh() {
    return zh;
  }

  public String en() {
    return en;
  }

  public EvidenceCategory defaultCategory() {
    return defaultCategory;
  }

  /** 证据来源 in the evidence list, unless the user wrote their own. */
  public String defaultSource() {
    return defaultSource;
  }

  /** 证明对象 in the evidence list, unless the user wrote their own. */
  public String defaultProves() {
    return whatHappened + "，证明本人个人信息已被泄露并被他人使用";
  }
}
