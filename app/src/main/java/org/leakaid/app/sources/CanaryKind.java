package org.leakaid.app.sources;

/** What a canary variant stands in for. */
public enum CanaryKind {
  /** A plus-address of the user's mailbox: {@code user+jd7k@example.com}. */
  EMAIL,
  /** The recipient name with a short mark of the platform: {@code 张先生-京}. */
  NAME,
  /** The address with a short code after the door number: {@code …3号楼501-K7}. */
  ADDRESS
}
