package org.leakaid.numbers;

/** What kind of number it is, as the API reports it. */
public enum NumberType {
  MOBILE,
  /** A virtual-operator (转售) segment: 162, 165, 167, 170, 171. */
  VIRTUAL_MOBILE,
  /** An IoT or data-only segment (140-144, 146, 148, 149): such cards cannot normally call. */
  IOT,
  FIXED_LINE,
  /** 400 and 800 numbers. */
  TOLL_FREE,
  /** 95xxx, 96xxx, 100xx, 12xxx, 11x and 106 SMS ports. */
  SERVICE,
  /** Outside the mainland, including Hong Kong, Macao and Taiwan. */
  OVERSEAS,
  UNKNOWN
}
