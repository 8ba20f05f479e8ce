package org.leakaid.scanner.dump;

/**
 * Contact cards (vCard: phones' contact exports, and contact lists harvested by apps): one card
 * from {@code BEGIN:VCARD} to {@code END:VCARD} is one person's record for {@code --records}, not a
 * record per line.
 */
final class VCards {
  /** A card longer than this is broken: its lines count one by one. */
  private static final int MAX_CARD_BYTES = 1 << 16;

  private VCards() {}

  /**
   * Where the card that the line {@code b[from, to)} begins ends (the end of its END:VCARD line),
   * looking from {@code next} (the next line's start) up to {@code limit}; -1 if the line begins no
   * card or the card's end is not within reach.
   */
  static int cardEnd(byte[] b, int from, int to, int next, int limit) {
    if (!isLine(b, from, to, "BEGIN:VCARD")) {
      return -1;
    }
    int reach = (int) Math.min(limit, (long) from + MAX_CARD_BYTES);
    for (int start = next; start < reach; ) {
      int nl = Lines.indexOfNewline(b, start, reach);
      int lineEnd = Lines.contentEnd(b, start, nl < 0 ? reach : nl);
      if (isLine(b, start, lineEnd, "END:VCARD")) {
        return lineEnd;
      }
      if (nl < 0 || isLine(b, start, lineEnd, "BEGIN:VCARD")) {
        return -1;
      }
      start = nl + 1;
    }
    return -1;
  }

  private static boolean isLine(byte[] b, int from, int to, String word) {
    if (to - from != word.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      int c = b[from + k];
      if ((c >= 'a' && c <= 'z' ? c - 32 : c) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
