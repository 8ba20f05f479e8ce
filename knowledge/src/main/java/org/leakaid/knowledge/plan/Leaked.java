package org.leakaid.knowledge.plan;

/** Kinds of personal information that can have leaked. */
public enum Leaked {
  NAME,
  ID_NUMBER,
  PHONE,
  EMAIL,
  ADDRESS,
  ACCOUNT_CREDENTIALS,
  BANK_CARD,
  PROPERTY,
  WHEREABOUTS,
  BIOMETRIC,
  ID_DOCUMENT_IMAGE,
  COMMUNICATION_CONTENT,
  HEALTH,
  SOCIAL_ACCOUNT,
  WORKPLACE,
  FAMILY
}
