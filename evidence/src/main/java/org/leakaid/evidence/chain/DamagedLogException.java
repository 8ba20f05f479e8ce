package org.leakaid.evidence.chain;

/** A case log whose stored entries were changed outside the locker: nothing may be appended. */
public final class DamagedLogException extends RuntimeException {
  public DamagedLogException(String message) {
    super(message);
  }
}
