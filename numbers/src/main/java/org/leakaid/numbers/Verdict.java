package org.leakaid.numbers;

/** What we think of a number, from harmless to dangerous; later constants are more severe. */
public enum Verdict {
  SAFE,
  UNKNOWN,
  SUSPICIOUS,
  HARASSMENT,
  FRAUD;

  /** The more severe of the two. */
  public Verdict atLeast(Verdict other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
