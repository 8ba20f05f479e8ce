package org.leakaid.protect;

/**
 * An input the protection tools cannot work on, for a reason the user can act on. {@link #reason}
 * is stable (the app turns it into an error code and a message in the page's language); the message
 * is English detail for the CLI and the API.
 */
public final class RefusedInput extends RuntimeException {

  /** Why an input was refused. */
  public enum Reason {
    /** Not a JPEG, PNG or PDF (or, for the file check, not text, a table or a document). */
    UNSUPPORTED_TYPE,
    /** An iPhone HEIC/HEIF photo: Java cannot decode it without native code. */
    HEIC,
    /** The bytes claim to be an image or PDF but cannot be decoded. */
    CORRUPT,
    /** More pixels (or pages) than the tools handle within their memory bound. */
    TOO_LARGE,
    /** A PDF that needs a password to open. */
    ENCRYPTED,
    /** No watermark text was given. */
    TEXT_MISSING,
    /** The watermark text is longer than fits a readable tile. */
    TEXT_TOO_LONG,
    /** The watermark text has a character no available font can draw (an emoji, say). */
    TEXT_NOT_DRAWABLE,
    /** Areas to black out that are not inside the picture or not well-formed. */
    BAD_AREAS
  }

  private final Reason reason;

  public RefusedInput(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public RefusedInput(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
