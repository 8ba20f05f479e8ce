package org.leakaid.evidence.store;

import java.io.IOException;

/** A stored evidence file no longer decrypts to what was stored: it was changed or cut short. */
public final class TamperedFileException extends IOException {
  public TamperedFileException(String message) {
    super(message);
  }
}
