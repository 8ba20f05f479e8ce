package org.leakaid.knowledge.law;

import org.leakaid.knowledge.Text;

/**
 * A statute or judicial interpretation in the library.
 *
 * @param code short code used in article refs, e.g. {@code PIPL}, {@code CPL}
 * @param name the official title in Chinese and an English rendering, without a document number
 * @param documentNumber the document number of a judicial interpretation, e.g. 法释〔2017〕10号, which a
 *     citation puts after the title, outside the title marks; null when the law is cited by title
 *     alone
 * @param edition which text is quoted, e.g. "2021-08-20 通过，2021-11-01 施行" / "adopted 2021-08-20, in
 *     force 2021-11-01"
 * @param source the official publication the text was taken from
 */
public record Law(String code, Text name, Text documentNumber, Text edition, Text source) {

  private static final String PRC = "中华人民共和国";
  private static final String PRC_EN = " of the People's Republic of China";

  /**
   * The title as a heading shows it: the name, then the document number in brackets when there is
   * one ("最高人民法院、最高人民检察院关于……的解释（法释〔2017〕10号）").
   */
  public Text displayName() {
    if (documentNumber == null) {
      return name;
    }
    return new Text(
        name.zh() + "（" + documentNumber.zh() + "）", name.en() + " (" + documentNumber.en() + ")");
  }

  /**
   * How an article of this law is cited: 《个人信息保护法》第四十七条, or with a document number outside the
   * title marks, 《最高人民法院、最高人民检察院关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释》（法释〔2017〕10号）第五条. The state name is
   * left out of a statute's short title, as is usual; title marks inside the title become 〈〉
   * (《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》). In English: "Personal Information Protection Law, art. 47".
   *
   * @param number the article number as printed ("第四十七条")
   * @param arabic the same number in Arabic form ("47", "253-1")
   */
  public Text citation(String number, String arabic) {
    String zh = name.zh();
    if (zh.startsWith(PRC)) {
      zh = zh.substring(PRC.length());
    }
    zh = "《" + zh.replace('《', '〈').replace('》', '〉') + "》";
    if (documentNumber != null) {
      zh += "（" + documentNumber.zh() + "）";
    }
    String en = name.en();
    if (en.endsWith(PRC_EN)) {
      en = en.substring(0, en.length() - PRC_EN.length());
    }
    if (documentNumber != null) {
      en += " (" + documentNumber.en() + ")";
    }
    return new Text(zh + number, en + ", art. " + arabic);
  }
}
