package org.leakaid.numbers.offline;

/**
 * An offline database or delta that is damaged, truncated, of another format, or does not fit the
 * database it is applied to. Nothing was changed.
 */
public final class CorruptDataException extends Exception {
  public CorruptDataException(String message) {
    super(message);
  }
}
