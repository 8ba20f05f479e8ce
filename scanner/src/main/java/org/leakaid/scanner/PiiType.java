package org.leakaid.scanner;

/** Kinds of personal information the scanner finds. Names are part of the CLI contract. */
public enum PiiType {
  CN_RESIDENT_ID,
  CN_MOBILE,
  CN_LANDLINE,
  BANK_CARD,
  EMAIL,
  PERSON_NAME,
  CN_ADDRESS,
  CN_PASSPORT,
  CN_LICENSE_PLATE,
  CN_USCC,
  IP_ADDRESS,
  GEO_COORDINATE,
  /**
   * The foreign permanent resident ID card number of the 2023 series: 9, the issuing province's two
   * digits, a three-digit nationality code, birth date, sequence and a MOD 11-2 check character.
   */
  CN_FOREIGN_PERMANENT_ID
}
