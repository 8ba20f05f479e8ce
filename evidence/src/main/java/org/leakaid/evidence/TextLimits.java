package org.leakaid.evidence;

/** Upper bounds on the text of an item, so that one item cannot bloat the case log. */
final class TextLimits {
  static final int SHORT = 1_000;
  static final int LONG = 100_000;

  private TextLimits() {}

  static void check(String field, String value, int max) {
    if (value != null && value.length() > max) {
      throw new IllegalArgumentException(
          field + " is " + value.length() + " characters long; at most " + max + " are allowed");
    }
  }
}
