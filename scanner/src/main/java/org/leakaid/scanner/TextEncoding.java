package org.leakaid.scanner;

/** Byte encodings the scanner reads directly. GB18030 is a superset of GBK and GB2312. */
public enum TextEncoding {
  UTF_8,
  GB18030
}
