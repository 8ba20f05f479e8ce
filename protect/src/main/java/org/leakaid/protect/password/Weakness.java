package org.leakaid.protect.password;

/**
 * What makes a password easy to guess, as the estimator found it. The app words each one in the
 * page's language ({@code protect.weakness.NAME} in its messages files).
 */
public enum Weakness {
  /** One of the most common passwords, or nearly all of it is. */
  COMMON_PASSWORD,
  /** Found in a list of breached passwords: attackers try these first. */
  BREACHED,
  /** Pinyin words or a name in pinyin (zhangwei, woaini). */
  PINYIN,
  /** English words or first names. */
  WORDS,
  /** A date or a year, such as a birthday. */
  DATE,
  /** A mobile phone number: it may be in the same leak as the account. */
  PHONE_NUMBER,
  /** An ID card number or its last six characters. */
  ID_NUMBER,
  /** 520, 1314, 5201314 and other numbers with a meaning. */
  LOVE_NUMBER,
  /** Keys next to each other on the keyboard (qwerty, 1qaz2wsx). */
  KEYBOARD_PATTERN,
  /** Runs like abc, 123, 6543. */
  SEQUENCE,
  /** Repeated characters or groups (aaa, abcabc). */
  REPEAT,
  /** The user name, or something else the site knows about you. */
  PERSONAL_INFO,
  /** Fewer characters than the minimum. */
  TOO_SHORT
}
