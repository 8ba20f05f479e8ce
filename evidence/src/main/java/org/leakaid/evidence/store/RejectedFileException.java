package org.leakaid.evidence.store;

/**
 * An upload that the locker refuses, with a message for the user in Chinese and English. Nothing of
 * the upload is kept.
 */
public final class RejectedFileException extends RuntimeException {

  /** Why a file was refused; the web app maps these to HTTP statuses. */
  public enum Reason {
    TOO_LARGE,
    UNSUPPORTED_TYPE
  }

  private final Reason reason;

  RejectedFileException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
