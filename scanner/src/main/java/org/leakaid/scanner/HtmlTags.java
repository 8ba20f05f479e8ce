package org.leakaid.scanner;

/**
 * HTML tags between a label and its value, as a saved web page puts them ({@code
 * <th>姓名</th><td>赵磊</td>}), in a line {@link ContextDetector} has decoded.
 */
final class HtmlTags {

  private HtmlTags() {}

  /** How many characters of HTML tags may stand between a label and its value. */
  static final int MAX_TAG_CHARS = 160;

  /**
   * The end of the HTML tag at {@code p} ({@code <td>}, {@code </th>}, {@code <td class="v">}), or
   * -1: '<', an optional '/', a letter, then anything up to '>' on the same line.
   */
  static int end(int[] cps, int n, int p) {
    int q = p + 1;
    if (q < n && cps[q] == '/') {
      q++;
    }
    if (q >= n || !ContextDetector.isAsciiLetter(cps[q])) {
      return -1;
    }
    for (int limit = Math.min(n, p + 80); q < limit; q++) {
      if (cps[q] == '>') {
        return q + 1;
      }
      if (cps[q] == '<') {
        return -1;
      }
    }
    return -1;
  }

  /** Whether the tag at {@code p} is {@code <name>} or {@code <name ...>}, in any case. */
  static boolean is(int[] cps, int n, int p, String name) {
    int q = p + 1;
    if (!ContextDetector.matchesIgnoreCase(cps, n, q, name)) {
      return false;
    }
    q += name.length();
    return q < n && (cps[q] == '>' || cps[q] == ' ');
  }
}
