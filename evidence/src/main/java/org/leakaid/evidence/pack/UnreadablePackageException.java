package org.leakaid.evidence.pack;

import java.io.IOException;

/** The package could not be read at all: missing, not a ZIP, or an I/O error. */
public final class UnreadablePackageException extends IOException {
  public UnreadablePackageException(String message, Throwable cause) {
    super(message, cause);
  }
}
