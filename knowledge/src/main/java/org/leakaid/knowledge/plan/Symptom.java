package org.leakaid.knowledge.plan;

/** What is happening to the person since the leak. */
public enum Symptom {
  HARASSING_CALLS,
  SPAM_SMS,
  SPAM_EMAIL,
  FRAUD_ATTEMPT,
  MONEY_LOST,
  ACCOUNT_TAKEOVER,
  UNKNOWN_LOANS,
  DOXXED_ONLINE,
  CONTACTS_TARGETED,
  THREATS
}
