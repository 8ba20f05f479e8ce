package org.leakaid.numbers;

/** What a user says a number did. */
public enum ReportTag {
  HARASSMENT(Leaning.NEGATIVE),
  MARKETING(Leaning.NEGATIVE),
  FRAUD(Leaning.NEGATIVE),
  DEBT_COLLECTION(Leaning.NEGATIVE),
  FAKE_OFFICIAL(Leaning.NEGATIVE),
  COURIER(Leaning.NEUTRAL),
  SAFE(Leaning.POSITIVE);

  /** Which way a tag pulls the verdict. */
  public enum Leaning {
    NEGATIVE,
    NEUTRAL,
    POSITIVE
  }

  private final Leaning leaning;

  ReportTag(Leaning leaning) {
    this.leaning = leaning;
  }

  public Leaning leaning() {
    return leaning;
  }

  /** Fraud outright, or pretending to be an official body (the usual opening of a fraud). */
  public boolean isFraud() {
    return this == FRAUD || this == FAKE_OFFICIAL;
  }
}
