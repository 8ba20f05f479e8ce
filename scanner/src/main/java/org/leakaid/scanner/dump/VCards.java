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
    if (!isLine(b, from, to, "begin:vcard")) {
      return -1;
    }
    int reach = (int) Math.min(limit, (long) from + MAX_CARD_BYTES);
    for (int start = next; start < reach; ) {
      int nl = Lines.indexOfNewline(b, start, reach);
      int lineEnd = Lines.contentEnd(b, start, nl < 0 ? reach : nl);
      if (isLine(b, start, lineEnd, "end:vcard")) {
        return lineEnd;
      }
      if (nl < 0 || isLine(b, start, lineEnd, "begin:vcard")) {
        return -1;
      }
      start = nl + 1;
    }
    return -1;
  }

  /** Whether the line {@code b[from, to)} is {@code word} (lower case), in any case. */
  private static boolean isLine(byte[] b, int from, int to, String word) {
    return to - from == word.length() && CsvHeaders.startsWithIgnoreCase(b, from, to, word);
  }
}
