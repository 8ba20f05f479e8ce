package org.leakaid.numbers;

/** Input that is not a phone number in any written form we read; the message says why. */
public final class InvalidNumberException extends IllegalArgumentException {
  public InvalidNumberException(String message) {
    super(message);
  }
}
