package org.leakaid.scanner;

/**
 * What a name looks like, for {@link ContextDetector}: 2-3 Han characters after a listed single
 * surname or 3-4 after a compound one, names in parts joined by a middle dot, and where a name
 * stops before the next label. Whether context vouches for the value is the caller's to say.
 */
final class NameShapes {

  /** Last characters of roles and titles (管理员, 作者, 财务部, 王经理, 李医生): never a name's here. */
  static final String ROLE_ENDINGS = "人者员方部处局院所司长师总理生士姐哥叔姨董工";

  private final Dictionaries dict;
  private final RowNames rowNames;

  NameShapes(Dictionaries dict, RowNames rowNames) {
    this.dict = dict;
    this.rowNames = rowNames;
  }

  /**
   * End of a name written in parts joined by a middle dot at {@code s}, or -1: 买买提·艾力, 阿卜杜热合曼·艾海提
   * (Uyghur, Kazakh and other names, and foreign names, in Chinese characters). Two or three parts
   * of Han characters, at most 20 characters in all, not glued to more Han characters, letters or
   * digits other than a valid phone or ID. They have no surname to check, so only a label or a name
   * column vouches for them.
   */
  int dottedEnd(int[] cps, int n, int s) {
    int p = s;
    int parts = 0;
    while (true) {
      int r = p;
      while (r < n && ContextDetector.isHan(cps[r]) && r - p < 12) {
        r++;
      }
      if (r == p) {
        return -1;
      }
      parts++;
      p = r;
      if (parts < 3 && p + 1 < n && isNameDot(cps[p]) && ContextDetector.isHan(cps[p + 1])) {
        p++;
        continue;
      }
      break;
    }
    boolean glued =
        p < n
            && (ContextDetector.isHan(cps[p])
                || (ContextDetector.isAsciiAlnum(cps[p]) && !rowNames.validNumberAt(cps, n, p)));
    return parts >= 2 && p - s <= 20 && !glued ? p : -1;
  }

  /** · • ・ and '.' (a full-width ． folds to it), as typed between the parts of a name. */
  private static boolean isNameDot(int cp) {
    return cp == 0xB7 || cp == 0x2022 || cp == 0x30FB || cp == '.';
  }

  /**
   * Length of the name starting at {@code s}: the Han run if it is 2-4 long, else cut where the
   * next label (电话, 先生, 地址 ...) starts; 0 if neither.
   */
  int length(int[] cps, int n, int s, boolean quoted) {
    int len = run(cps, n, s, quoted);
    if (len > 0 && s + len < n && ContextDetector.isAsciiAlnum(cps[s + len])) {
      // 华为Mate60: names are not glued to Latin letters or digits, but shipping labels glue the
      // phone or ID to the name (收件人：韩立军13912345678).
      return rowNames.validNumberAt(cps, n, s + len) ? len : 0;
    }
    return len;
  }

  private int run(int[] cps, int n, int s, boolean quoted) {
    int r = s;
    while (r < n && ContextDetector.isHan(cps[r]) && r - s < 12) {
      r++;
    }
    if (quoted) {
      int len = r - s;
      return len >= 2 && len <= 4 && r < n && !ContextDetector.isHan(cps[r]) ? len : 0;
    }
    for (int cut = s + 1; cut <= s + 4 && cut < r; cut++) {
      if (dict.label(cps, cut, n) != 0) {
        return cut - s >= 2 ? cut - s : 0; // 张先生 is a title, not a name
      }
    }
    if (r < n && ContextDetector.isHan(cps[r])) {
      return 0; // more than 12 Han characters: prose, not a name
    }
    int len = r - s;
    return len >= 2 && len <= 4 ? len : 0;
  }

  /** Confidence that {@code len} characters at {@code s} are a name, or 0 if they are not. */
  float confidence(int[] cps, int s, int len) {
    if (len < 2 || len > 4) {
      return 0;
    }
    for (int i = s; i < s + len; i++) {
      if (!ContextDetector.isHan(cps[i])) {
        return 0;
      }
    }
    if (dict.isCompoundSurname(cps[s], cps[s + 1])) {
      return len >= 3 ? 0.9f : 0;
    }
    if (dict.isSingleSurname(cps[s])) {
      return len <= 3 ? 0.9f : 0;
    }
    return len <= 3 ? UNLISTED_SURNAME : 0;
  }

  /**
   * The confidence of a name-shaped value whose surname is not on the list (0.45, below the default
   * threshold) where a name column or a label with a separator says it is a name: 0.7. Rare
   * surnames (笪, 逄, 仉) were most of the names missed; placeholders and roles are labels (暂无, 门卫)
   * and never get here.
   */
  static float vouched(float c) {
    return c == UNLISTED_SURNAME ? 0.7f : c;
  }

  static final float UNLISTED_SURNAME = 0.45f;
}
